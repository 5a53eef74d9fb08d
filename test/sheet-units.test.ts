/**
 * Units printed in yearbook headers: recognised in Russian, Kazakh and English, and the values
 * converted to the method's units (mln tenge, persons, thousand tonnes) at reading time. The
 * 2010 sample is rewritten here with employed in thousands and GRP in billions (its printed
 * figures divided by 1000, as text); it must rate exactly like the original, without findings
 * of disagreement, while the same figures without the unit words do disagree.
 */
import { RawFigure } from "../src/core";
import {
  Grid,
  YearTable,
  buildRatingPlan,
  checkConsistency,
  joinTables,
  rateYear,
  readYearbookTable,
} from "../src/sheet";
import { recogniseUnit } from "../src/sheet/read/units";
import { readTsv, yearbookNumber } from "./helpers/samples";

/** A printed Russian figure ("585 965,4") divided by 10^places, printed the same way ("585,9654"). */
function shiftDecimal(cell: string, places: number): string {
  const [whole, fraction = ""] = cell.replace(/[\s\u00a0]/g, "").split(",");
  const digits = whole.padStart(places + 1, "0") + fraction;
  const point = whole.padStart(places + 1, "0").length - places;
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const fracPart = digits.slice(point).replace(/0+$/, "");
  return fracPart ? `${intPart},${fracPart}` : intPart;
}

/** A sample table with the given columns' figures divided by 1000 and their headers replaced. */
function rewritten(file: string, changes: Record<number, string>): string[][] {
  return readTsv(file).map((row, r) =>
    row.map((cell, c) => {
      if (!(c in changes)) return cell;
      return r === 0 ? changes[c] : shiftDecimal(cell, 3);
    })
  );
}

/** Table 2: column 2 GRP, 4 employed; Table 3: column 4 employed, 5 innovative products. */
const S = { file: "kz-2010-susceptibility.tsv", grp: 2, employed: 4 };
const A = { file: "kz-2010-activity.tsv", employed: 4, innovativeProducts: 5 };

const read = (grid: Grid) => readYearbookTable(grid, { year: "2010" });
const original = () => joinTables([read(readTsv(S.file)), read(readTsv(A.file))]);
const kinds = (t: YearTable | ReturnType<typeof rateYear>, kind: string) =>
  t.findings.filter((f) => f.kind === kind);

