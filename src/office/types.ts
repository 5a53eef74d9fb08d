/**
 * What the task pane asks of the workbook, with no Office types in it: the pane's components
 * and tests work against this interface, and excel-workbook.ts is its one Office.js implementation.
 */
import type { WorkbookPlan } from "../sheet/plan";

/** A block of cells read from a sheet, with where it sits so findings can point back at it. */
export interface SourceRange {
  sheet: string;
  /** A1 address on that sheet, e.g. "A1:I17". */
  address: string;
  /** Zero-based top-left cell of the block on the sheet. */
  row: number;
  col: number;
  values: unknown[][];
  /** True when the selection was a single cell (or outside the data) and the used range was read instead. */
  fromUsedRange: boolean;
}

/** What the writer is doing: the pane words it from its dictionary. */
export type WriteStep = "names" | "adding" | "writing" | "done";

export interface WriteProgress {
  /** What is being done, for the pane's progress line. */
  step: WriteStep;
  /** Cells being written (step "writing"). */
  cells?: number;
  /** 0..1 */
  fraction: number;
}

export interface WriteResult {
  /** Names of the sheets added, in plan order (the first one is activated). */
  sheetNames: string[];
  /** context.sync() calls made. */
  syncs: number;
  /** Estimated payload of each request that wrote the sheets, in bytes (Excel on the web: under 5 MB). */
  requestBytes?: number[];
}

export interface WorkbookPort {
  /** The selected range, or the active sheet's used range when the selection holds nothing useful. */
  readSelection(): Promise<SourceRange>;
  /** Activates a sheet and selects one cell of it (zero-based). */
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  /** Adds the plan's sheets under free names and writes them; on failure removes only what it added. */
  writePlan(plan: WorkbookPlan, onProgress?: (p: WriteProgress) => void): Promise<WriteResult>;
}
