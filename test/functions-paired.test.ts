/**
 * One rule for every function (README "Paired ranges and constants: one rule"): a parameter that
 * pairs with another region by region refuses a single cell; only constants take one cell.
 */
import { ErrorCode, expectExcelError, loadFunctions } from "./helpers/functions-bundle";

const fns = loadFunctions();
// The functions' words arrive after functions.js (a chunk of their own): messages wait for them.
beforeAll(() => fns.wordsArrived());
const VALUE = ErrorCode.invalidValue;

describe("paired parameters refuse one cell", () => {
  test("DYNAMICS({10;20;40}, 20) is refused, not 200/100/50", () => {
    expectExcelError(
      fns.call("DYNAMICS", [[10], [20], [40]], [[20]]),
      VALUE,
      /later is one cell but earlier is 3x1; later pairs with earlier region by region/
    );
    // Two single cells are a pair of one region each.
    expect(fns.call("DYNAMICS", [[10]], [[20]])).toEqual([[200]]);
  });

  test("PROMISING_ZONE with a one-cell itShare or rank gives no verdicts", () => {
    const classes = [["A"], ["B"], ["D"]];
    expectExcelError(
      fns.call("PROMISING_ZONE", classes, [[0.5]]),
      VALUE,
      /itShare is one cell but ratingClass is 3x1/
    );
    expectExcelError(
      fns.call("PROMISING_ZONE", classes, [[0.5], [0.2], [0.1]], null, null, [[1]], [[2]]),
      VALUE,
      /rank is one cell but ratingClass is 3x1/
    );
    // Constants still take one cell: minItShare and topRanks.
    const verdicts = fns.call(
      "PROMISING_ZONE",
      classes,
      [[0.5], [0.2], [0.001]],
      [[0.01]],
      null,
      [[1], [2], [3]],
      [[3]],
      "verdict"
    );
    expect(verdicts).toEqual([[true], [true], [false]]);
  });

  test("INDICATOR's denominator pairs with its numerator", () => {
    expectExcelError(
      fns.call("INDICATOR", "S_D", [[100], [200]], [[10]]),
      VALUE,
      /denominator is one cell but numerator is 2x1/
    );
    expect(fns.call("INDICATOR", "S_D", [[100], [200]], [[10], [20]])).toEqual([[10000], [10000]]);
  });

  test("ranges of different shapes keep their message", () => {
    expectExcelError(
      fns.call("DYNAMICS", [[1], [2]], [[1], [2], [3]]),
      VALUE,
      /earlier \(2x1\) and later \(3x1\) must have the same shape/
    );
  });
});
