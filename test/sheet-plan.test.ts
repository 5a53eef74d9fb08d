/**
 * The rating workbook described as data: sheets, column-shaped blocks, formulas and their results,
 * the legend the class lookup uses, the values-only and Cyrillic variants, the dynamics sheet.
 */
import {
  INDICATOR_CODES,
  classMovement,
  indexDynamics,
  ratingClass,
  toCyrillic,
} from "../src/core";
import {
  PlanBlock,
  RatedYear,
  SheetPlan,
  buildRatingPlan as buildCompactPlan,
  expandPlan,
  joinTables,
  rateYear,
  readYearbookTable,
} from "../src/sheet";
import { columnLetter, columnRange } from "../src/sheet/plan/a1";
import type { BarChartPlan } from "../src/sheet/plan/plan-types";
import { toFileFormula } from "../src/xlsx/xlsx-writer";
import { syntheticGrid } from "./fixtures/synthetic";
import { tiedYear } from "./fixtures/ties";
import { readTsv } from "./helpers/samples";

/** The plan with its shared formulas written out per cell, as these tests read the cells. */
const buildRatingPlan = (...args: Parameters<typeof buildCompactPlan>) =>
  expandPlan(buildCompactPlan(...args));

const rated = (y: "2010" | "2014"): RatedYear =>
  rateYear(
    joinTables([
      readYearbookTable(readTsv(`kz-${y}-susceptibility.tsv`), { year: y }),
      readYearbookTable(readTsv(`kz-${y}-activity.tsv`), { year: y }),
    ]),
    // The printed indicators are the sheet's input values here (the raw default: see below).
    { prefer: "printed" }
  );

const byRole = (sheet: SheetPlan, role: string): PlanBlock => {
  const b = sheet.blocks.find((x) => x.role === role);
  if (!b) throw new Error(`no block "${role}" in ${sheet.name}`);
  return b;
};