describe("recognising the unit of a raw figure's header", () => {
  const cases: [RawFigure, string, number][] = [
    // Russian
    ["employed", "Занятое население (тыс. человек)", 1000],
    ["employed", "Занятое население (человек)", 1],
    ["employed", "Численность занятых, тыс.чел.", 1000],
    ["population", "Численность населения (тысяч человек)", 1000],
    ["grp", "ВРП (млрд тенге)", 1000],
    ["grp", "Валовой региональный продукт (млн тенге)", 1],
    ["grp", "Валовой региональный продукт, в текущих ценах, млн. тенге", 1],
    ["grp", "ВРП (миллиардов тенге)", 1000],
    ["fixedAssets", "Основные средства (тыс. тенге)", 0.001],
    ["rdExpenditure", "Затраты на исследования и разработки (тенге)", 1e-6],
    ["techInnovationExpenditure", "Затраты на технологические инновации, трлн тг", 1e6],
    ["emissions", "Выбросы (тонн)", 0.001],
    ["emissions", "Выбросы загрязняющих атмосферу веществ (тыс. тонн)", 1],
    ["emissions", "Выбросы в атмосферу, тыс. т", 1],
    ["emissions", "Выбросы (млн т)", 1000],
    // Kazakh
    ["employed", "Жұмыспен қамтылған халық (мың адам)", 1000],
    ["employed", "Жұмыспен қамтылған халық (адам)", 1],
    ["grp", "Жалпы өңірлік өнім (млрд теңге)", 1000],
    ["innovativeProducts", "Инновациялық өнім көлемі (мың теңге)", 0.001],
    ["emissions", "Ластаушы заттардың шығарындылары (мың тонна)", 1],
    ["emissions", "Шығарындылар (тонна)", 0.001],
    // English
    ["employed", "Employed population (thousand persons)", 1000],
    ["employed", "Employed, thousands of people", 1000],
    ["employed", "Employed (thousands)", 1000],
    ["employed", "Employed persons (thousands)", 1000],
    ["employed", "Занятое население (человек) / тыс.", 1000],
    ["grp", "GRP in tenge, millions", 1],
    ["population", "Population, persons", 1],
    ["grp", "Gross regional product (billion tenge)", 1000],
    ["grp", "GRP, KZT bn", 1000],
    ["grp", "GRP (KZT million)", 1],
    ["grp", "GRP, KZT m", 1],
    ["fixedAssets", "Fixed assets, thousand KZT", 0.001],
    ["emissions", "Emissions of air pollutants (tonnes)", 0.001],
    ["emissions", "Emissions, '000 t", 1],
    ["emissions", "Emissions (thousand tons)", 1],
    ["emissions", "Emissions (kt)", 1],
  ];
  it.each(cases)("%s: %s -> scale %d", (field, header, scale) => {
    const reading = recogniseUnit(field, header);
    expect(reading.status).toBe("recognised");
    if (reading.status === "recognised") expect(reading.scale).toBeCloseTo(scale, 15);
  });

  it("says 'none' when the header prints no unit, so the method's unit is assumed", () => {
    for (const [field, header] of [
      ["grp", "ВРП"],
      ["employed", "Занятое население"],
      ["emissions", "Выбросы, т.е. всего от стационарных источников"],
      ["grp", "Gross regional product"],
    ] as [RawFigure, string][])
      expect(recogniseUnit(field, header)).toEqual({ status: "none" });
  });

  it("refuses a unit of another currency or dimension, two units that disagree, and a bare multiplier of money", () => {
    const unusable = (field: RawFigure, header: string) => {
      const reading = recogniseUnit(field, header);
      expect(reading.status).toBe("unusable");
      return reading.status === "unusable" ? reading.reason : "";
    };
    expect(unusable("grp", "ВРП (млн долл. США)")).toMatch(/not a unit of money in tenge/);
    expect(unusable("grp", "GRP (USD bn)")).toMatch(/not a unit of money in tenge/);
    expect(unusable("employed", "Занятое население (млн тенге)")).toMatch(/not a unit of persons/);
    expect(unusable("emissions", "Выбросы (тыс. человек)")).toMatch(/not a unit of mass/);
    expect(unusable("grp", "ВРП (млн тенге) / тыс. тенге")).toMatch(/2 different units/);
    expect(unusable("grp", "ВРП (тыс. тенге на человека)")).toMatch(/not a unit of money/);
    expect(unusable("grp", "GRP (millions)")).toMatch(/which currency/);
    expect(unusable("emissions", "Выбросы (тыс.)")).toMatch(/tonnes\?/);
    expect(unusable("grp", "ВРП (млн тенге), тыс.")).toMatch(/"тыс" stands apart from the unit/);
    expect(unusable("employed", "Занятое население, тыс. / млн")).toMatch(/different multipliers/);
  });
});

describe("the sample's own headers", () => {
  it("give scale 1 for every raw figure, leave the derived indicators alone, and add no finding", () => {
    for (const file of [S.file, A.file, "kz-2014-susceptibility.tsv", "kz-2014-activity.tsv"]) {
      const t = read(readTsv(file));
      for (const c of t.columns) {
        if (c.field.startsWith("S_")) expect(c.scale).toBeUndefined();
        else expect([c.field, c.scale, typeof c.unit]).toEqual([c.field, 1, "string"]);
      }
      expect(kinds(t, "source")).toEqual([]);
    }
    expect(read(readTsv(S.file)).columns.find((c) => c.field === "employed")!.unit).toBe("человек");
  });
});

