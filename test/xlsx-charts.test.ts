/**
 * The plan's charts in the xlsx file: the rating sheet's sorted bar chart and a growth-poles
 * scatter chart built here (labelled points, threshold lines). The parts are parsed and their
 * references checked against the plan; then LibreOffice renders the workbook to PDF and the chart
 * areas of the page must hold the chart's text and colours (PNG in test-artifacts/).
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { JSDOM } from "jsdom";
import { buildRatingPlan, rateYear } from "../src/sheet";
import { planValues } from "../src/xlsx/xlsx-charts";
import { columnRange } from "../src/sheet/plan/a1";
import { GROUP_COLORS } from "../src/sheet/workbook/rating-workbook";
import type {
  BarChartPlan,
  ScatterChartPlan,
  SheetPlan,
  WorkbookPlan,
} from "../src/sheet/plan/plan-types";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import { chartParts, chartReference, chartXml } from "../src/xlsx/xlsx-charts";
import { renderPdf } from "./helpers/libreoffice";
import { sampleYear } from "./helpers/samples";

jest.setTimeout(120_000);

const ARTIFACTS = join(__dirname, "..", "test-artifacts");
const haveSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
const havePoppler = spawnSync("pdftoppm", ["-v"], { encoding: "utf8" }).status === 0;
if (!haveSoffice || !havePoppler) {
  if (process.env.CI)
    throw new Error("soffice and poppler-utils are required in CI for the chart test");
  console.warn("soffice or pdftoppm not found: skipping the chart rendering test");
}
const describeLo = haveSoffice && havePoppler ? describe : describe.skip;

const SCATTER_COLOR = "#7030A0";
const LINE_COLOR = "#C00000";

/** The 2010 rating sheet plus a scatter chart of the index against the IT-like column, labelled. */
function planWithCharts(): { plan: WorkbookPlan; sheet: SheetPlan; scatter: ScatterChartPlan } {
  const y = "2010";
  const year = rateYear(sampleYear(y));
  const plan = buildRatingPlan([year]);
  const sheet = plan.sheets[0];
  const role = (r: string) => sheet.blocks.find((b) => b.role === r)!;
  const index = role("index");
  const activity = role("activity");
  const first = index.row;
  const last = first + year.regions.length - 1;
  // Labels of their own (they appear once on the sheet, so a second time only on the chart).
  const labelCol = 60;
  const lineCol = 62;
  const bottom = last + 40;
  sheet.blocks.push(
    {
      row: first,
      col: labelCol,
      values: year.regions.map((_, i) => [`Pole${String(i + 1).padStart(2, "0")}`]),
      role: "test-labels",
    },
    // A threshold line: index 30 from activity 0 to 80.
    {
      row: bottom,
      col: lineCol,
      values: [
        [30, 0],
        [30, 80],
      ],
      role: "test-threshold",
    }
  );
  const scatter: ScatterChartPlan = {
    kind: "scatter",
    title: "Growth matrix",
    xTitle: "Index axis",
    yTitle: "Activity axis",
    series: [
      {
        name: "Regions",
        x: columnRange(index.col, first, last, { row: false, col: false }),
        y: columnRange(activity.col, first, last, { row: false, col: false }),
        labels: columnRange(labelCol, first, last, { row: false, col: false }),
        color: SCATTER_COLOR,
      },
      {
        name: "Index threshold",
        x: columnRange(lineCol, bottom, bottom + 1, { row: false, col: false }),
        y: columnRange(lineCol + 1, bottom, bottom + 1, { row: false, col: false }),
        color: LINE_COLOR,
        line: true,
      },
    ],
    anchor: { row: last + 14, col: 1, width: 12, height: 30 },
  };
  sheet.charts = [...(sheet.charts ?? []), scatter];
  return { plan, sheet, scatter };
}

