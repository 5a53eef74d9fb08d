/**
 * What the uncertainty runs say of each region: median, mean, 5th and 95th percentile of its
 * rank (PERCENTILE.INC), and how often it fell in each class of the scale. Ranks are kept
 * region-major (all runs of a region side by side) so each region's are sorted in place.
 */
import { LATIN_SCALE } from "../scale";
import { percentileIncSorted } from "./excel-stats";

/** The scale's labels from the highest class (A++) down, the order of the class counts. */
export const CLASS_LABELS: readonly string[] = LATIN_SCALE.bands.map((b) => b.label);
const LOWERS = Float64Array.from(LATIN_SCALE.bands.map((b) => b.lower));

/** Position of an index's class in CLASS_LABELS; -1 for NaN. */
export function classPosition(index: number): number {
  for (let i = 0; i < LOWERS.length; i++) if (index >= LOWERS[i]) return i;
  return -1;
}

export interface RankSummary {
  median: number;
  mean: number;
  q05: number;
  q95: number;
}

/** Summary of one region's runs (its slice is sorted in place). */
export function rankSummary(ranks: Int32Array): RankSummary {
  ranks.sort();
  let sum = 0;
  for (let i = 0; i < ranks.length; i++) sum += ranks[i];
  return {
    median: percentileIncSorted(ranks, 0.5),
    mean: sum / ranks.length,
    q05: percentileIncSorted(ranks, 0.05),
    q95: percentileIncSorted(ranks, 0.95),
  };
}

export interface ClassSummary {
  /** Share of the classed runs in each class, by label; null when no run was classed. */
  probabilities: Record<string, number> | null;
  likely: { label: string; probability: number } | null;
}

export function classSummary(counts: Int32Array, classedRuns: number): ClassSummary {
  if (classedRuns === 0) return { probabilities: null, likely: null };
  const probabilities: Record<string, number> = {};
  let best = 0;
  CLASS_LABELS.forEach((label, i) => {
    probabilities[label] = counts[i] / classedRuns;
    if (counts[i] > counts[best]) best = i;
  });
  return {
    probabilities,
    likely: { label: CLASS_LABELS[best], probability: counts[best] / classedRuns },
  };
}
