/**
 * The option that adds separated parts back into the earlier borders (issue 14): 2019 and 2022
 * rated in the borders of 2014, the sums of raw figures checked against the test's own method,
 * every pair then comparable; a table without the raw figures is not merged and says so.
 */
import {
  type RatedYear,
  buildRatingPlan,
  dynamicsPairs,
  rateInEarliestBorders,
  rateYear,
  readYearbookTable,
} from "../src/sheet";
import { type Edition, editionGrid, editionRegions } from "./fixtures/editions";
import { independentIndexes } from "./helpers/independent-index";

const rated = (e: Edition, grid = editionGrid(e)): RatedYear =>
  rateYear(readYearbookTable(grid, { year: e }), { year: e });

/** Parts separated since 2014, by the region they came from. */
const PARTS: Record<string, { part: string; from: number }> = {
  "south-kazakhstan": { part: "shymkent-city", from: 2018 },
  "east-kazakhstan": { part: "abai", from: 2022 },
  "almaty-region": { part: "jetisu", from: 2022 },
  karaganda: { part: "ulytau", from: 2022 },
};

/** An edition's indexes with every part since 2014 added back: key -> index. */
function inBordersOf2014(e: Edition): Map<string, number> {
  const regions = editionRegions(e);
  const parts = new Set(
    Object.values(PARTS)
      .filter((p) => p.from <= Number(e))
      .map((p) => p.part)
  );
  const rows = regions
    .filter((r) => !parts.has(r.key))
    .map((r) => {
      const p = PARTS[r.key];
      const part = p && p.from <= Number(e) ? regions.find((x) => x.key === p.part)! : null;
      return { key: r.key, raw: part ? r.raw.map((x, k) => x + part.raw[k]) : r.raw };
    });
  const x = independentIndexes(rows.map((r) => r.raw));
  return new Map(rows.map((r, i) => [r.key, x[i]]));
}

describe("rating later years in the borders of the earliest", () => {
  const years = rateInEarliestBorders(["2014", "2019", "2022"].map((e) => rated(e as Edition)));

  it("adds each part back into its region, the indexes as the method gives them", () => {
    expect(years.map((y) => y.regions.length)).toEqual([16, 16, 16]);
    for (const [i, e] of (["2019", "2022"] as const).entries()) {
      const y = years[i + 1];
      const want = inBordersOf2014(e);
      for (const r of y.regions)
        expect([r.key, r.index]).toEqual([r.key, expect.closeTo(want.get(r.key)!, 9)]);
      expect(y.regions.find((r) => r.key === "south-kazakhstan")!.name).toMatch(
        /^Туркестанская область \+ г\. ?Шымкент$/
      );
      expect(
        y.findings.filter(
          (f) => f.kind === "source" && / added up into the borders of 2014/.test(f.message)
        )
      ).toHaveLength(e === "2019" ? 1 : 4);
    }
    expect(years[2].bordersOf).toEqual({
      "south-kazakhstan": "2014",
      "east-kazakhstan": "2014",
      "almaty-region": "2014",
      karaganda: "2014",
    });
  });

  it("makes every pair comparable, the changes those of the sums", () => {
    const pairs = dynamicsPairs(years);
    const want = [
      new Map(
        editionRegions("2014").map((r, i) => [
          r.key,
          independentIndexes(editionRegions("2014").map((g) => g.raw))[i],
        ])
      ),
      inBordersOf2014("2019"),
      inBordersOf2014("2022"),
    ];
    for (const p of pairs) {
      expect(p.counts.notComparable).toBe(0);
      for (const r of p.regions)
        expect(r.change!).toBeCloseTo(
          (want[p.last].get(r.key)! / want[p.first].get(r.key)!) * 100,
          9
        );
    }
    const dyn = buildRatingPlan(years).sheets[3];
    expect(dyn.blocks.some((b) => b.role?.startsWith("findings"))).toBe(false);
  });

  it("does not merge a table that prints only a derived indicator; the pair stays not comparable", () => {
    // 2019 with S_C printed in place of the population: the population of the parts is unknown.
    const grid = editionGrid("2019").map((row, r) => {
      if (r === 0) return row;
      if (r === 1)
        return [
          ...row.slice(0, 8),
          "Выпуск инновационной продукции на душу населения (тенге/чел.)",
        ];
      const n = (s: string) => Number(s.replace(/\s/g, "").replace(",", "."));
      return [
        ...row.slice(0, 8),
        String(((n(row[7]) * 1e6) / n(row[8])).toFixed(2)).replace(".", ","),
      ];
    });
    const [y2014, y2019] = rateInEarliestBorders([rated("2014"), rated("2019", grid)]);
    expect(y2019.regions).toHaveLength(17);
    expect(y2019.bordersOf).toBeUndefined();
    expect(y2019.findings.map((f) => f.message)).toContain(
      "2019: г. Шымкент cannot be added back into Туркестанская область (the borders of 2014): the table does not print every raw figure of both; the pair stays not comparable"
    );
    const south = dynamicsPairs([y2014, y2019])[0].regions.find(
      (r) => r.key === "south-kazakhstan"
    )!;
    expect(south.comparable).toBe(false);
  });
});
