/**
 * 1. The command line as a user runs it (child processes, compiled CLI), as ratios against
 *    baselines measured in the same run: start-up (`--help`, a 16-region `--json` run) against
 *    `node -e 0`; 10,000 regions end to end (read, rate, plan, write xlsx) against a plain script
 *    computing the same numbers (bench/plain-rating.cjs, checked equal first), with its time and
 *    peak resident set (maxRSS of the child, from a preloaded script).
 * 2. The rating job end to end on synthetic yearbook tables: read the grid, rate, lay out the plan,
 * write the xlsx to a temporary file. Times and memory are printed as ratios against the
 * 1,000-region run of the same process, so the lines show how the job scales (linear: time ratio
 * close to the size ratio), not absolute speeds of this machine.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildRatingPlan, rateYear, readYearbookTable } from "../src/sheet";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import { syntheticGrid } from "../test/fixtures/synthetic";

const SIZES = [100, 1000, 10000];
const BASELINE = 1000;

interface Run {
  n: number;
  read: number;
  rate: number;
  plan: number;
  write: number;
  total: number;
  /** Largest resident set seen at the stage boundaries, minus the one before the run, MB. */
  rssGrowth: number;
  bytes: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

async function once(n: number, dir: string): Promise<Run> {
  const grid = syntheticGrid(n);
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sample = () => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  };
  // Sample during the asynchronous write too, where the event loop turns.
  const timer = setInterval(sample, 5);
  const t0 = performance.now();
  const table = readYearbookTable(grid, { year: "2020" });
  const t1 = performance.now();
  sample();
  const rated = rateYear(table);
  const t2 = performance.now();
  sample();
  const plan = buildRatingPlan([rated]);
  const t3 = performance.now();
  sample();
  const file = join(dir, `rating-${n}.xlsx`);
  await writePlanToXlsx(plan, file);
  const t4 = performance.now();
  sample();
  clearInterval(timer);
  if (rated.regions.length !== n) throw new Error(`rated ${rated.regions.length} of ${n} regions`);
  return {
    n,
    read: t1 - t0,
    rate: t2 - t1,
    plan: t3 - t2,
    write: t4 - t3,
    total: t4 - t0,
    rssGrowth: mb(rssPeak - rssBefore),
    bytes: statSync(file).size,
  };
}

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "growth-poles.js");
const PLAIN = join(__dirname, "plain-rating.cjs");
const SAMPLE = join(ROOT, "samples", "kazakhstan");
const TRIALS = 7;
const CLI_REGIONS = 10000;
/** Trials of the 10,000-region run and its baseline. */
const BIG_TRIALS = 5;

interface ChildRun {
  ms: number;
  maxRssMb: number;
  stdout: string;
  /** Each trial's time, in the order run (interleaved with the other commands'). */
  trials?: number[];
}

