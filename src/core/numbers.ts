/**
 * Reading numbers as statistical yearbooks print them: "1 054 074,4" (Russian), "1,054,074.4"
 * (English), "585965,4", with non-breaking or thin spaces, dashes and "x" for no data, and
 * footnote marks. Text that could be read two ways ("1,234") is never guessed: the caller sets
 * the locale, or gets an "ambiguous" answer.
 */

/** "ru": space or dot groups thousands, comma is the decimal mark. "en": comma groups, dot is decimal. */
export type NumberLocale = "auto" | "ru" | "en";

export type ParsedNumber =
  | { kind: "number"; value: number }
  | { kind: "missing"; text: string }
  | { kind: "invalid"; text: string; reason: string };

/** What yearbooks print where there is no figure. */
const NO_DATA = new Set([
  "",
  "-",
  "–",
  "—",
  "−",
  "…",
  "...",
  "x",
  "х",
  "X",
  "Х",
  "н/д",
  "n/a",
  "na",
  "..",
]);

const NO_DATA_LONGEST = Math.max(...[...NO_DATA].map((t) => t.length));

/**
 * Spaces of every kind a copied table may carry, and the apostrophe (Swiss style), used as
 * thousands separators: a run of them separates two groups.
 */
const GROUP_SPACES = /[\s\u00a0\u2007\u2009\u202f\u2002-\u2006\u2008\u200a\u205f\u3000'\u2019]+/;

/** Why a figure's space groups are refused; words.ts keys it for the messages. */
export const DIGIT_GROUPS_REASON = "digit groups of other than three digits";

/**
 * Takes out the spaces that group thousands, only where every group is well formed: one to three
 * digits, then groups of exactly three, the last one maybe followed by a decimal part. "12 34",
 * "1 5", "1'5" or a footnote digit glued on ("413 300 1") are refused, never read as 1234 or 4133001.
 */
function ungroupSpaces(text: string): string | null {
  const parts = text.split(GROUP_SPACES);
  if (parts.length === 1) return text;
  if (!/^\d{1,3}$/.test(parts[0])) return null;
  for (let i = 1; i < parts.length - 1; i++) if (!/^\d{3}$/.test(parts[i])) return null;
  if (!/^\d{3}(?:[.,]\d*)?$/.test(parts[parts.length - 1])) return null;
  return parts.join("");
}

/** Footnote marks after a number: "123,4*", "123,4¹", "123,4 1)", "12.5(2)". */
const FOOTNOTE = /(\s*(\*+|[¹²³⁰⁴-⁹]+|\(\d{1,2}\)|\d{1,2}\)))+$/u;

/** The last character of a footnote mark: a star, a superscript digit or a closing bracket. */
const FOOTNOTE_END = /[*¹²³⁰⁴-⁹)]$/u;

const MINUS = /^[-−–]/;

export function parseYearbookNumber(input: unknown, locale: NumberLocale = "auto"): ParsedNumber {
  if (input === null || input === undefined) return { kind: "missing", text: "" };
  if (typeof input === "number") {
    return Number.isFinite(input)
      ? { kind: "number", value: input }
      : { kind: "invalid", text: String(input), reason: "not a finite number" };
  }
  if (typeof input === "boolean")
    return { kind: "invalid", text: String(input), reason: "TRUE/FALSE is not a figure" };
  if (typeof input !== "string")
    return { kind: "invalid", text: String(input), reason: "not a number" };

  const original = input;
  let text = input.trim();
  // The checks below run for every cell of a table (140,000 at 10,000 regions): each regular
  // expression runs only where its first character could match.
  if (text.length <= NO_DATA_LONGEST && (NO_DATA.has(text.toLowerCase()) || NO_DATA.has(text)))
    return { kind: "missing", text: original };

  if (FOOTNOTE_END.test(text)) text = text.replace(FOOTNOTE, "").trim();
  let sign = 1;
  if (MINUS.test(text) && text.length > 1) {
    sign = -1;
    text = text.slice(1).trim();
  }
  // Spaces group thousands in every locale yearbooks use, in groups of three.
  const ungrouped = ungroupSpaces(text);
  if (ungrouped === null) return { kind: "invalid", text: original, reason: DIGIT_GROUPS_REASON };
  text = ungrouped;
  const scientific = /[eE]/.test(text) ? SCIENTIFIC.exec(text) : null;
  if (scientific) return readScientific(scientific, original, sign);
  if (!/^[0-9.,]+$/.test(text) || !/[0-9]/.test(text)) {
    return { kind: "invalid", text: original, reason: "not a number" };
  }

  const normalised = normalise(text, locale);
  if (typeof normalised !== "string")
    return { kind: "invalid", text: original, reason: normalised.reason };
  const value = Number(normalised);
  if (!Number.isFinite(value)) return { kind: "invalid", text: original, reason: "not a number" };
  return { kind: "number", value: sign * value };
}

