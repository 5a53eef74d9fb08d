/** The yearbook number reader (src/core/numbers.ts) on the spellings real tables use. */
import fc from "fast-check";
import { DIGIT_GROUPS_REASON, parseYearbookNumber } from "../src/core";
import { plainFigure } from "../src/sheet/read/plain-figure";

const number = (value: number) => ({ kind: "number", value });

describe("parseYearbookNumber", () => {
  test.each([
    ["1 054 074,4", 1054074.4, "Russian: space groups, decimal comma"],
    ["1,054,074.4", 1054074.4, "English: comma groups, decimal point"],
    ["585965,4", 585965.4, "no grouping"],
    ["1\u00a0054\u00a0074,4", 1054074.4, "non-breaking spaces"],
    ["1\u2009054\u2009074,4", 1054074.4, "thin spaces"],
    ["1\u202f054\u202f074,4", 1054074.4, "narrow no-break spaces"],
    ["  0,70 ", 0.7, "plain"],
    ["413300", 413300, "plain"],
    ["1.054.074,4", 1054074.4, "dots group when the comma is decimal"],
    ["0,003", 0.003, "a leading 0 cannot be a thousands group"],
    ["-12,5", -12.5, "plain"],
    ["−12,5", -12.5, "the typographic minus"],
    ["123,4*", 123.4, "footnote marks"],
    ["123,4¹", 123.4, "plain"],
    ["12.5(2)", 12.5, "plain"],
    ["1 417,77 1)", 1417.77, "plain"],
  ])("%j reads as %d (%s)", (text, value) => {
    const parsed = parseYearbookNumber(text);
    expect(parsed.kind).toBe("number");
    expect((parsed as { value: number }).value).toBeCloseTo(value, 9);
  });

  test.each([
    ["1.5E+03", 1500],
    ["1,5E+03", 1500],
    ["-2.5e-4", -0.00025],
    ["2E5", 200000],
    ["1,23456789E+18", 1.23456789e18],
    ["4.9E-324", 4.9e-324],
  ])("scientific notation %j (how Excel writes CSV) reads as %d in every locale", (text, value) => {
    for (const locale of ["auto", "ru", "en"] as const)
      expect(parseYearbookNumber(text, locale)).toEqual(number(value));
  });

  test.each(["1.5E", "E+03", "1.5E+03.2", "1,000.5E3", "1.5E+999"])(
    "%j is not a number",
    (text) => {
      expect(parseYearbookNumber(text).kind).toBe("invalid");
    }
  );

  test.each(["-", "–", "—", "…", "...", "x", "х", "X", "", "   ", "н/д"])(
    "%j means no data",
    (text) => {
      expect(parseYearbookNumber(text).kind).toBe("missing");
    }
  );

  test("blank cells (null, undefined) are missing; numbers pass through", () => {
    expect(parseYearbookNumber(null).kind).toBe("missing");
    expect(parseYearbookNumber(undefined).kind).toBe("missing");
    expect(parseYearbookNumber(42.5)).toEqual(number(42.5));
    expect(parseYearbookNumber(Number.NaN).kind).toBe("invalid");
    expect(parseYearbookNumber(true).kind).toBe("invalid");
  });

  test('"1,234" is ambiguous and refused unless a locale is given', () => {
    const auto = parseYearbookNumber("1,234");
    expect(auto.kind).toBe("invalid");
    expect((auto as { reason: string }).reason).toMatch(/locale/);
    expect(parseYearbookNumber("1,234", "ru")).toEqual(number(1.234));
    expect(parseYearbookNumber("1,234", "en")).toEqual(number(1234));
    expect(parseYearbookNumber("1.234").kind).toBe("invalid");
    expect(parseYearbookNumber("1.234", "en")).toEqual(number(1.234));
    expect(parseYearbookNumber("1.234", "ru")).toEqual(number(1234));
  });

  test.each([
    ["abc", /not a number/],
    ["12,3,4", /wrong places/],
    ["1,23,456", /wrong places/],
    ["1,5.2,3", /more than one decimal mark/],
    ["Акмолинская", /not a number/],
  ])("%j is refused (%s)", (text, reason) => {
    const parsed = parseYearbookNumber(text);
    expect(parsed.kind).toBe("invalid");
    expect((parsed as { reason: string }).reason).toMatch(reason);
  });

  test("a locale that contradicts the text is refused, not guessed", () => {
    expect(parseYearbookNumber("1 054 074.4", "ru").kind).toBe("invalid");
    expect(parseYearbookNumber("1 054 074,4", "en").kind).toBe("invalid");
  });
});

