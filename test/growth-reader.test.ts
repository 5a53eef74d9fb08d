/**
 * Stage 2's tables: the paper's Table 7 read from the project's sample (the published table as
 * printed), region x industry tables in Russian, Kazakh and English, the IT industry found
 * by its header or chosen, and the findings a yearbook extract deserves.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  herfindahl,
  herfindahlNormalised,
  krugmanIndex,
  locationQuotients,
  nationalShare,
  parseYearbookNumber,
} from "../src/core";
import {
  IndustryReadError,
  industryChoices,
  readIndustryYear,
  readSpecialisationTable,
  specialiseYear,
  type IndustryTable,
  type ItColumnTable,
} from "../src/sheet";
import { IT_COLUMN, industryGrid, industrySizes } from "./fixtures/industries";
import { SAMPLES_DIR, readTsv } from "./helpers/samples";

const TABLE7 = "kz-ksi-it-2010-2014.tsv";
/** Table 7 as published (the bundled sample), parsed by hand: region -> [2010, 2014], null for "-". */
function publishedTable7(): Map<string, (number | null)[]> {
  const rows = readFileSync(join(SAMPLES_DIR, TABLE7), "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(2)
    .map((l) => l.split("\t"));
  return new Map(
    rows.map((r) => [
      r[0].trim(),
      [r[1], r[2]].map((c) => (c.trim() === "-" ? null : Number(c.trim().replace(",", ".")))),
    ])
  );
}

describe("the paper's Table 7 (IT shares, 2010 and 2014)", () => {
  const table = readSpecialisationTable(readTsv(TABLE7)) as ItColumnTable;
  const published = publishedTable7();

  it("is read as one IT column per year, shares, two-row header", () => {
    expect(table.kind).toBe("it-column");
    expect(table.headerRows).toBe(2);
    expect(table.years.map((y) => [y.year, y.measure])).toEqual([
      ["2010", "share"],
      ["2014", "share"],
    ]);
    expect(table.regions).toHaveLength(16);
    // Shares add up to about 1 (1.000 and 0.999): no finding.
    expect(table.findings.filter((f) => f.kind === "implausible")).toEqual([]);
  });

  it.each([
    ["2010", 0, ["Атырауская", "Костанайская", "Кызылординская", "Мангистауская", "Павлодарская"]],
    ["2014", 1, ["Атырауская", "Костанайская", "Кызылординская"]],
  ] as const)(
    '%s: no IT output ("-", not 0) exactly in the paper\'s outsiders',
    (year, k, outsiders) => {
      const spec = specialiseYear(table, { year });
      const none = spec.regions.filter((r) => r.itShare === null).map((r) => r.name);
      expect(none.sort()).toEqual([...outsiders].sort());
      expect(
        spec.regions
          .filter((r) => r.tier === "none")
          .map((r) => r.name)
          .sort()
      ).toEqual([...outsiders].sort());
      // Karaganda prints 0 (a figure), not "-": a share of 0, not "no data".
      expect(spec.regions.find((r) => r.name === "Карагандинская")!.itShare).toBe(0);
      for (const r of spec.regions) expect(r.itShare).toBe(published.get(r.name)![k]);
    }
  );

  it("г. Алматы is the most specialised both years, 0.683 and 0.634 as the paper's text says", () => {
    for (const [year, share] of [
      ["2010", 0.683],
      ["2014", 0.634],
    ] as const) {
      const spec = specialiseYear(table, { year });
      const top = [...spec.regions].sort((a, b) => (b.itShare ?? -1) - (a.itShare ?? -1))[0];
      expect(top.name).toBe("г. Алматы");
      expect(top.itShare).toBe(share);
      expect(top.tier).toBe("high");
      expect(spec.regions.filter((r) => r.tier === "high")).toHaveLength(1);
      expect(spec.reference).toBeNull();
      expect(top.ksi).toBeNull();
      expect(top.lq).toBeNull();
    }
  });

  it("a year that is not in the table is refused, naming the years there are", () => {
    expect(() => specialiseYear(table, { year: "2012" })).toThrow(/2012.*2010, 2014/);
  });
});

describe("region x industry tables", () => {
  const grid = industryGrid(12);
  const sizes = industrySizes(12);

  it("sorts its rows as the rating reader does: a number for a name is left out, a repeat names the first row", () => {
    // Grid row 1 is "Region 1"; after the total row come a repeat of it and a row named "12".
    const extra = [...grid, [...grid[1]], ["12", ...grid[1].slice(1)]];
    const table = readSpecialisationTable(extra, { year: "2020" }) as IndustryTable;
    expect(table.regions).toHaveLength(12);
    const duplicate = table.findings.find((f) => f.kind === "duplicate-region")!;
    expect(duplicate.message).toBe(
      `row ${grid.length + 1} "Region 1" is the same region as row 2 "Region 1"; only the first is used`
    );
    expect(table.excluded.map((e) => [e.gridRow, e.reason])).toContainEqual([
      grid.length + 1,
      "the name cell holds a number (a row of column numbers?)",
    ]);
  });

  it("recognises the IT industry by section J, leaves the total row out, and computes what the core computes", () => {
    const table = readSpecialisationTable(grid, { year: "2020" }) as IndustryTable;
    expect(table.kind).toBe("industries");
    expect(table.itIndustry).toBe(IT_COLUMN);
    expect(table.itFrom).toBe("header");
    expect(table.regions).toHaveLength(12);
    expect(table.excluded.map((e) => e.text)).toEqual(["Республика Казахстан"]);
    expect(
      industryChoices(table)
        .filter((c) => c.isIt)
        .map((c) => c.column)
    ).toEqual([IT_COLUMN + 1]);
    for (const reference of ["rest", "national", "mean"] as const) {
      const spec = specialiseYear(table, { reference });
      const ksi = krugmanIndex(sizes, reference);
      spec.regions.forEach((r, j) => expect(r.ksi).toBeCloseTo(ksi[j], 12));
    }
    const spec = specialiseYear(table);
    const lq = locationQuotients(sizes);
    const it = nationalShare(sizes.map((row) => row[IT_COLUMN]));
    spec.regions.forEach((r, j) => {
      expect(r.hhi).toBeCloseTo(herfindahl(sizes[j]), 12);
      expect(r.hhiNormalised).toBeCloseTo(herfindahlNormalised(sizes[j]), 12);
      r.lq!.forEach((q, k) => expect(q).toBeCloseTo(lq[j][k], 12));
      expect(r.itShare).toBeCloseTo(it[j]!, 12);
    });
  });

  it.each([
    ["Russian", "Информация и связь, млн тенге"],
    ["Kazakh", "Ақпарат және байланыс, млн теңге"],
    ["English", "Information and communication, KZT mln"],
    ["section letter", "J"],
    ["section J", "Секция J"],
    ["IT by name", "ИТ-услуги"],
    ["IT in English", "IT services"],
  ])("finds the IT industry in a %s header", (_, header) => {
    const g = [
      ["Region", "Industry", header, "Agriculture"],
      ["Akmola", "10", "1", "5"],
      ["Aktobe", "12", "2", "3"],
      ["Total", "22", "3", "8"],
    ];
    const table = readSpecialisationTable(g, { year: "2020" }) as IndustryTable;
    expect(table.itIndustry).toBe(1);
    expect(table.regions.map((r) => r.name)).toEqual(["Akmola", "Aktobe"]);
  });

  it("says so and lists the columns when no IT industry is found; the user's choice wins", () => {
    const g = [
      ["Регион", "Промышленность", "Торговля", "Связь и прочее"],
      ["Акмолинская", "10", "1", "5"],
      ["Актюбинская", "12", "2", "3"],
    ];
    const table = readSpecialisationTable(g, { year: "2020" }) as IndustryTable;
    expect(table.itIndustry).toBeNull();
    const message = table.findings.find((f) => f.kind === "missing-indicator")!.message;
    expect(message).toMatch(/no IT industry/);
    expect(message).toContain('"Промышленность", "Торговля", "Связь и прочее"');
    const ru = readSpecialisationTable(g, { year: "2020", lang: "ru" }) as IndustryTable;
    expect(ru.findings.find((f) => f.kind === "missing-indicator")!.message).toMatch(
      /отрасль ИТ не распознана/
    );
    const chosen = readSpecialisationTable(g, {
      year: "2020",
      itIndustry: "связь",
    }) as IndustryTable;
    expect(chosen.itIndustry).toBe(2);
    expect(chosen.itFrom).toBe("user");
    expect(() => readSpecialisationTable(g, { itIndustry: "Финансы" })).toThrow(IndustryReadError);
    expect(() => readSpecialisationTable(g, { itIndustry: "Финансы" })).toThrow(
      /"Промышленность", "Торговля", "Связь и прочее"/
    );
  });

  it("reports negative sizes and missing figures: the region keeps its IT share, not KSI, HHI, LQ", () => {
    const g = [
      ["Регион", "Промышленность", "Информация и связь"],
      ["Акмолинская", "10", "1"],
      ["Актюбинская", "-5", "2"],
      ["Алматинская", "-", "2"],
      ["Атырауская", "7", "3"],
      ["Всего", "12", "8"],
    ];
    const table = readSpecialisationTable(g, { year: "2020" });
    const spec = specialiseYear(table);
    // Issue 14: a gap in another industry leaves the IT column whole (shares of 1+2+2+3 = 8).
    expect(spec.regions.map((r) => [r.name, r.complete, r.itShare, r.ksi === null])).toEqual([
      ["Акмолинская", true, 1 / 8, false],
      ["Актюбинская", false, 2 / 8, true],
      ["Алматинская", false, 2 / 8, true],
      ["Атырауская", true, 3 / 8, false],
    ]);
    expect(spec.leftOut).toEqual([]);
    expect(
      spec.findings.some((f) => f.kind === "implausible" && /Актюбинская.*negative/.test(f.message))
    ).toBe(true);
    expect(spec.findings.some((f) => f.kind === "missing" && /Алматинская/.test(f.message))).toBe(
      true
    );
    expect(spec.findings.some((f) => f.kind === "excluded-row" && /Всего/.test(f.message))).toBe(
      true
    );
  });

  it("refuses a size it cannot read, text or digits that make no number, each with its cell", () => {
    const g = [
      ["Регион", "Промышленность", "Информация и связь"],
      ["Акмолинская", "10", "1"],
      ["Актюбинская", "1.2.3", "2"],
      ["Алматинская", "5", "много"],
      ["Атырауская", "7", "3"],
    ];
    const table = readSpecialisationTable(g, { year: "2020" });
    expect(table.regions.map((r) => r.sizes)).toEqual([
      [10, 1],
      [null, 2],
      [5, null],
      [7, 3],
    ]);
    const refused = table.findings.filter((f) => f.kind === "unreadable");
    expect(refused.map((f) => [f.region, f.severity, f.cell])).toEqual([
      ["Актюбинская", "error", { row: 2, col: 1 }],
      ["Алматинская", "error", { row: 3, col: 2 }],
    ]);
    expect(refused[0].message).toContain("1.2.3");
    expect(refused[1].message).toContain("много");
  });

  it("warns when an IT column is all zeros and when shares do not add up to about 1", () => {
    const zeros = readSpecialisationTable([
      ["Регион", "Промышленность", "Информация и связь"],
      ["Акмолинская", "10", "0"],
      ["Актюбинская", "12", "0"],
    ]);
    expect(zeros.findings.some((f) => /0 for every region/.test(f.message))).toBe(true);
    const shares = readSpecialisationTable([
      ["Регион", "Доля ИТ, 2014"],
      ["Акмолинская", "0,3"],
      ["Актюбинская", "0,2"],
    ]);
    expect(shares.kind).toBe("it-column");
    expect(shares.findings.some((f) => /add up to 0.5/.test(f.message))).toBe(true);
    const ru = readSpecialisationTable(
      [
        ["Регион", "Доля ИТ, 2014"],
        ["Акмолинская", "0,3"],
        ["Актюбинская", "0,2"],
      ],
      { lang: "ru" }
    );
    expect(ru.findings.some((f) => /в сумме дают 0,5/.test(f.message))).toBe(true);
  });

  it("an IT output column gives shares of the national total", () => {
    const table = readSpecialisationTable([
      ["Region", "IT output, mln tenge, 2014"],
      ["Akmola", "30"],
      ["Aktobe", "-"],
      ["Almaty city", "70"],
    ]);
    const spec = specialiseYear(table);
    expect(spec.measure).toBe("output");
    expect(spec.year).toBe("2014");
    expect(spec.regions.map((r) => r.itShare)).toEqual([0.3, null, 0.7]);
    // The figures parse as the core reads yearbooks.
    expect(parseYearbookNumber("-").kind).toBe("missing");
  });
});

describe("the task pane's one call: readIndustryYear", () => {
  it("gives the choices, the IT guess and the year's figures; asks for the IT industry when none is found", () => {
    const reading = readIndustryYear(industryGrid(6), { year: "2020", reference: "national" });
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.choices).toHaveLength(8);
    expect(reading.it?.header).toMatch(/Информация и связь/);
    expect(reading.spec.reference).toBe("national");
    expect(reading.message).toBeNull();
    const none = readIndustryYear(
      [
        ["Регион", "Промышленность", "Торговля"],
        ["Акмолинская", "10", "1"],
        ["Актюбинская", "12", "2"],
      ],
      { year: "2020", lang: "ru" }
    );
    if (!none.ok) throw new Error(none.message);
    expect(none.it).toBeNull();
    expect(none.message).toMatch(/отрасль ИТ не распознана.*"Промышленность", "Торговля"/);
    expect(none.spec.regions.every((r) => r.itShare === null && r.ksi !== null)).toBe(true);
    const chosen = readIndustryYear(
      [
        ["Регион", "Промышленность", "Торговля"],
        ["Акмолинская", "10", "1"],
        ["Актюбинская", "12", "2"],
      ],
      { year: "2020", itIndustry: 2 }
    );
    expect(chosen.ok && chosen.it?.header).toBe("Торговля");
    const refused = readIndustryYear([["Регион"], ["Акмолинская"]], { year: "2020" });
    expect(refused.ok).toBe(false);
  });

  it("reads Table 7 for a year of its columns", () => {
    const reading = readIndustryYear(readTsv(TABLE7), { year: "2014" });
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.table.kind).toBe("it-column");
    expect(reading.it?.header).toMatch(/2014/);
    expect(reading.spec.regions.find((r) => r.name === "г. Алматы")!.itShare).toBe(0.634);
  });
});
