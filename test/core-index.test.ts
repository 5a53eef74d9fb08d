/**
 * Stage 1 of the core: percent of the leader, the ratings and the index on small hand-computed
 * tables; the indicator formulas and the dynamics column against the published tables.
 */
import {
  columnLeader,
  deriveIndicator,
  indexDynamics,
  indicatorLeaders,
  innovationIndex,
  leaderScore,
  leaderScores,
  rankDescending,
  scoreRows,
} from "../src/core";
import { readTsv, regionRows, yearbookNumber } from "./helpers/samples";
import { refusal } from "./helpers/refusal";

describe("formula (1): percent of the leader", () => {
  test("the leader scores 100, the others their share of it", () => {
    expect(leaderScores([2, 8, 4, null])).toEqual([25, 100, 50, null]);
    expect(leaderScore(3, 12)).toBe(25);
    expect(columnLeader([1, null, 7, 3])).toBe(7);
  });

  test("a negative value, a zero leader and an empty column are refused", () => {
    expect(refusal(() => columnLeader([1, -2, 3])).kind).toBe("negative");
    expect(refusal(() => columnLeader([0, 0])).kind).toBe("zero-leader");
    expect(refusal(() => columnLeader([null])).kind).toBe("missing");
    expect(refusal(() => leaderScore(-1, 5)).kind).toBe("negative");
    expect(refusal(() => leaderScore(1, 0)).kind).toBe("zero-leader");
    expect(refusal(() => leaderScore(6, 5)).kind).toBe("invalid-argument");
  });
});

describe("formulas (2)-(4): ratings and index", () => {
  // Leaders: 10, 2, 4, 4, 5, 8.
  const table = [
    [10, 1, 4, 2, 5, 8],
    [5, 2, 2, 4, 5, 2],
  ];

  test("hand-computed ratings and index", () => {
    const [first, second] = innovationIndex(table);
    expect(first.scores).toEqual({ S_D: 100, S_F: 50, S_E: 100, S_A: 50, S_B: 100, S_C: 100 });
    expect(first.susceptibility).toBeCloseTo(250 / 3, 10);
    expect(first.activity).toBeCloseTo(250 / 3, 10);
    expect(first.index).toBeCloseTo(250 / 3, 10);
    expect(second.susceptibility).toBeCloseTo(200 / 3, 10);
    expect(second.activity).toBeCloseTo(75, 10);
    expect(second.index).toBeCloseTo((200 / 3 + 75) / 2, 10);
  });

  test("weights are rescaled to sum to 1", () => {
    const [, second] = innovationIndex(table, { weights: { susceptibility: 3, activity: 1 } });
    expect(second.index).toBeCloseTo(0.75 * (200 / 3) + 0.25 * 75, 10);
    expect(
      refusal(() => innovationIndex(table, { weights: { susceptibility: 0, activity: 0 } })).kind
    ).toBe("invalid-argument");
    expect(
      refusal(() => innovationIndex(table, { weights: { susceptibility: -1, activity: 2 } })).kind
    ).toBe("invalid-argument");
  });

  test("a row scored against a table's leaders equals its score within the table", () => {
    const [alone] = scoreRows([table[1]], table);
    expect(alone.index).toBeCloseTo(innovationIndex(table)[1].index, 12);
    expect(refusal(() => scoreRows([[11, 1, 1, 1, 1, 1]], table)).kind).toBe("not-found");
  });

  test("missing values: refused by default, skipped or counted as zero on request", () => {
    const gappy = [
      [10, null, 4, 2, 5, 8],
      [5, 2, 2, 4, 5, 2],
    ];
    const missing = refusal(() => innovationIndex(gappy));
    expect(missing.kind).toBe("missing");
    expect(missing.message).toMatch(/S_F/);
    const [skipped] = innovationIndex(gappy, { missing: "skip" });
    expect(skipped.scores.S_F).toBeNull();
    expect(skipped.susceptibility).toBeCloseTo(100, 10); // mean of S_D and S_E only
    const [zero] = innovationIndex(gappy, { missing: "zero" });
    expect(zero.scores.S_F).toBe(0);
    expect(zero.susceptibility).toBeCloseTo(200 / 3, 10);
  });

  test("negative values, zero leaders and wrong widths are refused", () => {
    expect(refusal(() => innovationIndex([[1, 1, 1, -1, 1, 1]])).kind).toBe("negative");
    expect(refusal(() => innovationIndex([[1, 1, 1, 0, 1, 1]])).kind).toBe("zero-leader");
    expect(refusal(() => innovationIndex([[1, 1, 1, 1, 1]])).kind).toBe("shape");
    expect(refusal(() => indicatorLeaders([])).kind).toBe("shape");
  });

  test("ranks are descending, ties share the best rank", () => {
    expect(rankDescending([10, 30, 20, 30])).toEqual([4, 1, 3, 1]);
  });
});

