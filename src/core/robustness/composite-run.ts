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
  /** The keys rankInto sorts, and the same memory as 32-bit words (their low bits tag the region). */
  sorted: Float64Array;
  words: Uint32Array;
  order: Int32Array;
  ranks: Int32Array;
  /** The weight of each indicator in this run (0 when left out). */
  weights: Float64Array;
}

/**
 * An object of a class, not a literal: V8 keeps the types of a class's fields from one analysis
 * to the next, where the second copy of an object literal widens them and throws away the code
 * optimised for the first year's runs (the second year then starts unoptimised again).
 */
class Buffers implements RunBuffers {
  readonly index: Float64Array;
  readonly sorted: Float64Array;
  readonly words: Uint32Array;
  readonly order: Int32Array;
  readonly ranks: Int32Array;
  readonly weights: Float64Array;
  constructor(regions: number) {
    this.index = new Float64Array(regions);
    this.sorted = new Float64Array(regions);
    this.words = new Uint32Array(this.sorted.buffer);
    // The order rankSmall starts from: 0..n-1, then the previous run's.
    this.order = Int32Array.from({ length: regions }, (_, k) => k);
    this.ranks = new Int32Array(regions);
    this.weights = new Float64Array(6);
  }
}

export function runBuffers(regions: number): RunBuffers {
  return new Buffers(regions);
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

/**
 * Whether a score matrix has a missing (NaN) score; remembered per matrix. The analysis asks
 * before its runs (scoreSets), so the runs' optimised code never takes the first-time path.
 */
const HAS_MISSING = new WeakMap<Float64Array, boolean>();
export function hasMissing(values: Float64Array): boolean {
  let known = HAS_MISSING.get(values);
  if (known === undefined) {
    known = values.some((v) => v !== v);
    HAS_MISSING.set(values, known);
  }
  return known;
}

/** A group's weighted mean where scores may be missing (skipped); NaN when none is left. */
function groupWithMissing(
  values: Float64Array,
  base: number,
  from: number,
  w: Float64Array
): number {
  let acc = 0;
  let weights = 0;
  for (let c = from; c < from + 3; c++) {
    const s = values[base + c];
    if (w[c] === 0 || s !== s) continue;
    acc += w[c] * s;
    weights += w[c];
  }
  return weights === 0 ? NaN : acc / weights;
}

/**
 * The index of every region under a run's choices, into `out`. A geometric run reads `logs`
 * (floorLogs of the scores, computed once), an arithmetic one the scores. With weights 1 the
 * group mean is ((x0 + x1) + x2) / 3, the core's own order of operations.
 */
export function runIndex(
  scores: Float64Array,
  choice: RunChoice,
  groupWeights: Weights,
  out: Float64Array,
  logs: Float64Array | null = null,
  buffers: RunBuffers | null = null
): void {
  const g = normaliseWeights({
    susceptibility: groupWeights.susceptibility * choice.groupWeights[0],
    activity: groupWeights.activity * choice.groupWeights[1],
  });
  const gs = g.susceptibility;
  const ga = g.activity;
  const geometric = choice.aggregation === "geometric";
  const values = geometric ? (logs ?? floorLogs(scores)) : scores;
  const w = buffers?.weights ?? new Float64Array(6);
  for (let c = 0; c < 6; c++) w[c] = c === choice.excluded ? 0 : choice.indicatorWeights[c];
  const n = out.length;
  if (hasMissing(values)) {
    for (let r = 0; r < n; r++) {
      const s = groupWithMissing(values, r * 6, 0, w);
      const a = groupWithMissing(values, r * 6, 3, w);
      out[r] = geometric ? Math.exp(gs * s + ga * a) : gs * s + ga * a;
    }
    return;
  }
  // Indexed reads: destructuring a typed array would build an iterator every run.
  const w0 = w[0];
  const w1 = w[1];
  const w2 = w[2];
  const w3 = w[3];
  const w4 = w[4];
  const w5 = w[5];
  const ws = w0 + w1 + w2;
  const wa = w3 + w4 + w5;
  for (let r = 0, b = 0; r < n; r++, b += 6) {
    const s = (w0 * values[b] + w1 * values[b + 1] + w2 * values[b + 2]) / ws;
    const a = (w3 * values[b + 3] + w4 * values[b + 4] + w5 * values[b + 5]) / wa;
    // Geometric: the groups' means of logs, so the index is exp of their weighted sum.
    out[r] = geometric ? Math.exp(gs * s + ga * a) : gs * s + ga * a;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Regions a key's low mantissa bits can name (the values move by under 2^-32 of themselves). */
const MAX_TAGGED = 1 << 20;

/** A region's index as ranked: a missing one (NaN) below every other. */
const rankValue = (v: number) => (v !== v ? -Infinity : v);

/**
 * RANK.EQ descending of `index` into `ranks`: 1 + how many are larger; a NaN index ranks last.
 * One native sort of the indexes, each tagged with its region in its lowest mantissa bits so the
 * sorted keys say whose they are; an insertion pass on the true values then makes the order exact
 * (the tag moves a value by far less than any two indexes differ, so it has nothing to move but
 * near-ties), and ties share the best rank.
 */
export function rankInto(index: Float64Array, buffers: RunBuffers): void {
  const { sorted, words, order, ranks } = buffers;
  const n = index.length;
  if (n <= SMALL_TABLE) return rankSmall(index, buffers);
  if (!LITTLE_ENDIAN || n > MAX_TAGGED) return rankBySearch(index, buffers);
  const bits = Math.max(1, Math.ceil(Math.log2(n)));
  for (let i = 0; i < n; i++) {
    const v = index[i];
    // Indexes are never negative: -1 stands below them all for a missing one (a tagged
    // -Infinity would be a NaN).
    sorted[i] = v !== v ? -1 : v;
    words[2 * i] = (((words[2 * i] >>> bits) << bits) | i) >>> 0;
  }
  sorted.sort();
  const mask = (1 << bits) - 1;
  for (let k = 0; k < n; k++) order[k] = words[2 * k] & mask;
  ranksFromOrder(index, order, ranks);
}

/**
 * Small tables (a country's regions): no native sort, whose set-up costs more than sorting a few
 * dozen values; the previous run's order, nearly right, is put right by insertion.
 */
const SMALL_TABLE = 64;
function rankSmall(index: Float64Array, buffers: RunBuffers): void {
  ranksFromOrder(index, buffers.order, buffers.ranks);
}

/** Puts `order` right by the true values (insertion: it is nearly right) and ranks from it. */
function ranksFromOrder(index: Float64Array, order: Int32Array, ranks: Int32Array): void {
  const n = index.length;
  for (let k = 1; k < n; k++) {
    const x = order[k];
    const vx = rankValue(index[x]);
    let j = k - 1;
    while (j >= 0 && rankValue(index[order[j]]) > vx) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = x;
  }
  for (let k = n - 1; k >= 0; k--) {
    const x = order[k];
    ranks[x] =
      k < n - 1 && rankValue(index[x]) === rankValue(index[order[k + 1]])
        ? ranks[order[k + 1]]
        : n - k;
  }
}

/** The same by a sort and a binary search per region (big-endian machines, huge tables). */
function rankBySearch(index: Float64Array, buffers: RunBuffers): void {
  const { sorted, ranks } = buffers;
  const n = index.length;
  for (let i = 0; i < n; i++) sorted[i] = rankValue(index[i]);
  sorted.sort();
  for (let i = 0; i < n; i++) {
    const v = rankValue(index[i]);
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
