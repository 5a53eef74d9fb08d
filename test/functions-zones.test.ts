/**
 * PROMISING_ZONE through the built bundle, on the published 2014 tables: the classes of Table 6
 * (Cyrillic, as printed) and the IT shares of Table 7 ("-" = no data). The expected candidates are
 * read off the two tables by hand; the numbers the function gets are parsed from the printed cells.
 */
import { parseYearbookNumber } from "../src/core";
import { ErrorCode, expectExcelError, loadFunctions } from "./helpers/functions-bundle";
import { INDEX_TABLE, readTsv, yearbookNumber } from "./helpers/samples";

const fns = loadFunctions();
// The functions' words arrive after functions.js (a chunk of their own): messages wait for them.
beforeAll(() => fns.wordsArrived());
const VALUE = ErrorCode.invalidValue;

// Table 6: "№", region, 2010 index, class, 2014 index, class, dynamics.
const [, ...index] = readTsv(INDEX_TABLE.file);
// Table 7: two header rows, then region, 2010 share, 2014 share.
const [, , ...ksi] = readTsv("kz-ksi-it-2010-2014.tsv");
const shareCells = new Map(ksi.map((row) => [row[0].trim(), row[2].trim()]));

const names = index.map((row) => row[1].trim());
const classes = index.map((row) => [row[INDEX_TABLE.class2014].trim()]);
/** The share as Excel would hold it: a number, or the printed "-" for no data. */
const shares = names.map((name) => {
  const cell = shareCells.get(name);
  if (cell === undefined) throw new Error(`Table 7 has no row for ${name}`);
  const parsed = parseYearbookNumber(cell);
  return [parsed.kind === "number" ? parsed.value : cell];
});
/** Places in the 2014 rating, highest index first (the 2014 indices have no ties). */
const indices = index.map((row) => yearbookNumber(row[INDEX_TABLE.index2014]));
const ranks = indices.map((v) => [indices.filter((w) => w > v).length + 1]);

function candidates(result: unknown): string[] {
  const cells = result as unknown[][];
  expect(cells).toHaveLength(names.length);
  return names.filter((_, i) => cells[i][0] === true).sort();
}

function reasonOf(result: unknown, name: string): string {
  return (result as string[][])[names.indexOf(name)][0];
}

describe("PROMISING_ZONE on the published 2014 tables", () => {
  test("the tables line up: 16 regions, each with a Table 7 row, Atyrau without IT data", () => {
    expect(names).toHaveLength(16);
    expect(shares[names.indexOf("Атырауская")][0]).toBe("-");
  });

  test("default thresholds (groups A and B, at least 1%): exactly Almaty city and Astana city", () => {
    const verdicts = fns.call("PROMISING_ZONE", classes, shares, null, null, null, null, "verdict");
    expect(candidates(verdicts)).toEqual(["г. Алматы", "г. Астана"].sort());
  });

  test("the reasons say why: Atyrau leads the rating but has no IT data", () => {
    const reasons = fns.call("PROMISING_ZONE", classes, shares);
    const atyrau = reasonOf(reasons, "Атырауская");
    expect(atyrau).toMatch(/^not a candidate: /);
    expect(atyrau).toContain("leads the rating (class В is in group B)");
    expect(atyrau).toContain("no IT output data");
    expect(reasonOf(reasons, "г. Алматы")).toBe(
      "candidate: leads the rating (class В++ is in group B); IT share 63.4% of the country, at least 1.0%"
    );
    // North Kazakhstan is specialised (5.6%) but in group C.
    expect(reasonOf(reasons, "Северо-Казахстанская")).toBe(
      "not a candidate: does not lead the rating (class С+ is in group C, not A or B); IT share 5.6% of the country, at least 1.0%"
    );
    // Every text verdict agrees with TRUE/FALSE.
    const verdicts = fns.call("PROMISING_ZONE", classes, shares, null, null, null, null, "VERDICT");
    names.forEach((_, i) =>
      expect((reasons as string[][])[i][0].startsWith("candidate:")).toBe(
        (verdicts as boolean[][])[i][0]
      )
    );
  });

  test('groups "A,B,C" and at least 3%: the regions printed with 0.03 or more in Table 7', () => {
    // Every 2014 class is in group B or C, so the IT share alone decides: Aktobe 0,034, West
    // Kazakhstan 0,055, North Kazakhstan 0,056, Astana 0,192, Almaty 0,634; Atyrau has "-".
    const expected = [
      "Актюбинская",
      "Западно-Казахстанская",
      "Северо-Казахстанская",
      "г. Астана",
      "г. Алматы",
    ].sort();
    const byText = fns.call(
      "PROMISING_ZONE",
      classes,
      shares,
      0.03,
      "A,B,C",
      null,
      null,
      "verdict"
    );
    expect(candidates(byText)).toEqual(expected);
    // The same groups as a range of Cyrillic letters.
    const byRange = fns.call(
      "PROMISING_ZONE",
      classes,
      shares,
      0.03,
      [["А"], ["В"], ["С"]],
      null,
      null,
      "verdict"
    );
    expect(candidates(byRange)).toEqual(expected);
    const reasons = fns.call("PROMISING_ZONE", classes, shares, 0.03, "A,B,C");
    expect(reasonOf(reasons, "Мангистауская")).toBe(
      "not a candidate: leads the rating (class С++ is in group C); IT share 0.9% of the country, below 3.0%"
    );
  });

  test("the top of the ranking instead of the groups: top 6 with at least 3%", () => {
    // 2014 top 6 by index: Almaty city, Astana, Atyrau, Mangistau, Karaganda, Aktobe; of these
    // Almaty (0,634), Astana (0,192) and Aktobe (0,034) have 3% or more.
    const verdicts = fns.call("PROMISING_ZONE", classes, shares, 0.03, "none", ranks, 6, "verdict");
    expect(candidates(verdicts)).toEqual(["Актюбинская", "г. Алматы", "г. Астана"].sort());
    const reasons = fns.call("PROMISING_ZONE", classes, shares, 0.03, "none", ranks, 6);
    expect(reasonOf(reasons, "Карагандинская")).toBe(
      "not a candidate: leads the rating (class С++, rank 5 is in the top 6); IT share 0.0% of the country, below 3.0%"
    );
    expect(reasonOf(reasons, "Костанайская")).toBe(
      "not a candidate: does not lead the rating (class С++, rank 7 is not in the top 6); no IT output data"
    );
    // Groups and ranks together: a region leads by either.
    const both = fns.call("PROMISING_ZONE", classes, shares, 0.03, "A,B", ranks, 6, "verdict");
    expect(candidates(both)).toEqual(["Актюбинская", "г. Алматы", "г. Астана"].sort());
  });
});

