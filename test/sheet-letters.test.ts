/**
 * The letter class that replaces \p{L} in the header, unit and IT patterns (src/sheet/letters.ts):
 * exactly \p{L} on every code point it covers, and exact everywhere for the region-name tests
 * isLetter / isLetterOrDigit. The reference is the engine's own \p{L} and \p{N}.
 */
import {
  LETTER,
  LETTER_LIMIT,
  NOT_LETTER,
  isLetter,
  isLetterOrDigit,
  lettersRegExp,
} from "../src/sheet/read/letters";
import { regionKey } from "../src/sheet";
import { normaliseHeader, recogniseField } from "../src/sheet/read/headers";
import fc from "fast-check";

const UNICODE_LETTER = /^\p{L}$/u;
const UNICODE_LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

function* codePoints(limit: number): Generator<string> {
  for (let c = 0; c < limit; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCodePoint(c);
}

describe("letters without \\p{L}", () => {
  it("LETTER is \\p{L} and NOT_LETTER its complement, below U+0530 (Latin, Greek, Cyrillic)", () => {
    const letter = new RegExp(`^${LETTER}$`, "u");
    const notLetter = new RegExp(`^${NOT_LETTER}$`, "u");
    const wrong: string[] = [];
    for (const ch of codePoints(LETTER_LIMIT)) {
      const expected = UNICODE_LETTER.test(ch);
      if (letter.test(ch) !== expected || notLetter.test(ch) === expected)
        wrong.push(ch.codePointAt(0)!.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(letter.test("ә") && letter.test("қ") && letter.test("і") && letter.test("é")).toBe(true);
  });

  it("isLetter and isLetterOrDigit are \\p{L} and [\\p{L}\\p{N}] on every code point", () => {
    const wrong: string[] = [];
    for (const ch of codePoints(0x110000)) {
      if (
        isLetter(ch) !== UNICODE_LETTER.test(ch) ||
        isLetterOrDigit(ch) !== UNICODE_LETTER_OR_NUMBER.test(ch)
      )
        wrong.push(ch.codePointAt(0)!.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("the tag keeps the template's backslashes and sets flag u", () => {
    const re = lettersRegExp`^занят${LETTER}*\s+\d$`;
    expect(re.flags).toBe("u");
    expect(re.test("занятого 1")).toBe(true);
    expect(re.test("занятого1")).toBe(false);
  });

  it("letters of other scripts still end a marker glued to a name, and still count in names", () => {
    expect(regionKey("г.東京")).toBe(regionKey("東京 г."));
    expect(regionKey("Région 1")).not.toBe(regionKey("Région 2"));
    expect(regionKey("東京")).not.toBe(regionKey("大阪"));
  });

  it("word edges in the header patterns: ВРП alone is GRP, inside a word it is not", () => {
    expect(recogniseField("ВРП, млн тенге")).toBe("grp");
    expect(recogniseField("объем ВРП")).toBe("grp");
    // "доля ВРП" is a share beside a figure, never the figure (issue 14).
    expect(recogniseField("доля ВРП")).toBeNull();
    expect(recogniseField("ВРПх")).toBeNull();
    expect(recogniseField("Занятое население, тыс. чел.")).toBe("employed");
  });

  it('a normalised header has single spaces only, so the patterns may say " " for \\s+', () => {
    const spaces = fc.constantFrom(
      " ",
      "\t",
      "\n",
      "\u00a0",
      "\u2009",
      "\u202f",
      "\u3000",
      "\ufeff",
      "\u2028"
    );
    const text = fc
      .array(fc.oneof(spaces, fc.constantFrom("ВРП", "a", "ё", ",")), { maxLength: 12 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (raw) => {
        const header = normaliseHeader(raw);
        expect(header).not.toMatch(/\s\s|^\s|\s$|[^\S ]/u);
      })
    );
  });
});
