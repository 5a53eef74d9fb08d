/** A1 references from zero-based coordinates, for the formulas of the rating sheet. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "B6", "$B$6", "B$6" ... from zero-based row and column. */
export function cellRef(
  row: number,
  col: number,
  absolute: { row?: boolean; col?: boolean } = {}
): string {
  return `${absolute.col ? "$" : ""}${columnLetter(col)}${absolute.row ? "$" : ""}${row + 1}`;
}

/** A column range from row `first` to row `last`, absolute unless said otherwise. */
export function columnRange(
  col: number,
  first: number,
  last: number,
  absolute = { row: true, col: true }
): string {
  return `${cellRef(first, col, absolute)}:${cellRef(last, col, absolute)}`;
}

/** A sheet name as a formula prefix: always quoted, since names like "2010" need it. */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** A name Excel accepts for a sheet: no []:*?/\, at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned === "" ? "Sheet" : cleaned).slice(0, 31);
}
