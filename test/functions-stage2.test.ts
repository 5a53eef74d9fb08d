/**
 * KSI, HHI, LOC_QUOTIENT and IT_SHARE through the built bundle, on the hand-computed table of
 * core-specialisation.test.ts: R1 (60, 30, 10), R2 (50, 30, 20), R3 (20, 20, 10).
 */
import { ErrorCode, expectExcelError, loadFunctions } from "./helpers/functions-bundle";
import { readTsv } from "./helpers/samples";

const fns = loadFunctions();
// The functions' words arrive after functions.js (a chunk of their own): messages wait for them.
beforeAll(() => fns.wordsArrived());
const VALUE = ErrorCode.invalidValue;
const NA = ErrorCode.notAvailable;
const table = [
  [60, 30, 10],
  [50, 30, 20],
  [20, 20, 10],
];

describe("KSI", () => {
  test("each reference, filled down and spilled", () => {
    expect((fns.call("KSI", [table[0]], table, null, null) as number[][])[0][0]).toBeCloseTo(
      4 / 15,
      12
    );
    expect((fns.call("KSI", [table[0]], table, "national") as number[][])[0][0]).toBeCloseTo(
      0.16,
      12
    );
    expect((fns.call("KSI", [table[0]], table, "MEAN") as number[][])[0][0]).toBeCloseTo(0.3, 12);
    const spilled = fns.call("KSI", table, table, "rest") as number[][];
    expect(spilled.map((r) => r.length)).toEqual([1, 1, 1]);
    expect(spilled[1][0]).toBeCloseTo(2 / 15, 12);
  });

  test("refusals: other widths, a row not in the table, negatives, blanks, bad options", () => {
    expectExcelError(
      fns.call("KSI", [[1, 2]], table),
      VALUE,
      /rows have 2 industries but table has 3/
    );
    expectExcelError(
      (fns.call("KSI", [[1, 1, 1]], table) as unknown[][])[0][0],
      NA,
      /not one of the table's rows/
    );
    expectExcelError(
      fns.call("KSI", [table[0]], [table[0], [1, -1, 1]]),
      VALUE,
      /table row 2, industry 2: negative size -1/
    );
    expectExcelError(
      fns.call("KSI", [table[0]], [table[0], [1, "", 1]]),
      VALUE,
      /table row 2, industry 2 is missing/
    );
    expectExcelError(
      fns.call("KSI", [table[0]], table, "world"),
      VALUE,
      /reference must be "rest", "national", "mean"/
    );
    expectExcelError(
      fns.call("KSI", [table[0]], table, null, "skip"),
      VALUE,
      /"skip" is not possible for industry sizes/
    );
  });

  test('"zero" counts blank sizes as 0', () => {
    const gappy = [
      [60, 30, ""],
      [50, 30, 20],
      [20, 20, 10],
    ];
    const [[value]] = fns.call("KSI", [gappy[0]], gappy, "national", "zero") as number[][];
    const expected = [
      [60, 30, 0],
      [50, 30, 20],
      [20, 20, 10],
    ];
    expect(value).toBeCloseTo(
      (fns.call("KSI", [expected[0]], expected, "national") as number[][])[0][0],
      12
    );
  });
});

describe("HHI", () => {
  test("plain and normalised", () => {
    expect((fns.call("HHI", [table[0]], null, null) as number[][])[0][0]).toBeCloseTo(0.46, 12);
    expect((fns.call("HHI", [table[0]], true) as number[][])[0][0]).toBeCloseTo(0.19, 12);
    const spilled = fns.call("HHI", table) as number[][];
    expect(spilled[1][0]).toBeCloseTo(0.25 + 0.09 + 0.04, 12);
  });

  test("refusals: an empty mix, negatives, text, a bad flag", () => {
    const result = fns.call("HHI", [
      [0, 0, 0],
      [1, -2, 3],
      [1, "many", 3],
    ]) as unknown[][];
    expectExcelError(result[0][0], VALUE, /row 1: every industry is 0/);
    expectExcelError(result[1][0], VALUE, /row 2, industry 2: negative size -2/);
    expectExcelError(result[2][0], VALUE, /row 3, industry 2: "many" is not a number/);
    expectExcelError(
      fns.call("HHI", [table[0]], "maybe"),
      VALUE,
      /normalised must be TRUE or FALSE/
    );
  });
});

describe("LOC_QUOTIENT", () => {
  test("quotients of a row and of the whole table, in the shape of rows", () => {
    const [row] = fns.call("LOC_QUOTIENT", [table[0]], table) as number[][];
    expect(row).toHaveLength(3);
    expect(row[0]).toBeCloseTo(0.6 / 0.52, 12);
    expect(row[2]).toBeCloseTo(0.625, 12);
    const all = fns.call("LOC_QUOTIENT", table, table) as number[][];
    expect(all.map((r) => r.length)).toEqual([3, 3, 3]);
    expect(all[2][1]).toBeCloseTo(0.4 / 0.32, 12);
  });

  test("refusals: a row not in the table; an industry absent everywhere (its cells only)", () => {
    const result = fns.call("LOC_QUOTIENT", [[1, 1, 1]], table) as unknown[][];
    result[0].forEach((cell) => expectExcelError(cell, NA, /not one of the table's rows/));
    const [[first, second]] = fns.call(
      "LOC_QUOTIENT",
      [[1, 0]],
      [
        [1, 0],
        [2, 0],
      ]
    ) as unknown[][];
    // Industry 1 is all of each region and of the country: 1.
    expect(first).toBe(1);
    expectExcelError(second, VALUE, /industry 2 is 0 in every region/);
  });
});

describe("IT_SHARE", () => {
  // Table 7, 2010, read as sizes: the shares come back as printed.
  const rows = readTsv("kz-ksi-it-2010-2014.tsv").slice(2);
  const column2010 = rows.map((r) => [r[1]]);

  test('Table 7 (2010) with "skip": Almaty city 0.683, "-" regions stay "-", shares sum to 1', () => {
    const shares = fns.call("IT_SHARE", column2010, column2010, "skip") as (number | string)[][];
    const almaty = rows.findIndex((r) => r[0].trim() === "г. Алматы");
    expect(Math.round((shares[almaty][0] as number) * 1000) / 1000).toBe(0.683);
    rows.forEach((r, j) => {
      if (r[1].trim() === "-") expect(shares[j][0]).toBe("-");
    });
    const sum = shares.reduce((s, [v]) => s + (typeof v === "number" ? v : 0), 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  test('by default "-" (no data) is an error, not 0', () => {
    expectExcelError(fns.call("IT_SHARE", [[1]], column2010), VALUE, /table value 4 is missing/);
  });

  test("one region's value against the column (fill-down); refusals", () => {
    expect(fns.call("IT_SHARE", [[3]], [[3], [1]])).toEqual([[0.75]]);
    expectExcelError(
      fns.call("IT_SHARE", [[3]], [[3], [-1]]),
      VALUE,
      /table value 2 \(-1\) is negative; a share needs a size/
    );
    expectExcelError(fns.call("IT_SHARE", [[0]], [[0], [0]]), VALUE, /national total is 0/);
    expectExcelError(
      fns.call(
        "IT_SHARE",
        [[1]],
        [
          [1, 2],
          [3, 4],
        ]
      ),
      VALUE,
      /table must be one column or one row/
    );
    expectExcelError(
      (fns.call("IT_SHARE", [[5]], [[3], [1]]) as unknown[][])[0][0],
      NA,
      /above the table's total 4/
    );
  });
});
