/**
 * A1 formulas in R1C1 form, relative to the cell that holds them. A column of formulas that
 * differ only by their row ("=B6/B$5*100", "=B7/B$5*100", ...) is one R1C1 formula
 * ("=RC[-20]/R5C[-20]*100"): the plan holds it once for a whole block (`sharedFormulas`), Office.js
 * fills a range from it, and the xlsx writer turns it back into each cell's A1 formula.
 */
import { columnLetter as columnLetters } from "./a1";

/**
 * A cell reference outside string literals and quoted sheet names; not a function name ("LOG10(").
 * The character before it is captured, not looked behind: older Safari has no lookbehind.
 */
const REFERENCE = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([1-9]\d{0,6})(?![A-Za-z0-9_(])/g;
/** String literals and quoted sheet names, which are left as they are. */
const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

function mapOutsideQuotes(formula: string, f: (part: string) => string): string {
  return formula
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join("");
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "=B6/B$5" at row 5, column 3 (zero-based) -> "=R[1]C[-2]/R6C[-2]". */
export function toR1C1(formula: string, row: number, col: number): string {
  return mapOutsideQuotes(formula, (part) =>
    part.replace(
      REFERENCE,
      (_m, before: string, absCol: string, letters: string, absRow: string, digits: string) => {
        const r = Number(digits) - 1;
        const c = columnNumber(letters);
        const rowPart = absRow ? `R${r + 1}` : r === row ? "R" : `R[${r - row}]`;
        const colPart = absCol ? `C${c + 1}` : c === col ? "C" : `C[${c - col}]`;
        return before + rowPart + colPart;
      }
    )
  );
}

const R1C1_REFERENCE = /(^|[^A-Za-z0-9_.])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;

/** The inverse of toR1C1, for tests and for reading back what was written. */
export function fromR1C1(formula: string, row: number, col: number): string {
  return mapOutsideQuotes(formula, (part) =>
    part.replace(
      R1C1_REFERENCE,
      (_m, before: string, r: string | undefined, c: string | undefined) => {
        const rel = (x: string | undefined, at: number) =>
          x === undefined
            ? { n: at, abs: false }
            : x.startsWith("[")
              ? { n: at + Number(x.slice(1, -1)), abs: false }
              : { n: Number(x) - 1, abs: true };
        const rr = rel(r, row);
        const cc = rel(c, col);
        return `${before}${cc.abs ? "$" : ""}${columnLetters(cc.n)}${rr.abs ? "$" : ""}${rr.n + 1}`;
      }
    )
  );
}

/**
 * The one R1C1 formula every cell of a block shares, or null when the cells differ (then the
 * block goes cell by cell). `top`, `left`: the block's zero-based corner.
 */
export function sharedR1C1(
  formulas: readonly (readonly string[])[],
  top: number,
  left: number
): string | null {
  let shared: string | null = null;
  for (let r = 0; r < formulas.length; r++)
    for (let c = 0; c < formulas[r].length; c++) {
      const f = toR1C1(formulas[r][c], top + r, left + c);
      if (shared === null) shared = f;
      else if (f !== shared) return null;
    }
  return shared;
}

/** A reference of an R1C1 formula: a row and a column, each absolute or an offset. */
interface R1C1Reference {
  row: { n: number; abs: boolean };
  col: { n: number; abs: boolean };
}

/** The formula's text and references in order (texts at even places, references between). */
function r1c1Parts(formula: string): (string | R1C1Reference)[] {
  const parts: (string | R1C1Reference)[] = [];
  let text = "";
  formula.split(QUOTED).forEach((part, i) => {
    if (i % 2 === 1) return void (text += part);
    let last = 0;
    for (const m of part.matchAll(R1C1_REFERENCE)) {
      const [whole, before, r, c] = m;
      const rel = (x: string | undefined) =>
        x === undefined
          ? { n: 0, abs: false }
          : x.startsWith("[")
            ? { n: Number(x.slice(1, -1)), abs: false }
            : { n: Number(x) - 1, abs: true };
      parts.push(text + part.slice(last, m.index) + before, { row: rel(r), col: rel(c) });
      text = "";
      last = m.index! + whole.length;
    }
    text += part.slice(last);
  });
  parts.push(text);
  return parts;
}

/** An R1C1 formula in one column: texts with the references' row numbers between them. */
interface ColumnPieces {
  /** The texts: texts[0], then row + offsets[0], texts[1], row + offsets[1], ... */
  texts: string[];
  /** Each relative reference's row (zero-based) minus the cell's, plus one (A1 rows count from 1). */
  offsets: number[];
}

function columnPieces(
  formula: string,
  col: number,
  encode: (text: string) => string
): ColumnPieces {
  const texts: string[] = [];
  const offsets: number[] = [];
  let text = "";
  for (const p of r1c1Parts(formula)) {
    if (typeof p === "string") {
      text += encode(p);
      continue;
    }
    const c = p.col.abs ? p.col.n : col + p.col.n;
    text += `${p.col.abs ? "$" : ""}${columnLetters(c)}${p.row.abs ? "$" : ""}`;
    if (p.row.abs) text += String(p.row.n + 1);
    else {
      texts.push(text);
      offsets.push(p.row.n + 1);
      text = "";
    }
  }
  texts.push(text);
  return { texts, offsets };
}

/**
 * An R1C1 formula parsed once for one column, to be written out in A1 form in any row of it:
 * what the writers call for each cell of a shared-formula block (fromR1C1's regular expressions
 * per cell would cost as much as the per-cell strings the compact plan saves). In a given column
 * every reference's letters are known, so the formula is texts with row numbers between them.
 * `encode` is applied to the texts (the xlsx writer's XML escaping; a reference never needs it).
 */
export function r1c1ColumnTemplate(
  formula: string,
  col: number,
  encode: (text: string) => string = (text) => text
): (row: number) => string {
  const { texts, offsets } = columnPieces(formula, col, encode);
  return (row) => {
    let out = texts[0];
    for (let i = 0; i < offsets.length; i++) out += row + offsets[i] + texts[i + 1];
    return out;
  };
}

/**
 * Whether an A1 formula is the R1C1 formula's in the given row of the column: the same as
 * comparing with r1c1ColumnTemplate's text, piece by piece, without making that text.
 */
export function r1c1ColumnMatcher(
  formula: string,
  col: number
): (a1: string, row: number) => boolean {
  const { texts, offsets } = columnPieces(formula, col, (text) => text);
  // A row number is read digit by digit, not made into a string (this runs for every cell of a
  // block): the same test where the text after it cannot start with a digit, as after a reference
  // (and the row is on the sheet: a reference above it would print a minus).
  const digitAfter = texts.slice(1).some((t) => /^\d/.test(t));
  return (a1, row) => {
    if (!a1.startsWith(texts[0])) return false;
    let at = texts[0].length;
    for (let i = 0; i < offsets.length; i++) {
      const expected = row + offsets[i];
      if (digitAfter || expected < 1) {
        const number = String(expected);
        if (!a1.startsWith(number, at)) return false;
        at += number.length;
      } else {
        let end = at;
        let value = 0;
        for (; end < a1.length; end++) {
          const digit = a1.charCodeAt(end) - 48;
          if (digit < 0 || digit > 9) break;
          value = value * 10 + digit;
        }
        // No leading zero (String(expected) has none); past 15 digits no row number.
        const length = end - at;
        if (length === 0 || length > 15 || (length > 1 && a1.charCodeAt(at) === 48)) return false;
        if (value !== expected) return false;
        at = end;
      }
      if (!a1.startsWith(texts[i + 1], at)) return false;
      at += texts[i + 1].length;
    }
    return at === a1.length;
  };
}

/** An R1C1 formula parsed once, to be written out in A1 form at any cell (any row and column). */
export function r1c1Template(formula: string): (row: number, col: number) => string {
  const columns: ((row: number) => string)[] = [];
  return (row, col) => (columns[col] ??= r1c1ColumnTemplate(formula, col))(row);
}
