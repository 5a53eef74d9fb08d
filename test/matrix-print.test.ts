/**
 * The growth-poles matrix's labels: placed so that no label covers another (issue 18: "labels
 * overlap at the bottom left"), names where they have room, the region's place where they do not,
 * and the chart drawn within a printed page, whole on one page.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { columnLetter, placeLabels, type LabelPosition, type PlotBox } from "../src/sheet/plan";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import {
  buildStage2Plan,
  rateYear,
  readSpecialisationTable,
  specialiseYear,
  type ScatterChartPlan,
  type SheetPlan,
} from "../src/sheet";
import { parseAddress } from "../src/office/a1";
import { readTsv, sampleYear } from "./helpers/samples";

const BOX: PlotBox = { xMin: 0, xMax: 100, yMin: 0, yMax: 1, width: 600, height: 400 };

/** The test's own reading of a label's place: 7 px a character, 12 px a line, 8 px off the marker. */
function box(px: number, py: number, text: string, position: LabelPosition) {
  const w = text.length * 7;
  if (position === "right") return { l: px + 8, r: px + 8 + w, t: py - 6, b: py + 6 };
  if (position === "left") return { l: px - 8 - w, r: px - 8, t: py - 6, b: py + 6 };
  if (position === "above") return { l: px - w / 2, r: px + w / 2, t: py - 20, b: py - 8 };
  return { l: px - w / 2, r: px + w / 2, t: py + 8, b: py + 20 };
}

const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;

describe("label placement", () => {
  test("isolated points keep their names, to the right", () => {
    const points = [10, 40, 70].map((x, i) => ({
      x,
      y: 0.2 + i * 0.3,
      label: `Region ${i}`,
      short: `${i + 1}`,
    }));
    expect(placeLabels(points, BOX)).toEqual(
      points.map((p) => ({ text: p.label, position: "right" }))
    );
  });

  test("crowded points: a name covers no label placed before it and no marker", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.double({ min: 15, max: 40, noNaN: true }),
            y: fc.double({ min: 0.02, max: 0.1, noNaN: true }),
          }),
          { minLength: 2, maxLength: 12 }
        ),
        (raw) => {
          const points = raw.map((p, i) => ({ ...p, label: `Region ${i}`, short: `${i + 1}` }));
          const placed = placeLabels(points, BOX);
          const pixel = (i: number) => ({
            px: (points[i].x / 100) * BOX.width,
            py: (1 - points[i].y) * BOX.height,
          });
          const boxes = placed.map((l, i) => box(pixel(i).px, pixel(i).py, l.text, l.position));
          placed.forEach((l, i) => {
            // Every point is labelled, by its name or its number.
            expect([points[i].label, points[i].short]).toContain(l.text);
            if (l.text !== points[i].label) return;
            for (let j = 0; j < i; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
            for (let j = 0; j < points.length; j++) {
              const { px, py } = pixel(j);
              expect(overlap(boxes[i], { l: px - 4, r: px + 4, t: py - 4, b: py + 4 })).toBe(false);
            }
          });
        }
      ),
      { numRuns: 200 }
    );
  });

  test("the sample's crowded corner: names where there is room, places elsewhere, none on another", () => {
    const sheet = sampleGrowthSheet();
    const chart = sheet.charts!.find((c) => c.kind === "scatter") as ScatterChartPlan;
    const regions = chart.series[0];
    const labels = valuesAt(sheet, regions.labels!);
    const names = valuesAt(sheet, regions.labels!.replace(/[A-Z]+(\d+):[A-Z]+(\d+)/, "A$1:A$2"));
    expect(regions.labelPositions).toHaveLength(labels.length);
    const named = labels.filter((l, i) => l === names[i]);
    const numbered = labels.filter((l) => typeof l === "string" && /^\d+$/.test(l));
    expect(named.length).toBeGreaterThanOrEqual(5);
    expect(numbered.length).toBeGreaterThanOrEqual(3);
    // Almaty and Astana stand alone at the top right: their names, to the right.
    expect(labels.slice(0, 2)).toEqual(names.slice(0, 2));
  });

  test("the matrix fits a printed page across and starts a page of its own when it would be cut", () => {
    const sheet = sampleGrowthSheet();
    const chart = sheet.charts!.find((c) => c.kind === "scatter")!;
    const widths = new Map(sheet.columnWidths.map((w) => [w.col, w.width]));
    let units = 0;
    for (let c = chart.anchor.col; c < chart.anchor.col + chart.anchor.width; c++)
      units += widths.get(c) ?? 8.43;
    expect(units).toBeLessThanOrEqual(742 / 5.6);
    // The sample's table and notes fill most of the first page: the chart begins the second.
    expect(sheet.rowBreaks).toEqual([chart.anchor.row - 1]);
  });
});

