/**
 * A real spreadsheet engine checks the workbook: LibreOffice opens the written file (formulas
 * without cached results), recalculates it, and every index, class and rank it computes must
 * equal the core's within 1e-9 — for the Kazakhstan sample (2010, 2014, dynamics; the region rows
 * written as Excel's shared formulas, so LibreOffice resolves them) and for a table
 * whose indices fall exactly on the band edges. The sheets are also rendered to PNG in
 * test-artifacts/ for a person to look at.
 */
import { spawnSync } from "child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { RatedYear, buildRatingPlan, joinTables, rateYear, readYearbookTable } from "../src/sheet";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import { tiedYear } from "./fixtures/ties";
import { describeWithSoffice, recalculated, renderPdf } from "./helpers/libreoffice";
import { readTsv, sampleYear } from "./helpers/samples";

jest.setTimeout(120_000);

const ARTIFACTS = join(__dirname, "..", "test-artifacts");
const havePdftoppm = spawnSync("pdftoppm", ["-v"], { encoding: "utf8" }).status === 0;
const describeLo = describeWithSoffice("the LibreOffice workbook test");

let tmp: string;

function column(rows: string[][], headerRow: number, header: string): number {
  const c = rows[headerRow].indexOf(header);
  if (c < 0) throw new Error(`no column "${header}" in ${rows[headerRow].join(" | ")}`);
  return c;
}

/** Compares one year sheet as LibreOffice computed it with the core's rating. */
function expectSheetMatches(rows: string[][], year: RatedYear): number {
  const header = 4;
  const [iCol, cCol, rCol] = ["Index (4)", "Class", "Rank"].map((h) => column(rows, header, h));
  let worst = 0;
  year.regions.forEach((region, i) => {
    const row = rows[header + 1 + i];
    expect(row[0]).toBe(region.name);
    const index = Number(row[iCol]);
    worst = Math.max(worst, Math.abs(index - region.index));
    expect(Math.abs(index - region.index)).toBeLessThanOrEqual(1e-9);
    expect(row[cCol]).toBe(region.class);
    expect(Number(row[rCol])).toBe(region.rank);
  });
  return worst;
}

const sample = (y: string) => rateYear(sampleYear(y));

/** Regions whose six printed indicators are v% of the leader's, so their index is exactly v. */
function edgeYear(): RatedYear {
  const edges = [100, 90, 89.99, 80, 70, 60, 50, 40, 30, 20, 10, 9.99, 0];
  const grid = [
    ["Region", "S_D", "S_F", "S_E", "S_A", "S_B", "S_C"],
    ...edges.map((v) => [`Edge ${v}`, ...Array(6).fill(String(v).replace(".", ","))]),
  ];
  return rateYear(readYearbookTable(grid, { year: "edges" }));
}

