/**
 * The cells of a sheet as SpreadsheetML rows, written straight into exceljs's streaming
 * worksheet. Through exceljs's own API every cell becomes a Row, a Cell, a value and a model
 * object rendered by its xforms: at 10,000 regions (some 370,000 cells) that and the garbage it
 * left were most of the command line's run. Here a row is one string, each cell's markup made by
 * its block's CellSource (xlsx-cells.ts). The markup is the markup exceljs writes for the same
 * cells (test/xlsx-rows.test.ts compares the bytes): exceljs still numbers the styles and shared
 * strings and writes every other part of the file.
 * Hooks exceljs 4.4 internals (the worksheet's stream and startedData), hence the pinned version.
 */
import type ExcelJS from "exceljs";
import type { CellValue, PlanBlock, SheetPlan } from "../sheet/plan";
import { blockSize } from "../sheet/plan";
import type { CellSource, SharedStrings, XlsxCell } from "./xlsx-cells";

export type { XlsxCell } from "./xlsx-cells";

/** What the row writer needs of exceljs's streaming worksheet (exceljs 4.4 internals). */
interface StreamingSheet {
  startedData: boolean;
  stream: { write(bytes: string | Buffer): void };
  _merges: object[];
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _workbook: {
    styles: { addStyleModel(style: object, cellType?: number): number };
    sharedStrings: SharedStrings;
  };
}

/** exceljs's value types (lib/doc/enums.js), for the first style lookup of a block. */
const enum ValueType {
  Null = 0,
  Merge = 1,
  Number = 2,
  String = 3,
  Boolean = 9,
}

/** exceljs's cell range, as its streaming sheet records merges. */
const Range = require("exceljs/lib/doc/range") as new (...corners: number[]) => object;

/** The style of a merged cell no block covers: exceljs gives it an empty one. */
const NO_STYLE = {};

type Merge = NonNullable<SheetPlan["merges"]>[number];
const NO_MERGES: readonly [number, boolean][] = [];

/** A block of the plan with what the row writer needs of it. */
export interface RowBlock {
  block: PlanBlock;
  rows: number;
  columns: number;
  /** The exceljs style object shared by the block's cells. */
  style: object;
  /** The block's cells as written. */
  cells: CellSource;
}

const typeOf = (v: CellValue | undefined): ValueType =>
  v === null || v === undefined
    ? ValueType.Null
    : typeof v === "string"
      ? ValueType.String
      : typeof v === "number"
        ? ValueType.Number
        : ValueType.Boolean;

/** The type exceljs picks a style's default number format by (a formula's: its result's). */
const effectiveType = (cell: XlsxCell): ValueType =>
  cell !== null && typeof cell === "object" ? typeOf(cell.result) : typeOf(cell);

/** Column letters of a 0-based column: 0 -> "A", 27 -> "AB". */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The bytes of rows gathered before they are sent (xlsx-writer.ts sends past 256 KB). */
const PENDING_BYTES = 320 * 1024;
const NO_BYTES = Buffer.alloc(0);

/** Writes the rows of one sheet; one instance per worksheet. */
export class RowWriter {
  private readonly letters: string[] = [];
  /** A style's attribute (` s="3"` or ""), from exceljs's id for the style object. */
  private readonly styleAttributes = new Map<object, string>();
  /**
   * The rows made and not yet sent, as bytes: each row's markup is written into the buffer as it
   * is made. Held as one string until sent, the rows of a chunk were a rope of every cell's pieces
   * that the stream then flattened and copied into bytes (a twentieth of a 10,000-region run).
   */
  private pending = NO_BYTES;
  private pendingBytes = 0;
  /**
   * The cells of the row being written, by column: stamp[col] is the row they belong to, owner
   * the block that writes the cell (null: none) and at the cell's column within it; merged, a
   * merged cell other than the top-left one (its style only, and the row counts as written).
   */
  private readonly stamp: number[] = [];
  private readonly owner: (RowBlock | null)[] = [];
  private readonly at: number[] = [];
  private readonly merged: boolean[] = [];

  /** Row (0-based) -> the merged cells in it: [column, whether it is the merge's top-left cell]. */
  private readonly merges = new Map<number, [number, boolean][]>();

  /**
   * Records the sheet's merges as exceljs's mergeCells does, but without the Row objects it
   * makes for the merged cells (they would be written again when the sheet is committed).
   */
  constructor(
    private readonly ws: StreamingSheet,
    merges: readonly Merge[]
  ) {
    for (const m of merges) {
      ws._merges.push(new Range(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.columns));
      for (let r = m.row; r < m.row + m.rows; r++) {
        const cells = this.merges.get(r) ?? [];
        for (let c = m.col; c < m.col + m.columns; c++) cells.push([c, r === m.row && c === m.col]);
        this.merges.set(r, cells);
      }
    }
  }

