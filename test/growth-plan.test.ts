/**
 * The stage 2 sheets as data: the growth-poles sheet of the bundled sample (thresholds in
 * labelled cells, verdicts as formulas over them, candidates first, the economist's column
 * empty, the matrix chart with threshold lines over helper cells), the words in both languages,
 * the values-only variant; and the command line's stage 2 options and refusals.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  GROWTH_LAYOUT,
  buildStage2Plan as buildCompactStage2,
  expandPlan,
  columnLetter,
  rateYear,
  readSpecialisationTable,
  specialiseYear,
  type PlanBlock,
  type ScatterChartPlan,
  type SheetPlan,
} from "../src/sheet";
import { translator } from "../src/i18n";
import { growthPoles, sheetReasons } from "../src/sheet/stage2";
import { industryGrid } from "./fixtures/industries";
import {
  SAMPLE_SHEETS_EN,
  readTsv,
  sampleYear,
  yearbookNumber as yearbook,
} from "./helpers/samples";
import { BIN, buildCli } from "./helpers/cli";

/** The stage 2 plan with its shared formulas written out per cell, as these tests read the cells. */
function buildStage2Plan(...args: Parameters<typeof buildCompactStage2>) {
  const built = buildCompactStage2(...args);
  return { ...built, plan: expandPlan(built.plan) };
}

jest.setTimeout(120_000);

const rated = ["2010", "2014"].map((y) => rateYear(sampleYear(y)));
const table7 = readSpecialisationTable(readTsv("kz-ksi-it-2010-2014.tsv"));
const specs = ["2010", "2014"].map((year) => specialiseYear(table7, { year }));

const byRole = (sheet: SheetPlan, role: string): PlanBlock => {
  const b = sheet.blocks.find((x) => x.role === role);
  if (!b) throw new Error(`no block ${role} in ${sheet.name}`);
  return b;
};

