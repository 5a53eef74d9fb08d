/**
 * The bricks the sheets are built of: a block at a cell, a formula block that falls back to its
 * results in the values-only variant, such a block over a sheet's regions, a column of values,
 * the width of a names column.
 */
import type { CellValue, PlanBlock } from "./plan-types";
import { r1c1ColumnMatcher, toR1C1 } from "./r1c1";

export function block(
  row: number,
  col: number,
  content: Omit<PlanBlock, "row" | "col">
): PlanBlock {
  return { row, col, ...content };
}

/** What a formula block carries besides its cells: number format, style, role. */
export type BlockDress = Omit<
  PlanBlock,
  "row" | "col" | "values" | "formulas" | "sharedFormulas" | "results"
>;

/** A block's results, or how to work them out. */
export type Results = CellValue[][] | (() => CellValue[][]);

/**
 * The formula block with its results: as given, or worked out when first read and then kept (a
 * getter). The command line writes formulas without cached values: at 10,000 regions the
 * results of a year sheet, some 13 MB of one-cell rows, were made and never read.
 */
function withResults(block: PlanBlock, results: Results): PlanBlock {
  if (typeof results !== "function") return Object.assign(block, { results });
  let kept: CellValue[][] | undefined;
  return Object.defineProperty(block, "results", {
    get: () => (kept ??= results()),
    set: (value: CellValue[][]) => {
      kept = value;
    },
    enumerable: true,
    configurable: true,
  });
}

/** A formula block, or its results as plain values in the values-only variant. */
export function formulaBlock(
  formulas: boolean,
  row: number,
  col: number,
  cells: string[][],
  results: Results,
  rest: BlockDress
): PlanBlock {
  return formulas
    ? withResults({ row, col, formulas: cells, results: undefined, ...rest }, results)
    : { row, col, values: typeof results === "function" ? results() : results, ...rest };
}

/**
 * A block of `count` rows from `row` down whose rows hold the same formulas relative to their own
 * row (`cells(row)` gives one row's): described once, as R1C1 formulas shared by every row, unless
 * `perCell` asks for the older form with a string per cell (the tests compare the two).
 * `regular(row)`, where given, vouches that the row holds the block's general formulas (`cells`
 * takes no branch of its own there): when the first row does, the regular rows between the first
 * and the last are not made and compared, only the others are (at 10,000 regions x 20
 * industries, making each cell's text only to find it the same was most of stage 2's plan). The
 * per-cell form makes every row, so the tests that compare the two forms catch a row vouched for
 * wrongly.
 */
export function rowsBlock(
  rows: { formulas: boolean; perCell?: boolean },
  row: number,
  col: number,
  count: number,
  cells: (row: number) => string[],
  results: Results,
  dress: BlockDress,
  regular?: (row: number) => boolean
): PlanBlock {
  if (!rows.formulas || rows.perCell || count === 0)
    return formulaBlock(
      rows.formulas,
      row,
      col,
      Array.from({ length: count }, (_, k) => cells(row + k)),
      results,
      dress
    );
  const top = cells(row);
  const r1c1 = top.map((f, c) => toR1C1(f, row, col + c));
  // Shared only when the shared formulas give back every row's own formulas, character for
  // character (the first row's too): a row that differs (a region with a gap, whose cell is ="")
  // must never be written with its neighbours' formula. Comparing each row's A1 formula with the
  // one the writers make of the parsed R1C1 costs far less than parsing each row's A1 formula
  // into R1C1 (a regular expression per cell: it was most of the plan's time).
  const same = r1c1.map((f, c) => r1c1ColumnMatcher(f, col + c));
  const trusted = regular?.(row) ? regular : undefined;
  for (let k = 0; k < count; k++) {
    if (k > 0 && k < count - 1 && trusted?.(row + k)) continue;
    const line = k === 0 ? top : cells(row + k);
    if (line.length !== top.length)
      return rowsBlock({ ...rows, perCell: true }, row, col, count, cells, results, dress);
    for (let c = 0; c < line.length; c++)
      if (!same[c](line[c], row + k))
        return rowsBlock({ ...rows, perCell: true }, row, col, count, cells, results, dress);
  }
  return withResults(
    { row, col, sharedFormulas: { rows: count, r1c1 }, results: undefined, ...dress },
    results
  );
}

/** `regular` of a block whose `cells` takes no branch: every row holds the general formulas. */
export const everyRow = (): boolean => true;

/** Where a sheet's regions stand and whether it writes formulas: what a region block reads. */
export interface RegionRows<R> {
  regions: readonly R[];
  /** Row of the first region. */
  first: number;
  rowOf: (i: number) => number;
  formulas: boolean;
  /** A formula string per cell instead of formulas shared by the rows (the plan's older form). */
  perCell?: boolean;
}

/** A row of formulas in each region's row from the first down, the core's values as results. */
export function regionBlock<R>(
  rows: RegionRows<R>,
  col: number,
  cells: (row: number) => string[],
  results: (region: R, i: number) => CellValue[],
  dress: BlockDress,
  regular?: (row: number) => boolean
): PlanBlock {
  const n = rows.regions.length;
  const values = () => rows.regions.map((region, i) => results(region, i));
  // Shared formulas need the regions in consecutive rows.
  if (n > 0 && rows.rowOf(n - 1) !== rows.first + n - 1)
    return formulaBlock(
      rows.formulas,
      rows.first,
      col,
      rows.regions.map((_, i) => cells(rows.rowOf(i))),
      values,
      dress
    );
  return rowsBlock(rows, rows.first, col, n, cells, values, dress, regular);
}

/** One cell per item, stacked as a column. */
export const column = <T>(
  items: readonly T[],
  f: (item: T, i: number) => CellValue
): CellValue[][] => items.map((item, i) => [f(item, i)]);

/** Width of a column of names, in characters (no spread: it may hold many thousand names). */
export function nameWidth(names: readonly string[]): number {
  let longest = 0;
  for (let i = 0; i < names.length; i++) longest = Math.max(longest, names[i].length);
  return Math.min(40, Math.max(14, longest + 2));
}
