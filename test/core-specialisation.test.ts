/**
 * Stage 2 of the core on a small table computed by hand, and the IT share against the paper's
 * Table 7 (which prints only shares: so its facts are checked, the sum to 1 and the rounding).
 *
 * Regions x industries:      shares               national total 130, 80, 40 of 250
 *   R1  60 30 10   (100)     0.6  0.3  0.1        national shares 0.52, 0.32, 0.16
 *   R2  50 30 20   (100)     0.5  0.3  0.2
 *   R3  20 20 10   ( 50)     0.4  0.4  0.2
 */
import fc from "fast-check";
import {
  CoreError,
  herfindahl,
  herfindahlNormalised,
  industryShares,
  krugmanByRow,
  krugmanIndex,
  krugmanIndexOf,
  locationQuotientCells,
  locationQuotients,
  nationalShare,
  sumsWithout,
} from "../src/core";
import { readTsv } from "./helpers/samples";
import { parseYearbookNumber } from "../src/core";
import { refusal } from "./helpers/refusal";

const table = [
  [60, 30, 10],
  [50, 30, 20],
  [20, 20, 10],
];

describe("Krugman specialisation index", () => {
  test("national reference: |0.6-0.52| + |0.3-0.32| + |0.1-0.16| = 0.16 for R1", () => {
    const ksi = krugmanIndex(table, "national");
    expect(ksi[0]).toBeCloseTo(0.16, 12);
    expect(ksi[1]).toBeCloseTo(0.08, 12); // 0.02 + 0.02 + 0.04
  });

  test("rest of the country: R1 against R2+R3 = (70, 50, 30)/150", () => {
    const ksi = krugmanIndex(table, "rest");
    expect(ksi[0]).toBeCloseTo(
      Math.abs(0.6 - 70 / 150) + Math.abs(0.3 - 50 / 150) + Math.abs(0.1 - 30 / 150),
      12
    );
    expect(ksi[0]).toBeCloseTo(4 / 15, 12);
    expect(ksi[1]).toBeCloseTo(2 / 15, 12); // against (80, 50, 20)/150
  });

  test("mean of the other regions' shares: R1 against (0.45, 0.35, 0.2)", () => {
    const ksi = krugmanIndex(table, "mean");
    expect(ksi[0]).toBeCloseTo(0.3, 12);
    expect(ksi[1]).toBeCloseTo(0.1, 12); // against (0.5, 0.35, 0.15)
  });

  test("the rest reference is the default; one row against the table gives the same", () => {
    expect(krugmanIndex(table)).toEqual(krugmanIndex(table, "rest"));
    for (const reference of ["rest", "national", "mean"] as const) {
      const all = krugmanIndex(table, reference);
      table.forEach((row, j) =>
        expect(krugmanIndexOf(row, table, reference)).toBeCloseTo(all[j], 12)
      );
    }
  });

  test("no industry in common gives 2, the same mix gives 0", () => {
    expect(
      krugmanIndex(
        [
          [1, 0],
          [0, 1],
        ],
        "rest"
      )
    ).toEqual([2, 2]);
    expect(
      krugmanIndex(
        [
          [1, 2],
          [2, 4],
        ],
        "rest"
      )
    ).toEqual([0, 0]);
  });

  test("a row not in the table is refused for rest and mean, allowed for national", () => {
    expect(refusal(() => krugmanIndexOf([1, 1, 1], table, "rest")).kind).toBe("not-found");
    expect(refusal(() => krugmanIndexOf([1, 1, 1], table, "mean")).kind).toBe("not-found");
    expect(krugmanIndexOf([1, 1, 1], table, "national")).toBeCloseTo(
      Math.abs(1 / 3 - 0.52) + Math.abs(1 / 3 - 0.32) + Math.abs(1 / 3 - 0.16),
      12
    );
  });

  test("bad tables are refused", () => {
    expect(
      refusal(() =>
        krugmanIndex([
          [1, -1],
          [1, 1],
        ])
      ).kind
    ).toBe("negative");
    expect(refusal(() => krugmanIndex([[1, 2], [1]])).kind).toBe("shape");
    expect(
      refusal(() =>
        krugmanIndex([
          [0, 0],
          [1, 1],
        ])
      ).kind
    ).toBe("zero-leader");
    expect(refusal(() => krugmanIndex([[1, 2]], "mean")).kind).toBe("shape");
    expect(
      refusal(() =>
        krugmanIndex(
          [
            [1, 2],
            [3, 4],
          ],
          "median" as never
        )
      ).kind
    ).toBe("invalid-argument");
  });
});

