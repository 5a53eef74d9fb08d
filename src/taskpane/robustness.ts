/**
 * The pane's robustness check (issue 15): the choice (on, runs, seed), the analysis of each year
 * run in chunks that yield to the browser between them (the pane never freezes; progress is
 * reported), and the plan with the robustness sheets and the growth-poles reasons added. No
 * Office calls; App.tsx only holds the state.
 */
import { useEffect, useState } from "react";
import type { RobustnessResult } from "../core/robustness";
import { DEFAULT_RUNS, DEFAULT_SEED, MAX_RUNS } from "../core/robustness";
import type { Lang, Translate } from "../i18n";
import { describeError } from "./errors";
import type { NextStep } from "./next-step";
import {
  type GrowthPoles,
  type PlanOptions,
  type RatedYear,
  type WorkbookPlan,
  addRobustnessReasons,
  addRobustnessSheets,
  yearRobustnessJob,
} from "../sheet";

export interface RobustnessChoice {
  on: boolean;
  runs: number;
  seed: number;
}

export const DEFAULT_ROBUSTNESS: RobustnessChoice = {
  on: false,
  runs: DEFAULT_RUNS,
  seed: DEFAULT_SEED,
};
export const PANE_MAX_RUNS = Math.min(MAX_RUNS, 100_000);

export interface RobustnessProgress {
  year: string;
  done: number;
  total: number;
}

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

/** What the check step shows and the build uses. */
export interface RobustnessState {
  results: RobustnessResult[] | null;
  progress: RobustnessProgress | null;
  error: unknown;
}

/** A key that changes when the rating does (the years' indexes), for the effect below. */
function ratingKey(years: readonly RatedYear[] | null): string {
  return years
    ? years.map((y) => `${y.year}:${y.regions.map((r) => r.index).join(",")}`).join("|")
    : "";
}

/** Runs the analysis whenever the choice is on and the rating or the choice changes. */
export function useRobustness(
  years: readonly RatedYear[] | null,
  choice: RobustnessChoice
): RobustnessState {
  const [state, setState] = useState<RobustnessState>({
    results: null,
    progress: null,
    error: null,
  });
  const key = ratingKey(years);
  useEffect(() => {
    if (!choice.on || !years) {
      setState({ results: null, progress: null, error: null });
      return;
    }
    let stop = false;
    setState({ results: null, progress: null, error: null });
    runRobustnessChunked(
      years,
      choice,
      (progress) => !stop && setState((s) => ({ ...s, progress })),
      () => stop
    )
      .then((results) => !stop && results && setState({ results, progress: null, error: null }))
      .catch((error) => !stop && setState({ results: null, progress: null, error }));
    return () => {
      stop = true;
    };
    // `years` is new on every render; its key says when the rating changed.
  }, [key, choice.on, choice.runs, choice.seed]);
  return state;
}

/** The plan with the robustness sheets (and the growth-poles reasons) when there are results. */
export function withRobustness(
  plan: WorkbookPlan,
  years: readonly RatedYear[],
  results: readonly RobustnessResult[] | null,
  poles: GrowthPoles | null,
  options: PlanOptions & { lang: Lang }
): WorkbookPlan {
  if (!results) return plan;
  const reasoned = poles ? addRobustnessReasons(plan, poles, years, results, options.lang) : plan;
  return addRobustnessSheets(reasoned, years, results, options);
}

/** Build waits for a check that is asked for and still running (or says why it failed). */
export function robustnessNext(
  t: Translate,
  next: NextStep,
  choice: RobustnessChoice,
  state: RobustnessState
): NextStep {
  if (!next.ready || !choice.on || state.results) return next;
  const line = state.error
    ? t("robust.pane.failed", { message: describeError(t, state.error, "pane.error.build") })
    : t("robust.pane.waiting");
  return { ...next, ready: false, line };
}