describe("PROMISING_ZONE for one region (filled down)", () => {
  test("Latin and Cyrillic labels, the paper's V, text shares with a decimal comma", () => {
    for (const label of ["B++", "В++", "V++", " b++ "]) {
      expect(
        fns.call("PROMISING_ZONE", [[label]], [["0,634"]], null, null, null, null, "verdict")
      ).toEqual([[true]]);
    }
    expect(
      fns.call("PROMISING_ZONE", [["С+"]], [[0.5]], null, null, null, null, "verdict")
    ).toEqual([[false]]);
  });

  test("a blank or '-' IT share is no data (not specialised), not an error", () => {
    for (const blank of ["", null, "-"]) {
      const [[reason]] = fns.call("PROMISING_ZONE", [["A"]], [[blank]]) as string[][];
      expect(reason).toBe(
        "not a candidate: leads the rating (class A is in group A); no IT output data"
      );
    }
  });

  test("the threshold is inclusive: a share equal to minItShare counts", () => {
    expect(
      fns.call("PROMISING_ZONE", [["B"]], [[0.05]], 0.05, null, null, null, "verdict")
    ).toEqual([[true]]);
    expect(
      fns.call("PROMISING_ZONE", [["B"]], [[0.0499]], 0.05, null, null, null, "verdict")
    ).toEqual([[false]]);
    expect(fns.call("PROMISING_ZONE", [["B"]], [[0]], 0, null, null, null, "verdict")).toEqual([
      [true],
    ]);
  });
});

describe("PROMISING_ZONE refusals", () => {
  test("bad region cells: only that region's cell shows the error", () => {
    const result = fns.call(
      "PROMISING_ZONE",
      [["E"], ["B"], ["B"], ["B"], [""], ["B"], [7]],
      [[0.1], [-0.1], [63.4], ["many"], [0.1], [0.1], [0.1]]
    ) as unknown[][];
    expectExcelError(result[0][0], VALUE, /region 1: "E" is not a class of the rating scale/);
    expectExcelError(result[1][0], VALUE, /region 2: IT share -0.1 is negative/);
    expectExcelError(result[2][0], VALUE, /region 3: IT share 63.4 is above 1/);
    expectExcelError(result[3][0], VALUE, /region 4: IT share: "many" is not a number/);
    expectExcelError(result[4][0], VALUE, /region 5: the class is missing/);
    expect(result[5][0]).toMatch(/^candidate: /);
    expectExcelError(result[6][0], VALUE, /region 7: 7 is not a class label/);
  });

  test("one region: the message names the problem without a region number", () => {
    expectExcelError(
      (fns.call("PROMISING_ZONE", [["B"]], [[1.5]]) as unknown[][])[0][0],
      VALUE,
      /^IT share 1.5 is above 1/
    );
    expectExcelError(
      (fns.call("PROMISING_ZONE", [["Z+"]], [[0.1]]) as unknown[][])[0][0],
      VALUE,
      /^"Z\+" is not a class of the rating scale/
    );
  });

  test("bad options refuse the whole formula", () => {
    for (const bad of [1.5, -0.01]) {
      expectExcelError(
        fns.call("PROMISING_ZONE", classes, shares, bad),
        VALUE,
        new RegExp(`minItShare \\(${bad}\\) must be a share from 0 to 1`)
      );
    }
    expectExcelError(
      fns.call("PROMISING_ZONE", classes, shares, "lots"),
      VALUE,
      /minItShare: "lots" is not a number/
    );
    expectExcelError(
      fns.call("PROMISING_ZONE", classes, shares, null, "A,B+"),
      VALUE,
      /groups: "B\+" is not a group letter/
    );
    expectExcelError(
      fns.call("PROMISING_ZONE", classes, shares, null, "none"),
      VALUE,
      /"none" needs topRanks/
    );
    expectExcelError(
      fns.call("PROMISING_ZONE", classes, shares, null, null, null, 5),
      VALUE,
      /topRanks needs the rank/
    );
    expectExcelError(
      fns.call("PROMISING_ZONE", classes, shares, null, null, ranks, 0),
      VALUE,
      /topRanks \(0\) must be a whole number/
    );
    expectExcelError(
      fns.call("PROMISING_ZONE", classes, shares, null, null, null, null, "why"),
      VALUE,
      /part must be "reasons", "verdict"/
    );
    expectExcelError(
      fns.call("PROMISING_ZONE", classes, shares.slice(1)),
      VALUE,
      /ratingClass \(16x1\) and itShare \(15x1\) must have the same shape/
    );
  });
});