  static of(ws: ExcelJS.Worksheet, merges: readonly Merge[] = []): RowWriter {
    return new RowWriter(ws as unknown as StreamingSheet, merges);
  }

  /** The workbook's shared strings, which the blocks' cells are numbered in. */
  static sharedStrings(ws: ExcelJS.Worksheet): SharedStrings {
    return (ws as unknown as StreamingSheet)._workbook.sharedStrings;
  }

  /** Whether row r (0-based) holds merged cells: it is written even when no block covers it. */
  hasMerges(r: number): boolean {
    return this.merges.has(r);
  }

  /**
   * One row: the cells of the blocks that cover it. As with exceljs's cells, a later block's cell
   * replaces an earlier one's; a skipped cell (a merged cell other than the top-left one) keeps
   * only its style; a row with no value and no height is not written.
   */
  row(r: number, blocks: readonly RowBlock[], height: number | undefined): void {
    if (!this.merges.has(r)) {
      const side = this.sideBySide(blocks);
      if (side) return this.lineRow(r, side, height);
    }
    let min = 0;
    let max = 0;
    for (const [col, topLeft] of this.merges.get(r) ?? NO_MERGES) {
      this.stamp[col] = r;
      this.merged[col] = !topLeft;
      this.owner[col] = null;
      if (!min || min > col + 1) min = col + 1;
      if (max < col + 1) max = col + 1;
    }
    for (const b of blocks) {
      if (b.columns === 0) continue;
      const first = b.block.col;
      for (let c = 0; c < b.columns; c++) {
        const col = first + c;
        if (this.stamp[col] !== r) {
          this.stamp[col] = r;
          this.merged[col] = false;
        }
        this.owner[col] = b;
        this.at[col] = c;
      }
      if (!min || min > first + 1) min = first + 1;
      if (max < first + b.columns) max = first + b.columns;
    }
    if (!height && !this.hasValues(r, min, max)) return;
    let cells = "";
    const rowNumber = String(r + 1);
    for (let col = min - 1; col >= 0 && col < max; col++) {
      if (this.stamp[col] !== r) continue;
      const b = this.owner[col];
      const ref = this.column(col) + rowNumber;
      if (b === null) {
        const s = this.styleAttribute(
          NO_STYLE,
          this.merged[col] ? ValueType.Merge : ValueType.Null
        );
        cells += this.merged[col] || s ? `<c r="${ref}"${s}/>` : "";
        continue;
      }
      const line = r - b.block.row;
      const c = this.at[col];
      const s =
        this.styleAttributes.get(b.style) ??
        this.styleAttribute(
          b.style,
          this.merged[col] ? ValueType.Merge : effectiveType(b.cells.value(line, c))
        );
      cells += this.merged[col] ? `<c r="${ref}"${s}/>` : b.cells.xml(line, c, ref, s);
    }
    this.write(this.rowMarkup(rowNumber, height, min, max, cells));
  }

  /**
   * The blocks left to right when none covers a column of another (each cell is then its block's,
   * written by the block's line), or null. Asked once per list of blocks: the caller gives a new
   * list when the blocks change.
   */
  private sideBySide(blocks: readonly RowBlock[]): RowBlock[] | null {
    if (blocks === this.sideOf) return this.side;
    const sorted = blocks.filter((b) => b.columns > 0).sort((x, y) => x.block.col - y.block.col);
    const apart = sorted.every(
      (b, i) => i === 0 || sorted[i - 1].block.col + sorted[i - 1].columns <= b.block.col
    );
    this.sideOf = blocks;
    this.side = apart ? sorted : null;
    return this.side;
  }

  private sideOf: readonly RowBlock[] | undefined;
  private side: RowBlock[] | null = null;

  /**
   * A row of blocks side by side, with no merge: the same markup as cell by cell (the first cell
   * of a block gives its style's id, a row with no value and no height is not written), each
   * block's cells made as one line (xlsx-cells.ts), with no per-cell bookkeeping.
   */
  private lineRow(r: number, blocks: readonly RowBlock[], height: number | undefined): void {
    if (!height && blocks.every((b) => b.cells.blank(r - b.block.row))) return;
    const rowNumber = String(r + 1);
    let cells = "";
    for (const b of blocks) {
      const line = r - b.block.row;
      const s =
        this.styleAttributes.get(b.style) ??
        this.styleAttribute(b.style, effectiveType(b.cells.value(line, 0)));
      cells += b.cells.line(line, rowNumber, s);
    }
    const last = blocks[blocks.length - 1];
    this.write(
      this.rowMarkup(
        rowNumber,
        height,
        blocks.length > 0 ? blocks[0].block.col + 1 : 0,
        last ? last.block.col + last.columns : 0,
        cells
      )
    );
  }

