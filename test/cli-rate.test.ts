/**
 * The real command line, run as a child process: the golden 2010 result, the 2014 findings,
 * the workbook it writes, the inputs it reads and the errors it gives.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { parseClassLabel } from "../src/core";
import { syntheticGrid } from "./fixtures/synthetic";
import {
  INDEX_TABLE,
  SAMPLES_DIR,
  SAMPLE_SHEETS_EN,
  readTsv,
  regionRows,
  yearbookNumber,
} from "./helpers/samples";
import { ENGLISH, ROOT, buildCli, runCli } from "./helpers/cli";

jest.setTimeout(120_000);

const FIXTURES = join(__dirname, "fixtures");
const sample = (file: string) => join(SAMPLES_DIR, file);

// In a fresh folder, never the project's: a rating.xlsx a user's run left there must not matter.
const run = (args: string[], cwd = tmp) => runCli(args, cwd);

interface JsonYear {
  year: string;
  regions: {
    name: string;
    key: string;
    scores: Record<string, number>;
    susceptibility: number;
    activity: number;
    index: number;
    class: string;
    rank: number;
  }[];
  findings: { region: string | null; indicator: string | null; kind: string; message: string }[];
}

function json(args: string[], cwd = tmp): JsonYear[] {
  const r = run([...args, "--json"], cwd);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout).years;
}

let tmp: string;
beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), "growth-poles-cli-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("growth-poles rate --json", () => {
  it("reproduces Table 6 for 2010 from Tables 2 and 3: every index within 0.05, every class", () => {
    const [y] = json([
      "rate",
      "--year",
      "2010",
      sample("kz-2010-susceptibility.tsv"),
      sample("kz-2010-activity.tsv"),
    ]);
    expect(y.year).toBe("2010");
    const published = regionRows(INDEX_TABLE.file);
    expect(y.regions).toHaveLength(16);
    for (const region of y.regions) {
      const row = published.get(region.name)!;
      expect(
        Math.abs(region.index - yearbookNumber(row[INDEX_TABLE.index2010]))
      ).toBeLessThanOrEqual(0.05);
      expect(region.class).toBe(parseClassLabel(row[INDEX_TABLE.class2010]).label);
      expect(Object.keys(region.scores)).toEqual(["S_D", "S_F", "S_E", "S_A", "S_B", "S_C"]);
    }
    // Unrounded numbers, Latin letters.
    expect(y.regions.some((r) => String(r.index).split(".")[1]?.length > 6)).toBe(true);
    expect(y.regions.every((r) => /^[ABCD]\+{0,2}$/.test(r.class))).toBe(true);
  });

  it("reports the 2014 mismatches and the implausible per-capita values", () => {
    const [y] = json([
      "rate",
      "--year",
      "2014",
      sample("kz-2014-susceptibility.tsv"),
      sample("kz-2014-activity.tsv"),
    ]);
    const regionsOf = (kind: string) =>
      [...new Set(y.findings.filter((f) => f.kind === kind).map((f) => f.region))].sort();
    expect(regionsOf("mismatch")).toEqual(
      [
        "Западно-Казахстанская",
        "Карагандинская",
        "Костанайская",
        "Кызылординская",
        "Мангистауская",
        "Южно-Казахстанская",
        "Восточно-Казахстанская",
      ].sort()
    );
    expect(regionsOf("implausible")).toEqual(["Восточно-Казахстанская", "Южно-Казахстанская"]);
  });

  it("rates the bundled sample (2010 and 2014) with no files, from any working directory", () => {
    const years = json(["rate"], tmp);
    expect(years.map((y) => y.year)).toEqual(["2010", "2014"]);
    expect(existsSync(join(tmp, "rating.xlsx"))).toBe(false); // --json alone writes no workbook
  });

  it("works through npx from the project root", () => {
    const r = spawnSync("npx", ["--no-install", "growth-poles", "rate", "--json"], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, ...ENGLISH },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).years).toHaveLength(2);
  });

  it("reads messy inputs: shuffled TSV with totals and notes, and an English CSV with a BOM", () => {
    // No --locale: each table's number format is inferred from its unambiguous cells.
    const [messy] = json([
      "rate",
      "--year",
      "2010",
      join(FIXTURES, "kz-2010-susceptibility-messy.tsv"),
      join(FIXTURES, "kz-2010-activity-en.csv"),
    ]);
    const [clean] = json([
      "rate",
      "--year",
      "2010",
      sample("kz-2010-susceptibility.tsv"),
      sample("kz-2010-activity.tsv"),
    ]);
    const index = (y: JsonYear) => Object.fromEntries(y.regions.map((r) => [r.key, r.index]));
    expect(index(messy)).toEqual(index(clean));
    expect(messy.findings.filter((f) => f.kind === "excluded-row").map((f) => f.region)).toEqual([
      "Республика Казахстан",
      null,
      "Примечание: составлено по данным Агентства РК по статистике",
      "Total",
    ]);
  });

  it("reads an .xlsx sheet by name (FILE.xlsx#Sheet)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").getCell("A1").value = "not the table";
    const ws = wb.addWorksheet("Table 2");
    // As a spreadsheet holds them: numbers as numbers.
    readTsv("kz-2010-susceptibility.tsv").forEach((row, r) =>
      row.forEach((cell, c) => {
        ws.getCell(r + 1, c + 1).value = r > 0 && c !== 1 ? yearbookNumber(cell) : cell;
      })
    );
    const file = join(tmp, "tables 2010.xlsx");
    await wb.xlsx.writeFile(file);
    const [y] = json(["rate", "--year", "2010", `${file}#Table 2`, sample("kz-2010-activity.tsv")]);
    const published = regionRows(INDEX_TABLE.file);
    for (const region of y.regions)
      expect(
        Math.abs(region.index - yearbookNumber(published.get(region.name)![INDEX_TABLE.index2010]))
      ).toBeLessThanOrEqual(0.05);
    const wrong = run([
      "rate",
      "--year",
      "2010",
      `${file}#Table 9`,
      sample("kz-2010-activity.tsv"),
      "--json",
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /tables 2010\.xlsx#Table 9: no sheet "Table 9" \(the workbook has "Notes", "Table 2"\)/
    );
  });
});

describe("growth-poles rate: the workbook", () => {
  it("writes one sheet per year and a dynamics sheet, formulas without cached results, and never overwrites without --force", async () => {
    const out = join(tmp, "rating.xlsx");
    const first = run(["rate", "--out", out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`workbook written to ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // Stage 2 (issue 7): the bundled Table 7 adds the specialisation and growth-poles sheets.
    expect(wb.worksheets.map((w) => w.name)).toEqual(SAMPLE_SHEETS_EN);
    const ws = wb.getWorksheet("2010")!;
    const header = ws.getRow(5).values as unknown[];
    const rankCol = header.indexOf("Rank");
    const rankCell = ws.getRow(6).getCell(rankCol).value as ExcelJS.CellFormulaValue;
    expect(rankCell.formula).toMatch(/^_xlfn\.RANK\.EQ\(/);
    expect(rankCell.result).toBeUndefined();
    expect(ws.getCell("A6").value).toBe("Акмолинская");
    // No cached results, so the opening spreadsheet is asked to compute everything.
    const workbookXml = spawnSync("unzip", ["-p", out, "xl/workbook.xml"], {
      encoding: "utf8",
    }).stdout;
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);

    const again = run(["rate", "--out", out]);
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/exists; use --force/);
    expect(run(["rate", "--out", out, "--force", "--values-only"]).code).toBe(0);
    const values = new ExcelJS.Workbook();
    await values.xlsx.readFile(out);
    const v = values.getWorksheet("2010")!.getRow(6).getCell(rankCol).value;
    expect(v).toBe(13); // Akmola's rank, as a plain value
  });

  it("runs as an npm script", () => {
    const out = join(tmp, "script.xlsx");
    const r = spawnSync("npm", ["run", "--silent", "rate", "--", "--out", out], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe("growth-poles rate: long inputs", () => {
  it("reports progress on standard error", () => {
    const file = join(tmp, "regions-2020.tsv");
    writeFileSync(
      file,
      syntheticGrid(1500)
        .map((row) => row.join("\t"))
        .join("\n")
    );
    const r = run(["rate", "--year", "2020", file, "--out", join(tmp, "long.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/reading .*regions-2020\.tsv: 1,501 rows/);
    expect(r.stderr).toMatch(/rating 2020: 1,500 regions/);
    expect(r.stdout).toMatch(/2020: 1,500 regions/);
  });
});

describe("growth-poles rate: text stays text", () => {
  it("writes a region named like a formula as text", async () => {
    const rename = (file: string) => {
      const path = join(tmp, file);
      writeFileSync(
        path,
        readTsv(file)
          .map((row, r) => (r === 1 ? [row[0], "=1+1", ...row.slice(2)] : row).join("\t"))
          .join("\n")
      );
      return path;
    };
    const out = join(tmp, "text.xlsx");
    const r = run([
      "rate",
      "--year",
      "2010",
      rename("kz-2010-susceptibility.tsv"),
      rename("kz-2010-activity.tsv"),
      "--out",
      out,
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cell = wb.getWorksheet("2010")!.getCell("A6");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("=1+1");
  });
});

describe("growth-poles rate: errors", () => {
  it("names a file that does not exist", () => {
    const r = run(["rate", "--year", "2010", "no-such-table.tsv"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no-such-table.tsv: no such file");
  });

  it("names the file and what is missing when a table has no region column or no indicators", () => {
    const noRegion = join(tmp, "no-region.csv");
    writeFileSync(noRegion, "Валовой региональный продукт;Занятое население\n1;2\n3;4\n");
    const r1 = run(["rate", "--year", "2010", noRegion, "--json"]);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/no-region\.csv: no column of region names/);
    const noRegion2 = join(tmp, "numbers-only.csv");
    writeFileSync(noRegion2, ";Валовой региональный продукт\n12;1\n13;2\n");
    const r2 = run(["rate", "--year", "2010", noRegion2, "--json"]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/numbers-only\.csv: no column of region names/);
    const noIndicators = join(tmp, "fruit.csv");
    writeFileSync(noIndicators, "Region,Apples,Pears\nAkmola,1,2\n");
    const r3 = run(["rate", "--year", "2010", noIndicators, "--json"]);
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/fruit\.csv: no recognisable indicator columns.*"Apples", "Pears"/);
  });

  it("names the files when an indicator can be neither read nor derived", () => {
    const r = run(["rate", "--year", "2010", sample("kz-2010-susceptibility.tsv"), "--json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /kz-2010-susceptibility\.tsv: S_A .* is neither printed nor derivable/
    );
  });

  it("rejects unknown options in one line that points at --help", () => {
    const r = run(["rate", "--colour", "red"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'growth-poles: unknown option "--colour". Run growth-poles --help for usage.\n'
    );
  });
});
