/**
 * The robustness check's code as its own chunk (issue 15): fetched the first time "Check
 * robustness" is ticked, so a pane that only rates does not load it. The analysis runs in chunks
 * that yield to the browser between them, with progress; the plan gains the Robustness sheets and
 * the growth-poles reasons' firmness.
 */
import type { RobustnessResult } from "../core/robustness";
import type { Lang } from "../i18n";
import type { WorkbookPlan } from "../sheet/plan";
import {
  addRobustnessReasons,
  addRobustnessSheets,
  yearRobustnessJob,
} from "../sheet/robustness-sheet";
import type { GrowthPoles } from "../sheet/stage2";
import type { PlanOptions, RatedYear } from "../sheet/types";
import type { RobustnessChoice, RobustnessProgress } from "./robustness";

/** Region evaluations per chunk: some 10-20 ms of work between two yields. */
const CHUNK_EVALUATIONS = 40_000;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Each year's analysis, in chunks; `cancelled` is asked between chunks (a new choice or new data
 * abandons the old run). Null when cancelled.
 */
export async function runRobustnessChunked(
  years: readonly RatedYear[],
  choice: RobustnessChoice,
  onProgress: (p: RobustnessProgress) => void,
  cancelled: () => boolean = () => false
): Promise<RobustnessResult[] | null> {
  const results: RobustnessResult[] = [];
  for (const year of years) {
    const job = yearRobustnessJob(year, { runs: choice.runs, seed: choice.seed });
    // d + 2 evaluations of every region per row of the design (d at most 5 assumptions).
    const rows = Math.max(1, Math.floor(CHUNK_EVALUATIONS / (7 * year.regions.length)));
    for (;;) {
      const finished = job.step(rows);
      onProgress({ year: year.year, done: job.done(), total: job.total });
      await yieldToBrowser();
      if (cancelled()) return null;
      if (finished) break;
    }
    results.push(job.result());
  }
  return results;
}

/** The plan with the robustness sheets (and the growth-poles reasons). */
export function addRobustness(
  plan: WorkbookPlan,
  years: readonly RatedYear[],
  results: readonly RobustnessResult[],
  poles: GrowthPoles | null,
  options: PlanOptions & { lang: Lang }
): WorkbookPlan {
  const reasoned = poles ? addRobustnessReasons(plan, poles, years, results, options.lang) : plan;
  return addRobustnessSheets(reasoned, years, results, options);
}