describe("digit groups (issue 16): only well-formed groups of three", () => {
  const SEPARATORS = [" ", "\u00a0", "\u2009", "\u202f", "'"];

  it.each([
    "12 34",
    "1 5",
    "1'5",
    "1 054 07",
    "413 300 1",
    "585 96 5,4",
    "1234 567",
    "1 0540 074",
    "1 054,5 1",
  ])("refuses %p as an unreadable cell with the reason", (text) => {
    for (const locale of ["auto", "ru", "en"] as const)
      expect(parseYearbookNumber(text, locale)).toEqual({
        kind: "invalid",
        text,
        reason: DIGIT_GROUPS_REASON,
      });
  });

  it.each([
    ["1 054 074,4", "ru", 1054074.4],
    ["1\u00a0054\u00a0074", "auto", 1054074],
    ["1\u2009054,5", "ru", 1054.5],
    ["1'054'074.5", "en", 1054074.5],
    ["-12 345", "auto", -12345],
    ["585 965,4", "ru", 585965.4],
    ["999 999", "auto", 999999],
  ] as const)("reads %p (%s) as %p", (text, locale, value) => {
    expect(parseYearbookNumber(text, locale)).toEqual({ kind: "number", value });
  });

  it("property: a figure split into groups is read iff the groups are 1-3 digits then threes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[0-9]{1,5}$/), { minLength: 2, maxLength: 5 }),
        fc.constantFrom(...SEPARATORS),
        (groups, sep) => {
          const text = groups.join(sep);
          const wellFormed = groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
          const parsed = parseYearbookNumber(text, "ru");
          if (wellFormed)
            expect(parsed).toEqual({ kind: "number", value: Number(groups.join("")) });
          else expect(parsed).toMatchObject({ kind: "invalid", reason: DIGIT_GROUPS_REASON });
        }
      )
    );
  });
});

describe("the reader's plain figures (issue 17) are what parseYearbookNumber reads", () => {
  /** Where plainFigure reads a number, parseYearbookNumber reads the same double. */
  const agrees = (text: string, locale: "auto" | "ru" | "en") => {
    const plain = plainFigure(text, locale);
    if (plain !== undefined) expect(parseYearbookNumber(text, locale)).toEqual(number(plain));
    return plain;
  };
  const pieces = fc.constantFrom(
    ..."0123456789".split(""),
    "000",
    "123",
    "1 234",
    " ",
    "\u00a0",
    "\u202f",
    "\u2009",
    "  ",
    ",",
    ".",
    "-",
    "*",
    "1)",
    "e",
    "'"
  );
  const texts = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(""));
  const locales = fc.constantFrom("auto" as const, "ru" as const, "en" as const);

  test("the same number for every text and locale it reads", () => {
    fc.assert(
      fc.property(texts, locales, (text, locale) => void agrees(text, locale)),
      {
        numRuns: 20000,
      }
    );
  });

  test("figures of up to 15 digits read to the same double as Number() reads them, longer ones left", () => {
    const figures = fc.record({
      whole: fc.bigInt({ min: 0n, max: 10n ** 17n }),
      decimals: fc.string({
        unit: fc.constantFrom(..."0123456789".split("")),
        minLength: 1,
        maxLength: 16,
      }),
      comma: fc.boolean(),
    });
    fc.assert(
      fc.property(figures, ({ whole, decimals, comma }) => {
        const locale = comma ? "ru" : "en";
        const text = `${whole}${comma ? "," : "."}${decimals}`;
        // Read here up to 15 digits, left to the general path beyond.
        const digits = String(whole).length + decimals.length;
        expect(agrees(text, locale) === undefined).toBe(digits > 15);
        expect(agrees(String(whole), locale) === undefined).toBe(String(whole).length > 15);
      }),
      { numRuns: 20000 }
    );
  });

  test.each([
    ["865 289,3", "ru", 865289.3],
    ["1\u00a0234\u202f567.5", "en", 1234567.5],
    ["0,123", "auto", 0.123],
    ["123", "auto", 123],
    ["1 234,567", "auto", 1234.567],
  ] as const)("%j (%s) is read: %d", (text, locale, value) => {
    expect(agrees(text, locale)).toBe(value);
  });

  test.each([
    ["1,234", "auto"],
    ["1.234", "ru"],
    ["1,234", "en"],
    [" 12", "auto"],
    ["-12", "auto"],
    ["12*", "auto"],
    ["12 34", "auto"],
    ["9".repeat(400), "auto"],
  ] as const)("%j (%s) is left to the general path", (text, locale) => {
    expect(plainFigure(text, locale)).toBeUndefined();
  });
});