describe("buildRatingPlan", () => {
  const y2010 = rated("2010");
  const y2014 = rated("2014");
  const plan = buildRatingPlan([y2010, y2014]);

  it("lays out one sheet per year and a dynamics sheet", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["2010", "2014", "Dynamics"]);
    expect(buildRatingPlan([y2010]).sheets.map((s) => s.name)).toEqual(["2010"]);
  });

  it("keeps the number of blocks independent of the number of regions", () => {
    const small = rateYear(readYearbookTable(syntheticGrid(16), { year: "2020" }));
    const large = rateYear(readYearbookTable(syntheticGrid(400), { year: "2020" }));
    const count = (y: RatedYear) => buildRatingPlan([y]).sheets[0].blocks.length;
    expect(count(large)).toBe(count(small));
    const cf = (y: RatedYear) => buildRatingPlan([y]).sheets[0].conditionalFormats!.length;
    expect(cf(large)).toBe(cf(small));
  });

  it("writes score cells as formulas over the input cells, each with the core's result", () => {
    const sheet = plan.sheets[0];
    const first = y2010.regions[0];
    const sd = byRole(sheet, "score:S_D");
    // Divided by the column's leader cell (row 3), whose MAX is computed once per indicator.
    const leader = byRole(sheet, "leader:S_D");
    const col = columnLetter(leader.col);
    expect(leader.row).toBe(2);
    expect(leader.formulas).toEqual([[`=MAX(${col}$6:${col}$21)`]]);
    expect(leader.results![0][0]).toBe(Math.max(...y2010.regions.map((r) => r.indicators.S_D!)));
    expect(sd.formulas![0][0]).toBe(`=${col}6/${col}$3*100`);
    expect(
      sheet.blocks.filter((b) => b.formulas?.flat().some((f) => f.includes("MAX(")))
    ).toHaveLength(6);
    expect(sd.results![0][0]).toBe(first.scores.S_D);
    expect(byRole(sheet, "susceptibility").formulas![0][0]).toMatch(
      /^=AVERAGE\([A-Z]+6:[A-Z]+6\)$/
    );
    expect(byRole(sheet, "index").formulas![3][0]).toMatch(/^=\([A-Z]+9\+[A-Z]+9\)\/2$/);
    expect(byRole(sheet, "rank").formulas![0][0]).toMatch(
      /^=RANK\.EQ\([A-Z]+6,[A-Z]+\$6:[A-Z]+\$21\)$/
    );
    expect(byRole(sheet, "class").formulas![0][0]).toMatch(
      /^=LOOKUP\([A-Z]+6,\$[A-Z]+\$6:\$[A-Z]+\$15,\$[A-Z]+\$6:\$[A-Z]+\$15\)$/
    );
    for (const [role, key] of [
      ["index", "index"],
      ["susceptibility", "susceptibility"],
      ["activity", "activity"],
      ["rank", "rank"],
      ["class", "class"],
    ] as const) {
      expect(byRole(sheet, role).results!.map((r) => r[0])).toEqual(
        y2010.regions.map((r) => r[key])
      );
    }
    for (const code of INDICATOR_CODES) {
      expect(byRole(sheet, `indicator:${code}`).values!.map((r) => r[0])).toEqual(
        y2010.regions.map((r) => r.indicators[code])
      );
    }
  });

  it("gives the class lookup a legend sorted by lower bound, whose bands agree with the core at their edges", () => {
    const legend = byRole(plan.sheets[0], "legend").values!;
    const lowers = legend.map((r) => r[0] as number);
    expect(lowers).toEqual([...lowers].sort((a, b) => a - b));
    legend.forEach(([lower, upper, label]) => {
      // LOOKUP finds the largest lower bound not above the index: the band's own label at its lower edge ...
      expect(ratingClass(lower as number)).toBe(label);
      // ... and the band below just under it.
      if ((lower as number) > 0) expect(ratingClass((lower as number) - 1e-9)).not.toBe(label);
      expect(ratingClass((upper as number) - 1e-9)).toBe(label);
    });
    expect(ratingClass(90)).toBe(legend[legend.length - 1][2]);
  });

  it("colours the class column by group with a fixed number of conditional formats", () => {
    const cfs = plan.sheets[0].conditionalFormats!.filter((c) => c.role?.startsWith("group:"));
    expect(cfs.map((c) => c.role)).toEqual(["group:A", "group:B", "group:C", "group:D"]);
    expect(cfs[0].formula).toMatch(/^=LEFT\([A-Z]+6,1\)="A"$/);
    expect(cfs[0].range).toMatch(/^[A-Z]+6:[A-Z]+21$/);
  });

  it("describes a sorted bar chart coloured by group, over a sorted helper block", () => {
    const sheet = plan.sheets[0];
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0] as BarChartPlan;
    expect(chart.kind).toBe("bar");
    expect(chart.pointColors).toHaveLength(16);
    const sortedIndex = byRole(sheet, "sorted-index").results!.map((r) => r[0] as number);
    expect(sortedIndex).toEqual([...y2010.regions.map((r) => r.index)].sort((a, b) => b - a));
    expect(byRole(sheet, "sorted-region").results![0][0]).toBe("г. Алматы");
    // The chart reads the sorted block's region and index columns.
    const region = byRole(sheet, "sorted-region");
    const index = byRole(sheet, "sorted-index");
    expect(chart.categories).toBe(
      columnRange(region.col, region.row, region.row + 15, { row: false, col: false })
    );
    expect(chart.values).toBe(
      columnRange(index.col, index.row, index.row + 15, { row: false, col: false })
    );
  });

  it("gives each region a place of its own and looks the sorted block up by place", () => {
    const sheet = plan.sheets[0];
    const place = byRole(sheet, "place");
    expect(place.col).toBe(byRole(sheet, "rank").col + 1);
    expect(byRole(sheet, "header").values![0][place.col]).toBe("Place (ties by table order)");
    const x = columnLetter(byRole(sheet, "index").col);
    expect(place.formulas![2][0]).toBe(
      `=SUMPRODUCT(--(${x}$6:${x}$21>${x}8))+SUMPRODUCT(--(${x}$6:${x}8=${x}8))`
    );
    const p = columnLetter(place.col);
    // One MATCH per row in a helper column; the three INDEX columns read it.
    const helper = byRole(sheet, "sorted-row");
    expect(helper.formulas![0][0]).toMatch(
      new RegExp(`^=MATCH\\([A-Z]+6,\\$${p}\\$6:\\$${p}\\$21,0\\)$`)
    );
    const h = columnLetter(helper.col);
    const lookup = new RegExp(`^=INDEX\\(\\$[A-Z]+\\$6:\\$[A-Z]+\\$21,${h}6\\)$`);
    for (const role of ["sorted-region", "sorted-index", "sorted-class"])
      expect(byRole(sheet, role).formulas![0][0]).toMatch(lookup);
  });

  describe("two or more regions with exactly the same index", () => {
    const year = tiedYear();
    const names = year.regions.map((r) => r.name);

    it("has the ties it is meant to have", () => {
      const index = (name: string) => year.regions.find((r) => r.name === name)!.index;
      expect(index("Twin B")).toBe(index("Twin A"));
      expect(index("Twin C")).toBe(index("Twin A"));
      expect(index("Leader two")).toBe(index("Leader one"));
      // RANK.EQ semantics of the rank are kept: ties share a rank.
      expect(year.regions.find((r) => r.name === "Leader two")!.rank).toBe(1);
    });

    it.each([
      ["formulas", true],
      ["values only", false],
    ])("lists every region exactly once in the sorted block (%s)", (_, formulas) => {
      const sheet = buildRatingPlan([year], { formulas }).sheets[0];
      const cells = (role: string) => {
        const b = byRole(sheet, role);
        return (formulas ? b.results! : b.values!).map((r) => r[0]);
      };
      const sortedNames = cells("sorted-region") as string[];
      expect([...sortedNames].sort()).toEqual([...names].sort());
      const sortedIndex = cells("sorted-index") as number[];
      sortedIndex.slice(1).forEach((v, k) => expect(v).toBeLessThanOrEqual(sortedIndex[k]));
      // Each row of the sorted block is one region's own index and class, ties in table order.
      sortedNames.forEach((name, k) => {
        const r = year.regions.find((x) => x.name === name)!;
        expect(sortedIndex[k]).toBe(r.index);
        expect(cells("sorted-class")[k]).toBe(r.class);
      });
      expect(sortedNames.slice(0, 2)).toEqual(["Leader one", "Leader two"]);
      expect(sortedNames.filter((x) => x.startsWith("Twin"))).toEqual([
        "Twin A",
        "Twin B",
        "Twin C",
      ]);
      // The places are 1..n, one each, and the sorted row k holds the region with place k.
      const places = cells("place") as number[];
      expect([...places].sort((a, b) => a - b)).toEqual(names.map((_, i) => i + 1));
      sortedNames.forEach((name, k) => expect(places[names.indexOf(name)]).toBe(k + 1));
    });
  });

  it("writes indicators recomputed from raw figures as formulas over them", () => {
    const raw = rateYear(
      joinTables([
        readYearbookTable(readTsv("kz-2010-susceptibility.tsv"), { year: "2010" }),
        readYearbookTable(readTsv("kz-2010-activity.tsv")),
      ]),
      { prefer: "raw" }
    );
    const sheet = buildRatingPlan([raw]).sheets[0];
    // Columns: A region, B GRP, C employed, D fixed assets, E emissions, F R&D, G tech-innovation, H innovative products.
    expect(byRole(sheet, "indicator:S_D").formulas![0][0]).toBe("=B6*1000/C6");
    expect(byRole(sheet, "indicator:S_F").formulas![0][0]).toBe("=B6/D6");
    expect(byRole(sheet, "indicator:S_A").formulas![15][0]).toBe("=F21*1000000/C21");
    expect(byRole(sheet, "indicator:S_C").formulas).toBeUndefined(); // printed: no population column
    expect(byRole(sheet, "indicator:S_D").results![0][0]).toBe(raw.regions[0].indicators.S_D);
  });

  it("the values-only variant holds the results as values, no formulas", () => {
    const values = buildRatingPlan([y2010, y2014], { formulas: false });
    for (const sheet of values.sheets)
      expect(sheet.blocks.every((b) => b.formulas === undefined)).toBe(true);
    expect(byRole(values.sheets[0], "index").values).toEqual(
      byRole(plan.sheets[0], "index").results
    );
  });

  it("writes Cyrillic class letters on request, the group colours following them", () => {
    const cyr = buildRatingPlan([y2010], { alphabet: "cyrillic" }).sheets[0];
    expect(byRole(cyr, "class").results!.map((r) => r[0])).toEqual(
      y2010.regions.map((r) => toCyrillic(r.class))
    );
    expect(cyr.conditionalFormats![1].formula).toContain('"В"');
  });

  it("puts the paper's Table 6 on the dynamics sheet: index and class of both years, change in %, class movement", () => {
    const dyn = plan.sheets[2];
    const change = byRole(dyn, "dynamics-change");
    const movement = byRole(dyn, "dynamics-movement");
    y2010.regions.forEach((r, i) => {
      const later = y2014.regions.find((x) => x.key === r.key)!;
      expect(change.results![i][0]).toBe(indexDynamics(r.index, later.index));
      expect(movement.results![i][0]).toBe(classMovement(r.class, later.class));
    });
    expect(byRole(dyn, "dynamics-index:2014").formulas![0][0]).toMatch(/^='2014'!\$[A-Z]+\$\d+$/);
    expect(movement.formulas![0][0]).toMatch(
      /^=MATCH\(.+,'2010'!\$[A-Z]+\$6:\$[A-Z]+\$15,0\)-MATCH/
    );
  });

  it("keeps a region's name as text, never a formula", () => {
    const rename = (file: string) =>
      readTsv(file).map((row, r) => (r === 1 ? [row[0], '=HYPERLINK("x")', ...row.slice(2)] : row));
    const t = joinTables([
      readYearbookTable(rename("kz-2010-susceptibility.tsv"), { year: "2010" }),
      readYearbookTable(rename("kz-2010-activity.tsv")),
    ]);
    const sheet = buildRatingPlan([rateYear(t)]).sheets[0];
    expect(byRole(sheet, "region-names").values![0][0]).toBe('=HYPERLINK("x")');
  });
});

describe("toFileFormula", () => {
  it("adds _xlfn. to functions newer than Excel 2007, not inside strings", () => {
    expect(toFileFormula("=RANK.EQ(A1,A$1:A$9)")).toBe("_xlfn.RANK.EQ(A1,A$1:A$9)");
    expect(toFileFormula('=IF(A1="RANK.EQ(",1,rank.eq(A1,B1:B2))')).toBe(
      'IF(A1="RANK.EQ(",1,_xlfn.RANK.EQ(A1,B1:B2))'
    );
    expect(toFileFormula("=LOOKUP(A1,B1:B9,C1:C9)")).toBe("LOOKUP(A1,B1:B9,C1:C9)");
    expect(toFileFormula("=_xlfn.RANK.EQ(A1,B1:B2)")).toBe("_xlfn.RANK.EQ(A1,B1:B2)");
  });
});
