/**
 * A1 addresses from zero-based coordinates and back. Pure: the writer and the task pane use it to
 * name cells (chart anchors, the source cell of a finding) without asking Excel.
 */
import { columnLetter } from "../sheet/plan";

/** Zero-based column 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0)
    throw new RangeError(`column ${col} is not a zero-based column number`);
  return columnLetter(col);
}

/** Zero-based row and column -> "B3". */
export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0)
    throw new RangeError(`row ${row} is not a zero-based row number`);
  return `${columnLetters(col)}${row + 1}`;
}

/** A rectangle -> "B3:D9" (a single cell stays "B3"). */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const first = cellAddress(row, col);
  return rows === 1 && cols === 1
    ? first
    : `${first}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

export interface ParsedAddress {
  sheet: string | null;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * "Sheet1!B3:D9", "'My sheet'!B3", "B3:D9" -> zero-based rectangle. Whole-column or whole-row
 * references ("A:C") are not rectangles of cells and are refused.
 */
export function parseAddress(address: string): ParsedAddress {
  const bang = address.lastIndexOf("!");
  let sheet: string | null = null;
  let cells = address;
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'"))
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    cells = address.slice(bang + 1);
  }
  const parts = cells.replace(/\$/g, "").toUpperCase().split(":");
  const corners = parts.map((p) => {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(p);
    if (!m) throw new RangeError(`"${address}" is not a range of cells`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  });
  if (corners.length > 2) throw new RangeError(`"${address}" is not a range of cells`);
  const [a, b = a] = corners;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { sheet, row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}