describe("the 2010 sample with employed in thousands and GRP in billions", () => {
  const susceptibility = (withUnits: boolean) =>
    rewritten(S.file, {
      [S.grp]: withUnits ? "ВРП (млрд тенге)" : "ВРП",
      [S.employed]: withUnits ? "Занятое население (тыс. человек)" : "Занятое население",
    });
  // Table 3 keeps employed in persons: the two tables print the same figure in different units.
  const converted = () => joinTables([read(susceptibility(true)), read(readTsv(A.file))]);

  it("rewrites the printed figures exactly (the test's own arithmetic)", () => {
    expect(shiftDecimal("585 965,4", 3)).toBe("585,9654");
    expect(shiftDecimal("413300", 3)).toBe("413,3");
    expect(shiftDecimal("92300", 3)).toBe("92,3");
    expect(shiftDecimal("5", 3)).toBe("0,005");
    expect(susceptibility(true)[1][S.employed]).toBe("413,3");
  });

  it("reads the figures in the method's units, as printed in the original", () => {
    const t = converted();
    const originals = new Map(
      readTsv(S.file)
        .slice(1)
        .map((row) => [row[1], row])
    );
    for (const region of t.regions) {
      const row = originals.get(region.name)!;
      expect(region.raw.grp).toBe(yearbookNumber(row[S.grp]));
      expect(region.raw.employed).toBe(yearbookNumber(row[S.employed]));
    }
    const grp = t.columns.find((c) => c.field === "grp")!;
    expect([grp.unit, grp.scale]).toEqual(["млрд тенге", 1000]);
  });

  it("says what it converted, as source information", () => {
    const messages = kinds(converted(), "source").map((f) => [f.indicator, f.severity, f.message]);
    expect(messages).toEqual([
      [
        "grp",
        "info",
        expect.stringMatching(
          /^GRP \(column 3 "ВРП \(млрд тенге\)"\): the header says billion tenge; values multiplied by 1,000 to mln tenge$/
        ),
      ],
      [
        "employed",
        "info",
        expect.stringMatching(
          /^Employed \(column 5 .*\): the header says thousand persons; values multiplied by 1,000 to persons$/
        ),
      ],
    ]);
  });

  it("rates like the original: the same 16 indexes, printed or recomputed, and no disagreement", () => {
    expect(kinds(rateYear(original()), "mismatch")).toEqual([]);
    for (const prefer of ["printed", "raw"] as const) {
      const before = rateYear(original(), { prefer });
      const after = rateYear(converted(), { prefer });
      expect(after.regions).toHaveLength(16);
      for (const region of before.regions) {
        const same = after.regions.find((r) => r.key === region.key)!;
        expect(Math.abs(same.index - region.index)).toBeLessThanOrEqual(1e-9);
        // The printed derived indicators are never rescaled.
        expect(same.indicators.S_D).toBeCloseTo(region.indicators.S_D!, 9);
      }
      expect(kinds(after, "mismatch")).toEqual([]);
      expect(kinds(after, "implausible")).toEqual([]);
    }
  });

  it("rates like the original when Table 3 prints employed in thousands too, in English", () => {
    const activity = rewritten(A.file, { [A.employed]: "Employed population (thousand persons)" });
    const t = joinTables([read(susceptibility(true)), read(activity)]);
    const before = rateYear(original(), { prefer: "raw" });
    const after = rateYear(t, { prefer: "raw" });
    for (const region of before.regions)
      expect(
        Math.abs(after.regions.find((r) => r.key === region.key)!.index - region.index)
      ).toBeLessThanOrEqual(1e-9);
    expect(kinds(after, "mismatch")).toEqual([]);
  });

  it("without the unit words, the same figures disagree with the printed indicators and across the tables", () => {
    const t = joinTables([read(susceptibility(false)), read(readTsv(A.file))]);
    const rated = rateYear(t);
    const mismatches = kinds(rated, "mismatch");
    // S_D agrees by accident (GRP and employed both 1000 times smaller); S_F and S_E use GRP
    // alone; the tables disagree on employed, so neither table's employed is used (S_A and S_B
    // cannot be recomputed and are not compared).
    expect(new Set(mismatches.map((f) => f.indicator))).toEqual(
      new Set(["S_F", "S_E", "employed"])
    );
    expect(mismatches.filter((f) => f.indicator === "employed")).toHaveLength(16);
    // And the reader says which units it assumed.
    const assumed = kinds(t, "source").find((f) => /no unit in the header/.test(f.message))!;
    expect(assumed.severity).toBe("info");
    expect(assumed.message).toMatch(
      /GRP \("ВРП"\), Employed \("Занятое население"\).*mln tenge, persons/
    );
  });
});