describeLo("LibreOffice recalculates the rating workbook", () => {
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "growth-poles-lo-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("computes every index, class and rank of 2010 and 2014, and the dynamics, as the core does", async () => {
    const years = [sample("2010"), sample("2014")];
    const file = join(tmp, "rating.xlsx");
    await writePlanToXlsx(buildRatingPlan(years), file);
    // The region rows' formulas are Excel's shared formulas: LibreOffice computes the children too.
    const zip = await JSZip.loadAsync(readFileSync(file));
    for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const xml = await zip.file(part)!.async("string");
      expect(xml.match(/<f t="shared" si="\d+"\/>/g)?.length ?? 0).toBeGreaterThan(300);
    }
    const sheets = recalculated(file, tmp);
    expect([...sheets.keys()].sort()).toEqual(["2010", "2014", "Dynamics"]);
    const worst = Math.max(
      expectSheetMatches(sheets.get("2010")!, years[0]),
      expectSheetMatches(sheets.get("2014")!, years[1])
    );
    expect(worst).toBeLessThanOrEqual(1e-9);

    const dyn = sheets.get("Dynamics")!;
    const header = 3;
    const change = column(dyn, header, "2014 as % of 2010");
    const move = column(dyn, header, "Class movement");
    const class2014 = column(dyn, header, "Class 2014");
    years[0].regions.forEach((r, i) => {
      const later = years[1].regions.find((x) => x.key === r.key)!;
      const row = dyn[header + 1 + i];
      expect(Math.abs(Number(row[change]) - (later.index / r.index) * 100)).toBeLessThanOrEqual(
        1e-9
      );
      expect(row[class2014]).toBe(later.class);
      expect(Number(row[move])).toBe(
        ["D", "C", "C+", "C++", "B", "B+", "B++", "A", "A+", "A++"].indexOf(later.class) -
          ["D", "C", "C+", "C++", "B", "B+", "B++", "A", "A+", "A++"].indexOf(r.class)
      );
    });
  });

  it("gives the core's class at the band edges (90 is A++, 89.99 is A+, 10 is C, 0 is D), and recomputes indicators from raw figures", async () => {
    const year = edgeYear();
    expect(year.regions.find((r) => r.name === "Edge 90")!.index).toBe(90);
    // Indicators recomputed from the raw figures are formulas over them (=B6*1000/C6 ...).
    const raw2010 = rateYear(
      joinTables([
        readYearbookTable(readTsv("kz-2010-susceptibility.tsv"), { year: "2010" }),
        readYearbookTable(readTsv("kz-2010-activity.tsv")),
      ]),
      { prefer: "raw" }
    );
    const file = join(tmp, "edges.xlsx");
    await writePlanToXlsx(buildRatingPlan([year, raw2010]), file);
    const sheets = recalculated(file, tmp);
    expectSheetMatches(sheets.get("2010")!, raw2010);
    const rows = sheets.get("edges")!;
    expectSheetMatches(rows, year);
    const cls = column(rows, 4, "Class");
    const byName = new Map(rows.slice(5, 5 + year.regions.length).map((r) => [r[0], r[cls]]));
    expect([
      byName.get("Edge 90"),
      byName.get("Edge 89.99"),
      byName.get("Edge 10"),
      byName.get("Edge 9.99"),
      byName.get("Edge 0"),
      byName.get("Edge 100"),
    ]).toEqual(["A++", "A+", "C", "D", "D", "A++"]);
  });

  it("lists every region once in the sorted chart block when indices tie exactly, formulas and values alike", async () => {
    const year = tiedYear();
    const names = year.regions.map((r) => r.name);
    const file = join(tmp, "ties.xlsx");
    const valuesFile = join(tmp, "ties-values.xlsx");
    await writePlanToXlsx(buildRatingPlan([year]), file);
    await writePlanToXlsx(buildRatingPlan([year], { formulas: false }), valuesFile);
    for (const rows of [
      recalculated(file, tmp).get("ties")!,
      recalculated(valuesFile, tmp).get("ties")!,
    ]) {
      expectSheetMatches(rows, year);
      // The sorted block: Place, Region, Index, Class under its own "Place" header.
      const place = column(rows, 4, "Place");
      const sorted = rows.slice(5, 5 + names.length);
      const sortedNames = sorted.map((r) => r[place + 1]);
      expect([...sortedNames].sort()).toEqual([...names].sort());
      expect(sortedNames.filter((x) => x.startsWith("Twin"))).toEqual([
        "Twin A",
        "Twin B",
        "Twin C",
      ]);
      const sortedIndex = sorted.map((r) => Number(r[place + 2]));
      sortedIndex.slice(1).forEach((v, k) => expect(v).toBeLessThanOrEqual(sortedIndex[k]));
      sorted.forEach((r, k) => {
        const region = year.regions.find((x) => x.name === r[place + 1])!;
        expect(Number(r[place])).toBe(k + 1);
        expect(Math.abs(sortedIndex[k] - region.index)).toBeLessThanOrEqual(1e-9);
        expect(r[place + 3]).toBe(region.class);
      });
      // The rating block's own place column: 1..n, one each.
      const own = column(rows, 4, "Place (ties by table order)");
      expect(sorted.map((_, i) => Number(rows[5 + i][own])).sort((a, b) => a - b)).toEqual(
        names.map((_, i) => i + 1)
      );
    }
  });

  it("renders the sheets to PNG in test-artifacts/", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(tmp, "rating-sheet.xlsx");
    await writePlanToXlsx(buildRatingPlan([sample("2010"), sample("2014")]), file);
    const pdf = renderPdf(file, tmp);
    expect(existsSync(pdf)).toBe(true);
    if (havePdftoppm) {
      const r = spawnSync("pdftoppm", ["-png", "-r", "200", pdf, join(ARTIFACTS, "rating-sheet")], {
        encoding: "utf8",
      });
      expect(r.status).toBe(0);
      const pages = readdirSync(ARTIFACTS).filter((f) => /^rating-sheet-\d+\.png$/.test(f));
      expect(pages.length).toBeGreaterThanOrEqual(3);
    } else {
      if (process.env.CI)
        throw new Error("pdftoppm (poppler-utils) is required in CI to render the sheet");
      console.warn("pdftoppm not found: keeping the PDF only");
      renameSync(pdf, join(ARTIFACTS, "rating-sheet.pdf"));
    }
  });
});
