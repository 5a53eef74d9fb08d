/**
 * Industry tables as the bureau prints them (issue 14): the "Всего" column is the total, never an
 * industry; "в том числе" is a header row; a region with "х" in one industry keeps its IT share
 * and its part of the national IT total, its KSI, HHI and LQ left empty with a finding naming the
 * cell. Expected values from the test's own few-line implementation of the method.
 */
import { readSpecialisationTable, specialiseYear } from "../src/sheet";
import type { YearSpecialisation } from "../src/sheet";
import { buildSpecialisationSheet, expandSheet } from "../src/sheet";
import { FINANCE, INDUSTRIES, IT, type Gap, industryEdition } from "./fixtures/industry-editions";
import { independent } from "./helpers/independent-specialisation";

function check(spec: YearSpecialisation, sizes: number[][], gaps: readonly Gap[]) {
  const complete = sizes.map((_, j) => !gaps.some((g) => g.region === j));
  const itValues = sizes.map((row, j) =>
    gaps.some((g) => g.region === j && g.industry === IT) ? null : row[IT]
  );
  const want = independent(sizes, complete, itValues);
  expect(spec.regions).toHaveLength(sizes.length);
  spec.regions.forEach((r, j) => {
    const w = want[j];
    expect([r.name, r.complete]).toEqual([r.name, complete[j]]);
    if (w.it === null) expect(r.itShare).toBeNull();
    else expect(r.itShare!).toBeCloseTo(w.it, 12);
    if (w.ksi === null) {
      expect([r.name, r.ksi, r.hhi, r.lq]).toEqual([r.name, null, null, null]);
    } else {
      expect(r.ksi!).toBeCloseTo(w.ksi, 12);
      expect(r.hhi!).toBeCloseTo(w.hhi!, 12);
      r.lq!.forEach((q, c) => expect(q).toBeCloseTo(w.lq![c], 12));
    }
  });
}

describe.each(["ru", "kk"] as const)("an industry table with a total column (%s)", (lang) => {
  it("takes the total as the total: six industries, KSI not halved, HHI and LQ right", () => {
    const edition = industryEdition(lang);
    const table = readSpecialisationTable(edition.grid, { year: "2022" });
    expect(table.kind).toBe("industries");
    const spec = specialiseYear(table);
    expect(spec.industries).toEqual(INDUSTRIES[lang]);
    expect(spec.industries[spec.itIndustry!]).toBe(INDUSTRIES[lang][IT]);
    check(spec, edition.sizes, []);
    // The industries add up to the printed totals: no finding about sums.
    expect(spec.findings.filter((f) => f.kind === "mismatch")).toEqual([]);
  });

  it("keeps a region with a hidden figure in the IT shares, its KSI, HHI, LQ empty, the cell named", () => {
    const gaps: Gap[] = [
      { region: 3, industry: FINANCE, mark: "х" },
      { region: 7, industry: 0, mark: "-" },
      { region: 12, industry: 2, mark: "…" },
    ];
    const edition = industryEdition(lang, gaps);
    const spec = specialiseYear(readSpecialisationTable(edition.grid, { year: "2022" }));
    check(spec, edition.sizes, gaps);
    expect(spec.leftOut).toEqual([]);
    for (const g of gaps) {
      const cell = `${String.fromCharCode(65 + edition.firstCol + g.industry)}${edition.firstRow + g.region + 1}`;
      const finding = spec.findings.find(
        (f) => f.region === edition.names[g.region] && f.kind === "missing"
      );
      expect(finding?.message).toContain(`cell ${cell}`);
      expect(finding?.message).toContain(`"${g.mark}"`);
      expect(finding?.cell).toEqual({
        row: edition.firstRow + g.region,
        col: edition.firstCol + g.industry,
      });
    }
  });

  it("says when a region's industries do not add up to its total, naming the total's cell", () => {
    const edition = industryEdition(lang, [], 9);
    const spec = specialiseYear(readSpecialisationTable(edition.grid, { year: "2022" }));
    const sums = spec.findings.filter((f) => f.kind === "mismatch");
    expect(sums.map((f) => f.region)).toEqual([edition.names[9]]);
    expect(sums[0].message).toContain(`cell B${edition.firstRow + 9 + 1}`);
    check(spec, edition.sizes, []);
  });
});

describe("a missing IT figure", () => {
  it("leaves the region without an IT share and says the national IT total lacks it", () => {
    const gaps: Gap[] = [{ region: 5, industry: IT, mark: "х" }];
    const edition = industryEdition("ru", gaps);
    const spec = specialiseYear(readSpecialisationTable(edition.grid, { year: "2022" }));
    check(spec, edition.sizes, gaps);
    expect(spec.regions[5].tier).toBe("none");
    expect(spec.findings.find((f) => f.region === edition.names[5])!.message).toMatch(
      /no IT figure: no IT share, and the national IT total leaves it out/
    );
  });
});