/** Runs node with `args` in a child process: wall time, and peak RSS reported by the child itself. */
function child(args: string[], dir: string): ChildRun {
  const rssFile = join(dir, "rss.txt");
  const preload = join(dir, "rss.js");
  writeFileSync(
    preload,
    `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`
  );
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--require", preload, ...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8" },
  });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return { ms, maxRssMb: Number(readFileSync(rssFile, "utf8")) / 1024, stdout: r.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median over TRIALS of each command, the commands interleaved so load changes hit all alike. */
function interleaved(
  commands: Record<string, string[]>,
  dir: string,
  trials = TRIALS
): Record<string, ChildRun> {
  const runs: Record<string, ChildRun[]> = Object.fromEntries(
    Object.keys(commands).map((k) => [k, []])
  );
  for (let t = 0; t < trials; t++)
    for (const [name, args] of Object.entries(commands)) runs[name].push(child(args, dir));
  return Object.fromEntries(
    Object.entries(runs).map(([name, rs]) => [
      name,
      {
        ms: median(rs.map((r) => r.ms)),
        maxRssMb: median(rs.map((r) => r.maxRssMb)),
        stdout: rs[0].stdout,
        trials: rs.map((r) => r.ms),
      },
    ])
  );
}

/** The plain script and the command line agree on every region's index, class and rank. */
function checkSameNumbers(plainJson: string, cliJson: string): void {
  const plain = JSON.parse(plainJson) as {
    name: string;
    index: number;
    class: string;
    rank: number;
  }[];
  const cli = (
    JSON.parse(cliJson) as {
      years: { regions: { name: string; index: number; class: string; rank: number }[] }[];
    }
  ).years[0].regions;
  const byName = new Map(cli.map((r) => [r.name, r]));
  if (plain.length !== cli.length)
    throw new Error(`plain script rated ${plain.length}, the CLI ${cli.length}`);
  for (const p of plain) {
    const c = byName.get(p.name);
    if (!c || Math.abs(c.index - p.index) > 1e-9 || c.class !== p.class || c.rank !== p.rank)
      throw new Error(
        `plain script and CLI differ on ${p.name}: ${JSON.stringify(p)} vs ${JSON.stringify(c)}`
      );
  }
}

function commandLineBench(dir: string): void {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")]);
  const table = join(dir, "regions-2020.tsv");
  writeFileSync(
    table,
    syntheticGrid(CLI_REGIONS)
      .map((row) => row.join("\t"))
      .join("\n")
  );
  const out = join(dir, "cli.xlsx");
  // The baseline scores the printed indicators: the command line is asked to do the same.
  const cliArgs = [BIN, "rate", "--year", "2020", table, "--prefer", "printed"];
  checkSameNumbers(child([PLAIN, table], dir).stdout, child([...cliArgs, "--json"], dir).stdout);

  const start = interleaved(
    {
      node: ["-e", "0"],
      help: [BIN, "--help"],
      json16: [
        BIN,
        "rate",
        "--year",
        "2010",
        join(SAMPLE, "kz-2010-susceptibility.tsv"),
        join(SAMPLE, "kz-2010-activity.tsv"),
        "--json",
      ],
    },
    dir
  );
  const big = interleaved(
    { plain: [PLAIN, table], cli: [...cliArgs, "--out", out, "--force"] },
    dir,
    BIG_TRIALS
  );
  // Each trial's command line against the plain script run just before it: the machine's speed
  // drifts (it is shared), and a pair run back to back sees the same speed.
  const pairRatio = median(big.cli.trials!.map((ms, i) => ms / big.plain.trials![i]));
  const x = (a: number, b: number) => (a / b).toFixed(2);
  console.log(
    `command line, child processes, median of ${TRIALS} (start-up) and ${BIG_TRIALS} (10,000 regions), baselines in this run`
  );
  console.log(`  start-up: node -e 0 ${start.node.ms.toFixed(0)} ms = 1.00`);
  console.log(`    --help                 x${x(start.help.ms, start.node.ms)}  (target <= 1.5)`);
  console.log(`    16 regions --json      x${x(start.json16.ms, start.node.ms)}  (target <= 1.5)`);
  console.log(`  ${CLI_REGIONS} regions end to end (read, rate, plan, write xlsx):`);
  console.log(
    `    plain script, same numbers  ${big.plain.ms.toFixed(0)} ms = 1.00, peak RSS ${big.plain.maxRssMb.toFixed(0)} MB`
  );
  console.log(
    `    growth-poles rate --out     ${(big.cli.ms / 1000).toFixed(2)} s  x${pairRatio.toFixed(2)} the plain script (target <= 5; median of the trials' ratios, x${x(big.cli.ms, big.plain.ms)} of the medians)  peak RSS ${big.cli.maxRssMb.toFixed(0)} MB (target < 150 MB)`
  );
}

/** Each stage's fastest of the runs (of one size); the memory and file of the fastest in all. */
function fastest(runs: Run[]): Run {
  const best = runs.reduce((a, b) => (b.total < a.total ? b : a));
  const min = (key: "read" | "rate" | "plan" | "write") => Math.min(...runs.map((r) => r[key]));
  return { ...best, read: min("read"), rate: min("rate"), plan: min("plan"), write: min("write") };
}

export default async function (): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "growth-poles-bench-"));
  try {
    commandLineBench(dir);
    console.log("");
    await once(100, dir); // warm-up: module loading and JIT
    // Three rounds over the sizes, each stage's fastest kept: the machine may be shared with
    // other work, and a collection left by the previous stage lands in whichever stage comes next.
    const rounds: Run[][] = SIZES.map(() => []);
    for (let round = 0; round < 3; round++)
      for (const [k, n] of SIZES.entries()) rounds[k].push(await once(n, dir));
    const runs = rounds.map(fastest);
    const base = runs.find((r) => r.n === BASELINE)!;
    console.log(
      `rating end to end (read grid, rate, plan, write xlsx), baseline ${BASELINE} regions = 1.00`
    );
    for (const r of runs) {
      const ratio = (x: number, b: number) => (x / b).toFixed(2);
      console.log(
        `  ${String(r.n).padStart(6)} regions: size x${(r.n / BASELINE).toFixed(2)}  time x${ratio(r.total, base.total)}` +
          ` (read x${ratio(r.read, base.read)}, rate x${ratio(r.rate, base.rate)}, plan x${ratio(r.plan, base.plan)}, write x${ratio(r.write, base.write)})` +
          `  peak RSS growth x${ratio(Math.max(r.rssGrowth, 0.1), Math.max(base.rssGrowth, 0.1))}  file x${ratio(r.bytes, base.bytes)}`
      );
    }
    const big = runs[runs.length - 1];
    console.log(
      `  plan time at ${big.n} regions x${(big.plan / base.plan).toFixed(2)} that at ${BASELINE} (target <= 11, linear = ${big.n / BASELINE})`
    );
    const perRegion = (r: Run) => r.total / r.n;
    console.log(
      `  time per region at ${big.n} vs ${BASELINE}: x${(perRegion(big) / perRegion(base)).toFixed(2)} (1.00 = linear)`
    );
    console.log(
      `  for reference on this machine: ${big.n} regions in ${(big.total / 1000).toFixed(2)} s (read ${big.read.toFixed(0)} ms, rate ${big.rate.toFixed(0)} ms, plan ${big.plan.toFixed(0)} ms, write ${big.write.toFixed(0)} ms), peak RSS growth ${big.rssGrowth.toFixed(0)} MB, workbook ${(big.bytes / 2 ** 20).toFixed(1)} MB`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
