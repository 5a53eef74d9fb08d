/**
 * Issue 16's figures. (1) .xlsx input against the same tables as .tsv, the command line as a user
 * runs it (`rate --json`, child processes, median of interleaved runs): 10,000 regions in one
 * table (target <= 1.5x the .tsv run) and two 4,000-region tables (two years, target <= 2x).
 * The .xlsx holds the cells as a spreadsheet does: numbers as numbers, text as shared strings.
 * (2) KSI spilled over 1,000 regions x 10 industries, each reference, through the functions'
 * adapter (median of 5; target < 0.2 s), with a 100-region spill as the baseline.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { parseYearbookNumber } from "../src/core";
import { ksi } from "../src/functions/stage2";
import { syntheticGrid } from "../test/fixtures/synthetic";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "growth-poles.js");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function runMs(args: string[], cwd: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8" },
  });
  const ms = performance.now() - start;
  if (r.status !== 0)
    throw new Error(`growth-poles ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return ms;
}

/** The table as .tsv and as .xlsx (numbers as numbers); returns both paths. */
async function writeTables(dir: string, name: string, grid: string[][]): Promise<[string, string]> {
  const tsv = join(dir, `${name}.tsv`);
  writeFileSync(tsv, grid.map((row) => row.join("\t")).join("\n"));
  const xlsx = join(dir, `${name}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
  const ws = wb.addWorksheet("Table");
  for (const row of grid)
    ws.addRow(
      row.map((cell) => {
        const n = parseYearbookNumber(cell, "ru");
        return n.kind === "number" && /\d/.test(cell) && !/[^\d\s,]/.test(cell) ? n.value : cell;
      })
    ).commit();
  ws.commit();
  await wb.commit();
  return [tsv, xlsx];
}

function compare(
  label: string,
  target: number,
  tsvArgs: string[],
  xlsxArgs: string[],
  dir: string
): void {
  const tsv: number[] = [];
  const xlsx: number[] = [];
  for (let t = 0; t < 5; t++) {
    tsv.push(runMs(tsvArgs, dir));
    xlsx.push(runMs(xlsxArgs, dir));
  }
  const ratio = median(xlsx) / median(tsv);
  console.log(
    `  ${label}: .tsv ${median(tsv).toFixed(0)} ms = 1.00, .xlsx x${ratio.toFixed(2)} (${median(xlsx).toFixed(0)} ms; target <= ${target})`
  );
}

async function inputBench(dir: string): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")]);
  const [tsv10k, xlsx10k] = await writeTables(dir, "regions-10000", syntheticGrid(10_000));
  const [tsvA, xlsxA] = await writeTables(dir, "regions-4000-2019", syntheticGrid(4000, 2019));
  const [tsvB, xlsxB] = await writeTables(dir, "regions-4000-2020", syntheticGrid(4000, 2020));
  console.log(
    "command line `rate --json`, .xlsx input against the same tables as .tsv, median of 5"
  );
  const one = (file: string) => ["rate", "--year", "2020", file, "--json"];
  compare("10,000 regions, one table", 1.5, one(tsv10k), one(xlsx10k), dir);
  const two = (a: string, b: string) => [
    "rate",
    "--year",
    "2019",
    a,
    "--year",
    "2020",
    b,
    "--json",
  ];
  compare("two 4,000-region tables", 2, two(tsvA, tsvB), two(xlsxA, xlsxB), dir);
}

/** A regions x industries table of sizes, the same on every run. */
function sizes(regions: number, industries: number): number[][] {
  let state = 2026;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: regions }, () =>
    Array.from({ length: industries }, () => Math.round(next() * 100000) / 10)
  );
}

function ksiSpillMs(table: number[][], reference: string): number {
  const times: number[] = [];
  for (let t = 0; t < 5; t++) {
    const start = performance.now();
    const out = ksi(table, table, reference, null);
    times.push(performance.now() - start);
    if (out.length !== table.length || typeof out[0][0] !== "number")
      throw new Error(`KSI spill (${reference}) gave no numbers`);
  }
  return median(times);
}

function ksiBench(): void {
  const big = sizes(1000, 10);
  const small = sizes(100, 10);
  // Warm-up: the first calls compile the code, whichever reference comes first.
  for (const reference of ["rest", "mean", "national"]) ksiSpillMs(small, reference);
  console.log("KSI spilled over every region (the functions' adapter), median of 5");
  for (const reference of ["rest", "mean", "national"]) {
    const base = ksiSpillMs(small, reference);
    const ms = ksiSpillMs(big, reference);
    console.log(
      `  ${reference.padEnd(8)} 1,000 x 10: ${(ms / 1000).toFixed(3)} s (target < 0.2 s); x${(ms / base).toFixed(1)} the 100 x 10 spill (size x10; linear = 10)`
    );
  }
}

export default async function (): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "growth-poles-bench-trust-"));
  try {
    ksiBench();
    await inputBench(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