const dom = new JSDOM("");
function parseXml(text: string): Document {
  const doc = new dom.window.DOMParser().parseFromString(text, "text/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}
const all = (node: Document | Element, tag: string) => [...node.getElementsByTagName(tag)];
const one = (node: Document | Element, tag: string) => {
  const found = all(node, tag);
  expect(found.length).toBeGreaterThan(0);
  return found[0];
};

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "charts-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("chart parts in the written xlsx", () => {
  test("both charts are present and read the plan's ranges", async () => {
    const { plan, sheet, scatter } = planWithCharts();
    const bar = sheet.charts![0] as BarChartPlan;
    const file = join(tmp, "parts.xlsx");
    await writePlanToXlsx(plan, file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const text = (p: string) => zip.file(p)!.async("string");

    const types = parseXml(await text("[Content_Types].xml"));
    const overrides = all(types, "Override").map((o) => o.getAttribute("PartName"));
    expect(overrides).toEqual(
      expect.arrayContaining([
        "/xl/charts/chart1.xml",
        "/xl/charts/chart2.xml",
        "/xl/drawings/drawing1.xml",
      ])
    );
    // The sheet points at its drawing, the drawing at both charts.
    const sheetXml = parseXml(await text("xl/worksheets/sheet1.xml"));
    const drawingId = one(sheetXml, "drawing").getAttribute("r:id");
    const sheetRels = parseXml(await text("xl/worksheets/_rels/sheet1.xml.rels"));
    const drawingRel = all(sheetRels, "Relationship").find(
      (r) => r.getAttribute("Id") === drawingId
    )!;
    expect(drawingRel.getAttribute("Target")).toBe("../drawings/drawing1.xml");
    const drawing = parseXml(await text("xl/drawings/drawing1.xml"));
    const anchors = all(drawing, "xdr:twoCellAnchor");
    expect(anchors).toHaveLength(2);
    const from = one(anchors[1], "xdr:from");
    expect(Number(one(from, "xdr:row").textContent)).toBe(scatter.anchor.row);
    expect(Number(one(from, "xdr:col").textContent)).toBe(scatter.anchor.col);
    const drawingRels = parseXml(await text("xl/drawings/_rels/drawing1.xml.rels"));
    const targets = new Map(
      all(drawingRels, "Relationship").map((r) => [r.getAttribute("Id"), r.getAttribute("Target")])
    );
    const chartTargets = anchors.map((a) => targets.get(one(a, "c:chart").getAttribute("r:id")));
    expect(chartTargets).toEqual(["../charts/chart1.xml", "../charts/chart2.xml"]);

    // The bar chart: categories and values ranges of the sorted block, a colour per bar.
    const barXml = parseXml(await text("xl/charts/chart1.xml"));
    expect(one(barXml, "c:barDir").getAttribute("val")).toBe("bar");
    expect(one(one(barXml, "c:cat"), "c:f").textContent).toBe(
      chartReference(sheet.name, bar.categories)
    );
    expect(one(one(barXml, "c:val"), "c:f").textContent).toBe(
      chartReference(sheet.name, bar.values)
    );
    expect(chartReference(sheet.name, bar.values)).toMatch(/^'2010'!\$[A-Z]+\$6:\$[A-Z]+\$21$/);
    const colors = all(barXml, "c:dPt").map((p) => "#" + one(p, "a:srgbClr").getAttribute("val"));
    expect(colors).toEqual(bar.pointColors);
    expect(one(one(barXml, "c:catAx"), "c:orientation").getAttribute("val")).toBe("maxMin");
    // Cached category names: the sorted block's regions, leader first.
    const cached = all(one(barXml, "c:cat"), "c:v").map((v) => v.textContent);
    expect(cached[0]).toBe("г. Алматы");
    expect(cached).toHaveLength(16);

    // The scatter chart: x/y per series, labels from the range, the threshold as a plain line.
    const scatterXml = parseXml(await text("xl/charts/chart2.xml"));
    const series = all(scatterXml, "c:ser");
    expect(series).toHaveLength(2);
    scatter.series.forEach((s, i) => {
      expect(one(one(series[i], "c:xVal"), "c:f").textContent).toBe(
        chartReference(sheet.name, s.x)
      );
      expect(one(one(series[i], "c:yVal"), "c:f").textContent).toBe(
        chartReference(sheet.name, s.y)
      );
    });
    expect(one(series[0], "c15:f").textContent).toBe(
      chartReference(sheet.name, scatter.series[0].labels!)
    );
    const labels = all(series[0], "c:dLbl").map((l) => one(l, "a:t").textContent);
    expect(labels).toEqual(
      Array.from({ length: 16 }, (_, i) => `Pole${String(i + 1).padStart(2, "0")}`)
    );
    expect(one(series[1], "c:symbol").getAttribute("val")).toBe("none");
    expect(one(one(series[1], "c:spPr"), "a:srgbClr").getAttribute("val")).toBe(
      LINE_COLOR.slice(1)
    );
    expect(all(series[1], "c:dLbl")).toHaveLength(0);
    expect(one(one(scatterXml, "c:title"), "a:t").textContent).toBe(scatter.title);
  });

  test("a plan without charts is written without drawing parts", async () => {
    const { plan } = planWithCharts();
    plan.sheets[0].charts = [];
    const file = join(tmp, "none.xlsx");
    await writePlanToXlsx(plan, file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    expect(Object.keys(zip.files).filter((f) => /chart|drawing/.test(f))).toEqual([]);
  });
});

/** Rendered page as RGB pixels (pdftoppm's PPM output), cropped to a rectangle in points. */
function renderCrop(pdf: string, box: { x: number; y: number; w: number; h: number }, dpi = 150) {
  const k = dpi / 72;
  const r = spawnSync(
    "pdftoppm",
    [
      "-r",
      String(dpi),
      "-f",
      "1",
      "-l",
      "1",
      "-x",
      String(Math.round(box.x * k)),
      "-y",
      String(Math.round(box.y * k)),
      "-W",
      String(Math.round(box.w * k)),
      "-H",
      String(Math.round(box.h * k)),
      pdf,
    ],
    { maxBuffer: 1 << 28 }
  );
  const data: Buffer = r.stdout;
  // "P6\n<w> <h>\n255\n" then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString("latin1"))!;
  const pixels = data.subarray(header[0].length);
  return { width: Number(header[1]), height: Number(header[2]), pixels };
}

function countColor(pixels: Buffer, hex: string, tolerance = 10): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i + 2 < pixels.length; i += 3)
    if (
      Math.abs(pixels[i] - r) <= tolerance &&
      Math.abs(pixels[i + 1] - g) <= tolerance &&
      Math.abs(pixels[i + 2] - b) <= tolerance
    )
      n++;
  return n;
}

