/**
 * Reading a block whatever form its cells take (literal values, a formula per cell, or formulas
 * shared by every row in R1C1 form): its size, each cell's A1 formula, and the per-cell form of a
 * whole block or plan, which the tests compare with the per-cell builders.
 */
import type { PlanBlock, SheetPlan, WorkbookPlan } from "./plan-types";
import { fromR1C1, r1c1Template } from "./r1c1";

/** Rows and columns of a block. */
export function blockSize(block: PlanBlock): { rows: number; columns: number } {
  if (block.sharedFormulas)
    return {
      rows: block.sharedFormulas.rows,
      columns: block.sharedFormulas.rows > 0 ? block.sharedFormulas.r1c1.length : 0,
    };
  const cells = block.formulas ?? block.values ?? [];
  return { rows: cells.length, columns: cells.length > 0 ? cells[0].length : 0 };
}

/** Whether the block holds formulas, in either form. */
export function hasFormulas(block: PlanBlock): boolean {
  return block.formulas !== undefined || block.sharedFormulas !== undefined;
}

/**
 * The A1 formula of the block's cell (line, column) relative to its corner, for a formula block
 * in either form; templates are parsed once per block.
 */
export function formulaReader(block: PlanBlock): (line: number, column: number) => string {
  if (block.formulas) {
    const formulas = block.formulas;
    return (line, column) => formulas[line][column];
  }
  if (!block.sharedFormulas) throw new Error("formulaReader: the block holds values");
  const templates = block.sharedFormulas.r1c1.map(r1c1Template);
  return (line, column) => templates[column](block.row + line, block.col + column);
}

/** The block with a formula string per cell (the plan's older form). */
export function expandBlock(block: PlanBlock): PlanBlock {
  if (!block.sharedFormulas) return block;
  const { sharedFormulas, ...rest } = block;
  const formulas = Array.from({ length: sharedFormulas.rows }, (_, line) =>
    sharedFormulas.r1c1.map((f, c) => fromR1C1(f, block.row + line, block.col + c))
  );
  return { ...rest, formulas };
}

export function expandSheet(sheet: SheetPlan): SheetPlan {
  return { ...sheet, blocks: sheet.blocks.map(expandBlock) };
}

/** The plan with every shared-formula block written out per cell. */
export function expandPlan(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, sheets: plan.sheets.map(expandSheet) };
}
