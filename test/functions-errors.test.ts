/**
 * An input cell's Excel error passes on as Excel's own functions pass it: #N/A in, #N/A out,
 * #DIV/0! in, #DIV/0! out; the first error found (reading order) wins. Errors arrive in a custom
 * function as CustomFunctions.Error objects (a code and an optional message), mimicked here by
 * FakeExcelError; the bundle recognises them by shape, as it cannot see the test's class.
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
const NA = new FakeExcelError("#N/A");
const DIV0 = new FakeExcelError("#DIV/0!");
const table = [
  [10, 1, 4, 2, 5, 8],
  [5, 2, 2, 4, 5, 2],
];

function codeOf(value: unknown): string | undefined {
  return value instanceof FakeExcelError ? value.code : undefined;
}

describe("an input's error value passes on", () => {
  test("in a region row: that row's cell only", () => {
    const result = fns.call("INNOV_INDEX", [[5, NA, 2, 4, 5, 2], table[1]], table) as unknown[][];
    expectExcelError(result[0][0], ErrorCode.notAvailable, /row 1, S_F: the cell holds #N\/A/);
    expect(typeof result[1][0]).toBe("number");
    const div = fns.call("SUSCEPTIBILITY", [[DIV0, 2, 2, 4, 5, 2]], table) as unknown[][];
    expect(codeOf(div[0][0])).toBe(ErrorCode.divisionByZero);
  });

  test("in the table: the whole call, the first error in reading order", () => {
    const bad = [table[0], [5, DIV0, 2, NA, 5, 2], [NA, 1, 1, 1, 1, 1]];
    expect(codeOf(fns.call("INNOV_INDEX", [table[0]], bad))).toBe(ErrorCode.divisionByZero);
    // An error comes before other problems of the table (text in row 1).
    const textFirst = [
      ["abc", 1, 1, 1, 1, 1],
      [NA, 1, 1, 1, 1, 1],
    ];
    expect(codeOf(fns.call("ACTIVITY", [[1, 1, 1, 1, 1, 1]], textFirst))).toBe(
      ErrorCode.notAvailable
    );
  });

  test("the input's own message is kept, so a chain of functions keeps the first reason", () => {
    const upstream = new FakeExcelError("#N/A", "row 3, S_A: value above the table's leader");
    const [[value]] = fns.call("RATING_CLASS", [[upstream]]) as unknown[][];
    expectExcelError(value, ErrorCode.notAvailable, /value above the table's leader/);
  });

  test("every function passes on #N/A from each kind of argument", () => {
    const cases: [string, unknown[]][] = [
      ["INNOV_INDEX", [table, [table[0], [NA, 1, 1, 1, 1, 1]]]],
      ["LEADER_SCORE", [[[NA]], [[1], [2]]]],
      ["LEADER_SCORE", [[[1]], [[1], [NA]]]],
      ["INDICATOR", ["S_D", [[NA]], [[1]]]],
      ["INDICATOR", ["S_D", [[1]], [[NA]]]],
      ["DYNAMICS", [[[NA]], [[1]]]],
      ["DYNAMICS", [[[1]], [[NA]]]],
      ["RATING_CLASS", [[[NA]]]],
      ["RATING_CLASS", [[[50]], [[NA]]]],
      ["CLASS_BAND", [[[NA]]]],
      ["CLASS_BAND", [[["A"]], [[NA]]]],
      [
        "KSI",
        [
          [[1, 2]],
          [
            [1, 2],
            [NA, 1],
          ],
        ],
      ],
      [
        "KSI",
        [
          [[1, NA]],
          [
            [1, 2],
            [2, 1],
          ],
        ],
      ],
      ["HHI", [[[1, NA]]]],
      ["HHI", [[[1, 2]], [[NA]]]],
      [
        "LOC_QUOTIENT",
        [
          [[1, 2]],
          [
            [1, 2],
            [2, NA],
          ],
        ],
      ],
      ["IT_SHARE", [[[1]], [[1], [NA]]]],
      ["IT_SHARE", [[[NA]], [[1], [2]]]],
      ["PROMISING_ZONE", [[[NA]], [[0.5]]]],
      ["PROMISING_ZONE", [[["A"]], [[NA]]]],
      ["PROMISING_ZONE", [[["A"]], [[0.5]], [[NA]]]],
      ["PROMISING_ZONE", [[["A"]], [[0.5]], null, [[NA]]]],
      ["PROMISING_ZONE", [[["A"]], [[0.5]], null, null, [[NA]]]],
      ["PROMISING_ZONE", [[["A"]], [[0.5]], null, null, [[1]], [[NA]]]],
      ["INNOV_INDEX", [[table[0]], table, [[NA, 1]]]],
      ["INNOV_INDEX", [[table[0]], table, null, [[NA]]]],
    ];
    const wrong = cases
      .map(([id, args]) => {
        const result = fns.call(id, ...args);
        const first = Array.isArray(result) ? (result as unknown[][])[0][0] : result;
        return { id, args: JSON.stringify(args).slice(0, 80), code: codeOf(first) };
      })
      .filter((c) => c.code !== ErrorCode.notAvailable);
    expect(wrong).toEqual([]);
  });

  test("#REF! and #NAME?, which a custom function cannot return, become #VALUE! naming them", () => {
    const [[ref]] = fns.call("DYNAMICS", [[new FakeExcelError("#REF!")]], [[1]]) as unknown[][];
    expectExcelError(ref, ErrorCode.invalidValue, /earlier index: the cell holds #REF!/);
    const [[name]] = fns.call("HHI", [[1, new FakeExcelError("#NAME?")]]) as unknown[][];
    expectExcelError(name, ErrorCode.invalidValue, /the cell holds #NAME\?/);
  });
});