describe("the growth-poles sheet of the bundled sample", () => {
  const { plan, poles } = buildStage2Plan(rated, specs);
  const sheet = plan.sheets.find((s) => s.role === "growth-poles")!;

  it("follows the rating and specialisation sheets; the verdict is for 2014", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(SAMPLE_SHEETS_EN);
    expect(poles.verdictYear).toBe("2014");
  });

  it("puts the thresholds in labelled cells and the verdicts in formulas over them", () => {
    expect(byRole(sheet, "threshold:min-it-share")).toMatchObject({
      row: GROWTH_LAYOUT.minItShare,
      col: 1,
      values: [[0.01]],
    });
    expect(byRole(sheet, "threshold:groups").values).toEqual([["A,B"]]);
    expect(byRole(sheet, "threshold:top-ranks").values).toEqual([[null]]);
    const leads = byRole(sheet, "leads-rating");
    expect(leads.formulas![0][0]).toContain("$B$4");
    expect(leads.formulas![0][0]).toContain("$B$5");
    expect(byRole(sheet, "specialised-in-it").formulas![0][0]).toContain("$B$3");
    const verdict = byRole(sheet, "verdict");
    const names = byRole(sheet, "region-names").values!.map((r) => r[0]);
    const candidates = verdict.results!.map((r) => r[0] === "candidate");
    // Candidates first.
    expect(candidates.indexOf(false)).toBe(candidates.filter(Boolean).length);
    expect(names.filter((_, i) => candidates[i])).toEqual(
      poles.regions.filter((r) => r.candidate).map((r) => r.name)
    );
    // Index, class and rank refer to the year sheets; IT shares to the specialisation sheets.
    expect(byRole(sheet, "index:2014").formulas![0][0]).toMatch(/^='2014'!/);
    expect(byRole(sheet, "it-share:2014").formulas![0][0]).toMatch(/^='Specialisation 2014'!C\d+$/);
  });

  it("leaves a column empty for the economist's own decision", () => {
    const decision = byRole(sheet, "economist-decision");
    expect(decision.values!.every((r) => r[0] === null)).toBe(true);
    const header = byRole(sheet, "header").values![0];
    expect(header[decision.col]).toBe("Economist's decision");
    expect(header[byRole(sheet, "verdict").col]).toBe("Verdict");
  });

  it("draws the matrix: index across, IT share up, labelled points, threshold lines over helper cells that refer to the thresholds", () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0] as ScatterChartPlan;
    expect(chart.kind).toBe("scatter");
    const [points, minLine, groupLine] = chart.series;
    const col = (b: PlanBlock) => String.fromCharCode(65 + b.col);
    expect(points.x).toContain(col(byRole(sheet, "index:2014")));
    expect(points.y).toContain(col(byRole(sheet, "it-share:2014")));
    // The labels come from the label column beside the table, one per region row (9 to 24).
    const labels = byRole(sheet, "chart-labels");
    expect(points.labels).toBe(`$${col(labels)}$9:$${col(labels)}$24`);
    expect(labels.row).toBe(8);
    expect(points.labelPositions).toHaveLength(16);
    expect(minLine.line && groupLine.line).toBe(true);
    const helper = byRole(sheet, "chart-lines");
    expect(helper.formulas!.map((r) => r[1])).toEqual([
      "=$B$3",
      "=$B$3",
      "=0",
      expect.stringMatching(/^=MAX\(/),
    ]);
    expect(helper.formulas![2][0]).toContain("$B$4");
    // Groups A and B lead from an index of 40.
    expect(helper.results![2][0]).toBe(40);
    // The group line reaches the largest IT share of the verdict year (or the threshold).
    const shares = byRole(sheet, "it-share:2014").results!.map((r) => Number(r[0] ?? 0));
    expect(Math.max(...shares)).toBeGreaterThan(0.01);
    expect(helper.results![3]).toEqual([40, Math.max(0.01, ...shares)]);
  });

  it("speaks Russian when asked, with Cyrillic class letters in the groups cell", () => {
    const ru = buildStage2Plan(rated, specs, { lang: "ru", alphabet: "cyrillic" }).plan;
    expect(ru.sheets.map((s) => s.name)).toContain("Полюса роста");
    expect(ru.sheets.map((s) => s.name)).toContain("Специализация 2014");
    const s = ru.sheets.find((x) => x.role === "growth-poles")!;
    expect(byRole(s, "threshold:groups").values).toEqual([["А,В"]]);
    const verdicts = byRole(s, "verdict").results!.map((r) => r[0]);
    expect(new Set(verdicts)).toEqual(new Set(["кандидат", "не кандидат"]));
    expect(byRole(s, "reasons").results![0][0]).toMatch(
      /^регион-лидер рейтинга \(В\+\+\); доля ИТ не ниже минимума$/
    );
    expect((s.charts![0] as ScatterChartPlan).xTitle).toBe("Индекс инновационного развития");
  });

  it("writes values only when asked", () => {
    const values = buildStage2Plan(rated, specs, { formulas: false }).plan;
    for (const s of values.sheets.filter(
      (x) => x.role === "growth-poles" || x.role === "specialisation"
    ))
      expect(s.blocks.some((b) => b.formulas)).toBe(false);
  });

  it("a year with an industry table and no rating gets a specialisation sheet alone", () => {
    const spec = specialiseYear(readSpecialisationTable(industryGrid(6)), { year: "2020" });
    const { plan: p, poles: g } = buildStage2Plan([], [spec]);
    expect(p.sheets.map((s) => s.name)).toEqual(["Specialisation 2020"]);
    expect(g.verdictYear).toBeNull();
    // The LQ highlight's threshold sits in a labelled cell (B4) that the rule refers to.
    const sheet = p.sheets[0];
    const lq = byRole(sheet, "lq");
    const [cf] = sheet.conditionalFormats!;
    expect(cf.range).toBe(`${columnLetter(lq.col)}11:${columnLetter(lq.col + 7)}16`);
    // Empty quotients ("") are text, which Excel ranks above numbers: only numbers are marked.
    expect(cf.formula).toBe(
      `=AND(ISNUMBER(${columnLetter(lq.col)}11),${columnLetter(lq.col)}11>$B$4)`
    );
    const params = sheet.blocks.filter((b) => b.role === "param" || b.role === "param-label");
    expect(params.find((b) => b.row === 3 && b.col === 1)!.values).toEqual([[1]]);
    expect(params.find((b) => b.row === 3 && b.col === 0)!.values).toEqual([
      ["LQ highlighted above"],
    ]);
    expect(params.find((b) => b.row === 2 && b.col === 1)!.values![0][0]).toMatch(
      /^rest of the country/
    );
  });
});