describe("Herfindahl-Hirschman index and shares", () => {
  test("R1: 0.36 + 0.09 + 0.01 = 0.46; normalised (0.46 - 1/3) / (2/3) = 0.19", () => {
    expect(herfindahl(table[0])).toBeCloseTo(0.46, 12);
    expect(herfindahlNormalised(table[0])).toBeCloseTo(0.19, 12);
  });

  test("an even mix gives 1/K (normalised 0), one industry gives 1 (normalised 1)", () => {
    expect(herfindahl([5, 5, 5, 5])).toBeCloseTo(0.25, 12);
    expect(herfindahlNormalised([5, 5, 5, 5])).toBeCloseTo(0, 12);
    expect(herfindahl([0, 7, 0])).toBe(1);
    expect(herfindahlNormalised([0, 7, 0])).toBe(1);
  });

  test("shares, and the refusals", () => {
    expect(industryShares([60, 30, 10])).toEqual([0.6, 0.3, 0.1]);
    expect(refusal(() => herfindahl([0, 0])).kind).toBe("zero-leader");
    expect(refusal(() => herfindahlNormalised([3])).kind).toBe("shape");
  });
});

describe("location quotients", () => {
  test("R1: 0.6 / 0.52, 0.3 / 0.32, 0.1 / 0.16", () => {
    const lq = locationQuotients(table);
    expect(lq[0][0]).toBeCloseTo(0.6 / 0.52, 12);
    expect(lq[0][1]).toBeCloseTo(0.3 / 0.32, 12);
    expect(lq[0][2]).toBeCloseTo(0.625, 12);
    expect(lq[2][1]).toBeCloseTo(0.4 / 0.32, 12);
  });

  test("an industry absent from every region has no quotient", () => {
    expect(
      refusal(() =>
        locationQuotients([
          [1, 0],
          [2, 0],
        ])
      ).kind
    ).toBe("zero-leader");
  });
});

describe("IT share of the national total: the paper's Table 7 'modified KSI'", () => {
  // Two header rows, then region | 2010 | 2014, "-" where the region had no IT output data.
  const rows = readTsv("kz-ksi-it-2010-2014.tsv").slice(2);
  const column = (c: number) =>
    rows.map((r) => {
      const parsed = parseYearbookNumber(r[c]);
      return parsed.kind === "number" ? parsed.value : null;
    });
  const almaty = rows.findIndex((r) => r[0].trim() === "г. Алматы");

  test("the printed shares add up to 1 within their rounding (1.000 in 2010, 0.999 in 2014)", () => {
    const sum = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? 0), 0);
    expect(rows).toHaveLength(16);
    expect(sum(column(1))).toBeCloseTo(1.0, 9);
    expect(sum(column(2))).toBeCloseTo(0.999, 9);
    // 16 values rounded to 3 decimals can miss 1 by at most 16 * 0.0005.
    expect(Math.abs(sum(column(2)) - 1)).toBeLessThanOrEqual(16 * 0.0005);
  });

  test("shares computed from sizes in those proportions sum to 1 and round back to the print (2010)", () => {
    const sizes = column(1).map((v) => (v === null ? null : v * 123456)); // any output unit
    const shares = nationalShare(sizes);
    expect(shares.reduce<number>((s, v) => s + (v ?? 0), 0)).toBeCloseTo(1, 12);
    expect(shares[almaty]).not.toBeNull();
    expect(Math.round((shares[almaty] as number) * 1000) / 1000).toBe(0.683); // "about 70% of all IT products"
    shares.forEach((share, j) => {
      if (share === null) expect(rows[j][1].trim()).toBe("-");
      else expect(Math.round(share * 1000) / 1000).toBeCloseTo(column(1)[j] as number, 9);
    });
  });

  test('"-" (no data) stays null and is not 0; negative sizes and a zero total are refused', () => {
    expect(nationalShare([3, null, 1])).toEqual([0.75, null, 0.25]);
    expect(nationalShare([3, 0, 1])).toEqual([0.75, 0, 0.25]);
    expect(refusal(() => nationalShare([3, -1])).kind).toBe("negative");
    expect(refusal(() => nationalShare([0, null])).kind).toBe("zero-leader");
  });
});

