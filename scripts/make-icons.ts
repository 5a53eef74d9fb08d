/**
 * Writes the add-in's icons (assets/icon-N.png for every size Office asks for on the ribbon:
 * 16, 20, 24, 32, 40, 48, 64, 80): three rising bars on a transparent background, as Office's
 * icon guidelines ask, so the ribbon's own colour shows through; the growth-pole idea in a
 * picture. Run once with `npx tsx scripts/make-icons.ts`; the PNGs are
 * committed. A minimal PNG encoder (RGBA, no filtering) is enough for icons this small.
 */
import { writeFileSync, mkdirSync } from "fs";
import { deflateSync } from "zlib";
import { join } from "path";

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const CLEAR = [0, 0, 0, 0];
const BAR = [0x0f, 0x6c, 0x74, 0xff];
const POLE = [0xd9, 0x7a, 0x00, 0xff];

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => number[]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // no filter
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y)).copy(raw, row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Three bars of rising height; the tallest (the pole) in amber. Coordinates in 1/16 of the tile. */
function icon(size: number): Buffer {
  const bars = [
    { from: 3, to: 6, top: 10, colour: BAR },
    { from: 7, to: 10, top: 7, colour: BAR },
    { from: 11, to: 14, top: 2, colour: POLE },
  ];
  return png(size, (x, y) => {
    const u = (x + 0.5) * (16 / size);
    const v = (y + 0.5) * (16 / size);
    const bar = bars.find((b) => u >= b.from && u < b.to && v >= b.top && v < 14);
    return bar ? bar.colour : CLEAR;
  });
}

const dir = join(__dirname, "..", "assets");
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(join(dir, `icon-${size}.png`), icon(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to assets/`);
