/**
 * No lost file: the command line is killed (SIGKILL, which cannot be caught) at random points of a
 * large write onto an existing workbook, several times, and runs into a file-size limit. Every
 * time the workbook is either the old one byte for byte or, when the kill came after the new one
 * was renamed into place (a signal caught during the final synchronous write is handled after
 * it), the complete new one; never anything in between. The only thing a kill may leave is the
 * killed run's own temporary file, named `.<name>.<pid>.tmp`, which the next run removes.
 */
import { spawn, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { EXIT } from "../src/cli/errors";
import { syntheticGrid } from "./fixtures/synthetic";
import { BIN, ENGLISH, buildCli, runCli } from "./helpers/cli";
import { SAMPLE_SHEETS_EN } from "./helpers/samples";

jest.setTimeout(300_000);

const KILLS = 6;
let tmp: string;
let input: string;
let oldBytes: Buffer;
const OUT = "rating.xlsx";
const args = () => ["rate", "--year", "2020", input, "--out", OUT, "--force"];

/** Files in the folder other than the input and the workbook. */
const leftovers = () => readdirSync(tmp).filter((f) => f !== OUT && f !== "regions-2020.tsv");

/** The workbook is the old one byte for byte ("old"), or the whole new one ("new"). */
async function expectOldOrNewWorkbook(): Promise<"old" | "new"> {
  const now = readFileSync(join(tmp, OUT));
  if (now.equals(oldBytes)) return "old";
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(tmp, OUT));
  expect(wb.worksheets.map((w) => w.name)).toEqual(["2020"]);
  expect(wb.worksheets[0].rowCount).toBeGreaterThan(4000);
  writeFileSync(join(tmp, OUT), oldBytes);
  return "new";
}

beforeAll(async () => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), "growth-poles-atomic-"));
  input = join(tmp, "regions-2020.tsv");
  writeFileSync(
    input,
    syntheticGrid(4000)
      .map((row) => row.join("\t"))
      .join("\n")
  );
  // The user's existing workbook: the bundled sample's.
  expect(runCli(["rate", "--out", OUT], tmp).code).toBe(0);
  oldBytes = readFileSync(join(tmp, OUT));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(tmp, OUT));
  expect(wb.worksheets.map((w) => w.name)).toEqual(SAMPLE_SHEETS_EN);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runAndKill(
  afterMs: number,
  signal: NodeJS.Signals = "SIGKILL"
): Promise<{ pid: number; killed: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args()], {
      cwd: tmp,
      env: { ...process.env, ...ENGLISH },
      stdio: "ignore",
    });
    const timer = setTimeout(() => child.kill(signal), afterMs);
    child.on("close", (code, ended) => {
      clearTimeout(timer);
      // SIGTERM is caught once the write has begun: the run then ends with 143 (128 + 15).
      resolve({ pid: child.pid!, killed: ended === signal || code === 143, code });
    });
  });
}

describe("a killed run", () => {
  it(`leaves the old workbook unchanged, ${KILLS} kills at random points of a large write`, async () => {
    // How long a whole run takes here, so the kills fall inside it.
    const start = Date.now();
    const full = await runAndKill(600_000);
    const duration = Date.now() - start;
    expect(full.code).toBe(0);
    expect(readFileSync(join(tmp, OUT)).equals(oldBytes)).toBe(false);
    writeFileSync(join(tmp, OUT), oldBytes);

    const outcomes: string[] = [];
    const killedPids: number[] = [];
    // The machine's load changes a run's length: a run that finishes before its kill shortens
    // the span the next kills are drawn from, and is tried again (at most 4 times as many runs).
    let span = duration;
    const kills = () => outcomes.filter((o) => o.includes("killed")).length;
    for (let i = 0; kills() < KILLS && i < 4 * KILLS; i++) {
      // From start-up to the very end of the write (the last tenth is the file itself).
      const at = Math.round(span * (0.15 + 0.85 * Math.random()));
      const r = await runAndKill(at);
      if (!r.killed) {
        // It finished before the kill: a complete new workbook; put the old one back.
        expect(r.code).toBe(0);
        outcomes.push(`${at} ms: finished first`);
        writeFileSync(join(tmp, OUT), oldBytes);
        span = Math.min(span, at) * 0.8;
        continue;
      }
      const workbook = await expectOldOrNewWorkbook();
      // Nothing but recognisable temporary files of killed runs: this one's, or an earlier one's
      // when this run was killed before its write, where it removes those (checked below).
      killedPids.push(r.pid);
      const allowed = killedPids.map((pid) => `.${OUT}.${pid}.tmp`);
      for (const f of leftovers()) expect(allowed).toContain(f);
      outcomes.push(
        `${at} ms: killed, ${workbook} workbook${leftovers().length ? ", temporary file left" : ""}`
      );
    }
    console.log(`run takes ${duration} ms; ${outcomes.join("; ")}`);
    expect(kills()).toBe(KILLS);

    // A temporary file of a run that is gone (as SIGKILL during the write leaves one) and one of a
    // live process (this one: a run still writing): the next run removes the first only.
    const dead = `.${OUT}.${full.pid}.tmp`;
    const alive = `.${OUT}.${process.pid}.tmp`;
    writeFileSync(join(tmp, dead), oldBytes.subarray(0, 100));
    writeFileSync(join(tmp, alive), "still being written");
    const next = runCli(args(), tmp);
    expect(next.code).toBe(0);
    expect(leftovers()).toEqual([alive]);
    rmSync(join(tmp, alive));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(tmp, OUT));
    expect(wb.worksheets[0].rowCount).toBeGreaterThan(4000);
  });
});

describe("a terminated run (SIGTERM, as on shutdown)", () => {
  it("leaves the old workbook unchanged and no temporary file at all", async () => {
    writeFileSync(join(tmp, OUT), oldBytes);
    const start = Date.now();
    expect((await runAndKill(600_000)).code).toBe(0);
    const duration = Date.now() - start;
    writeFileSync(join(tmp, OUT), oldBytes);
    for (let i = 0; i < 3; i++) {
      const at = Math.round(duration * (0.3 + 0.65 * Math.random()));
      const r = await runAndKill(at, "SIGTERM");
      if (!r.killed) {
        writeFileSync(join(tmp, OUT), oldBytes);
        continue;
      }
      await expectOldOrNewWorkbook();
      expect(leftovers()).toEqual([]);
    }
  });
});

describe("a file-size limit", () => {
  it("stops the write with a readable message; the old workbook is unchanged and nothing is left", () => {
    writeFileSync(join(tmp, OUT), oldBytes);
    // ulimit -f is in KiB here; the old workbook is smaller, the new one larger. SIGXFSZ is
    // ignored (Node ignores it anyway) so that the write fails with EFBIG instead of killing.
    const limitKb = Math.ceil(oldBytes.length / 1024) + 20;
    const script = `trap '' XFSZ; ulimit -f ${limitKb}; exec "$0" "$@"`;
    const r = spawnSync("bash", ["-c", script, process.execPath, BIN, ...args()], {
      cwd: tmp,
      encoding: "utf8",
      env: { ...process.env, ...ENGLISH },
    });
    expect(r.status).toBe(EXIT.output);
    expect(r.stderr).toContain(
      "growth-poles: cannot write rating.xlsx: the file is larger than this system allows (the file-size limit, ulimit -f)"
    );
    expect(r.stderr).not.toMatch(/Error:|\n\s+at /);
    expect(readFileSync(join(tmp, OUT)).equals(oldBytes)).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});
