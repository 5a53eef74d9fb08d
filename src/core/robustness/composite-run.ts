/**
 * One run of the robustness analysis, the inner loop: the index of every region under a run's
 * choices (weights, arithmetic or geometric means, an indicator left out) from precomputed
 * scores, then the regions' ranks (Excel's RANK.EQ, largest first) and the run's output, the mean
 * absolute rank change against the nominal ranking. Typed arrays, nothing allocated per run. The
 * arithmetic repeats the core's (group mean, then weighted sum) so the nominal run is the rating
 * to the last bit.
 */
import { type Weights, normaliseWeights } from "../innovation-index";
import type { RunChoice } from "./assumptions";

/** Scores below this (percent of the leader) are raised to it before a geometric mean. */
export const GEOMETRIC_FLOOR = 1;

/** Buffers one evaluation reuses. */
export interface RunBuffers {
  index: Float64Array;
  sorted: Float64Array;
  ranks: Int32Array;
}

export function runBuffers(regions: number): RunBuffers {
  return {
    index: new Float64Array(regions),
    sorted: new Float64Array(regions),
    ranks: new Int32Array(regions),
  };
}

/** ln(max(score, floor)) of every score (NaN stays NaN), for the geometric runs. */
export function floorLogs(scores: Float64Array): Float64Array {
  const out = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    out[i] = s !== s ? NaN : Math.log(s < GEOMETRIC_FLOOR ? GEOMETRIC_FLOOR : s);
  }
  return out;
}

/** A group's rating: weighted mean of its scores, or of their logs (exp taken by the caller). */
function groupRating(
  scores: Float64Array,
  base: number,
  from: number,
  choice: RunChoice,
  geometric: boolean
): number {
  let acc = 0;
  let weights = 0;
  for (let c = from; c < from + 3; c++) {
    const s = scores[base + c];
    if (c === choice.excluded || s !== s) continue;
    const w = choice.indicatorWeights[c];
    acc += w * s;
    weights += w;
  }
  if (weights === 0) return NaN;
  return geometric ? Math.exp(acc / weights) : acc / weights;
}

/**
 * The index of every region under a run's choices, into `out`. A geometric run reads `logs`
 * (floorLogs of the scores, computed once), an arithmetic one the scores.
 */
export function runIndex(
  scores: Float64Array,
  choice: RunChoice,
  groupWeights: Weights,
  out: Float64Array,
  logs: Float64Array | null = null
): void {
  const g = normaliseWeights({
    susceptibility: groupWeights.susceptibility * choice.groupWeights[0],
    activity: groupWeights.activity * choice.groupWeights[1],
  });
  const geometric = choice.aggregation === "geometric";
  const values = geometric ? (logs ?? floorLogs(scores)) : scores;
  for (let r = 0; r < out.length; r++) {
    const base = r * 6;
    const s = groupRating(values, base, 0, choice, geometric);
    const a = groupRating(values, base, 3, choice, geometric);
    out[r] = geometric
      ? Math.exp(g.susceptibility * Math.log(s) + g.activity * Math.log(a))
      : g.susceptibility * s + g.activity * a;
  }
}

/** RANK.EQ descending of `index` into `ranks`: 1 + how many are larger; a NaN index ranks last. */
export function rankInto(index: Float64Array, buffers: RunBuffers): void {
  const { sorted, ranks } = buffers;
  const n = index.length;
  for (let i = 0; i < n; i++) sorted[i] = index[i] !== index[i] ? -Infinity : index[i];
  sorted.sort();
  for (let i = 0; i < n; i++) {
    const v = index[i] !== index[i] ? -Infinity : index[i];
    // First position after the last value <= v: n minus it values are larger.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = n - lo + 1;
  }
}

/** The run's output: mean over regions of |rank - nominal rank|. */
export function meanAbsoluteShift(ranks: Int32Array, nominal: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < ranks.length; i++) sum += Math.abs(ranks[i] - nominal[i]);
  return sum / ranks.length;
}
