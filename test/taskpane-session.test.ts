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
