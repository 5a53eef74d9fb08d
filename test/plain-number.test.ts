/**
 * The plain number path (src/i18n/plain-number.ts) writes exactly what Intl.NumberFormat writes,
 * over many doubles, in both languages, with 0 to 4 decimals and with the default (at most 2).
 * Intl itself is the reference, never our own earlier output.
 */
import fc from "fast-check";
import { type Lang, formatNumber, localeTag } from "../src/i18n";
import { MAX_FRACTION, plainNumber } from "../src/i18n/plain-number";

const LANGS: Lang[] = ["en", "ru"];
const DECIMALS: (number | undefined)[] = [undefined, 0, 1, 2, 3, 4];

const REFERENCE = new Map<string, Intl.NumberFormat>();
function intl(lang: Lang, value: number, decimals: number | undefined): string {
  const id = `${lang}:${decimals}`;
  if (!REFERENCE.has(id)) {
    const options =
      decimals === undefined
        ? { maximumFractionDigits: 2 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    REFERENCE.set(id, new Intl.NumberFormat(localeTag(lang), options));
  }
  return REFERENCE.get(id)!.format(value);
}

function plain(lang: Lang, value: number, decimals: number | undefined): string | null {
  return plainNumber(lang, value, decimals ?? 0, decimals ?? 2);
}

/** Any double, and the kinds a yearbook has: a few decimals, ties such as 1.005, large sums. */
const doubles = fc.oneof(
  fc.double(),
  fc.double({ min: -1e7, max: 1e7 }),
  fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, k]) => n / 10 ** k),
  fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 5 })).map(
    // ties at the rounding digit: x.xx5, x.xxx5, ...
    ([n, k]) => (n * 10 + 5) / 10 ** (k + 1)
  ),
  fc.integer({ min: -21, max: 21 }).map((e) => 10 ** e),
  fc.integer({ min: -21, max: 21 }).map((e) => -(10 ** e) * 9.999999),
  fc.constantFrom(0, -0, 1.005, 2.675, 9999.995, -0.004, 1e21, 1e21 - 131072, 5e-324)
);

describe("plain number path", () => {
  it("writes what Intl.NumberFormat writes, wherever it answers", () => {
    fc.assert(
      fc.property(
        doubles,
        fc.constantFrom(...LANGS),
        fc.constantFrom(...DECIMALS),
        (value, lang, decimals) => {
          const ours = plain(lang, value, decimals);
          if (ours !== null) expect(ours).toBe(intl(lang, value, decimals));
          expect(formatNumber(lang, value, decimals)).toBe(intl(lang, value, decimals));
        }
      ),
      { numRuns: 20000 }
    );
  });

  it("answers for every finite number written without an exponent", () => {
    fc.assert(
      fc.property(doubles, fc.constantFrom(...LANGS), fc.constantFrom(...DECIMALS), (v, l, d) => {
        const plainDomain = Number.isFinite(v) && !String(v).includes("e");
        expect(plain(l, v, d) !== null).toBe(plainDomain);
      }),
      { numRuns: 5000 }
    );
  });

  it("examples: Russian groups with a no-break space, rounding is half away from zero", () => {
    expect(formatNumber("ru", 11103.67)).toBe("11\u00a0103,67");
    expect(formatNumber("en", 11103.67)).toBe("11,103.67");
    expect(formatNumber("ru", 1234)).toBe(intl("ru", 1234, undefined));
    expect(formatNumber("en", 1.005, 2)).toBe("1.01");
    expect(formatNumber("en", -0.001)).toBe("-0");
    expect(formatNumber("en", 9999.995, 2)).toBe("10,000.00");
  });

  it("leaves to Intl what lies outside its domain", () => {
    for (const v of [NaN, Infinity, -Infinity, 1e21, 1e-7])
      expect(plainNumber("en", v, 0, 2)).toBeNull();
    expect(plainNumber("en", 1.5, 0, MAX_FRACTION + 1)).toBeNull();
    expect(formatNumber("ru", Infinity)).toBe(intl("ru", Infinity, undefined));
    expect(formatNumber("en", 1e21, 1)).toBe(intl("en", 1e21, 1));
  });
});
