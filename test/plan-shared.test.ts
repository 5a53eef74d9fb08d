/**
 * The compact plan (a block whose rows share one relative formula holds it once, in R1C1 form)
 * describes the same cells as the per-cell plan the builders made before: expanded, it equals
 * the per-cell builders' plan for the bundled sample (both languages, formulas and values, Latin
 * and Cyrillic classes), stage 2 in both shapes and 2,000 synthetic regions. The writers'
 * expansion is checked by test/xlsx-rows.test.ts (exceljs writing the expanded plan, byte for
 * byte) and test/office-writer.test.ts (the cells sent to Excel).
 */
import {
  buildRatingPlan,
  buildStage2Plan,
  expandPlan,
  rateYear,
  readSpecialisationTable,
  readYearbookTable,
  specialiseYear,
  type PlanOptions,
  type WorkbookPlan,
} from "../src/sheet";
import { r1c1Template, toR1C1 } from "../src/sheet/plan";
import { industryGrid } from "./fixtures/industries";
import { FINANCE, IT, industryEdition, type Gap } from "./fixtures/industry-editions";
import { syntheticGrid } from "./fixtures/synthetic";
import { readTsv, sampleYear } from "./helpers/samples";

const sample = ["2010", "2014"].map((y) => rateYear(sampleYear(y)));
const table7 = readSpecialisationTable(readTsv("kz-ksi-it-2010-2014.tsv"));
const sampleSpecs = ["2010", "2014"].map((year) => specialiseYear(table7, { year }));
const synthetic = ["2019", "2020"].map((year) =>
  rateYear(readYearbookTable(syntheticGrid(300), { year }))
);
const industrySpecs = [
  specialiseYear(readSpecialisationTable(industryGrid(300, 12)), { year: "2020" }),
];

const variants: [string, PlanOptions][] = [
  ["English, formulas", { lang: "en" }],
  ["English, values", { lang: "en", formulas: false }],
  ["Russian, formulas", { lang: "ru" }],
  ["Russian, values", { lang: "ru", formulas: false }],
  ["Russian, Cyrillic classes", { lang: "ru", alphabet: "cyrillic" }],
];

const sharedBlocks = (plan: WorkbookPlan) =>
  plan.sheets.flatMap((s) => s.blocks).filter((b) => b.sharedFormulas).length;

/** Compact and per-cell plans of one build; the compact one expanded must equal the other. */
function expectSameCells(build: (o: PlanOptions) => WorkbookPlan, options: PlanOptions): void {
  const compact = build(options);
  const perCell = build({ ...options, perCellFormulas: true });
  expect(sharedBlocks(perCell)).toBe(0);
  if (options.formulas !== false) expect(sharedBlocks(compact)).toBeGreaterThan(10);
  expect(expandPlan(compact)).toEqual(perCell);
}

describe("the compact plan expands to the per-cell plan", () => {
  test.each(variants)("the sample's rating workbook, %s", (_, options) => {
    expectSameCells((o) => buildRatingPlan(sample, o), options);
  });

  test.each(variants)("the sample's stage 2 workbook, %s", (_, options) => {
    expectSameCells((o) => buildStage2Plan(sample, sampleSpecs, o).plan, options);
  });

  test.each(variants)("300 regions x 12 industries, stage 2, %s", (_, options) => {
    expectSameCells((o) => buildStage2Plan(synthetic, industrySpecs, o).plan, options);
  });

  // Rows the blocks vouch for are not made in the compact plan (plan-blocks.ts, `regular`): a
  // region without a full mix or without its IT figure, first or further down, must still get
  // its own cells (="" or a size over the printed total), never its neighbours' formulas.
  const gapCases: [string, Gap[]][] = [
    [
      "gaps further down, one in the IT column",
      [
        { region: 2, industry: FINANCE, mark: "х" },
        { region: 7, industry: IT, mark: "х" },
        { region: 11, industry: 1, mark: "…" },
      ],
    ],
    ["a gap in the first region", [{ region: 0, industry: FINANCE, mark: "х" }]],
  ];
  test.each(gapCases)("an industry table with %s, stage 2", (_, gaps) => {
    const grid = industryEdition("ru", gaps).grid;
    const spec = specialiseYear(readSpecialisationTable(grid, { year: "2022" }));
    expect(spec.regions.some((r) => !r.complete)).toBe(true);
    const build = (o: PlanOptions) => buildStage2Plan([], [spec], o).plan;
    expect(expandPlan(build({}))).toEqual(build({ perCellFormulas: true }));
  });

  test("2,000 regions: the same cells, in a plan a third smaller", () => {
    const year = rateYear(readYearbookTable(syntheticGrid(2000), { year: "2020" }));
    const compact = buildRatingPlan([year]);
    const perCell = buildRatingPlan([year], { perCellFormulas: true });
    expect(expandPlan(compact)).toEqual(perCell);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(perCell).length * 0.67);
  });
});

describe("an R1C1 template written out at a cell", () => {
  test.each([
    ["=B6/B$5*100", 5, 12],
    ['=IF(AND(ISNUMBER(C9),ISNUMBER(F9)),IF(C9>0,F9/C9*100,""),"")', 8, 7],
    ["=INDEX($A$6:$A$21,AB6)", 5, 28],
    ['=IF(E9="","B6 stays text",RANK.EQ(E9,$E$9:$E$24))&"\'A1\'"', 8, 3],
    ["='2014'!B7", 6, 2],
    ["=B8-A6+$C4+SUM(D$1:D9)", 5, 3],
  ])("%s at row %i, column %i", (formula, row, col) => {
    const template = r1c1Template(toR1C1(formula, row, col));
    expect(template(row, col)).toBe(formula);
  });
});
