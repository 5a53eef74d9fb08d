/**
 * A1 formulas in R1C1 form, relative to the cell that holds them. A column of formulas that
 * differ only by their row ("=B6/B$5*100", "=B7/B$5*100", ...) is one R1C1 formula
 * ("=RC[-20]/R5C[-20]*100"), which Office.js fills into a whole range from a single string: the
 * request carries one formula instead of one per region.
 */
import { columnLetters } from "./a1";

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
