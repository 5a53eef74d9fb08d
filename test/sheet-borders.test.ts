/**
 * Region borders by year (issue 14): dynamics between years on either side of the 2018 and 2022
 * reforms never compare different territories silently. Built from yearbook-shaped tables the
 * test makes (test/fixtures/editions.ts); indexes, changes and movements computed independently.
 */
import {
  type RatedYear,
  borderChangesBetween,
  buildRatingPlan,
  buildStage2Plan,
  dynamicsPairs,
  growthPoles,
  rateYear,
  readSpecialisationTable,
  readYearbookTable,
  specialiseYear,
} from "../src/sheet";
import { industryEdition } from "./fixtures/industry-editions";
import type { PlanBlock, SheetPlan } from "../src/sheet";
import { type Edition, type Language, editionGrid, editionRegions } from "./fixtures/editions";
import { CLASS_ORDER, independentClass, independentIndexes } from "./helpers/independent-index";

const rated = (edition: Edition, lang: Language = "ru", label: string = edition): RatedYear =>
  rateYear(readYearbookTable(editionGrid(edition, lang), { year: label }), { year: label });

/** Key -> independent index of an edition. */
function expected(edition: Edition, lang: Language = "ru"): Map<string, number> {
  const regions = editionRegions(edition, lang);
  const indexes = independentIndexes(regions.map((r) => r.raw));
  return new Map(regions.map((r, i) => [r.key, indexes[i]]));
}

const byRole = (sheet: SheetPlan, role: string): PlanBlock => {
  const b = sheet.blocks.find((x) => x.role === role);
  if (!b) throw new Error(`no block ${role} in ${sheet.blocks.map((x) => x.role).join(", ")}`);
  return b;
};

const CHANGED: Record<string, { year: number; en: string; ru: string }> = {
  "south-kazakhstan": {
    year: 2018,
    en: "not comparable: borders changed in 2018 (Shymkent city separated)",
    ru: "несопоставимо: границы изменились в 2018 г. (выделен г. Шымкент)",
  },
  "east-kazakhstan": {
    year: 2022,
    en: "not comparable: borders changed in 2022 (Abai region separated)",
    ru: "несопоставимо: границы изменились в 2022 г. (выделена область Абай)",
  },
  "almaty-region": {
    year: 2022,
    en: "not comparable: borders changed in 2022 (Jetisu region separated)",
    ru: "несопоставимо: границы изменились в 2022 г. (выделена область Жетісу)",
  },
  karaganda: {
    year: 2022,
    en: "not comparable: borders changed in 2022 (Ulytau region separated)",
    ru: "несопоставимо: границы изменились в 2022 г. (выделена область Ұлытау)",
  },
};

describe("borders by year", () => {
  it("knows the reforms of 19 June 2018 and 8 June 2022", () => {
    expect(borderChangesBetween("south-kazakhstan", "2014", "2019").map((c) => c.date)).toEqual([
      "2018-06-19",
    ]);
    expect(borderChangesBetween("south-kazakhstan", "2017", "2018")).toHaveLength(1);
    expect(borderChangesBetween("south-kazakhstan", "2018", "2022")).toEqual([]);
    expect(borderChangesBetween("karaganda", "2021", "2022")).toHaveLength(1);
    expect(borderChangesBetween("karaganda", "2022", "2014")).toHaveLength(1);
    expect(borderChangesBetween("pavlodar", "2014", "2022")).toEqual([]);
    expect(borderChangesBetween("almaty-city", "2014", "2022")).toEqual([]);
  });

  it("reads the editions: 16, 17 and 20 regions, each known by its key", () => {
    for (const lang of ["ru", "kk"] as const) {
      const years = (["2014", "2019", "2022"] as const).map((e) => rated(e, lang));
      expect(years.map((y) => y.regions.length)).toEqual([16, 17, 20]);
      years.forEach((y, i) => {
        const edition = (["2014", "2019", "2022"] as const)[i];
        expect(y.regions.map((r) => r.key).sort()).toEqual(
          editionRegions(edition, lang)
            .map((r) => r.key)
            .sort()
        );
        const want = expected(edition, lang);
        for (const r of y.regions) expect(r.index).toBeCloseTo(want.get(r.key)!, 6);
      });
    }
  });
});

