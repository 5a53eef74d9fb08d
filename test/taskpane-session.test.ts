import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import {
  missingIndicators,
  ratingSheetNames,
  viewYear,
  yearFromSheetName,
  columnHeaders,
} from "../src/taskpane/session";
import { buildRatingPlan } from "../src/sheet";
import { sampleGrid } from "./browser/sample-grids";
import { expectedRating, wideGrid } from "./fixtures/yearbook";

const source = (sheet: string, values: unknown[][]) => ({
  sheet,
  address: "A1",
  row: 0,
  col: 0,
  values,
  fromUsedRange: false,
});

describe("task pane session", () => {
  test("a year in a sheet name, only when there is exactly one", () => {
    expect(yearFromSheetName("Таблица 2 (2010)")).toBe("2010");
    expect(yearFromSheetName("2014 activity")).toBe("2014");
    expect(yearFromSheetName("2010-2014")).toBeNull();
    expect(yearFromSheetName("Sheet12345")).toBeNull();
    // A year must not follow or precede another digit; letters and punctuation around it are fine.
    expect(yearFromSheetName("FY2010")).toBe("2010");
    expect(yearFromSheetName("2010")).toBe("2010");
    expect(yearFromSheetName("12010")).toBeNull();
    expect(yearFromSheetName("20101")).toBeNull();
    expect(yearFromSheetName("1999_2010")).toBeNull();
    expect(yearFromSheetName("2010 (2010)")).toBe("2010");
    expect(yearFromSheetName("Таблица 12 за 2014г.")).toBe("2014");
    expect(yearFromSheetName("Sheet 2110")).toBeNull();
  });

  test("the missing-value choice reaches the rating; refusing it names the pane's option", () => {
    const activity = sampleGrid("kz-2010-activity.tsv");
    activity[3][8] = ""; // Алматинская, S_C
    const input = {
      tables: [
        {
          source: source("Таблица 2 (2010)", sampleGrid("kz-2010-susceptibility.tsv")),
          mapping: {},
        },
        { source: source("Таблица 3 (2010)", activity), mapping: {} },
      ],
      year: null,
    };
    const refused = viewYear(input);
    expect(refused.rated).toBeNull();
    expect(refused.error).toMatch(
      /^1 indicator value is missing: Алматинская \(S_C\)\. .*“Missing values” below/
    );
    expect(refused.findings.some((f) => f.kind === "missing" && f.region === "Алматинская")).toBe(
      true
    );
    const skip = viewYear(input, { missing: "skip" });
    const zero = viewYear(input, { missing: "zero" });
    expect(skip.error).toBeNull();
    expect(skip.rated?.missing).toBe("skip");
    expect(zero.rated?.missing).toBe("zero");
    const almaty = (v: typeof skip) => v.rated!.regions.find((r) => r.name === "Алматинская")!;
    expect(almaty(skip).scores.S_C).toBeNull();
    expect(almaty(zero).scores.S_C).toBe(0);
    // Skip: activity is the mean of the two scores present; zero: their sum over three.
    const { S_A, S_B } = almaty(skip).scores;
    expect(almaty(skip).activity).toBeCloseTo((S_A! + S_B!) / 2, 9);
    expect(almaty(zero).activity).toBeCloseTo((S_A! + S_B!) / 3, 9);
  });

  test("header text of each column, header rows joined", () => {
    expect(
      columnHeaders(
        [
          ["Region", "GRP"],
          ["", "mln tenge"],
          ["Akmola", 1],
        ],
        2
      )
    ).toEqual(["Region", "GRP / mln tenge"]);
  });

  test("a missing indicator says which inputs would derive it", () => {
    const missing = missingIndicators([
      { field: "grp" },
      { field: "employed" },
      { field: "S_F" },
      { field: "S_A" },
      { field: "S_B" },
      { field: "population" },
    ]);
    expect(missing.map((m) => [m.code, m.absent])).toEqual([
      ["S_E", ["emissions"]],
      ["S_C", ["innovativeProducts"]],
    ]);
  });

  test("a year the tables and the sheet name do not give must be typed", () => {
    const v = viewYear({
      tables: [
        { source: source("Data", sampleGrid("kz-2010-susceptibility.tsv")), mapping: {} },
        { source: source("More", sampleGrid("kz-2010-activity.tsv")), mapping: {} },
      ],
      year: null,
    });
    expect(v.year).toBeNull();
    expect(v.rated).toBeNull();
    expect(v.error).toMatch(/The year is not known/);
    const typed = viewYear({
      tables: v.tables.map((t) => ({ source: t.source, mapping: {} })),
      year: "2010",
    });
    expect(typed.rated?.regions).toHaveLength(16);
  });

  test("sheets are named after the source and the year", () => {
    const v = viewYear({
      tables: [
        { source: source("Data", sampleGrid("kz-2010-susceptibility.tsv")), mapping: {} },
        { source: source("More", sampleGrid("kz-2010-activity.tsv")), mapping: {} },
      ],
      year: "2010",
    });
    const plan = buildRatingPlan([v.rated!, { ...v.rated!, year: "2014" }]);
    expect(
      ratingSheetNames(plan, [
        { year: "2010", source: "Data" },
        { year: "2014", source: "Таблица 4 (2014)" },
      ])
    ).toEqual(["Rating 2010 Data", "Rating Таблица 4 (2014)", "Dynamics 2010-2014"]);
  });
});

