/**
 * Issue 16 through the built bundle (dist/functions.js, dist/functions.json), in English and
 * Russian: data-type cells read by their basicValue, error cells reaching the functions
 * (allowErrorForDataTypeAny), malformed digit groups refused with the reason, KSI's rest of the
 * country summed from the other rows, and LOC_QUOTIENT's all-zero region left alone in its row.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  DIST,
  ErrorCode,
  FakeExcelError,
  expectExcelError,
  loadFunctions,
} from "./helpers/functions-bundle";

const fns = loadFunctions();
// The functions' words arrive after functions.js (a chunk of their own): messages wait for them.
beforeAll(() => fns.wordsArrived());
const VALUE = ErrorCode.invalidValue;
const table = [
  [60, 30, 10],
  [50, 30, 20],
  [20, 20, 10],
];

afterEach(() => fns.setDisplayLanguage(undefined));
// Some tests read messages in a Russian Office: its words too.
beforeAll(() => fns.wordsArrived("ru-RU"));

/** The first cell of a result, or the error that refused the whole call. */
const first = (result: unknown) => (Array.isArray(result) ? (result as unknown[][])[0][0] : result);

describe("the metadata Excel reads", () => {
  it.each(["functions.json", "functions.ru-RU.json"])(
    "%s lets data types and errors reach the functions",
    (file) => {
      const metadata = JSON.parse(readFileSync(join(DIST, file), "utf8"));
      expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
    }
  );
});

describe("data-type cells: the value they show", () => {
  const leader = (cell: unknown) => first(fns.call("LEADER_SCORE", [[cell]], [[cell], [10]]));

  it('a formatted number ({type: "Double", basicValue: 5}) is 5', () => {
    expect(leader({ type: "Double", basicValue: 5, numberFormat: "0.0" })).toBe(50);
    expect(leader({ type: "FormattedNumber", basicValue: 5, numberFormat: "0.0" })).toBe(50);
    expect(leader({ type: "String", basicValue: "5" })).toBe(50);
  });

  it("an error of the data-type kind is that error, passed on naming the cell", () => {
    const result = leader({ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" });
    expect(result).toBeInstanceOf(FakeExcelError);
    expect((result as FakeExcelError).code).toBe(ErrorCode.divisionByZero);
  });

  it.each([
    ["en", /the cell holds a data type \(Entity\), not a figure/],
    ["ru", /в ячейке тип данных \(Entity\), а не число/],
  ])('an entity is refused as what it is, not as "#VALUE!" (%s)', (lang, message) => {
    if (lang === "ru") fns.setDisplayLanguage("ru-RU");
    expectExcelError(
      leader({ type: "Entity", text: "Astana", properties: {}, basicValue: "#VALUE!" }),
      VALUE,
      message
    );
  });
});

describe("digit groups", () => {
  it.each([
    ["en", /"585 96 5,4" is not a number: its digits are grouped other than in threes/],
    ["ru", /«585 96 5,4» — не число: цифры сгруппированы не по три/],
  ])("a malformed group is #VALUE! with the reason, never 585965.4 (%s)", (lang, message) => {
    if (lang === "ru") fns.setDisplayLanguage("ru-RU");
    const text = "585 96 5,4";
    expectExcelError(first(fns.call("LEADER_SCORE", [[text]], [[text], [1000]])), VALUE, message);
    expect(
      (fns.call("LEADER_SCORE", [["585 965,4"]], [["585 965,4"], [1000]]) as number[][])[0][0]
    ).toBe(100);
  });
});

describe("KSI and LOC_QUOTIENT", () => {
  it("KSI([[1e17,1]], [[1e17,1],[1,1]]) is 1, filled down and spilled", () => {
    const big = [
      [1e17, 1],
      [1, 1],
    ];
    expect((fns.call("KSI", [big[0]], big) as number[][])[0][0]).toBe(1);
    expect((fns.call("KSI", big, big, "rest") as number[][]).map((r) => r[0])).toEqual([1, 1]);
  });

  it("a spill gives each row what a call for that row alone gives, every reference", () => {
    for (const reference of ["rest", "national", "mean"]) {
      const spilled = (fns.call("KSI", table, table, reference) as number[][]).map((r) => r[0]);
      const alone = table.map(
        (row) => (fns.call("KSI", [row], table, reference) as number[][])[0][0]
      );
      expect(spilled).toEqual(alone);
    }
  });

  it("LOC_QUOTIENT: an all-zero region's row is #DIV/0!-like undefined; the other rows keep their quotients", () => {
    const withZero = [table[0], [0, 0, 0], table[1], table[2]];
    const all = fns.call("LOC_QUOTIENT", withZero, withZero) as unknown[][];
    expect(all[1].every((x) => x instanceof FakeExcelError)).toBe(true);
    // Totals (130, 80, 40) of 250, as without the zero row; R1's shares (0.6, 0.3, 0.1).
    expect(all[0][0] as number).toBeCloseTo(0.6 / (130 / 250), 12);
    expect(all[3][1] as number).toBeCloseTo(0.4 / (80 / 250), 12);
  });
});