describe.each(["ru", "kk"] as const)("dynamics over 2014, 2019, 2022 (%s tables)", (lang) => {
  const years = (["2014", "2019", "2022"] as const).map((e) => rated(e, lang));
  const want = (["2014", "2019", "2022"] as const).map((e) => expected(e, lang));
  const plan = buildRatingPlan(years, { lang: "en" });
  const dyn = plan.sheets[3];
  const names = byRole(dyn, "region-names").values!.map((r) => String(r[0]));
  const keys = names.map((n) => years.flatMap((y) => y.regions).find((r) => r.name === n)!.key);

  it("lays out index and class per year, each consecutive pair and the first to the last", () => {
    expect(plan.sheets.map((s) => s.role)).toEqual(["year", "year", "year", "dynamics"]);
    expect(byRole(dyn, "header").values![0].filter((h) => h !== undefined)).toEqual([
      "Region",
      "Index 2014",
      "Class 2014",
      "Index 2019",
      "Class 2019",
      "Index 2022",
      "Class 2022",
      "2019 as % of 2014",
      "Class movement 2014–2019",
      "2022 as % of 2019",
      "Class movement 2019–2022",
      "2022 as % of 2014",
      "Class movement 2014–2022",
    ]);
    // 16 regions of 2014, then Shymkent (2019), then the three new oblasts (2022).
    expect(names).toHaveLength(20);
  });

  it.each([
    ["2014-2019", 0, 1, ":2014-2019"],
    ["2019-2022", 1, 2, ":2019-2022"],
    ["2014-2022", 0, 2, ""],
  ])(
    "%s: a changed territory is not comparable, every other change is computed",
    (_, a, b, suffix) => {
      const change = byRole(dyn, `dynamics-change${suffix}`);
      const movement = byRole(dyn, `dynamics-movement${suffix}`);
      const [ya, yb] = [Number(years[a].year), Number(years[b].year)];
      keys.forEach((key, i) => {
        const x1 = want[a].get(key);
        const x2 = want[b].get(key);
        const reform = CHANGED[key];
        if (
          x1 !== undefined &&
          x2 !== undefined &&
          reform &&
          ya < reform.year &&
          reform.year <= yb
        ) {
          expect([key, change.results![i][0]]).toEqual([key, reform.en]);
          expect(change.formulas![i][0]).toBe(`="${reform.en}"`);
          expect([key, movement.results![i][0]]).toEqual([key, null]);
        } else if (x1 !== undefined && x2 !== undefined) {
          expect(change.results![i][0] as number).toBeCloseTo((x2 / x1) * 100, 6);
          expect(change.formulas![i][0]).toMatch(/^=IF\(AND\(ISNUMBER/);
          expect(movement.results![i][0]).toBe(
            CLASS_ORDER.indexOf(independentClass(x2)) - CLASS_ORDER.indexOf(independentClass(x1))
          );
        } else {
          expect([key, change.results![i][0], movement.results![i][0]]).toEqual([key, null, null]);
        }
      });
    }
  );

  it("says each non-comparable pair in the findings, once per region and pair", () => {
    const findings = byRole(dyn, "findings").values!.filter((r) => r[2] === "borders changed");
    // 2014-2019: South Kazakhstan; 2019-2022: three; 2014-2022: all four.
    expect(findings).toHaveLength(1 + 3 + 4);
    expect(findings.map((r) => String(r[4]))).toContain(
      `${years[0].regions.find((r) => r.key === "south-kazakhstan")!.name}, 2014 to 2019: not comparable: borders changed in 2018 (Shymkent city separated); left out of the change and the class movement`
    );
  });

  it("leaves the not comparable pairs out of the movement counts", () => {
    const pairs = dynamicsPairs(years);
    expect(pairs.map((p) => [p.from, p.to, p.kind])).toEqual([
      ["2014", "2019", "consecutive"],
      ["2019", "2022", "consecutive"],
      ["2014", "2022", "first-last"],
    ]);
    for (const p of pairs) {
      const [a, b] = [want[p.first], want[p.last]];
      const moves: number[] = [];
      let notComparable = 0;
      for (const [key, x1] of a) {
        const x2 = b.get(key);
        if (x2 === undefined) continue;
        const reform = CHANGED[key];
        if (reform && Number(p.from) < reform.year && reform.year <= Number(p.to)) notComparable++;
        else
          moves.push(
            CLASS_ORDER.indexOf(independentClass(x2)) - CLASS_ORDER.indexOf(independentClass(x1))
          );
      }
      const counts = {
        up: moves.filter((m) => m > 0).length,
        down: moves.filter((m) => m < 0).length,
        same: moves.filter((m) => m === 0).length,
        notComparable,
      };
      expect(p.counts).toEqual(counts);
      // The sheet's counts under the table: live COUNTIFs with the same results.
      const block = byRole(dyn, `dynamics-counts:${p.from}-${p.to}`);
      expect(block.results!.map((r) => r[0])).toEqual([
        counts.up,
        counts.down,
        counts.same,
        counts.notComparable,
      ]);
      expect(block.formulas![3][0]).toMatch(/^=COUNTIF\(.+,"not comparable:\*"\)$/);
    }
  });
});

describe("the dynamics sheet in Russian and without findings", () => {
  it("words the mark in Russian", () => {
    const years = [rated("2014"), rated("2019")];
    const dyn = buildRatingPlan(years, { lang: "ru" }).sheets[2];
    const change = byRole(dyn, "dynamics-change");
    expect(change.results!.map((r) => r[0])).toContain(CHANGED["south-kazakhstan"].ru);
  });

  it("has no empty findings block when every region is in every year and no border changed", () => {
    const years = [
      rated("2019", "ru", "2019"),
      rated("2019", "kk", "2020"),
      rated("2019", "ru", "2021"),
    ];
    const dyn = buildRatingPlan(years).sheets[3];
    expect(dyn.blocks.some((b) => b.role?.startsWith("findings"))).toBe(false);
    expect(dynamicsPairs(years).every((p) => p.regions.every((r) => r.comparable))).toBe(true);
  });

  it("tells a reform from the regions when the years are not named", () => {
    const years = [rated("2014", "ru", "before"), rated("2019", "ru", "after")];
    const south = dynamicsPairs(years)[0].regions.find((r) => r.key === "south-kazakhstan")!;
    expect(south.comparable).toBe(false);
    expect(south.note).toBe(CHANGED["south-kazakhstan"].en);
  });
});

describe("the growth-poles dynamics across a reform", () => {
  it("gives the note, not a ratio, for the regions whose borders changed", () => {
    const years = [rated("2014"), rated("2022")];
    const spec = specialiseYear(readSpecialisationTable(industryEdition("ru").grid), {
      year: "2022",
    });
    const poles = growthPoles(years, [spec]);
    const want = [expected("2014"), expected("2022")];
    for (const r of poles.regions) {
      const [x1, x2] = [want[0].get(r.key), want[1].get(r.key)];
      if (CHANGED[r.key]) {
        expect([r.key, r.dynamics, r.dynamicsNote]).toEqual([r.key, null, CHANGED[r.key].en]);
      } else if (x1 !== undefined && x2 !== undefined) {
        expect(r.dynamicsNote).toBeNull();
        expect(r.dynamics!).toBeCloseTo((x2 / x1) * 100, 9);
      }
    }
    const { plan } = buildStage2Plan(years, [spec]);
    const sheet = plan.sheets.find((s) => s.blocks.some((b) => b.role === "dynamics"))!;
    const block = sheet.blocks.find((b) => b.role === "dynamics")!;
    const i = poles.regions.findIndex((r) => r.key === "karaganda");
    expect(block.formulas![i][0]).toBe(`="${CHANGED.karaganda.en}"`);
    expect(block.results![i][0]).toBe(CHANGED.karaganda.en);
  });
});

describe("a part that did not exist yet", () => {
  it("is information on the dynamics sheet, not a missing region", () => {
    const dyn = buildRatingPlan([rated("2014"), rated("2022")]).sheets[2];
    const rows = byRole(dyn, "findings").values!.filter((r) => r[2] === "unmatched region");
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ["г.Шымкент", "note"],
      ["область Абай", "note"],
      ["область Жетісу", "note"],
      ["область Ұлытау", "note"],
    ]);
    expect(String(rows[0][4])).toBe(
      "г.Шымкент is not in the tables of 2014: it was separated by the reform of 2018, so it has no change before that year"
    );
  });
});
