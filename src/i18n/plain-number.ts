/**
 * Ordinary numbers written as Intl.NumberFormat writes them for "en-US" and "ru-RU", without Intl.
 *
 * Why: the first Intl.NumberFormat of a process loads ICU's number-format data, about 15 ms, a
 * fifth of the command line's whole start-up, to write the handful of numbers in its messages.
 * Intl stays the reference and the fallback: test/plain-number.test.ts compares the two over many
 * doubles, and whatever lies outside the plain domain (non-finite numbers, exponent forms, that is
 * |x| >= 1e21 or |x| < 1e-6, more than MAX_FRACTION decimals) returns null and goes to Intl.
 */
import type { Lang } from "./index";

/** The separators of CLDR's "latn" number symbols; Russian groups with a no-break space. */
const SYMBOLS: Record<Lang, { group: string; decimal: string }> = {
  en: { group: ",", decimal: "." },
  ru: { group: "\u00a0", decimal: "," },
};

/** The most fraction digits the plain path writes (the property test covers 0 to this). */
export const MAX_FRACTION = 4;

/**
 * `value` with minFraction to maxFraction decimals, grouped by thousands, or null outside the plain
 * domain. Like ICU it rounds the shortest decimal that reads back as the double (what String()
 * prints), half away from zero: 1.005 is "1.01", where toFixed's binary value gives "1.00".
 */
export function plainNumber(
  lang: Lang,
  value: number,
  minFraction: number,
  maxFraction: number
): string | null {
  if (!Number.isFinite(value) || !(maxFraction >= minFraction && minFraction >= 0)) return null;
  if (!Number.isInteger(maxFraction) || !Number.isInteger(minFraction)) return null;
  if (maxFraction > MAX_FRACTION) return null;
  const shortest = String(Math.abs(value));
  if (shortest.includes("e")) return null;
  const point = shortest.indexOf(".");
  let whole = point < 0 ? shortest : shortest.slice(0, point);
  let fraction = point < 0 ? "" : shortest.slice(point + 1);
  if (fraction.length > maxFraction) {
    const roundsUp = fraction[maxFraction] >= "5";
    fraction = fraction.slice(0, maxFraction);
    if (roundsUp) [whole, fraction] = addOneUnit(whole, fraction);
  }
  fraction = fraction.replace(/0+$/, "").padEnd(minFraction, "0");
  // Intl keeps the sign of negative numbers that round to zero, and of -0: "-0".
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  const { group, decimal } = SYMBOLS[lang];
  return sign + grouped(whole, group) + (fraction === "" ? "" : decimal + fraction);
}

/** whole.fraction plus one unit in the last place of fraction, as digit strings. */
function addOneUnit(whole: string, fraction: string): [string, string] {
  const digits = (whole + fraction).split("");
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") digits[i--] = "0";
  if (i >= 0) digits[i] = String(Number(digits[i]) + 1);
  else digits.unshift("1");
  const cut = digits.length - fraction.length;
  return [digits.slice(0, cut).join(""), digits.slice(cut).join("")];
}

/** "1234567" as "1,234,567": groups of three from the right (CLDR's minimum grouping is 1). */
function grouped(whole: string, separator: string): string {
  let out = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = out.length; i < whole.length; i += 3) out += separator + whole.slice(i, i + 3);
  return out;
}
