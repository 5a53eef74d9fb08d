/**
 * The bricks the sheets are built of: a block at a cell, a formula block that falls back to its
 * results in the values-only variant, such a block over a sheet's regions, a column of values,
 * the width of a names column.
 */
import type { CellValue, PlanBlock } from "./plan-types";

export function block(
  row: number,
  col: number,
  content: Omit<PlanBlock, "row" | "col">
): PlanBlock {
  return { row, col, ...content };
}

/** What a formula block carries besides its cells: number format, style, role. */
export type BlockDress = Omit<PlanBlock, "row" | "col" | "values" | "formulas" | "results">;

/** A formula block, or its results as plain values in the values-only variant. */
export function formulaBlock(
  formulas: boolean,
  row: number,
  col: number,
  cells: string[][],
  results: CellValue[][],
  rest: BlockDress
): PlanBlock {
  return formulas
    ? { row, col, formulas: cells, results, ...rest }
    : { row, col, values: results, ...rest };
}

/** Where a sheet's regions stand and whether it writes formulas: what a region block reads. */
export interface RegionRows<R> {
  regions: readonly R[];
  /** Row of the first region. */
  first: number;
  rowOf: (i: number) => number;
  formulas: boolean;
}

/** A row of formulas in each region's row from the first down, the core's values as results. */
export function regionBlock<R>(
  rows: RegionRows<R>,
  col: number,
  cells: (row: number) => string[],
  results: (region: R, i: number) => CellValue[],
  dress: BlockDress
): PlanBlock {
  return formulaBlock(
    rows.formulas,
    rows.first,
    col,
    rows.regions.map((_, i) => cells(rows.rowOf(i))),
    rows.regions.map((region, i) => results(region, i)),
    dress
  );
}

/** One cell per item, stacked as a column. */
export const column = <T>(
  items: readonly T[],
  f: (item: T, i: number) => CellValue
): CellValue[][] => items.map((item, i) => [f(item, i)]);

/** Width of a column of names, in characters (no spread: it may hold many thousand names). */
export function nameWidth(names: readonly string[]): number {
  let longest = 0;
  for (const name of names) longest = Math.max(longest, name.length);
  return Math.min(40, Math.max(14, longest + 2));
}
