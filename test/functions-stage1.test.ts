/**
 * Stage 1 functions through the BUILT bundle (dist/functions.js), called as Excel calls them:
 * 2-D arrays, blanks as "" or null, text cells as strings, omitted options as null.
 */
import {
  ErrorCode,
  FakeExcelError,
  expectExcelError,
  loadFunctions,
} from "./helpers/functions-bundle";

const fns = loadFunctions();
// The functions' words arrive after functions.js (a chunk of their own): messages wait for them.
beforeAll(() => fns.wordsArrived());
const VALUE = ErrorCode.invalidValue;
const NA = ErrorCode.notAvailable;

// Leaders: 10, 2, 4, 4, 5, 8. Row 1 index 250/3; row 2 (200/3 + 75) / 2.
const table = [
  [10, 1, 4, 2, 5, 8],
  [5, 2, 2, 4, 5, 2],
];
const INDEX_1 = 250 / 3;
const INDEX_2 = (200 / 3 + 75) / 2;

describe("INNOV_INDEX", () => {
  test("one region row + the whole table gives that region's index (fill-down)", () => {
    const result = fns.call("INNOV_INDEX", [table[1]], table, null, null) as number[][];
    expect(result).toHaveLength(1);
    expect(result[0][0]).toBeCloseTo(INDEX_2, 10);
  });

  test("all rows at once spill one index per row, as a column", () => {
    const result = fns.call("INNOV_INDEX", table, table) as number[][];
    expect(result.map((r) => r.length)).toEqual([1, 1]);
    expect(result[0][0]).toBeCloseTo(INDEX_1, 10);
    expect(result[1][0]).toBeCloseTo(INDEX_2, 10);
  });

  test("yearbook text in cells is read; weights in a row or a column of two cells", () => {
    const text = [
      ["10", "1,0", "4", "2", "5", "8"],
      ["5", "2", "2", "4", "5", "2"],
    ];
    expect((fns.call("INNOV_INDEX", [text[1]], text) as number[][])[0][0]).toBeCloseTo(INDEX_2, 10);
    const weighted = 0.75 * (200 / 3) + 0.25 * 75;
    expect((fns.call("INNOV_INDEX", [table[1]], table, [[3, 1]]) as number[][])[0][0]).toBeCloseTo(
      weighted,
      10
    );
    expect(
      (fns.call("INNOV_INDEX", [table[1]], table, [[0.75], [0.25]]) as number[][])[0][0]
    ).toBeCloseTo(weighted, 10);
  });

  test("text that is not a number is an error naming the cell", () => {
    const row = [[5, "n/a?", 2, 4, 5, 2]];
    expectExcelError(
      (fns.call("INNOV_INDEX", row, table) as unknown[][])[0][0],
      VALUE,
      /S_F: "n\/a\?" is not a number/
    );
    const badTable = [table[0], [5, 2, "abc", 4, 5, 2]];
    expectExcelError(
      fns.call("INNOV_INDEX", [table[0]], badTable),
      VALUE,
      /table row 2, S_E: "abc" is not a number/
    );
  });

  test('an ambiguous "1,234" is refused with both readings', () => {
    const row = [[5, 2, "1,234", 4, 5, 2]];
    expectExcelError(
      (fns.call("INNOV_INDEX", row, table) as unknown[][])[0][0],
      VALUE,
      /could be 1234 or 1\.234/
    );
  });

  test("rows and table of other widths fail the whole call", () => {
    expectExcelError(
      fns.call("INNOV_INDEX", [[1, 2, 3, 4, 5]], table),
      VALUE,
      /rows has 5 columns; it needs the six indicators/
    );
    expectExcelError(
      fns.call(
        "INNOV_INDEX",
        [table[0]],
        table.map((r) => r.slice(0, 5))
      ),
      VALUE,
      /table has 5 columns/
    );
  });

  test("a negative value: per-row error in the row, whole-call error in the table", () => {
    const rows = [table[0], [5, 2, 2, -4, 5, 2]];
    const result = fns.call("INNOV_INDEX", rows, table) as unknown[][];
    expect(result[0][0]).toBeCloseTo(INDEX_1, 10);
    expectExcelError(
      result[1][0],
      VALUE,
      /S_A: negative value -4 in row 2; percent of the leader is undefined/
    );
    expectExcelError(
      fns.call("INNOV_INDEX", [table[0]], rows),
      VALUE,
      /table: S_A: negative value -4/
    );
  });

  test("a column whose leader is 0 fails the call", () => {
    const zero = table.map((r) => [r[0], r[1], r[2], r[3], 0, r[5]]);
    expectExcelError(
      fns.call("INNOV_INDEX", zero, zero),
      VALUE,
      /S_B: every value is 0, so there is no leader/
    );
  });

  test("a row that is not part of the table (above a leader) is #N/A", () => {
    const result = fns.call("INNOV_INDEX", [[11, 1, 1, 1, 1, 1]], table) as unknown[][];
    expectExcelError(result[0][0], NA, /S_D: value 11 in this row is above the table's leader 10/);
  });

  test('missing indicators: error by default (blank as "" or null, or "-"), skip or zero on request', () => {
    for (const blank of ["", null, "-", "x"]) {
      const rows = [[5, blank, 2, 4, 5, 2]];
      expectExcelError(
        (fns.call("INNOV_INDEX", rows, table) as unknown[][])[0][0],
        VALUE,
        /S_F is missing in this row/
      );
    }
    const rows = [[5, "", 2, 4, 5, 2]];
    const skipped = (fns.call("INNOV_INDEX", rows, table, null, "skip") as number[][])[0][0];
    expect(skipped).toBeCloseTo(((50 + 50) / 2 + 75) / 2, 10);
    const zero = (fns.call("INNOV_INDEX", rows, table, null, "Zero") as number[][])[0][0];
    expect(zero).toBeCloseTo(((50 + 0 + 50) / 3 + 75) / 2, 10);
    const gappyTable = [table[0], [5, null, 2, 4, 5, 2]];
    expectExcelError(
      fns.call("INNOV_INDEX", [table[0]], gappyTable),
      VALUE,
      /table row 2, S_F is missing/
    );
  });

  test("bad options fail the whole call", () => {
    expectExcelError(
      fns.call("INNOV_INDEX", table, table, null, "ignore"),
      VALUE,
      /missing must be "error", "skip", "zero", not "ignore"/
    );
    expectExcelError(
      fns.call("INNOV_INDEX", table, table, [[1, 2, 3]]),
      VALUE,
      /weights needs two numbers/
    );
    expectExcelError(
      fns.call("INNOV_INDEX", table, table, [[-1, 2]]),
      VALUE,
      /weights must be two non-negative numbers/
    );
    expectExcelError(
      fns.call("INNOV_INDEX", table, table, [[0, 0]]),
      VALUE,
      /weights must not both be 0/
    );
  });

  test("an error value passes on; TRUE/FALSE in a cell is refused", () => {
    const result = fns.call(
      "INNOV_INDEX",
      [
        [5, new FakeExcelError("#N/A"), 2, 4, 5, 2],
        [5, true, 2, 4, 5, 2],
      ],
      table
    ) as unknown[][];
    expectExcelError(result[0][0], ErrorCode.notAvailable, /row 1, S_F: the cell holds #N\/A/);
    expectExcelError(result[1][0], VALUE, /row 2, S_F: TRUE\/FALSE is not a figure/);
  });
});

describe("SUSCEPTIBILITY and ACTIVITY", () => {
  test("formulas (2) and (3), per row", () => {
    const s = fns.call("SUSCEPTIBILITY", table, table) as number[][];
    const a = fns.call("ACTIVITY", [table[1]], table) as number[][];
    expect(s[0][0]).toBeCloseTo(250 / 3, 10);
    expect(s[1][0]).toBeCloseTo(200 / 3, 10);
    expect(a[0][0]).toBeCloseTo(75, 10);
  });

  test("share the index's refusals", () => {
    expectExcelError(fns.call("ACTIVITY", [[1, 2]], table), VALUE, /rows has 2 columns/);
    expectExcelError(
      (fns.call("SUSCEPTIBILITY", [[5, 2, null, 4, 5, 2]], table) as unknown[][])[0][0],
      VALUE,
      /S_E is missing/
    );
  });

  test('under "skip" each rating needs only its own indicators', () => {
    // Row 2 of the table has no susceptibility figures, row 3 no activity figures.
    const gaps = [table[0], ["", "-", null, 4, 5, 2], [5, 2, 2, "", null, "-"]];
    const activity = fns.call("ACTIVITY", gaps, gaps, "skip") as unknown[][];
    expect(activity[1][0]).toBeCloseTo((100 + 100 + 25) / 3, 10);
    const susceptibility = fns.call("SUSCEPTIBILITY", gaps, gaps, "skip") as unknown[][];
    expect(susceptibility[2][0]).toBeCloseTo((50 + 100 + 50) / 3, 10);
    // The other rating of each row, and the index, still need a group that is present.
    expectExcelError(activity[2][0], VALUE, /row 3: no S_A\/S_B\/S_C indicator present/);
    expectExcelError(susceptibility[1][0], VALUE, /row 2: no S_D\/S_F\/S_E indicator present/);
    const index = fns.call("INNOV_INDEX", gaps, gaps, null, "skip") as unknown[][];
    expectExcelError(index[1][0], VALUE, /no S_D\/S_F\/S_E indicator present/);
  });
});

describe("LEADER_SCORE", () => {
  const column = [[2], [8], [4]];

  test("a value against its column, and a whole column spilling", () => {
    expect(fns.call("LEADER_SCORE", [[4]], column)).toEqual([[50]]);
    expect(fns.call("LEADER_SCORE", column, column)).toEqual([[25], [100], [50]]);
    expect(fns.call("LEADER_SCORE", [["4,0"]], [["2"], ["8"], ["4"]])).toEqual([[50]]);
  });

  test("refusals: negative, zero leader, above the leader, blanks", () => {
    expectExcelError(
      fns.call("LEADER_SCORE", [[1]], [[2], [-8]]),
      VALUE,
      /column: negative value -8/
    );
    expectExcelError(fns.call("LEADER_SCORE", [[0]], [[0], [0]]), VALUE, /every value is 0/);
    expectExcelError(
      (fns.call("LEADER_SCORE", [[9]], column) as unknown[][])[0][0],
      NA,
      /above the column's leader 8/
    );
    expectExcelError(
      (fns.call("LEADER_SCORE", [[""]], column) as unknown[][])[0][0],
      VALUE,
      /value is missing/
    );
    expectExcelError(
      fns.call("LEADER_SCORE", [[1]], [[2], [null]]),
      VALUE,
      /column value 2 is missing/
    );
    expectExcelError(
      fns.call(
        "LEADER_SCORE",
        [[1]],
        [
          [2, 3],
          [4, 5],
        ]
      ),
      VALUE,
      /column must be one column or one row/
    );
  });

  test('"skip" leaves blanks out of the leader and shows "-" for them', () => {
    expect(fns.call("LEADER_SCORE", [[4], [""]], [[2], [null], [8]], "skip")).toEqual([
      [50],
      ["-"],
    ]);
  });
});

describe("INDICATOR", () => {
  test("S_D from GRP and employed, as Table 2 prints for Akmola (1 417,77)", () => {
    const [[value]] = fns.call("INDICATOR", "S_D", [["585 965,4"]], [[413300]]) as number[][];
    expect(value).toBeCloseTo(1417.77, 2);
  });

  test("every code, spilled over ranges of the same shape", () => {
    expect(fns.call("INDICATOR", "s_f", [[10], [20]], [[4], [5]])).toEqual([[2.5], [4]]);
    expect(fns.call("INDICATOR", "SA", [[2]], [[1000]])).toEqual([[2000]]);
    expect(fns.call("INDICATOR", "S_C", [[3]], [[1e6]])).toEqual([[3]]);
  });

  test("refusals: unknown code, zero or negative denominator, shapes, blanks", () => {
    expectExcelError(
      fns.call("INDICATOR", "S_X", [[1]], [[1]]),
      VALUE,
      /"S_X" is not an indicator; use one of S_D/
    );
    expectExcelError(
      (fns.call("INDICATOR", "S_D", [[1]], [[0]]) as unknown[][])[0][0],
      VALUE,
      /employed is 0/
    );
    expectExcelError(
      (fns.call("INDICATOR", "S_D", [[-1]], [[5]]) as unknown[][])[0][0],
      VALUE,
      /negative figure/
    );
    expectExcelError(fns.call("INDICATOR", "S_D", [[1], [2]], [[1, 2]]), VALUE, /same shape/);
    expectExcelError(
      (fns.call("INDICATOR", "S_E", [[1]], [[""]]) as unknown[][])[0][0],
      VALUE,
      /emissions is missing/
    );
    expect(fns.call("INDICATOR", "S_E", [[1]], [["-"]], "skip")).toEqual([["-"]]);
  });
});

describe("DYNAMICS", () => {
  test("later / earlier * 100, cell by cell (Table 6: 11,25 -> 26,40 is 234,67 %)", () => {
    const [[value]] = fns.call("DYNAMICS", [["11,25"]], [["26,40"]]) as number[][];
    expect(value).toBeCloseTo(234.67, 2);
    expect(fns.call("DYNAMICS", [[10], [20]], [[15], [10]])).toEqual([[150], [50]]);
  });

  test("refusals: an earlier index of 0, blanks, text, shapes", () => {
    expectExcelError(
      (fns.call("DYNAMICS", [[0]], [[5]]) as unknown[][])[0][0],
      VALUE,
      /earlier index is 0/
    );
    expectExcelError(
      (fns.call("DYNAMICS", [[null]], [[5]]) as unknown[][])[0][0],
      VALUE,
      /earlier index is missing/
    );
    expectExcelError(
      (fns.call("DYNAMICS", [[5]], [["high"]]) as unknown[][])[0][0],
      VALUE,
      /later index: "high" is not a number/
    );
    expectExcelError(fns.call("DYNAMICS", [[1], [2]], [[1], [2], [3]]), VALUE, /same shape/);
  });
});

describe("the one-pass read of a plain table", () => {
  test("gives what the careful read gives, and leaves refusals to it", () => {
    const rows = Array.from({ length: 50 }, (_, r) =>
      Array.from({ length: 6 }, (_, c) => ((r * 7 + c * 13) % 17) + 1 + c / 10)
    );
    const asText = rows.map((row) => row.map((v) => String(v)));
    for (const id of ["INNOV_INDEX", "SUSCEPTIBILITY", "ACTIVITY"]) {
      expect(fns.call(id, rows, rows)).toEqual(fns.call(id, rows, asText));
    }
    // A zero column and a negative value are refused with the careful path's words.
    const zero = rows.map((row) => [0, ...row.slice(1)]);
    expectExcelError(fns.call("INNOV_INDEX", [zero[0]], zero), VALUE, /S_D: every value is 0/);
    const negative = [...rows.slice(1), [-1, 1, 1, 1, 1, 1]];
    expectExcelError(fns.call("INNOV_INDEX", [rows[1]], negative), VALUE, /negative value -1/);
  });
});
