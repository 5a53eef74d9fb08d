/**
 * Stage 1 for a whole table at once, as the pane's sheets and the robustness analysis score it
 * (the functions score a row at a time: scoreRowPart), and the ranks of the indices. Apart from
 * innovation-index.ts so that the functions' bundle, functions.js, does not carry it.
 */
import { INDICATOR_CODES, IndicatorCode, SUSCEPTIBILITY_CODES, ACTIVITY_CODES } from "./indicators";
import {
  EQUAL_WEIGHTS,
  checkWidths,
  groupRating,
  indicatorLeaders,
  indicatorScore,
  normaliseWeights,
  type IndexOptions,
  type IndicatorRow,
  type RegionScore,
} from "./innovation-index";

/** Scores every row of a table against the table's own leaders. */
export function innovationIndex(
  table: readonly IndicatorRow[],
  options: IndexOptions = {}
): RegionScore[] {
  return scoreAgainstLeaders(table, indicatorLeaders(table, options), options);
}

/**
 * Scores some rows against the leaders of a whole table: what a formula filled down one region
 * row at a time needs. The rows are expected to belong to the table; a value above its column's
 * leader is refused, since it would score over 100.
 */
export function scoreRows(
  rows: readonly IndicatorRow[],
  table: readonly IndicatorRow[],
  options: IndexOptions = {}
): RegionScore[] {
  checkWidths(rows, "rows");
  return scoreAgainstLeaders(rows, indicatorLeaders(table, options), options);
}

export function scoreAgainstLeaders(
  rows: readonly IndicatorRow[],
  leaders: readonly number[],
  options: IndexOptions = {}
): RegionScore[] {
  const missing = options.missing ?? "error";
  const weights = normaliseWeights(options.weights ?? EQUAL_WEIGHTS);
  return rows.map((row, r) => {
    const scores = indicatorRecord();
    for (let c = 0; c < INDICATOR_CODES.length; c++)
      scores[INDICATOR_CODES[c]] = indicatorScore(row[c], leaders, missing, r, c);
    const susceptibility = groupRating(scores, SUSCEPTIBILITY_CODES, r);
    const activity = groupRating(scores, ACTIVITY_CODES, r);
    return {
      scores,
      susceptibility,
      activity,
      index: weights.susceptibility * susceptibility + weights.activity * activity,
    };
  });
}

/** The six indicators in order, each null: a record made with all its keys at once. */
const NO_INDICATORS = Object.fromEntries(INDICATOR_CODES.map((code) => [code, null])) as Record<
  IndicatorCode,
  number | null
>;

/**
 * A record of the six indicators, null until set, keys in the indicators' order: a copy of one
 * made whole (property by property, each region's took a few times the memory).
 */
export function indicatorRecord(): Record<IndicatorCode, number | null> {
  return { ...NO_INDICATORS };
}

/** Rank of each value, largest first, ties sharing the best rank (Excel's RANK.EQ descending). */
export function rankDescending(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  // Rank = 1 + how many values are strictly larger: the first position of v in the sorted copy.
  return values.map((v) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] > v) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
}
