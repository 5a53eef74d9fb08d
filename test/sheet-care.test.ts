/**
 * What an economist sees in the workbook, beyond the numbers: no empty findings block on the
 * dynamics sheet, the growth-poles matrix's index axis ending at 100 (in the plan and in the
 * xlsx chart part), and the print layout's header wrapping (words never split).
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { readFileSync } from "fs";
import {
  buildRatingPlan,
  buildStage2Plan,
  rateYear,
  readSpecialisationTable,
  specialiseYear,
  type ScatterChartPlan,
} from "../src/sheet";
import { fitWrappedText, wrappedLines } from "../src/sheet/plan";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import { readTsv, sampleYear } from "./helpers/samples";
import { INDUSTRY_HEADERS, industryGrid } from "./fixtures/industries";

const rated = () => ["2010", "2014"].map((y) => rateYear(sampleYear(y)));

describe("workbook care", () => {
  test("the dynamics sheet has no findings block when there is nothing to report", () => {
    const plan = buildRatingPlan(rated());
    const dynamics = plan.sheets.find((s) => s.role === "dynamics")!;
    expect(dynamics.blocks.some((b) => b.role === "findings-title")).toBe(false);
  });

  test("the growth-poles matrix's index axis runs 0 to 100, in the plan and in the xlsx chart", async () => {
    const table7 = readSpecialisationTable(readTsv("kz-ksi-it-2010-2014.tsv"));
    const specs = ["2010", "2014"].map((year) => specialiseYear(table7, { year }));
    const { plan } = buildStage2Plan(rated(), specs);
    const scatter = plan.sheets
      .flatMap((s) => s.charts ?? [])
      .find((c): c is ScatterChartPlan => c.kind === "scatter")!;
    expect([scatter.xMin, scatter.xMax]).toEqual([0, 100]);
    const tmp = mkdtempSync(join(tmpdir(), "care-"));
    try {
      const file = join(tmp, "growth.xlsx");
      await writePlanToXlsx(plan, file);
      const zip = await JSZip.loadAsync(readFileSync(file));
      const charts = await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /xl\/charts\/chart\d+\.xml$/.test(n))
          .map((n) => zip.file(n)!.async("string"))
      );
      const xml = charts.find((c) => c.includes("<c:scatterChart>"))!;
      expect(xml).toMatch(
        /<c:scaling><c:orientation val="minMax"\/><c:max val="100"\/><c:min val="0"\/><\/c:scaling>/
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test("a real industry table's title over every column does not begin each industry's header", () => {
    const grid = industryGrid(12);
    const title = "Валовая добавленная стоимость по видам экономической деятельности, млн тенге";
    const titled = [grid[0].map((_, c) => (c === 1 ? title : "")), ...grid];
    const table = readSpecialisationTable(titled);
    expect(table.kind).toBe("industries");
    const headers = (table as { industries: { header: string }[] }).industries.map((c) => c.header);
    expect(headers).toEqual(
      INDUSTRY_HEADERS.slice(0, headers.length).map((h) => `${h}, тыс. человек`)
    );
    expect(headers.some((h) => h.includes(title))).toBe(false);
  });

  test("wrapping breaks between words only, and a header column is as wide as its longest word", () => {
    expect(wrappedLines("Производительность труда", 18)).toBe(2);
    expect(wrappedLines("a b c", 5)).toBe(1);
    expect(wrappedLines("a b c", 3)).toBe(2);
    const sheet = fitWrappedText({
      name: "S",
      blocks: [
        { row: 0, col: 0, values: [["Производительность труда"]], style: { wrapText: true } },
      ],
      columnWidths: [{ col: 0, width: 8 }],
      freeze: { rows: 0, columns: 0 },
    });
    // 18 letters: the column takes the word whole, and the row two lines.
    expect(sheet.columnWidths[0].width).toBeGreaterThanOrEqual(19);
    expect(sheet.rowHeights![0].height).toBeGreaterThanOrEqual(2 * 15);
  });
});
