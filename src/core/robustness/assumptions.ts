/**
 * The assumptions the robustness analysis varies, and how one run's choices are drawn from a
 * point of the unit cube: each assumption owns some coordinates (the weights eight, the others
 * one), so Saltelli's design can swap an assumption's coordinates as a group. Switched off, an
 * assumption keeps the paper's choice.
 */
import { INDICATOR_CODES, type IndicatorCode } from "../indicators";

export const ASSUMPTIONS = [
  "weights",
  "aggregation",
  "exclusion",
  "outliers",
  "normalisation",
] as const;
export type Assumption = (typeof ASSUMPTIONS)[number];

/** Which are varied by default: all but the normalisation (its runs carry no class). */
export const DEFAULT_VARIED: readonly Assumption[] = [
  "weights",
  "aggregation",
  "exclusion",
  "outliers",
];

/** ±25%: each weight times U[0.75, 1.25]. */
export const WEIGHT_SPREAD = 0.25;

/** Coordinates of the unit cube each assumption draws on. */
const WIDTH: Record<Assumption, number> = {
  weights: 8,
  aggregation: 1,
  exclusion: 1,
  outliers: 1,
  normalisation: 1,
};

export type Aggregation = "arithmetic" | "geometric";
export type Normalisation = "leader" | "minmax";

/** One run's choices. */
export interface RunChoice {
  /**
   * Multipliers of the six indicator weights (S_D..S_C) and of the two group weights. The
   * analysis keeps them in typed arrays (one kind of array for every run, so the engine's
   * optimised code for a run never meets another); plain arrays are read the same.
   */
  indicatorWeights: Float64Array | number[];
  groupWeights: Float64Array | [number, number];
  aggregation: Aggregation;
  /** Index (0-5) of the indicator left out, or -1. */
  excluded: number;
  outliers: boolean;
  normalisation: Normalisation;
}

/** The nominal choice as an object of a class (see composite-run's Buffers for why). */
class Choice implements RunChoice {
  indicatorWeights = new Float64Array(6).fill(1);
  groupWeights = new Float64Array(2).fill(1);
  aggregation: Aggregation = "arithmetic";
  excluded = -1;
  outliers = false;
  normalisation: Normalisation = "leader";
}

/** A fresh copy of the nominal choice, for choiceAt to fill. */
export function nominalChoice(): RunChoice {
  return new Choice();
}

/** The paper's choices: equal weights, arithmetic means, every indicator, no outlier treatment. */
export const NOMINAL_CHOICE: RunChoice = nominalChoice();

/** Where each varied assumption's coordinates are in a point of the cube. */
export interface Design {
  varied: readonly Assumption[];
  /** First coordinate and width of each varied assumption, in the order of `varied`. */
  slots: { assumption: Assumption; start: number; width: number }[];
  dimensions: number;
}

export function designOf(varied: readonly Assumption[]): Design {
  const ordered = ASSUMPTIONS.filter((a) => varied.includes(a));
  let start = 0;
  const slots = ordered.map((assumption) => {
    const slot = { assumption, start, width: WIDTH[assumption] };
    start += slot.width;
    return slot;
  });
  return { varied: ordered, slots, dimensions: start };
}

/** A weight's multiplier for a coordinate x in [0, 1): U[0.75, 1.25]. */
function factor(x: number): number {
  return 1 - WEIGHT_SPREAD + 2 * WEIGHT_SPREAD * x;
}

/**
 * A run's choices from a point `u` of the cube (length design.dimensions), into `choice` (a
 * nominal one by default; the runs reuse one object instead of allocating one per run).
 */
export function choiceAt(
  design: Design,
  u: ArrayLike<number>,
  choice: RunChoice = nominalChoice()
): RunChoice {
  choice.aggregation = NOMINAL_CHOICE.aggregation;
  choice.excluded = NOMINAL_CHOICE.excluded;
  choice.outliers = NOMINAL_CHOICE.outliers;
  choice.normalisation = NOMINAL_CHOICE.normalisation;
  choice.indicatorWeights.fill(1);
  choice.groupWeights[0] = 1;
  choice.groupWeights[1] = 1;
  for (const { assumption, start } of design.slots) {
    const x = u[start];
    if (assumption === "weights") {
      for (let i = 0; i < 6; i++) choice.indicatorWeights[i] = factor(u[start + i]);
      choice.groupWeights[0] = factor(u[start + 6]);
      choice.groupWeights[1] = factor(u[start + 7]);
    } else if (assumption === "aggregation")
      choice.aggregation = x < 0.5 ? "arithmetic" : "geometric";
    else if (assumption === "exclusion") choice.excluded = Math.min(6, Math.floor(x * 7)) - 1;
    else if (assumption === "outliers") choice.outliers = x >= 0.5;
    else choice.normalisation = x < 0.5 ? "leader" : "minmax";
  }
  return choice;
}

export function excludedCode(choice: RunChoice): IndicatorCode | null {
  return choice.excluded < 0 ? null : INDICATOR_CODES[choice.excluded];
}
