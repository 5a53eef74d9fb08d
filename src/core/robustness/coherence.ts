/**
 * Coherence of the six indicators, on their percent-of-leader scores: count, mean, skew and
 * kurtosis with the outlier rule's verdict per indicator; Pearson and Spearman matrices in the
 * order S_D, S_F, S_E, S_A, S_B, S_C; negative correlations inside a group; Cronbach's alpha of
 * each group and of all six (0.7 and above is the usual reading of "measures one thing").
 */
import { INDICATOR_CODES, type IndicatorCode } from "../indicators";
import { cronbachAlpha, excelKurt, excelSkew, pearson, spearman } from "./excel-stats";
import { failsOutlierRule } from "./outlier-treatment";

export const ALPHA_THRESHOLD = 0.7;

export interface IndicatorCoherence {
  code: IndicatorCode;
  count: number;
  mean: number | null;
  skew: number | null;
  kurtosis: number | null;
  outlier: boolean;
}

export interface Coherence {
  indicators: IndicatorCoherence[];
  pearson: (number | null)[][];
  spearman: (number | null)[][];
  /** Pairs of indicators of one group whose Pearson correlation is negative. */
  negativeInGroup: { a: IndicatorCode; b: IndicatorCode; r: number }[];
  cronbachAlpha: { susceptibility: number | null; activity: number | null; all: number | null };
}

const matrix = (cols: readonly (number | null)[][], f: typeof pearson): (number | null)[][] =>
  cols.map((x, i) => cols.map((y, j) => (i === j ? 1 : f(x, y))));

/** Coherence of a score matrix (row-major, six per region, NaN where missing). */
export function coherenceOf(scores: Float64Array): Coherence {
  const n = scores.length / 6;
  const cols = INDICATOR_CODES.map((_, c) => {
    const col: (number | null)[] = [];
    for (let r = 0; r < n; r++)
      col.push(Number.isNaN(scores[r * 6 + c]) ? null : scores[r * 6 + c]);
    return col;
  });
  const indicators = cols.map((col, c) => {
    const present = col.filter((v): v is number => v !== null);
    return {
      code: INDICATOR_CODES[c],
      count: present.length,
      mean: present.length ? present.reduce((a, b) => a + b, 0) / present.length : null,
      skew: excelSkew(present),
      kurtosis: excelKurt(present),
      outlier: failsOutlierRule(present),
    };
  });
  const p = matrix(cols, pearson);
  const negativeInGroup: Coherence["negativeInGroup"] = [];
  for (let i = 0; i < 6; i++)
    for (let j = i + 1; j < 6; j++) {
      const r = p[i][j];
      if (Math.floor(i / 3) === Math.floor(j / 3) && r !== null && r < 0)
        negativeInGroup.push({ a: INDICATOR_CODES[i], b: INDICATOR_CODES[j], r });
    }
  return {
    indicators,
    pearson: p,
    spearman: matrix(cols, spearman),
    negativeInGroup,
    cronbachAlpha: {
      susceptibility: cronbachAlpha(cols.slice(0, 3)),
      activity: cronbachAlpha(cols.slice(3, 6)),
      all: cronbachAlpha(cols),
    },
  };
}
