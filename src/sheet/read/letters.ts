/**
 * Letters in the patterns that read headers, units and region names, without `\p{L}`.
 *
 * Why: V8 builds Unicode's whole letter table each time it compiles a regex holding `\p{L}`, about
 * 0.4 ms an occurrence, and the header patterns hold some twenty-five: a tenth of the command
 * line's start-up. Headers are lower-cased and written in Russian, Kazakh or English, so the
 * letters below U+0530 (Latin, Greek, Cyrillic with Kazakh's ә ғ қ ң ө ұ ү һ і) are the ones that
 * matter there; LETTER is exactly `\p{L}` on that range (test/sheet-letters.test.ts checks every
 * code point). Region names may be in any script: isLetterOrDigit answers exactly for every
 * character, compiling `[\p{L}\p{N}]` only when one beyond that range turns up.
 */

/** `\p{L}` below U+0530: Latin with its extensions and modifier letters, Greek, Cyrillic. */
const LETTER_RANGES =
  "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1" +
  "\\u02e0-\\u02e4\\u02ec\\u02ee\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386" +
  "\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f";
/** `\p{N}` below U+0530: the digits, ² ³ ¹ and the vulgar fractions ¼ ½ ¾. */
const NUMBER_RANGES = "0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be";

/** The code points LETTER and NOT_LETTER describe exactly. */
export const LETTER_LIMIT = 0x530;
/** One letter (Latin, Greek or Cyrillic), for regex sources. */
export const LETTER = `[${LETTER_RANGES}]`;
/** One character that is not such a letter, for regex sources. */
export const NOT_LETTER = `[^${LETTER_RANGES}]`;

type RegExpTag = (source: TemplateStringsArray, ...parts: string[]) => RegExp;
/** A tag that builds a RegExp from a template written as a regex literal's source. */
const regExpTag =
  (flags: string): RegExpTag =>
  (source, ...parts) =>
    new RegExp(String.raw(source, ...parts), flags);
/** A RegExp (flag u), backslashes kept: lettersRegExp`(занят${LETTER}*\s+населени)`. */
export const lettersRegExp = regExpTag("u");
/** The same with flag g as well, for matchAll. */
export const globalLettersRegExp = regExpTag("gu");

const NEAR_LETTER_OR_DIGIT = new RegExp(`^[${LETTER_RANGES}${NUMBER_RANGES}]$`, "u");
const NEAR_LETTER = new RegExp(`^${LETTER}$`, "u");
let anyLetterOrDigit: RegExp | undefined;
let anyLetter: RegExp | undefined;

/** Whether `ch` (one code point) is a letter or a number in any script: `[\p{L}\p{N}]`. */
export function isLetterOrDigit(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  // ASCII (most names' letters) without a regular expression: [A-Za-z0-9].
  if (code < 128 && ch.length === 1)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code < LETTER_LIMIT) return NEAR_LETTER_OR_DIGIT.test(ch);
  anyLetterOrDigit ??= /^[\p{L}\p{N}]$/u;
  return anyLetterOrDigit.test(ch);
}

/** Whether `ch` (one code point) is a letter in any script: `\p{L}`. */
export function isLetter(ch: string): boolean {
  if (ch.codePointAt(0)! < LETTER_LIMIT) return NEAR_LETTER.test(ch);
  anyLetter ??= /^\p{L}$/u;
  return anyLetter.test(ch);
}
