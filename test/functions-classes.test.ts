/** RATING_CLASS and CLASS_BAND through the built bundle, called as Excel calls them. */
import { ErrorCode, expectExcelError, loadFunctions } from "./helpers/functions-bundle";

const fns = loadFunctions();
// The functions' words arrive after functions.js (a chunk of their own): messages wait for them.
beforeAll(() => fns.wordsArrived());
const VALUE = ErrorCode.invalidValue;

describe("RATING_CLASS", () => {
  test("band bounds: a band includes its lower bound", () => {
    const indexes = [[100], [90], [89.999], [10], [9.99], [0]];
    expect(fns.call("RATING_CLASS", indexes, null)).toEqual([
      ["A++"],
      ["A++"],
      ["A+"],
      ["C"],
      ["D"],
      ["D"],
    ]);
  });

  test("Cyrillic labels on request; a range keeps its shape; text indexes are read", () => {
    expect(fns.call("RATING_CLASS", [[65, "51,93"]], [["cyrillic"]])).toEqual([["В++", "В+"]]);
    expect(fns.call("RATING_CLASS", [[65]], "Latin")).toEqual([["B++"]]);
  });

  test("a two-column scale of lower bounds and labels", () => {
    const scale = [
      [0, "low"],
      ["", ""],
      [50, "high"],
    ];
    expect(fns.call("RATING_CLASS", [[49.9], [50]], scale)).toEqual([["low"], ["high"]]);
  });

  test("refusals: outside 0..100, blank, text, bad scales", () => {
    const result = fns.call("RATING_CLASS", [[100.5], [-1], [""], ["high"]]) as unknown[][];
    expectExcelError(
      result[0][0],
      VALUE,
      /index 1,1: index 100.5 is above the scale's top \(100\)|above the scale's top/
    );
    expectExcelError(result[1][0], VALUE, /negative; the index runs from 0 to 100/);
    expectExcelError(result[2][0], VALUE, /index 3,1 is missing/);
    expectExcelError(result[3][0], VALUE, /"high" is not a number/);
    expectExcelError(
      fns.call("RATING_CLASS", [[50]], [["greek"]]),
      VALUE,
      /scale must be "latin", "cyrillic", not "greek"/
    );
    expectExcelError(fns.call("RATING_CLASS", [[50]], [[0, "a", 1]]), VALUE, /two-column range/);
    expectExcelError(
      fns.call(
        "RATING_CLASS",
        [[50]],
        [
          [0, "a"],
          [0, "b"],
        ]
      ),
      VALUE,
      /lower bound 0 twice/
    );
    expectExcelError(
      fns.call("RATING_CLASS", [[50]], [["zero", "a"]]),
      VALUE,
      /scale row 1, lower bound: "zero" is not a number/
    );
  });
});

describe("CLASS_BAND", () => {
  test("labels in either alphabet, the paper's V included", () => {
    expect(fns.call("CLASS_BAND", [["В++"], ["V+"], ["С"], ["A++"], ["D"]])).toEqual([
      [60],
      [50],
      [10],
      [90],
      [0],
    ]);
  });

  test("the other parts of a band", () => {
    expect(fns.call("CLASS_BAND", [["В+"]], "upper")).toEqual([[60]]);
    expect(fns.call("CLASS_BAND", [["A++"]], "upper")).toEqual([[100]]);
    expect(fns.call("CLASS_BAND", [["В+"]], "latin")).toEqual([["B+"]]);
    expect(fns.call("CLASS_BAND", [["C+"]], "cyrillic")).toEqual([["С+"]]);
    expect(fns.call("CLASS_BAND", [["С++"]], "group")).toEqual([["C"]]);
    expect(fns.call("CLASS_BAND", [["A"]], "meaning")).toEqual([
      ["high innovation development (group A: leaders)"],
    ]);
  });

  test("refusals: not a class, blank, a number, a bad part", () => {
    const result = fns.call("CLASS_BAND", [["E"], [""], [42]]) as unknown[][];
    expectExcelError(result[0][0], VALUE, /"E" is not a class of the rating scale/);
    expectExcelError(result[1][0], VALUE, /the class label is empty/);
    expectExcelError(result[2][0], VALUE, /42 is not a class label/);
    expectExcelError(
      fns.call("CLASS_BAND", [["A"]], "middle"),
      VALUE,
      /part must be "lower", "upper"/
    );
  });
});
