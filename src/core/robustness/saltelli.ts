/**
 * Variance-based sensitivity indices by Saltelli's A/B/AB_i design: two independent samples A
 * and B of N points of the unit cube, and for each factor i the matrix AB_i (A with factor i's
 * coordinates from B); N (d + 2) evaluations. First order by Saltelli et al. (2010),
 * S_i = mean(f(B) (f(AB_i) - f(A))) / V (f(B) centred on the mean, as SALib standardises); total by Jansen (1999),
 * S_Ti = mean((f(A) - f(AB_i))^2) / (2V); V the variance of f over A and B together. Intervals
 * from a bootstrap of the N rows (5th and 95th percentiles, PERCENTILE.INC).
 */
import { percentileIncSorted } from "./excel-stats";
import { type Uniform, drawInto } from "./random";

/** A and B, N rows of k coordinates each, row-major. */
export interface SaltelliSample {
  n: number;
  k: number;
  a: Float64Array;
  b: Float64Array;
}

/** A class, not a literal, for the reason given at composite-run's Buffers. */
class Sample implements SaltelliSample {
  constructor(
    readonly n: number,
    readonly k: number,
    readonly a: Float64Array,
    readonly b: Float64Array
  ) {}
}

export function saltelliSample(n: number, k: number, uniform: Uniform): SaltelliSample {
  // A first, then B: the stream's order.
  const a = drawInto(uniform, new Float64Array(n * k));
  const b = drawInto(uniform, new Float64Array(n * k));
  return new Sample(n, k, a, b);
}

/** A factor: a group of coordinates swapped together. */
export interface Factor {
  start: number;
  width: number;
}

/** Row j of A, of B, or of AB_i (A with `factor`'s coordinates from B), into `out`. */
export function designRow(
  s: SaltelliSample,
  j: number,
  which: "a" | "b" | Factor,
  out: Float64Array
): Float64Array {
  const from = j * s.k;
  // Element by element: subarray() would allocate a view per run.
  const source = which === "b" ? s.b : s.a;
  for (let c = 0; c < s.k; c++) out[c] = source[from + c];
  if (which !== "a" && which !== "b")
    for (let c = which.start; c < which.start + which.width; c++) out[c] = s.b[from + c];
  return out;
}

export interface SobolIndex {
  first: number | null;
  total: number | null;
}

function estimate(
  yA: Float64Array,
  yB: Float64Array,
  yAB: Float64Array,
  rows: ArrayLike<number> | null
): SobolIndex {
  const n = yA.length;
  let m = 0;
  for (let t = 0; t < n; t++) {
    const j = rows ? rows[t] : t;
    m += yA[j] + yB[j];
  }
  const mean = m / (2 * n);
  let m2 = 0;
  let first = 0;
  let total = 0;
  for (let t = 0; t < n; t++) {
    const j = rows ? rows[t] : t;
    m2 += (yA[j] - mean) ** 2 + (yB[j] - mean) ** 2;
    // Centred f(B): the same expectation (f(AB_i) - f(A) has mean 0), less Monte Carlo noise.
    first += (yB[j] - mean) * (yAB[j] - yA[j]);
    total += (yA[j] - yAB[j]) ** 2;
  }
  const variance = m2 / (2 * n);
  // No spread of the output (every run alike): there is nothing to apportion.
  if (!(variance > 1e-12 * Math.max(1, mean * mean))) return { first: null, total: null };
  return { first: first / n / variance, total: total / n / (2 * variance) };
}

/** The indices of each factor from the outputs on A, B and each AB_i. */
export function sobolIndices(
  yA: Float64Array,
  yB: Float64Array,
  yAB: readonly Float64Array[]
): SobolIndex[] {
  return yAB.map((y) => estimate(yA, yB, y, null));
}

export interface SobolInterval {
  first: [number, number] | null;
  total: [number, number] | null;
}

/**
 * 5-95% bootstrap intervals of each factor's indices, resampling rows with replacement. One pass
 * per resample: each row's terms of every factor (f(B) d, d and d^2 with d = f(AB_i) - f(A)) and
 * its moments (f(A) + f(B), f(A)^2 + f(B)^2) are computed once, and a resample only adds up those
 * of the rows it draws, in the order drawn; sum of f(B) d minus the mean times sum of d is the
 * centred sum of `estimate`. A resample's rows are drawn at once (drawInto), the same numbers
 * in the same order as a draw per row.
 */
export function sobolIntervals(
  yA: Float64Array,
  yB: Float64Array,
  yAB: readonly Float64Array[],
  resamples: number,
  uniform: Uniform
): SobolInterval[] {
  const n = yA.length;
  const d = yAB.length;
  const terms = rowTerms(yA, yB, yAB);
  const w = 2 + 3 * d;
  const sums = new Float64Array(w);
  const drawn = new Float64Array(n);
  const firsts = yAB.map(() => new Float64Array(resamples));
  const totals = yAB.map(() => new Float64Array(resamples));
  let kept = 0;
  for (let b = 0; b < resamples; b++) {
    addDrawn(terms, w, drawInto(uniform, drawn), sums);
    const mean = sums[0] / (2 * n);
    const variance = sums[1] / (2 * n) - mean * mean;
    // The same rule as `estimate`: no spread, no indices.
    if (!(variance > 1e-12 * Math.max(1, mean * mean))) continue;
    for (let i = 0; i < d; i++) {
      const f = 2 + 3 * i;
      firsts[i][kept] = (sums[f] - mean * sums[f + 1]) / n / variance;
      totals[i][kept] = sums[f + 2] / n / (2 * variance);
    }
    kept++;
  }
  const band = (v: Float64Array): [number, number] | null => {
    if (kept === 0) return null;
    const sorted = v.subarray(0, kept).sort();
    return [percentileIncSorted(sorted, 0.05), percentileIncSorted(sorted, 0.95)];
  };
  return yAB.map((_, i) => ({ first: band(firsts[i]), total: band(totals[i]) }));
}

/**
 * The sums of the terms of the rows drawn (row floor(u n) for each number u of `drawn`), in the
 * order drawn, into `sums`. Its own small function: called once per resample, the engine
 * optimises it after a few calls, where a loop inside a longer function waits longer.
 */
function addDrawn(terms: Float64Array, w: number, drawn: Float64Array, sums: Float64Array): void {
  const n = drawn.length;
  sums.fill(0);
  for (let t = 0; t < n; t++) {
    const at = Math.floor(drawn[t] * n) * w;
    for (let k = 0; k < w; k++) sums[k] += terms[at + k];
  }
}

/**
 * Row j's moments and terms, side by side: f(A) + f(B), f(A)^2 + f(B)^2, then f(B) d, d, d^2 of
 * each factor.
 */
function rowTerms(yA: Float64Array, yB: Float64Array, yAB: readonly Float64Array[]): Float64Array {
  const n = yA.length;
  const d = yAB.length;
  const w = 2 + 3 * d;
  const terms = new Float64Array(n * w);
  for (let j = 0; j < n; j++) {
    const at = j * w;
    terms[at] = yA[j] + yB[j];
    terms[at + 1] = yA[j] * yA[j] + yB[j] * yB[j];
    for (let i = 0; i < d; i++) {
      const diff = yAB[i][j] - yA[j];
      terms[at + 2 + 3 * i] = yB[j] * diff;
      terms[at + 3 + 3 * i] = diff;
      terms[at + 4 + 3 * i] = diff * diff;
    }
  }
  return terms;
}
