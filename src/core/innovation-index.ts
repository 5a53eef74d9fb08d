/**
 * Stage 1 of the method: percent-of-leader scores of the six indicators (formula 1), the
 * susceptibility rating R_IS (formula 2), the activity rating R_IA (formula 3) and the final
 * innovation-development index (formula 4). Scoring a whole table at once, which only the pane's
 * sheets do, is in score-table.ts (out of the functions' bundle, functions.js).
 */
import { Phrase, phrase } from "../i18n/functions";
import { CoreError, limitFigure } from "./errors";
import { ACTIVITY_CODES, INDICATOR_CODES, IndicatorCode, SUSCEPTIBILITY_CODES } from "./indicators";
import { columnLeader } from "./leader";
import { overflowScale } from "./specialisation";

/** What to do with a missing indicator value (blank cell, "-", "x"). */
export type MissingPolicy =
  | "error" // refuse: the default, because a silently altered mean is a wrong number
  | "skip" // average the indicators of the group that are present
  | "zero"; // count the missing indicator as 0 (the region scores nothing on it)

export interface Weights {
  susceptibility: number;
  activity: number;
}

export const EQUAL_WEIGHTS: Weights = { susceptibility: 0.5, activity: 0.5 };

export interface IndexOptions {
  /** Weights of R_IS and R_IA; they are normalised to sum to 1. Default 0.5 / 0.5. */
  weights?: Weights;
  missing?: MissingPolicy;
}

export interface RegionScore {
  /** Percent-of-leader score of each indicator, null where missing and skipped. */
  scores: Record<IndicatorCode, number | null>;
  susceptibility: number;
  activity: number;
  index: number;
}

/** A table row of the six indicators in METHOD.md order: S_D, S_F, S_E, S_A, S_B, S_C. */
export type IndicatorRow = readonly (number | null)[];

/** The leader of each of the six indicator columns of a table. */
export function indicatorLeaders(
  table: readonly IndicatorRow[],
  options: IndexOptions = {}
): number[] {
  checkWidths(table, "table");
  const missing = options.missing ?? "error";
  return INDICATOR_CODES.map((code, c) => {
    const column = table.map((row, r) => present(row[c], missing, r, c));
    return columnLeader(column, code);
  });
}

/** Percent-of-leader score of one value of a row; null when missing and skipped. */
export function indicatorScore(
  cell: number | null | undefined,
  leaders: readonly number[],
  missing: MissingPolicy,
  r: number,
  c: number
): number | null {
  const code = INDICATOR_CODES[c];
  const value = present(cell, missing, r, c);
  if (value === null) return null;
  if (value < 0)
    throw new CoreError(
      "negative",
      "functions.index.negative",
      { code, value, row: rowName(r) },
      { row: r, column: c }
    );
  if (value > leaders[c] * (1 + 1e-12)) {
    throw new CoreError(
      "not-found",
      "functions.index.aboveLeader",
      { code, value, row: rowName(r), leader: limitFigure(leaders[c], value) },
      { row: r, column: c }
    );
  }
  return (value / leaders[c]) * 100;
}

/** Which of a region's results is wanted: the index, or one of its two ratings. */
export type RegionPart = "index" | "susceptibility" | "activity";

/**
 * One result of one row against known leaders. Every value of the row is checked (a negative one
 * or a missing one under "error" is refused whichever result is asked for), but only the groups
 * the result needs must have a value present: under "skip" a row without any susceptibility
 * indicator still has an activity rating (and the other way round).
 */
export function scoreRowPart(
  row: IndicatorRow,
  leaders: readonly number[],
  part: RegionPart,
  options: IndexOptions = {},
  r = 0
): number {
  const missing = options.missing ?? "error";
  const scores = {} as Record<IndicatorCode, number | null>;
  INDICATOR_CODES.forEach((code, c) => {
    scores[code] = indicatorScore(row[c], leaders, missing, r, c);
  });
  const rating = (codes: readonly IndicatorCode[]): number => groupRating(scores, codes, r);
  if (part === "susceptibility") return rating(SUSCEPTIBILITY_CODES);
  if (part === "activity") return rating(ACTIVITY_CODES);
  const weights = normaliseWeights(options.weights ?? EQUAL_WEIGHTS);
  return (
    weights.susceptibility * rating(SUSCEPTIBILITY_CODES) +
    weights.activity * rating(ACTIVITY_CODES)
  );
}

/** Formulas (2) and (3): the mean of a group's scores (of those present, under the "skip" policy). */
export function groupRating(
  scores: Record<IndicatorCode, number | null>,
  codes: readonly IndicatorCode[],
  row: number
): number {
  // A loop, not map/filter/reduce: it runs twice per region. The same sum, in the same order.
  let sum = 0;
  let count = 0;
  for (const code of codes) {
    const v = scores[code];
    if (v === null) continue;
    sum += v;
    count++;
  }
  if (count === 0)
    throw new CoreError(
      "missing",
      "functions.index.noGroup",
      { row: rowName(row), codes: codes.join("/") },
      { row }
    );
  return sum / count;
}

export function normaliseWeights(weights: Weights): Weights {
  const { susceptibility, activity } = weights;
  if (
    !(susceptibility >= 0) ||
    !(activity >= 0) ||
    !Number.isFinite(susceptibility) ||
    !Number.isFinite(activity)
  ) {
    throw new CoreError("invalid-argument", "functions.index.weights");
  }
  // Two weights near 1e308 would overflow their sum: scaled down first (exactly, see overflowScale).
  const f = overflowScale(Math.max(susceptibility, activity), 2);
  const sum = susceptibility * f + activity * f;
  if (sum === 0) throw new CoreError("invalid-argument", "functions.index.weightsZero");
  return { susceptibility: (susceptibility * f) / sum, activity: (activity * f) / sum };
}

function present(
  value: number | null | undefined,
  missing: MissingPolicy,
  row: number,
  column: number
): number | null {
  if (value !== null && value !== undefined) {
    if (!Number.isFinite(value))
      throw new CoreError(
        "not-a-number",
        "functions.index.notFinite",
        { code: INDICATOR_CODES[column], row: rowName(row) },
        { row, column }
      );
    return value;
  }
  if (missing === "zero") return 0;
  if (missing === "skip") return null;
  throw new CoreError(
    "missing",
    "functions.index.missing",
    { code: INDICATOR_CODES[column], row: rowName(row) },
    { row, column }
  );
}

/** A row as the messages name it; the functions adapter renames it (relabelRow) to the row the user sees. */
function rowName(row: number): Phrase {
  return phrase("functions.where.row", { n: row + 1 });
}

export function checkWidths(rows: readonly IndicatorRow[], what: string): void {
  if (rows.length === 0) throw new CoreError("shape", "functions.arg.empty", { name: what });
  rows.forEach((row, r) => {
    if (row.length !== INDICATOR_CODES.length) {
      throw new CoreError(
        "shape",
        "functions.index.width",
        { name: what, row: r + 1, columns: row.length },
        { row: r }
      );
    }
  });
}

/** The paper's dynamics column: the later index as a percent of the earlier one. */
export function indexDynamics(earlier: number, later: number): number {
  if (!(earlier > 0)) throw new CoreError("zero-leader", "functions.index.earlierZero");
  const percent = (later / earlier) * 100;
  if (!Number.isFinite(percent))
    throw new CoreError("overflow", "functions.index.dynamicsTooLarge");
  return percent;
}