describe("the paper's five proposed IT clusters under the default thresholds", () => {
  const FIVE = ["almaty-city", "astana-city", "aktobe", "east-kazakhstan", "karaganda"];

  it("the data supports Almaty city and Astana city; Aktobe, East Kazakhstan and Karaganda do not lead the 2014 rating", () => {
    const poles = buildStage2Plan(rated, specs).poles;
    const of = (key: string) => poles.regions.find((r) => r.key === key)!;
    expect(FIVE.filter((k) => of(k).candidate)).toEqual(["almaty-city", "astana-city"]);
    for (const k of ["aktobe", "east-kazakhstan", "karaganda"])
      expect(of(k).leadsRating).toBe(false);
    // Aktobe is specialised enough (0.034 in 2014); East Kazakhstan (0.005) and Karaganda (0) are not.
    expect(FIVE.filter((k) => of(k).specialisedInIt)).toEqual([
      "almaty-city",
      "astana-city",
      "aktobe",
    ]);
    expect(of("aktobe").reasons.join("; ")).toMatch(
      /does not lead the rating: class C\+\+.*IT share 0\.034 .* at least the minimum/
    );
  });

  it("each region's reasons carry its own figures and the thresholds given, worded once for all", () => {
    const th = { groups: ["A"], topRanks: 3, minItShare: 0.02 };
    const poles = growthPoles(rated, specs, th, "en");
    for (const key of ["aktobe", "almaty-city", "karaganda"]) {
      const r = poles.regions.find((x) => x.key === key)!;
      const rating = r.ratings[1]!;
      const share = r.itShares[1]!;
      expect(r.reasons).toEqual([
        `${r.leadsRating ? "leads" : "does not lead"} the rating: class ${rating.class}, rank ${rating.rank}, ` +
          `index ${rating.index.toFixed(2)} (leading groups A or the top 3 ranks)`,
        `IT share ${share.toFixed(3)} of the country in 2014, ` +
          `${r.specialisedInIt ? "at least" : "below"} the minimum 0.020`,
      ]);
    }
  });

  it("a region's reasons, worked out when read, are what its JSON holds; its sheet words the formula's", () => {
    const poles = growthPoles(rated, specs, {}, "ru");
    const t = translator("ru");
    expect(poles.regions.length).toBeGreaterThan(10);
    for (const r of poles.regions) {
      const plain = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
      expect(Object.keys(plain)).toEqual([
        "name",
        "key",
        "ratings",
        "dynamics",
        "dynamicsNote",
        "itShares",
        "leadsRating",
        "specialisedInIt",
        "candidate",
        "reasons",
        "sheetReasons",
      ]);
      expect(plain.reasons).toEqual(r.reasons);
      expect(r.reasons).toHaveLength(2);
      const v = r.ratings[1];
      const share = r.itShares[1];
      expect(r.sheetReasons).toBe(
        sheetReasons(t, v?.class ?? null, v?.rank ?? null, r.leadsRating, share, r.specialisedInIt)
      );
      expect(plain.sheetReasons).toBe(r.sheetReasons);
    }
  });

  it("the same with the paper's own published Table 6 classes of 2014 instead of ours", () => {
    const published = readTsv("kz-index-2010-2014.tsv").slice(1);
    const byIndex = [...published].sort((a, b) => yearbook(b[4]) - yearbook(a[4]));
    const paperRating = {
      ...rated[1],
      regions: rated[1].regions.map((r) => {
        const row = published.find((p) => p[1] === r.name)!;
        return { ...r, index: yearbook(row[4]), class: row[5], rank: byIndex.indexOf(row) + 1 };
      }),
    };
    const poles = buildStage2Plan([paperRating], [specs[1]]).poles;
    expect(poles.regions.filter((r) => r.candidate).map((r) => r.key)).toEqual([
      "almaty-city",
      "astana-city",
    ]);
  });
});

