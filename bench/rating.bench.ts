/**
 * The rating job end to end on synthetic yearbook tables: read the grid, rate, lay out the plan,
 * write the xlsx to a temporary file. Times and memory are printed as ratios against the
 * 1,000-region run of the same process, so the lines show how the job scales (linear: time ratio
 * close to the size ratio), not absolute speeds of this machine.
 */
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildRatingPlan, rateYear, readYearbookTable } from "../src/sheet";
import { writePlanToXlsx } from "../src/sheet/node/xlsx-writer";
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
  return { n, read: t1 - t0, rate: t2 - t1, plan: t3 - t2, write: t4 - t3, total: t4 - t0, rssGrowth: mb(rssPeak - rssBefore), bytes: statSync(file).size };
}

export default async function (): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "growth-poles-bench-"));
  try {
    await once(100, dir); // warm-up: module loading and JIT
    const runs: Run[] = [];
    for (const n of SIZES) runs.push(await once(n, dir));
    const base = runs.find((r) => r.n === BASELINE)!;
    console.log(`rating end to end (read grid, rate, plan, write xlsx), baseline ${BASELINE} regions = 1.00`);
    for (const r of runs) {
      const ratio = (x: number, b: number) => (x / b).toFixed(2);
      console.log(
        `  ${String(r.n).padStart(6)} regions: size x${(r.n / BASELINE).toFixed(2)}  time x${ratio(r.total, base.total)}` +
          ` (read x${ratio(r.read, base.read)}, rate x${ratio(r.rate, base.rate)}, plan x${ratio(r.plan, base.plan)}, write x${ratio(r.write, base.write)})` +
          `  peak RSS growth x${ratio(Math.max(r.rssGrowth, 0.1), Math.max(base.rssGrowth, 0.1))}  file x${ratio(r.bytes, base.bytes)}`,
      );
    }
    const big = runs[runs.length - 1];
    const perRegion = (r: Run) => r.total / r.n;
    console.log(`  time per region at ${big.n} vs ${BASELINE}: x${(perRegion(big) / perRegion(base)).toFixed(2)} (1.00 = linear)`);
    console.log(
      `  for reference on this machine: ${big.n} regions in ${(big.total / 1000).toFixed(2)} s (read ${big.read.toFixed(0)} ms, rate ${big.rate.toFixed(0)} ms, plan ${big.plan.toFixed(0)} ms, write ${big.write.toFixed(0)} ms), peak RSS growth ${big.rssGrowth.toFixed(0)} MB, workbook ${(big.bytes / 2 ** 20).toFixed(1)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
