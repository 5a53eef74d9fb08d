/**
 * The zip's checksums by Node's own CRC-32 (zlib.crc32, Node 20.15 and later) instead of the
 * JavaScript one archiver's crc32-stream calls (the crc-32 package): a workbook's 20 MB of XML
 * took some 12 ms there. Same numbers (the crc-32 package's contract: a signed 32-bit result, the
 * seed a previous result); on an older Node nothing changes.
 */
import * as zlib from "node:zlib";

type Crc32 = { buf: (data: Uint8Array, seed?: unknown) => number; nativeFirst?: boolean };

export function useNativeCrc32(): void {
  const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  const crc32: Crc32 = require("crc-32");
  if (typeof native !== "function" || crc32.nativeFirst) return;
  // crc-32 reads a seed that is not a number (crc32-stream's first: a Buffer) as 0, as `>>> 0` does.
  crc32.buf = (data, seed) => native(data, Number(seed) >>> 0) | 0;
  crc32.nativeFirst = true;
}
