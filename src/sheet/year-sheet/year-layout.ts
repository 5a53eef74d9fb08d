/**
 * Where things sit on a year sheet: its rows, its columns (which depend on the raw figures the
 * table has), its number formats, and the context every block of the sheet reads.
 */
import {
  INDICATOR_CODES,
  RAW_FIGURES,
  type Alphabet,
  type IndicatorCode,
  type RawFigure,
} from "../../core";
import { translator, type Lang, type Translate } from "../../i18n";
import { safeSheetName } from "../plan";
import { everyRow, regionBlock, type BlockDress } from "../plan";
import type { CellValue, PlanBlock } from "../plan";
import type { PlanOptions, RatedRegion, RatedYear, RegionRow } from "../types";

/** Rows of the year sheet, zero-based. */
export const YEAR_LAYOUT = {
  title: 0,
  source: 1,
  /** Each indicator's leader (its column's maximum), which the score formulas divide by. */
  leader: 2,
  groupHeader: 3,
  header: 4,
  firstRegion: 5,
} as const;

export const MONEY_FORMAT = "#,##0.0";
export const COUNT_FORMAT = "#,##0";
export const INDICATOR_FORMAT = "#,##0.00";
export const SCORE_FORMAT = "0.00";

export interface YearColumns {
  name: number;
  raw: { field: RawFigure; col: number }[];
  indicator: Record<IndicatorCode, number>;
  score: Record<IndicatorCode, number>;
  susceptibility: number;
  activity: number;
  index: number;
  class: number;
  rank: number;
  /** Each region's place in the sorted block: its rank, ties broken by table order. */
  place: number;
  legend: number;
  sorted: number;
}

/** The table's columns left to right; the legend and the sorted block stand to the right of it. */
export function yearColumns(year: RatedYear): YearColumns {
  const present = new Set(year.table.columns.map((c) => c.field));
  const rawFields = RAW_FIGURES.filter((f) => present.has(f));
  let col = 1;
  const raw = rawFields.map((field) => ({ field, col: col++ }));
  const indicator = {} as Record<IndicatorCode, number>;
  for (const code of INDICATOR_CODES) indicator[code] = col++;
  const score = {} as Record<IndicatorCode, number>;
  for (const code of INDICATOR_CODES) score[code] = col++;
  const susceptibility = col++;
  const activity = col++;
  const index = col++;
  const klass = col++;
  const rank = col++;
  const place = col++;
  const legend = col + 1;
  const sorted = legend + 5;
  return {
    name: 0,
    raw,
    indicator,
    score,
    susceptibility,
    activity,
    index,
    class: klass,
    rank,
    place,
    legend,
    sorted,
  };
}

/** The sheet name of a year (Excel's limits applied). */
export function yearSheetName(year: string): string {
  return safeSheetName(year);
}

/** What every block of a year sheet reads: the year, where its regions sit, the words. */
export interface YearSheetContext {
  year: RatedYear;
  regions: readonly RatedRegion[];
  /** The table's row of each region by key, for its raw figures. */
  tableRegions: ReadonlyMap<string, RegionRow>;
  cols: YearColumns;
  /** Rows of the first and last region. */
  first: number;
  last: number;
  rowOf: (i: number) => number;
  lang: Lang;
  t: Translate;
  /** Native formulas (default) or their results as plain values. */
  formulas: boolean;
  /** A formula string per cell (the plan's older form), for the tests that compare the two. */
  perCell: boolean;
  alphabet: Alphabet;
}

export function yearSheetContext(year: RatedYear, options: PlanOptions): YearSheetContext {
  const lang = options.lang ?? "en";
  const first = YEAR_LAYOUT.firstRegion;
  return {
    year,
    regions: year.regions,
    tableRegions: new Map(year.table.regions.map((r) => [r.key, r])),
    cols: yearColumns(year),
    first,
    last: first + year.regions.length - 1,
    rowOf: (i) => first + i,
    lang,
    t: translator(lang),
    formulas: options.formulas !== false,
    perCell: options.perCellFormulas === true,
    alphabet: options.alphabet ?? "latin",
  };
}

/**
 * A column of the table with a formula in each region's row, the core's values as its results.
 * `formula` takes no branch of its own per row (every column of the year sheet is so): the rows
 * between the first and the last are not made to be compared (plan-shared.test.ts makes them all).
 */
export function regionFormulaColumn(
  ctx: YearSheetContext,
  col: number,
  formula: (row: number) => string,
  result: (region: RatedRegion, i: number) => CellValue,
  dress: BlockDress
): PlanBlock {
  return regionBlock(
    ctx,
    col,
    (row) => [formula(row)],
    (r, i) => [result(r, i)],
    dress,
    everyRow
  );
}