describe("issue 16: KSI's rest summed from the other rows, and regions on their own", () => {
  /** The few lines of the definition: the rest of the country is every other row, summed. */
  function naiveKsiRest(table: number[][], j: number): number {
    const own = table[j].map((x) => x / table[j].reduce((a, b) => a + b, 0));
    const rest = table[0].map((_, k) => table.reduce((s, row, i) => (i === j ? s : s + row[k]), 0));
    const total = rest.reduce((a, b) => a + b, 0);
    return own.reduce((d, s, k) => d + Math.abs(s - rest[k] / total), 0);
  }

  it("KSI([[1e17,1]], [[1e17,1],[1,1]]) is 1: own mix (1, 1e-17), rest (1/2, 1/2)", () => {
    const table = [
      [1e17, 1],
      [1, 1],
    ];
    expect(krugmanIndexOf([1e17, 1], table, "rest")).toBe(1);
    expect(krugmanIndex(table, "rest")[0]).toBe(1);
    expect(krugmanByRow(table, "rest")[0]).toBe(1);
  });

  it("sumsWithout is the sum of the other rows (integers: exact)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 12,
        }),
        (rows) => {
          const expected = rows.map((_, j) =>
            [0, 1, 2].map((k) => rows.reduce((s, r, i) => (i === j ? s : s + r[k]), 0))
          );
          expect(sumsWithout(rows)).toEqual(expected);
        }
      )
    );
  });

  it("every region's KSI against the rest is the definition's, huge rows beside small ones too", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constant(1e16)), {
            minLength: 3,
            maxLength: 3,
          }),
          { minLength: 2, maxLength: 8 }
        ),
        (table) => {
          const got = krugmanIndex(table, "rest");
          table.forEach((_, j) => expect(got[j]).toBeCloseTo(naiveKsiRest(table, j), 12));
        }
      )
    );
  });

  it("an all-zero region has no KSI; the others keep theirs (rest and national)", () => {
    const table = [
      [60, 30, 10],
      [0, 0, 0],
      [50, 30, 20],
      [20, 20, 10],
    ];
    const without = [table[0], table[2], table[3]];
    for (const reference of ["rest", "national"] as const) {
      const byRow = krugmanByRow(table, reference);
      expect(byRow[1]).toBeInstanceOf(CoreError);
      expect([byRow[0], byRow[2], byRow[3]]).toEqual(krugmanIndex(without, reference));
    }
    expect(() => krugmanIndex(table)).toThrow(CoreError);
  });

  it("an all-zero region has no location quotients; the others keep theirs", () => {
    const table = [
      [60, 30, 10],
      [0, 0, 0],
      [50, 30, 20],
    ];
    const cells = locationQuotientCells(table);
    expect(cells[1].every((x) => x instanceof CoreError)).toBe(true);
    // By hand: totals (110, 60, 30) of 200; R1 shares (0.6, 0.3, 0.1).
    expect(cells[0][0]).toBeCloseTo(0.6 / (110 / 200), 12);
    expect(cells[2][2]).toBeCloseTo(0.2 / (30 / 200), 12);
    expect(() => locationQuotients(table)).toThrow(CoreError);
  });
});
