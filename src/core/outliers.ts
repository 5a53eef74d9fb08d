/**
 * Pointing out a column dominated by one extreme leader (METHOD.md, "Beyond the paper"): the
 * JRC/OECD rule flags a column whose absolute skewness exceeds 2 and whose kurtosis exceeds 3.5.
 * Information only: the method itself is not altered.
 */
import { sampleKurtosis, sampleSkewness } from "simple-statistics";

export const JRC_SKEWNESS_LIMIT = 2;
export const JRC_KURTOSIS_LIMIT = 3.5;

export interface Dominance {
  skewness: number;
  /** Excess kurtosis (0 for a normal distribution), as the JRC rule uses it. */
  kurtosis: number;
  flagged: boolean;
  /** Row of the column's largest value, and how many times the runner-up it is. */
  leaderRow: number;
  leaderOverRunnerUp: number;
}

/** The JRC check on one column; null when there are too few values (fewer than 4) to judge. */
export function leaderDominance(column: readonly (number | null)[]): Dominance | null {
  const values = column.filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length < 4) return null;
  const skewness = sampleSkewness(values);
  const kurtosis = sampleKurtosis(values);
  // One pass for the leader and the runner-up: no spread of a long array, no quadratic search.
  let leaderRow = -1;
  let best = -Infinity;
  let runnerUp = -Infinity;
  column.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return;
    if (v > best) {
      runnerUp = best;
      best = v;
      leaderRow = i;
    } else if (v > runnerUp) {
      runnerUp = v;
    }
  });
  return {
    skewness,
    kurtosis,
    flagged: Math.abs(skewness) > JRC_SKEWNESS_LIMIT && kurtosis > JRC_KURTOSIS_LIMIT,
    leaderRow,
    leaderOverRunnerUp: runnerUp > 0 ? best / runnerUp : Infinity,
  };
}