/** Where a run of words sits on page 1 (pdftotext -bbox), in points. */
function wordsBox(pdf: string, phrase: string): { x: number; y: number } {
  const html = spawnSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"], {
    encoding: "utf8",
  }).stdout;
  const words = [
    ...html.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g
    ),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    text: m[3],
  }));
  const wanted = phrase.split(" ");
  const at = words.findIndex((_, i) => wanted.every((w, k) => words[i + k]?.text === w));
  if (at < 0) throw new Error(`"${phrase}" is not on the rendered page`);
  return words[at];
}

describeLo("LibreOffice's rendering of the charts", () => {
  test("both charts are drawn: titles, labels from the range, bar colours, markers and the line", async () => {
    const { plan, sheet, scatter } = planWithCharts();
    const bar = sheet.charts![0] as BarChartPlan;
    // The whole sheet on one page, so both charts are on the page looked at. How a sheet prints
    // for a user (natural size where one page wide would shrink the text below 8 pt) is
    // print-layout's, checked in libreoffice-headers.test.ts.
    for (const s of plan.sheets) s.pageSetup = { orientation: "landscape", fitToWidth: true };
    const file = join(tmp, "charts.xlsx");
    await writePlanToXlsx(plan, file);
    const pdf = renderPdf(file, tmp);
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(pdf, join(ARTIFACTS, "charts.pdf"));
    spawnSync("pdftoppm", [
      "-png",
      "-r",
      "150",
      "-f",
      "1",
      "-l",
      "1",
      pdf,
      join(ARTIFACTS, "charts"),
    ]);

    const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout.replace(
      /\s+/g,
      " "
    );
    expect(text).toContain(bar.title);
    expect(text).toContain(scatter.title);
    // Each label is on the sheet once; the chart's point labels show it a second time. Labels of
    // points crowded into one corner overlap, and pdftotext then reads them as one run: most, not
    // all, must be found twice (half of them prove the labels come from the range).
    const twice = Array.from(
      { length: 16 },
      (_, i) => `Pole${String(i + 1).padStart(2, "0")}`
    ).filter((label) => text.split(label).length - 1 >= 2);
    expect(twice.length).toBeGreaterThanOrEqual(8);

    // Below the bar chart's title and right of its start (nothing but the chart is there: the
    // sorted block with its coloured class cells is to the chart's left): bars in group colours.
    const barTitle = wordsBox(pdf, bar.title);
    const barArea = renderCrop(pdf, { x: barTitle.x, y: barTitle.y, w: 300, h: 220 });
    const groups = new Set(bar.pointColors);
    expect(groups.size).toBeGreaterThan(1);
    for (const color of groups) expect(countColor(barArea.pixels, color)).toBeGreaterThan(20);
    // Colours of the groups with no region are absent: the pixels are the plan's, not chance.
    for (const color of Object.values(GROUP_COLORS).filter((c) => !groups.has(c)))
      expect(countColor(barArea.pixels, color, 4)).toBeLessThan(5);

    // Below the scatter chart's title: the markers' colour and the threshold line's.
    const scatterTitle = wordsBox(pdf, scatter.title);
    const scatterArea = renderCrop(pdf, {
      x: scatterTitle.x - 250,
      y: scatterTitle.y,
      w: 560,
      h: 300,
    });
    expect(countColor(scatterArea.pixels, SCATTER_COLOR)).toBeGreaterThan(30);
    expect(countColor(scatterArea.pixels, LINE_COLOR)).toBeGreaterThan(20);
  });
});