describe("indicators from raw figures, against Tables 2 and 3 (2010)", () => {
  const susceptibility = regionRows("kz-2010-susceptibility.tsv");
  const activity = regionRows("kz-2010-activity.tsv");
  /**
   * Half a unit of the printed value's last digit (rounding to the printed precision), plus 1e-5 of
   * the value: South Kazakhstan's S_B prints 192 568,00 where its figures give 192 569,48.
   */
  const tolerance = (printed: string) =>
    0.5 * 10 ** -(printed.split(",")[1]?.length ?? 0) + 1e-5 * yearbookNumber(printed);

  test.each([...susceptibility.keys()])(
    "%s: S_D, S_F, S_E, S_A, S_B agree with the printed columns",
    (name) => {
      const s = susceptibility.get(name)!;
      const a = activity.get(name)!;
      const grp = yearbookNumber(s[2]);
      const employed = yearbookNumber(s[4]);
      const checks: [number | null, string][] = [
        [deriveIndicator("S_D", { grp, employed }), s[3]],
        [deriveIndicator("S_F", { grp, fixedAssets: yearbookNumber(s[5]) }), s[6]],
        [deriveIndicator("S_E", { grp, emissions: yearbookNumber(s[7]) }), s[8]],
        [
          deriveIndicator("S_A", {
            rdExpenditure: yearbookNumber(a[2]),
            employed: yearbookNumber(a[4]),
          }),
          a[6],
        ],
        [
          deriveIndicator("S_B", {
            techInnovationExpenditure: yearbookNumber(a[3]),
            employed: yearbookNumber(a[4]),
          }),
          a[7],
        ],
      ];
      for (const [derived, printed] of checks) {
        expect(Math.abs((derived as number) - yearbookNumber(printed))).toBeLessThanOrEqual(
          tolerance(printed)
        );
      }
    }
  );

  test("a missing figure gives null, a zero denominator is refused", () => {
    expect(deriveIndicator("S_C", { innovativeProducts: 10 })).toBeNull();
    expect(refusal(() => deriveIndicator("S_D", { grp: 10, employed: 0 })).kind).toBe(
      "invalid-argument"
    );
  });
});

describe("dynamics, against Table 6", () => {
  const rows = readTsv("kz-index-2010-2014.tsv").slice(1);

  test("later / earlier * 100 reproduces the printed column, except one misprinted row", () => {
    const off = rows.filter((r) => {
      const computed = indexDynamics(yearbookNumber(r[2]), yearbookNumber(r[4]));
      return Math.abs(computed - yearbookNumber(r[6])) > 0.01;
    });
    // South Kazakhstan prints 88,43 although 30,28 / 34,94 is 86,66: a fault of the printed table.
    expect(off.map((r) => r[1])).toEqual(["Южно-Казахстанская"]);
  });

  test("an earlier index of 0 is refused", () => {
    expect(refusal(() => indexDynamics(0, 5)).kind).toBe("zero-leader");
  });
});
