/**
 * The pane's robustness check (issue 15): the choice (on, runs, seed), the hook that loads the
 * check's chunk (robustness-chunk.ts) when it is ticked and runs it whenever the rating or the
 * choice changes, and what it changes in the plan and in the next step. Light on purpose: the
 * analysis and the sheet's plan are in the chunk. No Office calls.
 */
import { useEffect, useState } from "react";
import type { RobustnessResult } from "../core/robustness";
import type { Lang, Translate } from "../i18n";
import type { WorkbookPlan } from "../sheet/plan";
import type { GrowthPoles } from "../sheet/stage2";
import type { PlanOptions, RatedYear } from "../sheet/types";
import { describeError } from "./errors";
import type { NextStep } from "./next-step";

export interface RobustnessChoice {
  on: boolean;
  runs: number;
  seed: number;
}

/** The core's defaults (1,000 runs, seed 1), written out so this file does not load the core's analysis. */
export const DEFAULT_ROBUSTNESS: RobustnessChoice = { on: false, runs: 1000, seed: 1 };
export const PANE_MAX_RUNS = 100_000;

export interface RobustnessProgress {
  year: string;
  done: number;
  total: number;
}

type Chunk = typeof import("./robustness-chunk");

/** What the check step shows and the build uses. */
export interface RobustnessState {
  results: RobustnessResult[] | null;
  progress: RobustnessProgress | null;
  error: unknown;
  /** The loaded chunk that made the results. */
  chunk: Chunk | null;
}

const IDLE: RobustnessState = { results: null, progress: null, error: null, chunk: null };

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
  const [state, setState] = useState<RobustnessState>(IDLE);
  const key = ratingKey(years);
  useEffect(() => {
    setState(IDLE);
    if (!choice.on || !years) return;
    let stop = false;
    const run = async () => {
      const chunk = await import(/* webpackChunkName: "robustness" */ "./robustness-chunk");
      const progress = (p: RobustnessProgress) => !stop && setState((s) => ({ ...s, progress: p }));
      const results = await chunk.runRobustnessChunked(years, choice, progress, () => stop);
      if (!stop && results) setState({ results, progress: null, error: null, chunk });
    };
    run().catch((error) => !stop && setState({ ...IDLE, error }));
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
  state: RobustnessState,
  poles: GrowthPoles | null,
  options: PlanOptions & { lang: Lang }
): WorkbookPlan {
  return state.results && state.chunk
    ? state.chunk.addRobustness(plan, years, state.results, poles, options)
    : plan;
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
