/**
 * The statistics of the robustness analysis, each with Excel's definition so a sheet's formula
 * and the core agree: SKEW and KURT (simple-statistics' sample skewness and kurtosis are the
 * same formulas), PERCENTILE.INC (simple-statistics' quantileSorted, R's type 7), CORREL, a
 * Spearman correlation (Pearson's on average ranks) and covariances over pairwise-complete
 * observations, as R's cov(use = "pairwise.complete.obs").
 */
import {
  quantileSorted,
  sampleCorrelation,
  sampleCovariance,
  sampleKurtosis,
  sampleSkewness,
} from "simple-statistics";

/** Excel's SKEW; null with fewer than 3 values or no spread. */
export function excelSkew(values: readonly number[]): number | null {
  if (values.length < 3 || !spread(values)) return null;
  return sampleSkewness([...values]);
}

/** Excel's KURT (excess kurtosis); null with fewer than 4 values or no spread. */
export function excelKurt(values: readonly number[]): number | null {
  if (values.length < 4 || !spread(values)) return null;
  return sampleKurtosis([...values]);
}

function spread(values: readonly number[]): boolean {
  return values.some((v) => v !== values[0]);
}

/** Excel's PERCENTILE.INC of values already sorted ascending (p from 0 to 1). */
export function percentileIncSorted(sorted: ArrayLike<number>, p: number): number {
  return quantileSorted(sorted as number[], p);
}

/** Pairs of two columns where both are present. */
function completePairs(
  x: readonly (number | null)[],
  y: readonly (number | null)[]
): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const u = x[i];
    const v = y[i];
    if (u !== null && v !== null && Number.isFinite(u) && Number.isFinite(v)) {
      a.push(u);
      b.push(v);
    }
  }
  return [a, b];
}

/** Sample covariance (n - 1) over pairwise-complete observations; null with fewer than 2 pairs. */
export function pairwiseCovariance(
  x: readonly (number | null)[],
  y: readonly (number | null)[]
): number | null {
  const [a, b] = completePairs(x, y);
  return a.length < 2 ? null : sampleCovariance(a, b);
}

/** Excel's CORREL over pairwise-complete observations; null where a column has no spread. */
export function pearson(
  x: readonly (number | null)[],
  y: readonly (number | null)[]
): number | null {
  const [a, b] = completePairs(x, y);
  if (a.length < 2 || !spread(a) || !spread(b)) return null;
  return sampleCorrelation(a, b);
}

/** Ranks from 1, ties sharing their average rank (as RANK.AVG ascending). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((p, q) => p[0] - q[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's correlation: Pearson's on the average ranks of the pairwise-complete pairs. */
export function spearman(
  x: readonly (number | null)[],
  y: readonly (number | null)[]
): number | null {
  const [a, b] = completePairs(x, y);
  return pearson(averageRanks(a), averageRanks(b));
}

/**
 * Cronbach's alpha of k columns: k/(k-1) * (1 - sum of variances / sum of the whole covariance
 * matrix), covariances over pairwise-complete observations (COINr's get_cronbach). Null with
 * fewer than two columns or no total variance.
 */
export function cronbachAlpha(columns: readonly (readonly (number | null)[])[]): number | null {
  const k = columns.length;
  if (k < 2) return null;
  let variances = 0;
  let total = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const c = pairwiseCovariance(columns[i], columns[j]);
      if (c === null) return null;
      total += c;
      if (i === j) variances += c;
    }
  return total > 0 ? (k / (k - 1)) * (1 - variances / total) : null;
}