/**
 * Scientific notation, as Excel writes very large and very small numbers to CSV: "1.5E+03",
 * "1,5E+03" (a comma-decimal locale), "2.5e-4". The mantissa holds at most one mark, and it is
 * the decimal mark whatever the locale: nobody groups thousands in front of an exponent.
 */
const SCIENTIFIC = /^(\d*)(?:[.,](\d*))?[eE]([+-]?\d{1,3})$/;

function readScientific(match: RegExpExecArray, original: string, sign: number): ParsedNumber {
  const [, whole, frac = "", exponent] = match;
  if (whole === "" && frac === "")
    return { kind: "invalid", text: original, reason: "not a number" };
  const value = Number(`${whole || "0"}.${frac || "0"}e${exponent}`);
  if (!Number.isFinite(value))
    return { kind: "invalid", text: original, reason: "too large for a number" };
  return { kind: "number", value: sign * value };
}

/** Turns digits with "," and "." into a plain JavaScript number literal, or says why it cannot. */
function normalise(text: string, locale: NumberLocale): string | { reason: string } {
  if (text.indexOf(",") === -1 && text.indexOf(".") === -1) return text;
  const commas = count(text, ",");
  const dots = count(text, ".");

  if (commas > 0 && dots > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimal = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    if (count(text, decimal) > 1) return { reason: "more than one decimal mark" };
    if (locale === "ru" && decimal === ".")
      return { reason: 'dot as decimal mark but the locale is "ru"' };
    if (locale === "en" && decimal === ",")
      return { reason: 'comma as decimal mark but the locale is "en"' };
    return ungroup(text, group, decimal);
  }

  const mark = commas > 0 ? "," : ".";
  const marks = commas + dots;
  if (marks > 1) {
    // "1,054,074" or "1.054.074": only grouping makes sense.
    if (locale === "ru" && mark === ",") return { reason: 'comma grouping but the locale is "ru"' };
    if (locale === "en" && mark === ".") return { reason: 'dot grouping but the locale is "en"' };
    return ungroup(text, mark, null);
  }

  // One mark. With a locale it is decided; without one, only a mark followed by exactly three
  // digits after a non-zero integer part could be either, and that is refused, not guessed.
  const at = text.indexOf(mark);
  const intPart = text.slice(0, at);
  const fracPart = text.slice(at + 1);
  if (locale === "ru") return mark === "," ? `${intPart}.${fracPart}` : ungroup(text, ".", null);
  if (locale === "en") return mark === "." ? text : ungroup(text, ",", null);
  const couldGroup =
    fracPart.length === 3 && intPart.length >= 1 && intPart.length <= 3 && !/^0+$/.test(intPart);
  if (couldGroup) {
    return {
      reason: `"${text}" could be a decimal or a thousands separator: set the number locale ("ru" or "en")`,
    };
  }
  return `${intPart === "" ? "0" : intPart}.${fracPart}`;
}

function ungroup(text: string, group: string, decimal: string | null): string | { reason: string } {
  const [whole, frac] = decimal ? text.split(decimal) : [text, undefined];
  const groups = whole.split(group);
  const wellFormed =
    groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
  if (!wellFormed) return { reason: "thousands separators in the wrong places" };
  return frac === undefined ? groups.join("") : `${groups.join("")}.${frac}`;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
