/**
 * The bureau's tables through the built command line (issue 14): workbooks of one figure per
 * sheet with years as columns, rated for every year without --year and for the year asked for
 * with it; refusals naming the file, the sheet and the years; a ";" CSV in Windows-1251 with a
 * title row. Expected ratings: test/fixtures/yearbook.ts's independent few lines of the method.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildCli, runCli } from "./helpers/cli";
import {
  EDITIONS,
  type Edition,
  RAWS,
  expectedRating,
  figureGrid,
  sheetOf,
  writeEditionWorkbook,
  writeText,
} from "./fixtures/yearbook";

interface JsonYear {
  year: string;
  regions: { name: string; index: number; class: string }[];
  findings: { message: string; severity: string }[];
}

let dir = "";
const books: Partial<Record<Edition, string>> = {};

beforeAll(async () => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), "growth-poles-yearbook-"));
  for (const edition of [2014, 2019, 2022] as const)
    books[edition] = await writeEditionWorkbook(dir, edition);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheets = (edition: Edition) => RAWS.map((r) => sheetOf(books[edition]!, edition, r));

function expectYear(y: JsonYear, edition: Edition): void {
  const expected = expectedRating(edition, y.year);
  expect(y.regions).toHaveLength(expected.length);
  for (const e of expected) {
    const r = y.regions.find((x) => x.name === e.region);
    expect(r).toBeDefined();
    expect(Math.abs(r!.index - e.index)).toBeLessThan(1e-9);
    expect(r!.class).toBe(e.cls);
  }
}

describe("growth-poles rate on the bureau's workbooks", () => {
  it.each([2014, 2019, 2022] as const)(
    "edition %i without --year: every year the tables give, each as computed",
    (edition) => {
      const r = runCli(["rate", "--json", ...sheets(edition)], dir);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { years: JsonYear[] };
      expect(doc.years.map((y) => y.year)).toEqual([...EDITIONS[edition].years]);
      for (const y of doc.years) expectYear(y, edition);
    },
    60_000
  );

  it("--year 2014 reads 2014's column of every table", () => {
    const r = runCli(["rate", "--json", "--year", "2014", ...sheets(2014)], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { years: JsonYear[] };
    expect(doc.years.map((y) => y.year)).toEqual(["2014"]);
    expectYear(doc.years[0], 2014);
    // Every finding about a cell names the file, the sheet and the cell.
    const located = doc.years[0].findings.filter((f) => /footnote|column numbers/.test(f.message));
    expect(located.length).toBeGreaterThan(0);
    for (const f of located) expect(f.message).toMatch(/^.*yearbook-2014\.xlsx#1\.\d/);
  });

  it("a printed value that disagrees with the raw figures is named by file, sheet and cell", () => {
    // Karaganda's S_D printed as 1: a wide table with the printed indicator beside the raw ones.
    const grid = figureGrid(2014, "grp").map((row, r) =>
      r === 2
        ? [...row, "Производительность труда, тыс. тенге/чел. 2014 г."]
        : r === 11
          ? [...row, "1,0"]
          : r >= 4 && r < 21
            ? [...row, "100,0"]
            : row
    );
    const files = RAWS.map((raw) =>
      writeText(dir, `mm-${raw}.tsv`, raw === "grp" ? grid : figureGrid(2014, raw), "tsv")
    );
    const r = runCli(["rate", "--json", "--year", "2014", ...files], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { years: JsonYear[] };
    expectYear(doc.years[0], 2014); // the raw figures are scored
    const mismatch = doc.years[0].findings.find((f) =>
      /Карагандинская, S_D: printed 1/.test(f.message)
    );
    expect(mismatch?.message).toMatch(/mm-grp\.tsv, G12: /);
  });

  it("writes every year to the workbook", () => {
    const out = join(dir, "all-years.xlsx");
    const r = runCli(["rate", "--out", out, ...sheets(2019)], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2017: 17 regions[\s\S]*2018: 17 regions[\s\S]*2019: 17 regions/);
  });

  it("refuses a year a table lacks, naming the file, the sheet and the years it has", () => {
    const r = runCli(["rate", "--json", "--year", "2016", ...sheets(2014)], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /yearbook-2014\.xlsx#1\.1: the table has no column of 2016: its years are 2012, 2013, 2014/
    );
  });

  it("refuses tables that share no year, listing each one's years", () => {
    const r = runCli(
      ["rate", "--json", sheetOf(books[2014]!, 2014, "grp"), ...sheets(2019).slice(1)],
      dir
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /no year is given by every table: .*yearbook-2014\.xlsx#1\.1: 2012, 2013, 2014; .*yearbook-2019\.xlsx#1\.2: 2017, 2018, 2019/
    );
  });

  it("reads a ';' CSV in Windows-1251 with a title row", () => {
    const files = RAWS.map((raw) =>
      raw === "grp"
        ? writeText(dir, "grp-1251.csv", figureGrid(2014, raw), "csv1251")
        : writeText(dir, `${raw}.tsv`, figureGrid(2014, raw), "tsv")
    );
    const r = runCli(["rate", "--json", "--year", "2013", ...files], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expectYear((JSON.parse(r.stdout) as { years: JsonYear[] }).years[0], 2014);
  });
});
