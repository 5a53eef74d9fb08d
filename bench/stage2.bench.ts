/**
 * Stage 2 end to end at 10,000 regions x 20 industries: read the rating grid and the industry
 * grid, rate, compute the specialisation, find the growth poles, lay out the whole workbook
 * (rating, specialisation and growth-poles sheets) and write the xlsx. Time and memory are
 * printed as ratios against the rating alone (read, rate, plan, write) on the same regions in
 * the same run, so the line says what stage 2 costs on top of stage 1, not how fast this machine is.
 */
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  addStage2Sheets,
  buildRatingPlan,
  rateYear,
  readSpecialisationTable,
  readYearbookTable,
  specialiseYear,
} from "../src/sheet";
import { writePlanToXlsx } from "../src/sheet/node/xlsx-writer";
import { industryGrid } from "../test/fixtures/industries";
import { syntheticGrid } from "../test/fixtures/synthetic";

const REGIONS = 10_000;
const INDUSTRIES = 20;

interface Run {
  ms: number;
  rssGrowth: number;
  bytes: number;
  candidates?: number;
}

async function measure(
  job: (file: string) => Promise<number | undefined>,
  file: string
): Promise<Run> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = performance.now();
  const candidates = await job(file);
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, rssGrowth: (peak - before) / 2 ** 20, bytes: statSync(file).size, candidates };
}

export default async function (): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "growth-poles-bench2-"));
  try {
    const jobs = (n: number) => {
      const ratingGrid = syntheticGrid(n);
      const industries = industryGrid(n, INDUSTRIES);
      const ratingOnly = async (file: string) => {
        const rated = rateYear(readYearbookTable(ratingGrid, { year: "2020" }));
        await writePlanToXlsx(buildRatingPlan([rated]), file);
        return undefined;
      };
      const withStage2 = async (file: string) => {
        const rated = rateYear(readYearbookTable(ratingGrid, { year: "2020" }));
        const spec = specialiseYear(readSpecialisationTable(industries, { year: "2020" }));
        const { plan, poles } = addStage2Sheets(buildRatingPlan([rated]), [rated], [spec]);
        await writePlanToXlsx(plan, file);
        if (spec.regions.length !== n)
          throw new Error(`specialised ${spec.regions.length} of ${n}`);
        return poles.regions.filter((r) => r.candidate).length;
      };
      return { ratingOnly, withStage2 };
    };
    // Warm-up on a small table: module loading and JIT.
    const warm = jobs(200);
    await warm.ratingOnly(join(dir, "warm-1.xlsx"));
    await warm.withStage2(join(dir, "warm-2.xlsx"));
    const { ratingOnly, withStage2 } = jobs(REGIONS);
    const base = await measure(ratingOnly, join(dir, "rating.xlsx"));
    const full = await measure(withStage2, join(dir, "stage2.xlsx"));
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(
      `stage 2 end to end, ${REGIONS} regions x ${INDUSTRIES} industries, against the rating alone = 1.00`
    );
    console.log(
      `  time x${ratio(full.ms, base.ms)}  peak RSS growth x${ratio(Math.max(full.rssGrowth, 0.1), Math.max(base.rssGrowth, 0.1))}  file x${ratio(full.bytes, base.bytes)}`
    );
    console.log(
      `  for reference on this machine: rating ${(base.ms / 1000).toFixed(2)} s, ${base.rssGrowth.toFixed(0)} MB, ${(base.bytes / 2 ** 20).toFixed(1)} MB file; ` +
        `with stage 2 ${(full.ms / 1000).toFixed(2)} s, ${full.rssGrowth.toFixed(0)} MB, ${(full.bytes / 2 ** 20).toFixed(1)} MB file; ${full.candidates} candidates`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
