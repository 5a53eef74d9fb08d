/**
 * The cells of a sheet as SpreadsheetML rows, written straight into exceljs's streaming
 * worksheet. Through exceljs's own API every cell becomes a Row, a Cell, a value and a model
 * object rendered by its xforms: at 10,000 regions (some 370,000 cells) that and the garbage it
 * left were most of the command line's run. Here a row is one string. The markup is the markup
 * exceljs writes for the same cells (test/xlsx-rows.test.ts compares the bytes): exceljs still
 * numbers the styles and shared strings and writes every other part of the file.
 * Hooks exceljs 4.4 internals (the worksheet's stream and startedData), hence the pinned version.
 */
import type ExcelJS from "exceljs";
import type { CellValue, PlanBlock, SheetPlan } from "../sheet/plan";
import { blockSize } from "../sheet/plan";

/** What the row writer needs of exceljs's streaming worksheet (exceljs 4.4 internals). */
interface StreamingSheet {
  startedData: boolean;
  stream: { write(text: string): void };
  _merges: object[];
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _workbook: {
    styles: { addStyleModel(style: object, cellType?: number): number };
    sharedStrings: { add(text: string): number };
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

/** exceljs's text escaping, so that the bytes match its own. */
const { xmlEncode } = require("exceljs/lib/utils/utils") as { xmlEncode(text: string): string };

/** exceljs's cell range, as its streaming sheet records merges. */
const Range = require("exceljs/lib/doc/range") as new (...corners: number[]) => object;

/** A cell as the writer takes it: a literal, or a formula in file syntax with an optional cached result. */
export type XlsxCell = CellValue | { formula: string; result?: CellValue };

/** A merged cell other than the top-left one: its style only, and the row counts as written. */
const MERGED = Symbol("merged");
type Slot = XlsxCell | typeof MERGED;

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
  /** The block's cell (line, column) as written. */
  cell(line: number, column: number): XlsxCell;
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
const effectiveType = (cell: Slot): ValueType =>
  cell === MERGED
    ? ValueType.Merge
    : cell !== null && typeof cell === "object"
      ? typeOf(cell.result)
      : typeOf(cell);

/** Column letters of a 0-based column: 0 -> "A", 27 -> "AB". */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Writes the rows of one sheet; one instance per worksheet. */
export class RowWriter {
  private readonly letters: string[] = [];
  private readonly styleIds = new Map<object, number>();
  private pending = "";
  /** The cells of the row being written, by column; stamp[col] is the row they belong to. */
  private readonly stamp: number[] = [];
  private readonly values: Slot[] = [];
  private readonly styles: object[] = [];

  /** Row (0-based) -> the merged cells in it: [column, whether it is the merge's top-left cell]. */
  private readonly merged = new Map<number, [number, boolean][]>();

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
        const cells = this.merged.get(r) ?? [];
        for (let c = m.col; c < m.col + m.columns; c++) cells.push([c, r === m.row && c === m.col]);
        this.merged.set(r, cells);
      }
    }
  }

  static of(ws: ExcelJS.Worksheet, merges: readonly Merge[] = []): RowWriter {
    return new RowWriter(ws as unknown as StreamingSheet, merges);
  }

  /** Whether row r (0-based) holds merged cells: it is written even when no block covers it. */
  hasMerges(r: number): boolean {
    return this.merged.has(r);
  }

  /**
   * One row: the cells of the blocks that cover it. As with exceljs's cells, a later block's cell
   * replaces an earlier one's; a skipped cell (a merged cell other than the top-left one) keeps
   * only its style; a row with no value and no height is not written.
   */
  row(r: number, blocks: readonly RowBlock[], height: number | undefined): void {
    let min = 0;
    let max = 0;
    for (const [col, topLeft] of this.merged.get(r) ?? NO_MERGES) {
      this.stamp[col] = r;
      this.values[col] = topLeft ? null : MERGED;
      this.styles[col] = NO_STYLE;
      if (!min || min > col + 1) min = col + 1;
      if (max < col + 1) max = col + 1;
    }
    for (const b of blocks) {
      const line = r - b.block.row;
      for (let c = 0; c < b.columns; c++) {
        const col = b.block.col + c;
        if (this.stamp[col] !== r) {
          this.stamp[col] = r;
          this.values[col] = null;
        }
        if (this.values[col] !== MERGED) this.values[col] = b.cell(line, c);
        this.styles[col] = b.style;
        if (!min || min > col + 1) min = col + 1;
        if (max < col + 1) max = col + 1;
      }
    }
    if (!height && !this.hasValues(r, min, max)) return;
    let cells = "";
    const rowNumber = String(r + 1);
    for (let col = min - 1; col >= 0 && col < max; col++) {
      if (this.stamp[col] !== r) continue;
      const value = this.values[col];
      const styleId = this.styleId(this.styles[col], value);
      cells += this.cell(this.column(col) + rowNumber, styleId, value);
    }
    let open = `<row r="${rowNumber}"`;
    if (height) open += ` ht="${height}" customHeight="1"`;
    if (min > 0 && max > 0) open += ` spans="${min}:${max}"`;
    open += ' x14ac:dyDescent="0.25"';
    this.write(cells === "" ? `${open}/>` : `${open}>${cells}</row>`);
  }

  /** Whether a cell of row r in columns min..max (1-based) holds something (styles alone do not count). */
  private hasValues(r: number, min: number, max: number): boolean {
    for (let col = min - 1; col >= 0 && col < max; col++)
      if (this.stamp[col] === r && this.values[col] !== null) return true;
    return false;
  }

  /** Sends what is pending to the sheet's stream (call before the worksheet is committed). */
  flush(): void {
    if (this.pending !== "") this.ws.stream.write(this.pending);
    this.pending = "";
  }

  /** Rows go to the stream some 64 KB at a time: one write per row was a tenth of the write. */
  private write(xml: string): void {
    if (!this.ws.startedData) {
      this.ws._writeColumns();
      this.ws._writeOpenSheetData();
      this.ws.startedData = true;
    }
    this.pending += xml;
    if (this.pending.length > 65536) this.flush();
  }

  private column(col: number): string {
    return (this.letters[col] ??= columnLetters(col));
  }

  /** A block's style id, from exceljs on the block's first cell (its type picks the default format). */
  private styleId(style: object, first: Slot): number {
    let id = this.styleIds.get(style);
    if (id === undefined) {
      id = this.ws._workbook.styles.addStyleModel(style, effectiveType(first));
      this.styleIds.set(style, id);
    }
    return id;
  }

  private cell(address: string, styleId: number, value: Slot): string {
    const s = styleId ? ` s="${styleId}"` : "";
    if (value === MERGED) return `<c r="${address}"${s}/>`;
    if (value === null) return s ? `<c r="${address}"${s}/>` : "";
    if (typeof value === "object") return this.formulaCell(address, s, value);
    if (typeof value === "number") return `<c r="${address}"${s}><v>${value}</v></c>`;
    if (typeof value === "boolean")
      return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    const id = this.ws._workbook.sharedStrings.add(value);
    return `<c r="${address}"${s} t="s"><v>${id}</v></c>`;
  }

  private formulaCell(
    address: string,
    s: string,
    { formula, result }: { formula: string; result?: CellValue }
  ): string {
    const f = `<f>${xmlEncode(formula)}</f>`;
    if (result === null || result === undefined) return `<c r="${address}"${s}>${f}</c>`;
    if (typeof result === "string")
      return `<c r="${address}"${s} t="str">${f}<v>${xmlEncode(result)}</v></c>`;
    if (typeof result === "boolean")
      return `<c r="${address}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
    return `<c r="${address}"${s}>${f}<v>${result}</v></c>`;
  }
}

/** The blocks of a sheet that have rows, sorted by their first row. */
export function rowBlocks(
  sheet: SheetPlan,
  styleOf: (block: PlanBlock) => object,
  cellOf: (block: PlanBlock) => (line: number, column: number) => XlsxCell
): RowBlock[] {
  return sheet.blocks
    .map((block) => ({
      block,
      ...blockSize(block),
      style: styleOf(block),
      cell: cellOf(block),
    }))
    .filter((b) => b.rows > 0)
    .sort((x, y) => x.block.row - y.block.row);
}