  /** The row's element round its cells' markup; `min` and `max` the columns it spans (1-based). */
  private rowMarkup(
    rowNumber: string,
    height: number | undefined,
    min: number,
    max: number,
    cells: string
  ): string {
    let open = `<row r="${rowNumber}"`;
    if (height) open += ` ht="${height}" customHeight="1"`;
    if (min > 0 && max > 0) open += ` spans="${min}:${max}"`;
    open += ' x14ac:dyDescent="0.25"';
    return cells === "" ? `${open}/>` : `${open}>${cells}</row>`;
  }

  /** Whether a cell of row r in columns min..max (1-based) holds something (styles alone do not count). */
  private hasValues(r: number, min: number, max: number): boolean {
    for (let col = min - 1; col >= 0 && col < max; col++) {
      if (this.stamp[col] !== r) continue;
      if (this.merged[col]) return true;
      const b = this.owner[col];
      if (b !== null && !b.cells.empty(r - b.block.row, this.at[col])) return true;
    }
    return false;
  }

  /** The bytes written and not yet sent to the sheet's stream. */
  get pendingLength(): number {
    return this.pendingBytes;
  }

  /**
   * Sends what is pending to the sheet's stream: the caller does, some hundreds of KB at a time
   * (one write per row was a tenth of the write), and before the worksheet is committed. The
   * stream keeps the bytes until the zip has taken them: the next ones go to a buffer of their own.
   */
  flush(): void {
    if (this.pendingBytes === 0) return;
    this.ws.stream.write(this.pending.subarray(0, this.pendingBytes));
    this.pending = NO_BYTES;
    this.pendingBytes = 0;
  }

  private write(xml: string): void {
    if (!this.ws.startedData) {
      this.ws._writeColumns();
      this.ws._writeOpenSheetData();
      this.ws.startedData = true;
    }
    // At most three bytes a UTF-16 unit: a row that might not fit sends what is pending first,
    // and goes to a new buffer (the stream keeps the one it was sent).
    const most = 3 * xml.length;
    if (this.pendingBytes + most > this.pending.length) {
      this.flush();
      this.pending = Buffer.allocUnsafe(Math.max(PENDING_BYTES, most));
    }
    this.pendingBytes += this.pending.write(xml, this.pendingBytes, "utf8");
  }

  private column(col: number): string {
    return (this.letters[col] ??= columnLetters(col));
  }

  /**
   * A style's attribute, from exceljs's id for it, asked on the first cell written with it (the
   * cell's type picks the default number format): exceljs remembers a style object it has seen.
   */
  private styleAttribute(style: object, type: ValueType): string {
    let s = this.styleAttributes.get(style);
    if (s === undefined) {
      const id = this.ws._workbook.styles.addStyleModel(style, type);
      s = id ? ` s="${id}"` : "";
      this.styleAttributes.set(style, s);
    }
    return s;
  }
}

/**
 * The blocks of a sheet that have rows, sorted by their first row. `cellsOf` is told whether the
 * block's cells are all written as it gives them: none is under a merge (which keeps only the
 * top-left cell's value) nor under a later block (whose cell replaces it), as a shared formula's
 * master and children must be.
 */
export function rowBlocks(
  sheet: SheetPlan,
  styleOf: (block: PlanBlock) => object,
  cellsOf: (block: PlanBlock, whole: boolean) => CellSource
): RowBlock[] {
  const sized = sheet.blocks
    .map((block) => ({ block, ...blockSize(block) }))
    .filter((b) => b.rows > 0)
    .sort((x, y) => x.block.row - y.block.row);
  return sized.map((b, i) => ({
    ...b,
    style: styleOf(b.block),
    cells: cellsOf(b.block, b.block.sharedFormulas !== undefined && uncovered(b, sized, i, sheet)),
  }));
}

type Area = { row: number; col: number; rows: number; columns: number };

const overlaps = (a: Area, b: Area): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.columns &&
  b.col < a.col + a.columns;

/** Whether no merge and no block after sized[i] (in writing order) covers one of its cells. */
function uncovered(
  b: { block: PlanBlock; rows: number; columns: number },
  sized: readonly { block: PlanBlock; rows: number; columns: number }[],
  i: number,
  sheet: SheetPlan
): boolean {
  const area = { row: b.block.row, col: b.block.col, rows: b.rows, columns: b.columns };
  if ((sheet.merges ?? []).some((m) => overlaps(area, m))) return false;
  for (let j = i + 1; j < sized.length && sized[j].block.row < area.row + area.rows; j++) {
    const o = sized[j];
    if (o.columns > 0 && overlaps(area, { row: o.block.row, col: o.block.col, ...o })) return false;
  }
  return true;
}
