/**
 * The figures most cells of a yearbook table hold, read in one scan of the text: what
 * parseYearbookNumber (src/core/numbers.ts) reads them as, without its general path's regular
 * expressions and strings, which were most of the reader's time and allocation at 10,000 regions
 * (140,000 cells). Any text it does not read here is left to parseYearbookNumber;
 * test/core-numbers.test.ts holds the two to the same number. Only the reader (readCell) uses it:
 * the custom functions' bundle carries the general path alone.
 */
import type { NumberLocale } from "../../core";

const isDigit = (code: number) => code >= 48 && code <= 57;
/** A space that groups digits: plain, no-break or narrow no-break. */
const isGroupSpace = (code: number) => code === 32 || code === 0xa0 || code === 0x202f;

/** 10^k, exact as a double for k up to 22. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Digits, maybe in groups of three spaced by one space (plain, no-break or narrow), maybe with a
 * decimal mark and decimals, where the locale (or, with "auto", the digits) leave no doubt that
 * the mark is the decimal one: the value. Anything else (a sign, a footnote, surrounding spaces,
 * a mark that could group thousands) is undefined. The groups, the mark and the decimals are
 * checked in place and the digits summed as an integer: up to 15 digits (longer figures are
 * left to parseYearbookNumber), that integer divided by a power of ten is the double nearest the
 * decimal, as Number() reads it (both are exact before one correctly rounded division).
 */
export function plainFigure(text: string, locale: NumberLocale): number | undefined {
  let run = 0;
  let groups = 0;
  let mark = -1;
  let integer = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      run++;
      integer = integer * 10 + (code - 48);
    } else if (isGroupSpace(code)) {
      // One to three digits, then groups of exactly three.
      if (groups === 0 ? run === 0 || run > 3 : run !== 3) return undefined;
      groups++;
      run = 0;
    } else if (code === 44 || code === 46) {
      mark = i;
      break;
    } else return undefined;
  }
  if (run === 0 || (groups > 0 && run !== 3)) return undefined;
  if (mark !== -1 && !isDecimalMark(text, mark, groups, locale)) return undefined;
  const decimals = mark === -1 ? 0 : text.length - mark - 1;
  for (let i = mark + 1; mark !== -1 && i < text.length; i++)
    integer = integer * 10 + (text.charCodeAt(i) - 48);
  const digits = (mark === -1 ? text.length : mark) - groups + decimals;
  // Longer figures (rare) are left to the general path.
  if (digits > 15) return undefined;
  return decimals === 0 ? integer : integer / POWERS_OF_TEN[decimals];
}

/** Whether the mark at `mark`, after the whole part, is followed by decimals and is the decimal mark. */
function isDecimalMark(text: string, mark: number, groups: number, locale: NumberLocale): boolean {
  const decimals = text.length - mark - 1;
  if (decimals === 0) return false;
  for (let i = mark + 1; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  const comma = text.charCodeAt(mark) === 44;
  if (locale === "ru") return comma;
  if (locale === "en") return !comma;
  // "auto": three decimals after one to three digits (not all zeros) could be a group.
  if (decimals !== 3 || groups > 0 || mark > 3) return true;
  for (let i = 0; i < mark; i++) if (text.charCodeAt(i) !== 48) return false;
  return true;
}