describe("joining the IT table to the rating", () => {
  it("matches regions by the rating tables' aliases (English names, city markers) and reports a region in one table only", () => {
    const english: Record<string, string> = {
      "г. Алматы": "Almaty city",
      "г. Астана": "Nur-Sultan",
      Актюбинская: "Aktobe region",
    };
    const grid = readTsv("kz-ksi-it-2010-2014.tsv")
      .map((row) => [english[row[0]] ?? row[0], ...row.slice(1)])
      .filter((row) => row[0] !== "Жамбылская");
    const renamed = ["2010", "2014"].map((year) =>
      specialiseYear(readSpecialisationTable(grid), { year })
    );
    const base = buildStage2Plan(rated, specs).poles;
    const joined = buildStage2Plan(rated, renamed).poles;
    const candidates = (p: typeof base) => p.regions.filter((r) => r.candidate).map((r) => r.key);
    expect(candidates(joined)).toEqual(candidates(base));
    expect(candidates(joined)).toEqual(["almaty-city", "astana-city"]);
    const unmatched = joined.findings.filter((f) => f.kind === "unmatched-region");
    expect(unmatched.map((f) => f.region)).toEqual(["Жамбылская"]);
    expect(unmatched[0].message).toMatch(/rated in 2014 but not in the IT table of 2014/);
  });
});

describe("growth-poles rate: stage 2 options", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });
  let tmp: string;
  beforeAll(() => {
    // The compiled command line, whatever state the working tree is in.
    buildCli();
    tmp = mkdtempSync(join(tmpdir(), "growth-poles-stage2-cli-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("the sample with --groups A,B,C --top-ranks 3 --min-it-share 0.03: thresholds in the JSON and the verdicts follow them", () => {
    const r = run([
      "rate",
      "--json",
      "--groups",
      "A,B,C",
      "--top-ranks",
      "3",
      "--min-it-share",
      "0.03",
    ]);
    expect(r.status).toBe(0);
    const gp = JSON.parse(r.stdout).growth_poles;
    expect(gp.thresholds).toEqual({ min_it_share: 0.03, groups: ["A", "B", "C"], top_ranks: 3 });
    const cands = gp.regions
      .filter((x: { candidate: boolean }) => x.candidate)
      .map((x: { name: string }) => x.name);
    // Every group leads now, so IT share alone decides: 2014 shares of at least 0.03 in Table 7.
    expect(cands.sort()).toEqual(
      [
        "Актюбинская",
        "Западно-Казахстанская",
        "Северо-Казахстанская",
        "г. Алматы",
        "г. Астана",
      ].sort()
    );
  });

  it("says when no IT industry is found and lists the columns; --it-industry picks one", () => {
    const file = join(tmp, "no-it.tsv");
    writeFileSync(
      file,
      "Регион\tПромышленность\tТорговля\tСвязь и прочее\nАкмолинская\t10\t1\t5\nАктюбинская\t12\t2\t3\n"
    );
    const r = run(["rate", "--industries", "2020", file, "--json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /no IT industry recognised.*--it-industry.*"Промышленность", "Торговля", "Связь и прочее"/
    );
    const ok = run(["rate", "--industries", "2020", file, "--json", "--it-industry", "Связь"]);
    expect(ok.status).toBe(0);
    const doc = JSON.parse(ok.stdout);
    expect(doc.years).toHaveLength(1);
    expect(doc.years[0].specialisation.it_industry).toBe("Связь и прочее");
    expect(doc.growth_poles).toBeNull();
  });

  it("refuses wrong stage 2 options with exit 2", () => {
    for (const args of [
      ["--reference", "world"],
      ["--min-it-share", "2"],
      ["--top-ranks", "0"],
      ["--groups", "X"],
      ["--industries", "2020"],
    ]) {
      const r = run(["rate", ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--(reference|min-it-share|top-ranks|groups|industries)/);
    }
  });
});