function sampleGrowthSheet(): SheetPlan {
  const rated = ["2010", "2014"].map((y) => rateYear({ ...sampleYear(y) }, { lang: "ru" }));
  const table7 = readSpecialisationTable(readTsv("kz-ksi-it-2010-2014.tsv"), { lang: "ru" });
  const specs = ["2010", "2014"].map((year) => specialiseYear(table7, { year, lang: "ru" }));
  const plan = buildStage2Plan(rated, specs, { lang: "ru" }).plan;
  return plan.sheets.find((s) => s.role === "growth-poles")!;
}

function valuesAt(sheet: SheetPlan, range: string): unknown[] {
  const r = parseAddress(range);
  return Array.from({ length: r.rows }, (_, k) => {
    const row = r.row + k;
    const b = sheet.blocks.find(
      (b) =>
        b.values &&
        b.col <= r.col &&
        r.col < b.col + b.values[0].length &&
        b.row <= row &&
        row < b.row + b.values.length
    );
    return b ? b.values![row - b.row][r.col - b.col] : null;
  });
}

describe("notes printed within their page", () => {
  test("a long note that would run past the page's edge is wrapped inside it, its row made taller", () => {
    const sheet = sampleGrowthSheet();
    const note = sheet.blocks.find((b) => b.row === 1 && b.col === 0)!;
    expect(note.style?.wrapText).toBe(true);
    const merge = sheet.merges!.find((m) => m.row === 1 && m.col === 0)!;
    const widths = new Map(sheet.columnWidths.map((w) => [w.col, w.width]));
    let units = 0;
    for (let c = merge.col; c < merge.col + merge.columns; c++) units += widths.get(c) ?? 8.43;
    // Within a landscape page (742 pt at 5.6 pt a unit), and wide enough to read.
    expect(units).toBeLessThanOrEqual(742 / 5.6);
    expect(units).toBeGreaterThanOrEqual(40);
    const height = sheet.rowHeights!.find((h) => h.row === 1)!.height;
    expect(height).toBeGreaterThan(15);
  });

  test("the xlsx carries the page break above the matrix and the note's merge", async () => {
    const sheet = sampleGrowthSheet();
    const dir = mkdtempSync(join(tmpdir(), "matrix-"));
    const file = join(dir, "growth.xlsx");
    await writePlanToXlsx({ sheets: [sheet] }, file);
    const xml = (await JSZip.loadAsync(readFileSync(file)))
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    const text = await xml;
    const chart = sheet.charts!.find((c) => c.kind === "scatter")!;
    // <brk id="n">: row n (1-based) is the last of its page: the row above the chart starts the next.
    expect(text).toMatch(
      new RegExp(`<rowBreaks[^>]*><brk id="${chart.anchor.row - 1}"[^>]*man="1"`)
    );
    const merge = sheet.merges!.find((m) => m.row === 1 && m.col === 0)!;
    expect(text).toContain(`<mergeCell ref="A2:${columnLetter(merge.columns - 1)}2"/>`);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("pages across: a block or chart whole on one page", () => {
  const yearSheet = () => {
    const rated = rateYear({ ...sampleYear("2010") }, { lang: "ru" });
    const table7 = readSpecialisationTable(readTsv("kz-ksi-it-2010-2014.tsv"), { lang: "ru" });
    const specs = [specialiseYear(table7, { year: "2010", lang: "ru" })];
    return buildStage2Plan([rated], specs, { lang: "ru" }).plan.sheets[0];
  };

  test("the year sheet, printed at its natural size, starts a page before the legend and the chart", () => {
    const sheet = yearSheet();
    expect(sheet.pageSetup!.fitToWidth).toBe(false);
    const breaks = sheet.colBreaks!;
    expect(breaks.length).toBeGreaterThan(2);
    const title = sheet.blocks.find((b) => b.role === "legend-title")!;
    const chart = sheet.charts![0];
    expect(breaks).toContain(title.col);
    expect(breaks).toContain(chart.anchor.col);
    // No page wider than a landscape page (742 pt at 5.6 pt a unit), none cutting the legend.
    const widths = new Map(sheet.columnWidths.map((w) => [w.col, w.width]));
    const edges = [0, ...breaks];
    for (let k = 0; k + 1 < edges.length; k++) {
      let units = 0;
      for (let c = edges[k]; c < edges[k + 1]; c++) units += widths.get(c) ?? 8.43;
      expect(units * 5.6).toBeLessThanOrEqual(742);
    }
    const legend = sheet.blocks.find((b) => b.role === "legend")!;
    const inside = breaks.filter(
      (c) => c > legend.col && c < legend.col + legend.values![0].length
    );
    expect(inside).toEqual([]);
  });

  test("the xlsx carries the column breaks after the row breaks", async () => {
    const sheet = yearSheet();
    const dir = mkdtempSync(join(tmpdir(), "year-"));
    const file = join(dir, "year.xlsx");
    await writePlanToXlsx({ sheets: [sheet] }, file);
    const text = await (
      await JSZip.loadAsync(readFileSync(file))
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    const brks = sheet.colBreaks!.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
    expect(text).toContain(
      `<colBreaks count="${sheet.colBreaks!.length}" manualBreakCount="${sheet.colBreaks!.length}">${brks}</colBreaks>`
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
