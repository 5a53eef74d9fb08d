/**
 * The robustness sheet (issue 15): its plan (order, chart ranges, words in both languages), the
 * xlsx recalculated by LibreOffice (the coherence formulas and the interval widths equal the
 * core's), the whisker chart rendered to PNG (test-artifacts/robustness-whisker.png), and the
 * command line's --robustness, --seed, --vary and JSON.
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { INDICATOR_CODES } from "../src/core";
import { CLASS_LABELS, type RobustnessResult } from "../src/core/robustness";
import type { PlanBlock, SheetPlan, WhiskerChartPlan } from "../src/sheet";
import {
  WHISKER_COLORS,
  addRobustnessReasons,
  addRobustnessSheets,
  buildRatingPlan,
  buildStage2Plan,
  rateYear,
  readSpecialisationTable,
  specialiseYear,
  yearRobustness,
} from "../src/sheet";
import { writePlanToXlsx } from "../src/xlsx";
import { parseRange as chartRange } from "../src/xlsx/xlsx-charts";
import { buildCli, runCli } from "./helpers/cli";
import { describeWithSoffice, recalculated, renderPdf } from "./helpers/libreoffice";
import { readTsv, sampleYear } from "./helpers/samples";

const ARTIFACTS = join(__dirname, "..", "test-artifacts");
const rated = rateYear(sampleYear("2010"));
const result = yearRobustness(rated, { runs: 300, seed: 1 });

function robustnessSheet(lang: "en" | "ru" = "en", formulas = true): SheetPlan {
  const plan = addRobustnessSheets({ sheets: [] }, [rated], [result], { lang, formulas });
  return plan.sheets[0];
}

function byRole(sheet: SheetPlan, role: string): PlanBlock {
  const b = sheet.blocks.find((x) => x.role === role);
  if (!b) throw new Error(`no block ${role}`);
  return b;
}

describe("the robustness sheet's plan", () => {
  test("regions by the rating's rank; every figure is the analysis's", () => {
    const sheet = robustnessSheet();
    expect(sheet.name).toBe("Robustness 2010");
    const names = byRole(sheet, "robust-region").values!.map((r) => r[0]);
    const expected = [...result.regions].sort((a, b) => a.nominalRank - b.nominalRank);
    expect(names).toEqual(expected.map((r) => r.name));
    expect(byRole(sheet, "robust-ranks").values).toEqual(
      expected.map((r) => [r.medianRank, r.meanRank, r.q05, r.q95])
    );
    const probs = byRole(sheet, "robust-class-probabilities").values!;
    probs.forEach((row, i) =>
      expect(row.slice(1)).toEqual(CLASS_LABELS.map((l) => expected[i].classProbabilities![l]))
    );
  });
  test("one whisker chart over the interval's columns: invisible 5th percentile, width, median, rating's rank", () => {
    const sheet = robustnessSheet();
    const chart = sheet.charts!.find((c) => c.kind === "whisker") as WhiskerChartPlan;
    const colOf = (range: string) => chartRange(range).col;
    const first = byRole(sheet, "robust-region");
    expect(chartRange(chart.categories)).toEqual({
      row: first.row,
      col: first.col,
      rows: 16,
      cols: 1,
    });
    expect(colOf(chart.low)).toBe(byRole(sheet, "robust-ranks").col + 2);
    expect(colOf(chart.span)).toBe(byRole(sheet, "robust-width").col);
    expect(colOf(chart.median)).toBe(byRole(sheet, "robust-ranks").col);
    expect(colOf(chart.nominal)).toBe(byRole(sheet, "robust-nominal-rank").col);
    expect(sheet.charts!.some((c) => c.kind === "bar")).toBe(true);
    expect(
      sheet.conditionalFormats!.filter((f) => f.role?.startsWith("robust-heat-pearson"))
    ).toHaveLength(4);
  });
  test("Russian: the sheet's name and words are Russian", () => {
    const sheet = robustnessSheet("ru");
    expect(sheet.name).toBe("Устойчивость 2010");
    const texts = sheet.blocks
      .flatMap((b) => (b.values ?? []).flat())
      .filter((v): v is string => typeof v === "string");
    const english = texts.filter((s) => /\b(the|of|and|runs|rank)\b/.test(s));
    expect(english).toEqual([]);
    expect(texts.some((s) => s.includes("регионов сохраняют свой класс"))).toBe(true);
  });
});

describe("the growth-poles sheet's reasons", () => {
  test("each region's reason ends with its P(leading class) and 90% rank interval in the verdict year", () => {
    const years = ["2010", "2014"].map((y) => rateYear(sampleYear(y)));
    const table7 = readSpecialisationTable(readTsv("kz-ksi-it-2010-2014.tsv"));
    const specs = ["2010", "2014"].map((year) => specialiseYear(table7, { year }));
    const { plan, poles } = buildStage2Plan(years, specs);
    const results = years.map((y) => yearRobustness(y, { runs: 200 }));
    const withReasons = addRobustnessReasons(plan, poles, years, results);
    const sheet = withReasons.sheets.find((x) => x.role === "growth-poles")!;
    const reasons = byRole(sheet, "reasons");
    expect(poles.verdictYear).toBe("2014");
    const r2014 = results[1];
    poles.regions.forEach((region, i) => {
      const r = r2014.regions[years[1].regions.findIndex((x) => x.key === region.key)];
      // Leading groups A and B: the classes from B (40) up, summed by hand.
      const p = ["A++", "A+", "A", "B++", "B+", "B"].reduce(
        (a, c) => a + r.classProbabilities![c],
        0
      );
      const tail = `; robustness: P(leading class, A, B) ${Math.round(p * 100)}%, ranks ${r.q05.toFixed(1)}-${r.q95.toFixed(1)} in 90% of runs`;
      expect(String(reasons.results![i][0]).endsWith(tail)).toBe(true);
      expect(reasons.formulas![i][0].endsWith(`&"${tail}"`)).toBe(true);
    });
    // The plan without an analysis is left as it was.
    expect(addRobustnessReasons(plan, poles, years, [null, null])).toBe(plan);
  });
});

const describeLo = describeWithSoffice("the robustness sheet's LibreOffice test");

describeLo("LibreOffice recalculates the robustness sheet", () => {
  let tmp = "";
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "robust-sheet-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test("SKEW, KURT, CORREL, alpha and the interval widths equal the core's; the whisker chart is drawn", async () => {
    const plan = addRobustnessSheets(buildRatingPlan([rated]), [rated], [result]);
    const file = join(tmp, "robust.xlsx");
    await writePlanToXlsx(plan, file);
    const cells = recalculated(file, tmp).get("Robustness 2010")!;
    const sheet = plan.sheets[1];
    const formulaBlocks = sheet.blocks.filter((b) => b.formulas);
    expect(formulaBlocks.map((b) => b.role).sort()).toEqual(
      ["robust-alpha", "robust-coherence-stats", "robust-pearson", "robust-width"].sort()
    );
    let compared = 0;
    for (const b of formulaBlocks)
      b.results!.forEach((row, i) =>
        row.forEach((want, j) => {
          const got = cells[b.row + i][b.col + j];
          // LibreOffice writes a logical in a number-formatted cell as 1 or 0.
          if (typeof want === "boolean")
            expect({ TRUE: 1, FALSE: 0 }[got.toUpperCase()] ?? Number(got)).toBe(want ? 1 : 0);
          else expect(Number(got)).toBeCloseTo(want as number, 9);
          compared++;
        })
      );
    expect(compared).toBe(16 + 6 * 5 + 36 + 3);

    const pdf = renderPdf(file, tmp);
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(pdf, join(ARTIFACTS, "robustness.pdf"));
    const pages = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout;
    expect(pages).toContain("Rank over the runs");
    spawnSync("pdftoppm", ["-png", "-r", "110", pdf, join(ARTIFACTS, "robustness-whisker")]);
    // The chart's own colours are on the rendered pages: the interval bars and both markers.
    const ppm = spawnSync("pdftoppm", ["-r", "60", pdf, join(tmp, "page")]);
    expect(ppm.status).toBe(0);
    const pixels = readdirSync(tmp)
      .filter((f) => f.startsWith("page") && f.endsWith(".ppm"))
      .map((f) => readFileSync(join(tmp, f)));
    const count = (hex: string) =>
      pixels.reduce((n, data) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        for (let i = data.length % 3; i + 2 < data.length; i += 3)
          if (
            Math.abs(data[i] - r) < 12 &&
            Math.abs(data[i + 1] - g) < 12 &&
            Math.abs(data[i + 2] - b) < 12
          )
            n++;
        return n;
      }, 0);
    expect(count(WHISKER_COLORS.span)).toBeGreaterThan(200);
    expect(count(WHISKER_COLORS.nominal)).toBeGreaterThan(20);
    expect(count(WHISKER_COLORS.median)).toBeGreaterThan(10);
  });
});

describe("the command line's --robustness", () => {
  let tmp = "";
  beforeAll(() => {
    buildCli();
    tmp = mkdtempSync(join(tmpdir(), "robust-cli-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test("JSON years[].robustness with the issue's fields; the same seed gives the same bytes", () => {
    const a = runCli(["rate", "--robustness", "200", "--seed", "7", "--json"], tmp);
    expect(a.code).toBe(0);
    const doc = JSON.parse(a.stdout);
    const r = doc.years[0].robustness;
    expect(r.runs).toBe(200);
    expect(r.seed).toBe(7);
    expect(Object.keys(r.assumptions)).toEqual([
      "weights",
      "aggregation",
      "exclusion",
      "outliers",
      "normalisation",
    ]);
    for (const key of [
      "name",
      "nominal_rank",
      "median_rank",
      "mean_rank",
      "q05",
      "q95",
      "class_probabilities",
      "nominal_class_probability",
    ])
      expect(r.regions[0]).toHaveProperty(key);
    expect(r.sensitivity.map((s: { assumption: string }) => s.assumption)).toEqual([
      "weights",
      "aggregation",
      "exclusion",
      "outliers",
    ]);
    expect(r.exclusion.map((e: { indicator: string }) => e.indicator)).toEqual([
      ...INDICATOR_CODES,
    ]);
    expect(r.coherence.indicators.map((i: { code: string }) => i.code)).toEqual([
      ...INDICATOR_CODES,
    ]);
    expect(r.coherence.pearson).toHaveLength(6);
    expect(r.coherence.spearman[0]).toHaveLength(6);
    expect(Object.keys(r.coherence.cronbach_alpha)).toEqual(["susceptibility", "activity", "all"]);
    // The core's analysis of the same year with the same options.
    const same: RobustnessResult = yearRobustness(rated, { runs: 200, seed: 7 });
    expect(r.regions.map((g: { median_rank: number }) => g.median_rank)).toEqual(
      same.regions.map((g) => g.medianRank)
    );
    const b = runCli(["rate", "--robustness", "200", "--seed", "7", "--json"], tmp);
    expect(b.stdout).toBe(a.stdout);
  });
  test("--vary none: every interval has width 0 and every class probability is 1", () => {
    const r = runCli(["rate", "--robustness", "--vary", "none", "--json"], tmp);
    const doc = JSON.parse(r.stdout);
    for (const y of doc.years)
      for (const g of y.robustness.regions) {
        expect(g.q95 - g.q05).toBe(0);
        expect(g.nominal_class_probability).toBe(1);
      }
    expect(doc.years[0].robustness.runs).toBe(1000);
  });
  test("bad values are usage errors naming the option", () => {
    const bad = runCli(["rate", "--robustness", "--seed", "x"], tmp);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--seed");
    const vary = runCli(["rate", "--robustness", "--vary", "colour"], tmp);
    expect(vary.code).toBe(2);
    expect(vary.stderr).toContain("colour");
    const alone = runCli(["rate", "--seed", "3"], tmp);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--robustness");
  });
  test("a workbook gets a robustness sheet per year", async () => {
    const out = join(tmp, "r.xlsx");
    const r = runCli(["rate", "--robustness", "100", "--out", out], tmp);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("robustness 2010 (100 runs, seed 1)");
    const zip = await JSZip.loadAsync(readFileSync(out));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain('name="Robustness 2010"');
    expect(workbook).toContain('name="Robustness 2014"');
  });
});