describe("conversions the checks depend on", () => {
  it("innovative products in billions: no implausible population with the unit, a false one without", () => {
    const activity = (header: string) => rewritten(A.file, { [A.innovativeProducts]: header });
    const withUnit = rateYear(
      joinTables([
        read(readTsv(S.file)),
        read(activity("Объем инновационной продукции (млрд тенге)")),
      ])
    );
    expect(kinds(withUnit, "implausible")).toEqual([]);
    expect(kinds(withUnit, "mismatch")).toEqual([]);
    const without = rateYear(
      joinTables([read(readTsv(S.file)), read(activity("Объем инновационной продукции"))])
    );
    expect(kinds(without, "implausible").length).toBeGreaterThan(0);
    expect(kinds(without, "implausible")[0].message).toMatch(
      /implies a population of .* fewer than the .* employed/
    );
  });

  it("population in thousands against employed in persons: no implausible finding with the unit", () => {
    const grid = (population: string): Grid => [
      ["Регион", "Занятое население (человек)", population],
      ["Акмолинская", 413300, 736.2],
      ["Актюбинская", 478500, 757.8],
    ];
    const withUnit = read(grid("Численность населения (тыс. человек)"));
    expect(withUnit.regions[0].raw.population).toBe(736200);
    const plain = read(grid("Численность населения"));
    expect(plain.regions[0].raw.population).toBe(736.2);
    expect(checkConsistency(withUnit).filter((f) => f.kind === "implausible")).toEqual([]);
    expect(checkConsistency(plain).filter((f) => f.kind === "implausible")).toHaveLength(2);
  });

  it("reads the unit from a separate row of units under the names", () => {
    const grid: Grid = [
      ["Регион", "Валовой региональный продукт", "Занятое население", "Выбросы"],
      ["", "млрд тенге", "тыс. человек", "тонн"],
      ["Акмолинская", "585,9654", "413,3", "72900"],
    ];
    const t = readYearbookTable(grid, { locale: "ru" });
    expect(t.headerRows).toBe(2);
    expect(t.columns.map((c) => [c.field, c.unit, c.scale])).toEqual([
      ["grp", "млрд тенге", 1000],
      ["employed", "тыс. человек", 1000],
      ["emissions", "тонн", 0.001],
    ]);
    expect(t.regions[0].raw).toEqual({ grp: 585965.4, employed: 413300, emissions: 72.9 });
  });

  it("leaves a unit it cannot use at scale 1 and warns, naming the header", () => {
    const grid: Grid = [
      ["Регион", "ВРП (млн долл. США)", "Занятое население (тыс. человек)"],
      ["Акмолинская", 3977, 413.3],
    ];
    const t = read(grid);
    const grp = t.columns.find((c) => c.field === "grp")!;
    expect([grp.unit, grp.scale]).toEqual([undefined, 1]);
    expect(t.regions[0].raw).toEqual({ grp: 3977, employed: 413300 });
    const warning = kinds(t, "source").find((f) => f.severity === "warning")!;
    expect(warning.indicator).toBe("grp");
    expect(warning.message).toMatch(
      /GRP \(column 2 "ВРП \(млн долл\. США\)"\): the unit "млн долл" cannot be used .*not a unit of money in tenge/
    );
  });

  it("carries the converted figures into the rating workbook's input columns", () => {
    const rewrittenYear = rateYear(
      joinTables([
        read(
          rewritten(S.file, {
            [S.grp]: "ВРП (млрд тенге)",
            [S.employed]: "Занятое население (тыс. человек)",
          })
        ),
        read(readTsv(A.file)),
      ])
    );
    const sheet = buildRatingPlan([rewrittenYear]).sheets[0];
    const employed = sheet.blocks.find((b) => b.role === "raw:employed")!;
    const originalEmployed = new Map(
      readTsv(S.file)
        .slice(1)
        .map((row) => [row[1], yearbookNumber(row[S.employed])])
    );
    expect(employed.values!.map((r) => r[0])).toEqual(
      rewrittenYear.regions.map((r) => originalEmployed.get(r.name))
    );
  });
});