describe("the values a chart caches", () => {
  it("are the plan's values, a formula's result, the first block's where blocks overlap", () => {
    const sheet = {
      name: "s",
      columnWidths: [],
      freeze: { rows: 0, columns: 0 },
      blocks: [
        { row: 1, col: 1, values: [["a"], [2]] },
        { row: 2, col: 1, values: [[99], [3]] },
        {
          row: 1,
          col: 2,
          sharedFormulas: { rows: 3, r1c1: ["=RC[-1]"] },
          results: [[10], [20], [30]],
        },
      ],
    };
    // B2:B5 by hand: B2 "a", B3 2 (the first block, not 99), B4 3, B5 empty.
    expect(planValues(sheet, "B2:B5")).toEqual(["a", 2, 3, null]);
    expect(planValues(sheet, "$B$3:$C$4")).toEqual([2, 20, 3, 30]);
  });
});

describe("a chart of many labelled points, made in pieces", () => {
  it("labels every point once, in order, whatever the pieces (here 700 points)", () => {
    const n = 700;
    const sheet: SheetPlan = {
      name: "m",
      columnWidths: [],
      freeze: { rows: 0, columns: 0 },
      blocks: [
        {
          row: 0,
          col: 0,
          values: Array.from({ length: n }, (_, i) => [i, i * 2, i % 5 === 4 ? null : `P${i}`]),
        },
      ],
    };
    const chart: ScatterChartPlan = {
      kind: "scatter",
      title: "t",
      xTitle: "x",
      yTitle: "y",
      series: [{ name: "s", x: `A1:A${n}`, y: `B1:B${n}`, labels: `C1:C${n}` }],
      anchor: { row: 0, col: 4, width: 5, height: 5 },
    };
    const xml = chartXml(sheet, chart);
    const labelled = [
      ...xml.matchAll(/<c:dLbl><c:idx val="(\d+)"\/><c:tx>.*?<a:t>([^<]*)<\/a:t>/g),
    ];
    const want = Array.from({ length: n }, (_, i) => i).filter((i) => i % 5 !== 4);
    expect(labelled.map((m) => Number(m[1]))).toEqual(want);
    expect(labelled.map((m) => m[2])).toEqual(want.map((i) => `P${i}`));
    expect(chartParts(sheet, chart).join("")).toBe(xml);
    expect(chartParts(sheet, chart).length).toBeGreaterThan(3);
  });
});

describe("a bar chart of many regions, made in pieces", () => {
  const n = 3000;
  const sheet: SheetPlan = {
    name: "b",
    columnWidths: [],
    freeze: { rows: 0, columns: 0 },
    blocks: [
      {
        row: 0,
        col: 0,
        values: Array.from({ length: n }, (_, i) => [`Регион ${i}`, i / 7]),
      },
    ],
  };
  const chart: BarChartPlan = {
    kind: "bar",
    title: "t",
    categories: `A1:A${n}`,
    values: `B1:B${n}`,
    pointColors: Array.from({ length: n }, (_, i) => (i % 2 ? "#FF0000" : "#00FF00")),
    anchor: { row: 0, col: 3, width: 5, height: 5 },
  };

  it("gives every point its colour, name and value, in order", () => {
    const xml = chartXml(sheet, chart);
    const colours = [...xml.matchAll(/<c:dPt><c:idx val="(\d+)".*?srgbClr val="(\w+)"/g)];
    expect(colours.map((m) => Number(m[1]))).toEqual([...Array(n).keys()]);
    expect(colours.map((m) => m[2])).toEqual(chart.pointColors.map((c) => c.slice(1)));
    const cat = xml.slice(xml.indexOf("<c:cat>"), xml.indexOf("</c:cat>"));
    expect([...cat.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])).toEqual(
      Array.from({ length: n }, (_, i) => `Регион ${i}`)
    );
    const val = xml.slice(xml.indexOf("<c:val>"), xml.indexOf("</c:val>"));
    expect([...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(
      Array.from({ length: n }, (_, i) => i / 7)
    );
  });

  it("holds no piece of more than some hundred points (the names and colours of 10,000 regions were one string)", () => {
    const pieces = chartParts(sheet, chart);
    expect(pieces.join("")).toBe(chartXml(sheet, chart));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100_000);
  });
});