describe("the specialisation sheet of a table with gaps", () => {
  const gaps: Gap[] = [{ region: 3, industry: FINANCE, mark: "х" }];
  const edition = industryEdition("ru", gaps);
  const spec = specialiseYear(readSpecialisationTable(edition.grid, { year: "2022" }));
  const sheet = expandSheet(buildSpecialisationSheet(spec, "Specialisation 2022").plan);
  const role = (r: string) => sheet.blocks.find((b) => b.role === r)!;

  it("writes the region's KSI, HHI and LQ as empty text, never a formula that makes a number", () => {
    for (const r of ["ksi", "hhi", "hhi-normalised", "lq"]) {
      const b = role(r);
      expect(b.formulas![3].every((f) => f === '=""')).toBe(true);
      expect(b.results![3].every((v) => v === null)).toBe(true);
      expect(b.formulas![2].every((f) => f !== '=""')).toBe(true);
    }
    expect(role("sizes").values![3][FINANCE]).toBeNull();
    // Its IT share is a formula over the IT column like every other region's.
    expect(role("it-share").formulas![3][0]).toMatch(/^=[A-Z]+\d+\/SUM\(/);
    expect(role("it-share").results![3][0]).toBeCloseTo(
      edition.sizes[3][IT] / edition.sizes.reduce((s, r) => s + r[IT], 0),
      12
    );
  });

  it("leaves the region's row out of the national sizes KSI and LQ compare with", () => {
    const totals = role("totals");
    expect(totals.formulas![0][0]).toMatch(/^=SUM\([A-Z]+\d+:[A-Z]+\d+\)-SUM\([A-Z]+\d+\)$/);
    const complete = edition.sizes.filter((_, j) => j !== 3);
    totals.results![0].forEach((v, c) =>
      expect(v as number).toBeCloseTo(
        complete.reduce((s, r) => s + r[c], 0),
        9
      )
    );
  });
});

describe("total columns as the editions head them", () => {
  const body = [
    ["Акмолинская", "30", "10", "15", "5"],
    ["Актюбинская", "20", "5", "10", "5"],
    ["Атырауская", "40", "20", "10", "10"],
  ];
  const industries = ["Промышленность", "Торговля", "Информация и связь"];
  it.each([
    [["Регион", "Всего, тыс. человек", ...industries]],
    [["Регион", "Итого по всем видам деятельности", ...industries]],
    [["Region", "Total", ...industries]],
    [["Өңір", "Барлығы", ...industries]],
  ])("%j: three industries, the total checked", (header) => {
    const table = readSpecialisationTable([header, ...body], { year: "2022" });
    expect(table.kind === "industries" && table.industries.map((c) => c.header)).toEqual(
      industries
    );
    const spec = specialiseYear(table);
    // Akmola: shares 1/3, 1/2, 1/6; rest = 25, 20, 15 of 60.
    expect(spec.regions[0].ksi!).toBeCloseTo(
      Math.abs(1 / 3 - 25 / 60) + Math.abs(1 / 2 - 20 / 60) + Math.abs(1 / 6 - 15 / 60),
      12
    );
    expect(spec.findings.filter((f) => f.kind === "mismatch")).toEqual([]);
  });

  it("a total row at the end and a total column at the end", () => {
    const grid = [
      ["Регион", ...industries, "Итого"],
      ...body.map((r) => [r[0], ...r.slice(2), r[1]]),
      ["Итого", "35", "35", "20", "90"],
    ];
    const spec = specialiseYear(readSpecialisationTable(grid, { year: "2022" }));
    expect(spec.industries).toEqual(industries);
    expect(spec.regions.map((r) => r.itShare)).toEqual([5 / 20, 5 / 20, 10 / 20]);
  });
});

describe("a table that lists part of the economy", () => {
  it("says once that the industries fall short of the totals, and computes over those listed", () => {
    const edition = industryEdition("ru");
    // Drop agriculture: every region's listed industries now fall short of its total.
    const grid = edition.grid.map((row, r) => (r === 0 ? row : [row[0], row[1], ...row.slice(3)]));
    const spec = specialiseYear(readSpecialisationTable(grid, { year: "2022" }));
    const sums = spec.findings.filter((f) => f.kind === "mismatch");
    expect(sums).toHaveLength(1);
    expect(sums[0].message).toMatch(
      /^the industries do not add up to the total \(Всего\) in 20 of 20 regions/
    );
    const listed = edition.sizes.map((row) => row.slice(1));
    const want = independent(
      listed,
      listed.map(() => true),
      listed.map((row) => row[IT - 1])
    );
    spec.regions.forEach((r, j) => {
      expect(r.ksi!).toBeCloseTo(want[j].ksi!, 12);
      expect(r.itShare!).toBeCloseTo(want[j].it!, 12);
    });
  });
});
