/**
 * Sizes near the largest double (1e308) and the smallest (5e-324): every result is the right
 * finite number (shares, KSI and quotients do not change when a whole table is scaled, so the
 * answers are checked against the same table scaled down), or #NUM! where the answer itself is
 * beyond a double. Never 0 from an overflowed sum, never NaN or Infinity.
 */
import { ErrorCode, FakeExcelError, loadFunctions } from "./helpers/functions-bundle";

const fns = loadFunctions();
// The functions' words arrive after functions.js (a chunk of their own): messages wait for them.
beforeAll(() => fns.wordsArrived());
const HUGE = 1e308;
const TINY = 5e-324;
const table = [
  [60, 30, 10],
  [50, 30, 20],
  [20, 20, 10],
];
const times = (t: number[][], f: number) => t.map((r) => r.map((x) => x * f));
const one = (id: string, ...args: unknown[]) => (fns.call(id, ...args) as unknown[][])[0][0];

describe("sums near 1e308 do not overflow", () => {
  test("HHI and normalised HHI", () => {
    expect(one("HHI", [[HUGE, HUGE]])).toBeCloseTo(0.5, 12);
    expect(one("HHI", [[HUGE, HUGE]], true)).toBeCloseTo(0, 12);
    expect(one("HHI", [[HUGE, HUGE, HUGE]])).toBeCloseTo(1 / 3, 12);
    expect(one("HHI", [[TINY, TINY]])).toBeCloseTo(0.5, 12);
    expect(one("HHI", [[HUGE, 0]], true)).toBeCloseTo(1, 12);
  });

  test("IT_SHARE", () => {
    expect(fns.call("IT_SHARE", [[HUGE], [HUGE]], [[HUGE], [HUGE]])).toEqual([[0.5], [0.5]]);
    expect(one("IT_SHARE", [[HUGE]], [[HUGE], [HUGE], [HUGE], [HUGE]])).toBeCloseTo(0.25, 12);
  });

  test("KSI (every reference) and LOC_QUOTIENT, against the same table scaled down", () => {
    const big = times(table, 1.7e306);
    for (const reference of ["rest", "national", "mean"]) {
      const expected = fns.call("KSI", table, table, reference) as number[][];
      const got = fns.call("KSI", big, big, reference) as number[][];
      got.forEach((r, i) => expect(r[0]).toBeCloseTo(expected[i][0], 12));
    }
    const expected = fns.call("LOC_QUOTIENT", table, table) as number[][];
    const got = fns.call("LOC_QUOTIENT", big, big) as number[][];
    got.forEach((r, i) => r.forEach((q, k) => expect(q).toBeCloseTo(expected[i][k], 12)));
  });

  test("INNOV_INDEX: huge indicators and huge weights", () => {
    const six = [
      [10, 1, 4, 2, 5, 8],
      [5, 2, 2, 4, 5, 2],
    ];
    const expected = fns.call("INNOV_INDEX", six, six) as number[][];
    expect(fns.call("INNOV_INDEX", six, six, [[HUGE, HUGE]])).toEqual(expected);
    const big = times(six, 1.7e307);
    const got = fns.call("INNOV_INDEX", big, big) as number[][];
    got.forEach((r, i) => expect(r[0]).toBeCloseTo(expected[i][0], 10));
  });

  test("a result beyond a double is #NUM!, not Infinity", () => {
    const num = (v: unknown) => v instanceof FakeExcelError && v.code === ErrorCode.invalidNumber;
    expect(num(one("DYNAMICS", [[TINY]], [[1]]))).toBe(true);
    expect(num(one("DYNAMICS", [[1]], [[HUGE]]))).toBe(true);
    expect(num(one("INDICATOR", "S_D", [[HUGE]], [[1e-10]]))).toBe(true);
    // 1e308 / 1e4 * 1000 is 1e307: computed without passing through 1e311.
    expect((one("INDICATOR", "S_D", [[HUGE]], [[1e4]]) as number) / 1e307).toBeCloseTo(1, 12);
  });
});
