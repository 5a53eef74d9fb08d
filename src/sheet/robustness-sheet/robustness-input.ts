/**
 * A rated year as the robustness analysis takes it: the indicator values that were scored, the
 * rating's missing-value policy and group weights, so the nominal run is the rating itself.
 */
import { INDICATOR_CODES } from "../../core";
import {
  type RobustnessOptions,
  type RobustnessResult,
  type RobustnessInput,
  analyseRobustness,
  robustnessJob,
  type RobustnessJob,
} from "../../core/robustness";
import type { RatedYear } from "../types";

export function robustnessInput(year: RatedYear): RobustnessInput {
  return {
    names: year.regions.map((r) => r.name),
    values: year.regions.map((r) => INDICATOR_CODES.map((c) => r.indicators[c])),
    missing: year.missing,
    weights: year.weights,
  };
}

export function yearRobustness(year: RatedYear, options: RobustnessOptions): RobustnessResult {
  return analyseRobustness(robustnessInput(year), options);
}

/** The same as a job run in steps (the task pane). */
export function yearRobustnessJob(year: RatedYear, options: RobustnessOptions): RobustnessJob {
  return robustnessJob(robustnessInput(year), options);
}
