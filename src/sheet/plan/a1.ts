/** A1 references from zero-based coordinates, for the formulas of the rating sheet. */

/** Letters of the columns asked for so far: formulas name a column in every region's row. */
const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  if (Number.isInteger(col) && col >= 0 && col < 16384) LETTERS[col] = out;
  return out;
}

/** "B6", "$B$6", "B$6" ... from zero-based row and column. */
export function cellRef(
  row: number,
  col: number,
  absolute?: { row?: boolean; col?: boolean }
): string {
  if (absolute === undefined) return columnLetter(col) + (row + 1);
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

/** Excel's longest sheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME = 31;

/** Characters Excel refuses in a sheet name. */
export const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/g;

/**
 * At most `max` UTF-16 units, never half a character: a lone surrogate left by the cut would be
 * a character Excel cannot store.
 */
export function cutName(name: string, max = MAX_SHEET_NAME): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A name Excel accepts for a sheet: no []:*?/\, at most 31 characters, no apostrophe at either end. */
export function safeSheetName(name: string): string {
  const cleaned = cutName(String(name).replace(FORBIDDEN_SHEET_CHARS, " ").trim())
    // Apostrophes and spaces at either end, however they alternate ("1' '").
    .replace(/^[\s']+|[\s']+$/g, "");
  if (cleaned === "") return "Sheet";
  // Excel reserves "History" (any case) for its change tracking.
  return cleaned.toLowerCase() === "history" ? "History sheet" : cleaned;
}

/** Sheet names as Excel compares them: without regard to case. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * The wanted name made safe and, when another sheet has it (in any case), numbered until it is
 * free: "2010 2", "2010 3", ... (`suffix` chooses the form). The number goes after the name cut
 * short enough to leave room for it, so names sharing their first 31 characters still end up
 * distinct. Each number gives another name, so among the first taken.length + 1 numbers one is
 * free: the loop always ends.
 */
export function uniqueSheetName(
  wanted: string,
  taken: readonly string[],
  suffix: (n: number) => string = (n) => ` ${n}`,
  safe: (name: string) => string = safeSheetName
): string {
  const keys = new Set(taken.map(sheetNameKey));
  const base = safe(wanted);
  if (!keys.has(sheetNameKey(base))) return base;
  for (let n = 2; n <= keys.size + 2; n++) {
    const end = suffix(n);
    const candidate = `${cutName(base, MAX_SHEET_NAME - end.length).trimEnd()}${end}`;
    if (!keys.has(sheetNameKey(candidate))) return candidate;
  }
  throw new Error(`no free sheet name for "${wanted}"`); // unreachable, see above
}
