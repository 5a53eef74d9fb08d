/**
 * The reader on the samples and on messy copies of them (test/fixtures, made by
 * generate-messy.ts): shuffled rows, a total row, a blank row, a note, a title, a units row and
 * a row of column numbers, English and Kazakh headers and names, English number format, missing
 * values, a region missing from one table. The messy copies must rate exactly like the clean ones.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readGrid } from "../src/cli/input";
import { Grid, RatingError, TableReadError, YearTable, joinTables, printedDecimals, rateYear, readYearbookTable } from "../src/sheet";
import fc from "fast-check";
import { readTsv } from "./helpers/samples";

const FIXTURES = join(__dirname, "fixtures");
const fixtureTsv = (file: string): string[][] =>
  readFileSync(join(FIXTURES, file), "utf8")
    .split("\n")
    .map((line) => line.split("\t"));
const fixtureCsv = (file: string) => readGrid({ path: join(FIXTURES, file), sheet: null, label: file });

function clean2010(): YearTable {
  return joinTables([readYearbookTable(readTsv("kz-2010-susceptibility.tsv"), { year: "2010" }), readYearbookTable(readTsv("kz-2010-activity.tsv"), { year: "2010" })]);
}

function indexByKey(table: YearTable, options = {}): Map<string, number> {
  return new Map(rateYear(table, options).regions.map((r) => [r.key, r.index]));
}

describe("reading the sample tables", () => {
  it("recognises every column of Tables 2 and 3 by its Russian header", () => {
    const s = readYearbookTable(readTsv("kz-2010-susceptibility.tsv"));
    expect(s.regionColumn).toBe(1);
    expect(s.headerRows).toBe(1);
    expect(s.columns.map((c) => [c.field, c.column])).toEqual([
      ["grp", 2],
      ["S_D", 3],
      ["employed", 4],
      ["fixedAssets", 5],
      ["S_F", 6],
      ["emissions", 7],
      ["S_E", 8],
    ]);
    const a = readYearbookTable(readTsv("kz-2010-activity.tsv"));
    expect(a.columns.map((c) => c.field)).toEqual(["rdExpenditure", "techInnovationExpenditure", "employed", "innovativeProducts", "S_A", "S_B", "S_C"]);
    expect(s.regions).toHaveLength(16);
    expect(s.excluded).toHaveLength(0);
    expect(s.regions[0]).toMatchObject({ name: "Акмолинская", key: "akmola", raw: { grp: 585965.4, employed: 413300 }, printed: { S_D: 1417.77, S_F: 0.7 } });
  });

  it("joins the two tables of a year by region, though 2014's rows are in different orders", () => {
    const t = joinTables([readYearbookTable(readTsv("kz-2014-susceptibility.tsv")), readYearbookTable(readTsv("kz-2014-activity.tsv"))]);
    expect(t.regions).toHaveLength(16);
    expect(t.findings.filter((f) => f.kind === "unmatched-region")).toHaveLength(0);
    const east = t.regions.find((r) => r.key === "east-kazakhstan")!;
    // Row 14 of Table 4 and row 5 of Table 5.
    expect(east.raw.grp).toBe(2288551.2);
    expect(east.raw.innovativeProducts).toBe(97778.9);
    expect(east.tableRows).toEqual([14, 5]);
  });

  it("remembers the printed precision, so rounding is not taken for a disagreement", () => {
    expect(printedDecimals("0,41", 0.41)).toBe(2);
    expect(printedDecimals("1 054 074,4", 1054074.4)).toBe(1);
    expect(printedDecimals("1,054,074.4", 1054074.4)).toBe(1);
    expect(printedDecimals("413300", 413300)).toBe(0);
    expect(printedDecimals("12 833,60", 12833.6)).toBe(2);
  });

  it("counts a number cell's decimals as JavaScript prints it (property)", () => {
    // The digits after the point of String(n), before any exponent, at most 12.
    const printed = (n: number) =>
      Math.min(String(n).split(/e/i)[0].split(".")[1]?.length ?? 0, 12);
    const numbers = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer().map((i) => i / 1000),
      fc.constantFrom(1e21, 1.5e-7, -2.5e22, 0.1 + 0.2, 123456789.123456, -0, 1e-7, 5e-324)
    );
    fc.assert(
      fc.property(numbers, (n) => {
        expect(printedDecimals(n, n)).toBe(printed(n));
      }),
      { numRuns: 5000 }
    );
    expect(printedDecimals(1.5e-7, 1.5e-7)).toBe(1);
    expect(printedDecimals(0.1 + 0.2, 0.3)).toBe(12);
    expect(printedDecimals(1054074.4, 1054074.4)).toBe(1);
  });
});

describe("messy copies of the 2010 sample", () => {
  it("reads a title, a units row and a row of column numbers as headers, and leaves out the total, a blank row and a note", () => {
    const t = readYearbookTable(fixtureTsv("kz-2010-susceptibility-messy.tsv"));
    expect(t.headerRows).toBe(4);
    expect(t.year).toBe("2010");
    expect(t.columns.map((c) => c.field)).toEqual(["grp", "S_D", "employed", "fixedAssets", "S_F", "emissions", "S_E"]);
    expect(t.regions).toHaveLength(16);
    expect(t.excluded.map((e) => e.reason)).toEqual([
      "a total, not a region",
      "blank row",
      "no figures (a note or a heading, not a region)",
    ]);
    expect(t.excluded[0].text).toBe("Республика Казахстан");
    const excludedFindings = t.findings.filter((f) => f.kind === "excluded-row");
    expect(excludedFindings).toHaveLength(3);
    expect(excludedFindings[0].message).toContain("Республика Казахстан");
  });

  it("rates the shuffled copy with its total row exactly like the clean tables, the total never leading", () => {
    const messy = joinTables([readYearbookTable(fixtureTsv("kz-2010-susceptibility-messy.tsv")), readYearbookTable(readTsv("kz-2010-activity.tsv"))]);
    const rated = rateYear(messy);
    expect(rated.regions).toHaveLength(16);
    expect(indexByKey(messy)).toEqual(indexByKey(clean2010()));
    // The total's eco-efficiency (595 137) is above Almaty city's (356 674): it must not lead.
    const leaderOfSE = rated.regions.find((r) => r.scores.S_E === 100)!;
    expect(leaderOfSE.key).toBe("almaty-city");
    expect(rated.regions.find((r) => r.rank === 1)!.key).toBe("almaty-city");
  });

  it("reads English headers, English names and '1,054,074.4' numbers with the en locale", async () => {
    const grid = await fixtureCsv("kz-2010-activity-en.csv");
    const t = readYearbookTable(grid, { locale: "en", year: "2010" });
    expect(t.columns.map((c) => c.field)).toEqual(["rdExpenditure", "techInnovationExpenditure", "employed", "innovativeProducts", "S_A", "S_B", "S_C"]);
    expect(t.findings.filter((f) => f.kind === "unreadable")).toHaveLength(0);
    expect(t.excluded.map((e) => e.text)).toEqual(["Total"]);
    expect(t.regions.find((r) => r.key === "almaty-city")!.printed.S_A).toBe(19677.65);
    const joined = joinTables([readYearbookTable(fixtureTsv("kz-2010-susceptibility-messy.tsv")), t]);
    expect(joined.findings.filter((f) => f.kind === "unmatched-region")).toHaveLength(0);
    expect(indexByKey(joined)).toEqual(indexByKey(clean2010()));
  });

  it("infers a table's number format from its unambiguous cells, and refuses to guess without evidence", async () => {
    const inferred = readYearbookTable(await fixtureCsv("kz-2010-activity-en.csv"), { year: "2010" });
    expect(inferred.findings.filter((f) => f.kind === "unreadable")).toHaveLength(0);
    expect(inferred.regions[0].raw.employed).toBe(413300);
    const grid: Grid = [
      ["Region", "Employed population", "R&D expenditure per employed person"],
      ["Akmola", "413,300", "1,390"],
      ["Aktobe", "478,500", "1,310"],
    ];
    const t = readYearbookTable(grid, { year: "2010" });
    const unreadable = t.findings.filter((f) => f.kind === "unreadable");
    expect(unreadable.map((f) => [f.region, f.indicator])).toEqual([
      ["Akmola", "employed"],
      ["Akmola", "S_A"],
      ["Aktobe", "employed"],
      ["Aktobe", "S_A"],
    ]);
    expect(unreadable[0].message).toMatch(/"413,300" is not a number .*locale/);
    expect(unreadable[0].cell).toEqual({ row: 1, col: 1 });
    expect(readYearbookTable(grid, { locale: "en" }).regions[0].raw.employed).toBe(413300);
  });

  it("reads Kazakh headers and names; a region missing from one table is a finding, not a crash", () => {
    const kk = readYearbookTable(fixtureTsv("kz-2010-activity-kk.tsv"), { year: "2010" });
    expect(kk.regionColumn).toBe(1);
    expect(kk.columns.map((c) => c.field)).toEqual(["rdExpenditure", "techInnovationExpenditure", "employed", "innovativeProducts", "S_A", "S_B", "S_C"]);
    expect(kk.regions).toHaveLength(15);
    const joined = joinTables([readYearbookTable(readTsv("kz-2010-susceptibility.tsv"), { year: "2010" }), kk]);
    expect(joined.regions).toHaveLength(16);
    const unmatched = joined.findings.filter((f) => f.kind === "unmatched-region");
    expect(unmatched.map((f) => f.region)).toEqual(["Павлодарская"]);
    expect(unmatched[0].message).toMatch(/not in table 2/);
    // Kazakh names matched the Russian ones: Almaty city and Almaty region kept apart.
    expect(joined.regions.find((r) => r.key === "almaty-city")!.printed.S_A).toBe(19677.65);
    expect(joined.regions.find((r) => r.key === "almaty-region")!.printed.S_A).toBe(836.42);
    // Rating follows the missing-value policy: refused by default, naming the region ...
    expect(() => rateYear(joined)).toThrow(RatingError);
    expect(() => rateYear(joined)).toThrow(/Павлодарская \(S_A\)/);
    // ... or with "zero", Pavlodar scores nothing on activity.
    const rated = rateYear(joined, { missing: "zero" });
    expect(rated.regions.find((r) => r.key === "pavlodar")!.activity).toBe(0);
  });

  it("follows the missing-value policy for a '…' (no data) in a printed column", () => {
    const t = joinTables([readYearbookTable(readTsv("kz-2010-susceptibility.tsv")), readYearbookTable(fixtureTsv("kz-2010-activity-missing.tsv"))]);
    const missing = t.findings.filter((f) => f.kind === "missing");
    expect(missing.map((f) => [f.region, f.indicator])).toEqual([["Атырауская", "S_A"]]);
    // Printed first: the missing printed S_A is recomputed from R&D and employed, and said so.
    const rated = rateYear(t, { year: "2010", prefer: "printed" });
    const atyrau = rated.regions.find((r) => r.key === "atyrau")!;
    expect(atyrau.indicators.S_A).toBeCloseTo((2199.3 * 1e6) / 256100, 6);
    expect(rated.findings.some((f) => f.kind === "source" && f.region === "Атырауская" && f.indicator === "S_A")).toBe(true);
  });

  it("applies the policy when a value is neither printed nor derivable", () => {
    const grid = readTsv("kz-2010-activity.tsv").map((row) => row.slice(0, 2).concat(row.slice(6)));
    grid[4][2] = "х"; // Atyrau's S_A confidential, and no R&D column to recompute it from
    const t = joinTables([readYearbookTable(readTsv("kz-2010-susceptibility.tsv")), readYearbookTable(grid)]);
    expect(() => rateYear(t, { year: "2010" })).toThrow(/Атырауская \(S_A\)/);
    const skipped = rateYear(t, { year: "2010", missing: "skip" });
    const atyrau = skipped.regions.find((r) => r.key === "atyrau")!;
    expect(atyrau.scores.S_A).toBeNull();
    expect(atyrau.activity).toBeCloseTo((atyrau.scores.S_B! + atyrau.scores.S_C!) / 2, 12);
  });

  it("reads the bureau's '-' (none) as zero and says so; 'х' and '…' are no figure", () => {
    const grid = readTsv("kz-2010-activity.tsv").map((row) => row.slice(0, 2).concat(row.slice(6)));
    grid[4][2] = "-"; // Atyrau: no R&D at all
    grid[5][3] = "х"; // East Kazakhstan's S_B confidential
    grid[6][4] = "…"; // Zhambyl's S_C not available
    const t = readYearbookTable(grid, { year: "2010" });
    const row = (key: string) => t.regions.find((r) => r.key === key)!;
    expect(row("atyrau").printed.S_A).toBe(0);
    expect(row("east-kazakhstan").printed.S_B).toBeNull();
    expect(row("zhambyl").printed.S_C).toBeNull();
    const about = (region: string) => t.findings.find((f) => f.region === region && f.cell)!;
    expect(about("Атырауская").message).toMatch(/"-" \(none\) read as 0/);
    expect(about("Восточно-Казахстанская").message).toMatch(/"х" \(confidential\)/);
    expect(about("Жамбылская").message).toMatch(/"…" \(no data\)/);
  });

  it("lets forced mappings override recognition", () => {
    const grid = readTsv("kz-2010-susceptibility.tsv").map((row) => [...row]);
    grid[0][3] = "Column D";
    const t = readYearbookTable(grid, { mapping: { S_D: 3 } });
    expect(t.columns.find((c) => c.field === "S_D")!.column).toBe(3);
  });
});

describe("tables the reader cannot use", () => {
  it("says when there is no column of region names", () => {
    const grid: Grid = [
      ["Валовой региональный продукт", "Занятое население"],
      [1, 2],
      [3, 4],
    ];
    expect(() => readYearbookTable(grid)).toThrow(TableReadError);
    try {
      readYearbookTable(grid);
    } catch (e) {
      expect((e as TableReadError).missing).toBe("region-column");
    }
    const named: Grid = [
      ["", "Валовой региональный продукт"],
      ["12", 1],
    ];
    expect(() => readYearbookTable(named)).toThrow(/region/);
  });

  it("says when no column is an indicator, listing the headers it saw", () => {
    const grid: Grid = [
      ["Region", "Apples", "Pears"],
      ["Akmola", 1, 2],
    ];
    expect(() => readYearbookTable(grid)).toThrow(/no recognisable indicator columns.*"Apples", "Pears"/);
  });
});
