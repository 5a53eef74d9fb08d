/**
 * Sheet names as Excel treats them: compared without case, at most 31 characters, none of
 * []:*?/\, no apostrophe at either end. Numbering a taken name always ends, even for names that
 * share their first 31 characters; a property test over random names proves it for both forms
 * (the plan's "2010 2" and the pane's "Rating 2010 (2)").
 */
import fc from "fast-check";
import { buildRatingPlan, rateYear, readYearbookTable } from "../src/sheet";
import { uniqueSheetName } from "../src/sheet/plan/a1";
import { uniqueSheetName as paneSheetName } from "../src/office/sheet-name";
import { syntheticGrid } from "./fixtures/synthetic";

const FORBIDDEN = /[[\]:*?/\\]/;
/** Excel compares sheet names without case (written here independently of the code under test). */
const sheetNameKey = (name: string) => name.toLowerCase();

/** Random names: any text, case variants of one another, long names sharing 31 characters, forbidden characters. */
const nameArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("2010", "Dynamics", "History", "'quoted'", "a", "A", "Ё", "ё"),
  fc
    .tuple(
      fc.constantFrom("x".repeat(31), "Рейтинг регионов Казахстана 2010", "Y".repeat(29)),
      fc.string({ maxLength: 8 })
    )
    .map(([head, tail]) => head + tail),
  fc
    .array(fc.constantFrom("[", "]", ":", "*", "?", "/", "\\", "'", " ", "a", "B", "1"), {
      maxLength: 35,
    })
    .map((cs) => cs.join(""))
);

/** Each name of a list also in a random mix of upper and lower case. */
const namesArb = fc
  .array(fc.tuple(nameArb, fc.array(fc.boolean(), { maxLength: 40 })), { maxLength: 40 })
  .map((pairs) =>
    pairs.flatMap(([name, flips]) => [
      name,
      [...name].map((ch, i) => (flips[i] ? ch.toUpperCase() : ch.toLowerCase())).join(""),
    ])
  );

/** Names each wanted one in turn; returns what breaks Excel's rules or repeats a taken name. */
function checkNaming(
  name: (wanted: string, taken: readonly string[]) => string,
  existing: string[],
  wanted: string[]
): string[] {
  const taken = [...existing];
  const keys = new Set(taken.map(sheetNameKey));
  const wrong: string[] = [];
  for (const w of wanted) {
    const got = name(w, taken);
    const fine =
      got.length > 0 &&
      got.length <= 31 &&
      !FORBIDDEN.test(got) &&
      !/^'|'$/.test(got) &&
      !/[\ud800-\udbff](?![\udc00-\udfff])/.test(got) &&
      !keys.has(sheetNameKey(got));
    if (!fine) wrong.push(`${JSON.stringify(w)} -> ${JSON.stringify(got)}`);
    taken.push(got);
    keys.add(sheetNameKey(got));
  }
  return wrong;
}

describe("sheet naming", () => {
  test("ends, stays within Excel's rules and is unique without regard to case (property)", () => {
    fc.assert(
      fc.property(namesArb, namesArb, (existing, wanted) => {
        expect(checkNaming(uniqueSheetName, existing, wanted)).toEqual([]);
        expect(checkNaming(paneSheetName, existing, wanted)).toEqual([]);
      }),
      { numRuns: 200 }
    );
  });

  test("names that share their first 31 characters are numbered, not looped over", () => {
    const long = "x".repeat(40);
    const names: string[] = [];
    for (let i = 0; i < 12; i++) names.push(uniqueSheetName(`${long}${i}`, names));
    expect(new Set(names).size).toBe(12);
    expect(names[1]).toBe(`${"x".repeat(29)} 2`);
  });

  test("years that differ only in case get two sheets Excel and LibreOffice keep apart", () => {
    const year = (name: string) => rateYear(readYearbookTable(syntheticGrid(16), { year: name }));
    const plan = buildRatingPlan([
      year("abc"),
      year("ABC"),
      year("x".repeat(35) + "1"),
      year("x".repeat(35) + "2"),
    ]);
    const names = plan.sheets.map((s) => s.name);
    expect(names).toEqual(["abc", "ABC 2", "x".repeat(31), `${"x".repeat(29)} 2`, "Dynamics"]);
    expect(new Set(names.map(sheetNameKey)).size).toBe(names.length);
  });
});