describe("a table with years as columns in the pane (issue 14)", () => {
  const input = (year: string | null) => ({
    tables: [{ source: source("Ежегодник", wideGrid(2014)), mapping: {} }],
    year,
  });

  test("offers its years, takes the latest until one is chosen, and rates the one chosen", () => {
    const latest = viewYear(input(null), { lang: "ru" });
    expect(latest.yearChoices).toEqual(["2012", "2013", "2014"]);
    expect([latest.year, latest.yearFrom, latest.error]).toEqual(["2014", "columns", null]);
    const chosen = viewYear(input("2013"), { lang: "ru" });
    expect([chosen.year, chosen.yearFrom]).toEqual(["2013", "typed"]);
    const expected = new Map(expectedRating(2014, "2013").map((e) => [e.region, e.index]));
    for (const r of chosen.rated!.regions)
      expect(Math.abs(r.index - expected.get(r.name)!)).toBeLessThan(1e-9);
  });

  test("a year the table lacks is refused with the command line's words, naming the range", () => {
    const view = viewYear(input("2011"), { lang: "ru" });
    expect(view.rated).toBeNull();
    expect(view.error).toBe(
      "Ежегодник!A1: в таблице нет столбца за 2011: в ней годы 2012, 2013, 2014"
    );
  });

  test("findings name the sheet and the cell", () => {
    const view = viewYear(input("2014"), { lang: "en" });
    const numbers = view.findings.find((f) => /row of column numbers/.test(f.message))!;
    expect(numbers.message).toMatch(/^Ежегодник, A4: row 4 /);
  });
});

describe("layering", () => {
  test("only the entry points (index, mount) and src/office touch Office.js; components do not", () => {
    const root = join(__dirname, "..", "src", "taskpane");
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
      );
    const offenders = files(root)
      .filter((f) => /\.tsx?$/.test(f) && !/(index|mount)\.tsx$/.test(f))
      .filter((f) => /\b(Excel|Office)\.[a-zA-Z]|excel-workbook/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});

describe("stage 2 in the pane's session", () => {
  test("an industry table: the IT industry recognised by its header, then the user's choice; in the pane's language", async () => {
    const stage2 = await import("../src/taskpane/stage2-chunk");
    const { industryGrid, INDUSTRY_HEADERS, IT_COLUMN } = await import("./fixtures/industries");
    const grid = industryGrid(6);
    const input = {
      tables: [
        {
          source: source("Таблица 2 (2010)", sampleGrid("kz-2010-susceptibility.tsv")),
          mapping: {},
        },
      ],
      year: null,
      industry: { source: source("Отрасли", grid), itIndustry: null as number | null },
    };
    // Without the stage 2 chunk nothing is read (the pane loads it before adding the table).
    expect(viewYear(input).industry).toBeNull();
    const read = viewYear(input, { stage2, lang: "ru" }).industry!.reading;
    if (!read.ok) throw new Error(read.message);
    expect(read.it?.header).toContain(INDUSTRY_HEADERS[IT_COLUMN]);
    // The user picks another industry as IT: the reading follows the column chosen.
    const other = read.choices.find((c) => !c.isIt)!;
    const chosen = viewYear(
      { ...input, industry: { ...input.industry, itIndustry: other.column } },
      { stage2, lang: "ru" }
    ).industry!.reading;
    if (!chosen.ok) throw new Error(chosen.message);
    expect(chosen.it?.column).toBe(other.column);
    expect(chosen.spec.industries[chosen.spec.itIndustry!]).toBe(other.header);
  });

  test("a table that is not an industry table is refused with a message, not an exception", async () => {
    const stage2 = await import("../src/taskpane/stage2-chunk");
    const view = viewYear(
      {
        tables: [{ source: source("2010", sampleGrid("kz-2010-susceptibility.tsv")), mapping: {} }],
        year: null,
        industry: { source: source("Notes", [["just a note"]]), itIndustry: null },
      },
      { stage2 }
    );
    expect(view.industry?.reading.ok).toBe(false);
    expect(view.industry?.reading.ok === false && view.industry.reading.message).toMatch(/\w/);
  });
});
