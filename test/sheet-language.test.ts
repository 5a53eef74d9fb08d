/**
 * The rating workbook and the findings in the user's language: a plan built with lang "ru" has
 * no English words in its text cells except codes, one built with "en" no Cyrillic except what
 * came from the input (region names, quoted headers); numbers in messages as the language writes
 * them, Russian plural forms.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Lang } from "../src/i18n";
import { translate } from "../src/i18n";
import {
  RatedYear,
  RatingError,
  WorkbookPlan,
  buildRatingPlan,
  joinTables,
  rateYear,
  readYearbookTable,
} from "../src/sheet";
import { readTsv } from "./helpers/samples";

const messy = (): string[][] =>
  readFileSync(join(__dirname, "fixtures", "kz-2010-susceptibility-messy.tsv"), "utf8")
    .split("\n")
    .map((line) => line.split("\t"));

function rated(lang: Lang): RatedYear[] {
  const y2010 = joinTables(
    [
      readYearbookTable(messy(), { lang, year: "2010" }),
      readYearbookTable(readTsv("kz-2010-activity.tsv"), { lang, year: "2010" }),
    ],
    { lang }
  );
  const y2014 = joinTables(
    [
      readYearbookTable(readTsv("kz-2014-susceptibility.tsv"), { lang, year: "2014" }),
      readYearbookTable(readTsv("kz-2014-activity.tsv"), { lang, year: "2014" }),
    ],
    { lang }
  );
  return [rateYear(y2010, { lang }), rateYear(y2014, { lang })];
}

/** Every text a user reads in the plan: sheet names, values (not formulas), chart titles. */
function texts(plan: WorkbookPlan): string[] {
  const out: string[] = [];
  for (const sheet of plan.sheets) {
    out.push(sheet.name);
    for (const chart of sheet.charts ?? []) {
      out.push(chart.title);
      if (chart.kind === "scatter")
        out.push(chart.xTitle, chart.yTitle, ...chart.series.map((s) => s.name));
    }
    for (const b of sheet.blocks)
      for (const row of b.values ?? []) for (const v of row) if (typeof v === "string") out.push(v);
  }
  return out;
}

/** Codes a Russian sheet keeps in Latin letters: indicator codes, class letters, the JRC rule, policy names. */
const CODES = /^(S_[DFEABC]|R_I[SA]|[ABCD]\+{0,2}|JRC|skip|zero)$/;

describe("the rating workbook in Russian", () => {
  const years = rated("ru");
  const plan = buildRatingPlan(years, { lang: "ru" });
  const regionNames = new Set(
    years.flatMap((y) => [
      ...y.table.regions.map((r) => r.name),
      ...y.table.excluded.map((e) => e.text),
    ])
  );

  it("has no English words in its text cells except codes", () => {
    const offenders = texts(plan)
      .filter((t) => !regionNames.has(t))
      .flatMap((t) =>
        (t.replace(/"[^"]*"|«[^»]*»/g, "").match(/[A-Za-z_][A-Za-z_+]*/g) ?? [])
          .filter((w) => !CODES.test(w))
          .map((w) => `${w} in: ${t}`)
      );
    expect(offenders).toEqual([]);
  });

  it("writes the paper's terms, the scale's meanings and the dynamics in Russian", () => {
    const all = texts(plan);
    expect(all).toContain("R_IS восприимчивость к инновациям (2)");
    expect(all).toContain("R_IA инновационная активность (3)");
    expect(all).toContain("сверхвысокий уровень инновационного развития");
    expect(all).toContain("неудовлетворительный уровень инновационного развития");
    expect(plan.sheets.map((s) => s.name)).toEqual(["2010", "2014", "Динамика"]);
    expect(all).toContain("Изменение класса");
    expect(all).toContain("расхождение");
    expect(all).toContain("предупреждение");
  });

  it("writes numbers in findings the Russian way", () => {
    const west = years[1].findings.find(
      (f) => f.kind === "mismatch" && f.region === "Западно-Казахстанская" && f.indicator === "S_D"
    )!;
    expect(west.message).toMatch(/опубликовано 3\s243,87, но ВРП × 1000 \/ занятые = 6\s035,08/);
    const south = years[1].findings.find(
      (f) => f.kind === "implausible" && f.region === "Южно-Казахстанская"
    )!;
    expect(south.message).toMatch(/население 139\s918, меньше числа занятых \(1\s163\s200\)/);
  });
});

describe("the rating workbook in English", () => {
  const years = rated("en");
  const plan = buildRatingPlan(years, { lang: "en" });
  const regionNames = [
    ...new Set(
      years.flatMap((y) => [
        ...y.table.regions.map((r) => r.name),
        ...y.table.excluded.map((e) => e.text),
      ])
    ),
  ].sort((a, b) => b.length - a.length);

  it("has no Cyrillic except region names and quoted input", () => {
    const offenders = texts(plan)
      .map((t) =>
        regionNames.reduce((s, name) => s.split(name).join(""), t).replace(/"[^"]*"/g, "")
      )
      .filter((t) => /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(t));
    expect(offenders).toEqual([]);
  });

  it("keeps the English words and numbers", () => {
    const all = texts(plan);
    expect(all).toContain("R_IS susceptibility (2)");
    expect(all).toContain("super-high innovation development");
    expect(plan.sheets.map((s) => s.name)).toEqual(["2010", "2014", "Dynamics"]);
    const west = years[1].findings.find(
      (f) => f.kind === "mismatch" && f.region === "Западно-Казахстанская" && f.indicator === "S_D"
    )!;
    expect(west.message).toMatch(
      /printed 3,243\.87 but GRP × 1000 \/ employed = 6,035\.08 on the same row \(46\.2% apart\)/
    );
  });
});

describe("Russian plural forms in findings", () => {
  it.each([
    [1, "1 значение показателя отсутствует"],
    [2, "2 значения показателей отсутствуют"],
    [5, "5 значений показателей отсутствуют"],
    [21, "21 значение показателя отсутствует"],
  ])("%i missing values", (count, text) => {
    expect(translate("ru", "finding.missingValues", { count, list: "x" })).toContain(text);
  });

  it("a table with missing values is refused in Russian, with the count's form", () => {
    const grid = [
      ["Регион", "S_D", "S_F", "S_E", "S_A", "S_B", "S_C"],
      ["Акмолинская", "1", "2", "3", "4", "5", ""],
      ["Алматинская", "2", "3", "", "5", "6", "7"],
      ["Атырауская", "3", "4", "5", "6", "7", "8"],
    ];
    const table = readYearbookTable(grid, { lang: "ru", year: "2010" });
    let message = "";
    try {
      rateYear(table, { lang: "ru", prefer: "printed" });
    } catch (e) {
      expect(e).toBeInstanceOf(RatingError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/^2 значения показателей отсутствуют: /);
  });
});

describe("the reader's findings in Russian", () => {
  it("says why a cell is not a number, and which unit it cannot use, in Russian", () => {
    const ambiguous = readYearbookTable(
      [
        ["Region", "Employed population", "R&D expenditure per employed person"],
        ["Akmola", "413,300", "1,390"],
        ["Aktobe", "478,500", "1,310"],
      ],
      { year: "2010", lang: "ru" }
    );
    const unreadable = ambiguous.findings.filter((f) => f.kind === "unreadable");
    expect(unreadable[0].message).toBe(
      "Akmola, Занятые, человек: «413,300» — не число («413,300» может быть и десятичной дробью, и числом с разделителем разрядов: укажите формат чисел («ru» или «en»))"
    );
    const dollars = readYearbookTable(
      [
        ["Регион", "ВРП (млн долл. США)", "Занятое население (тыс. человек)"],
        ["Акмолинская", 3977, 413.3],
      ],
      { year: "2010", lang: "ru" }
    );
    const messages = dollars.findings.map((f) => f.message);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^ВРП \(столбец 2 «ВРП \(млн долл\. США\)»\): единицу "млн долл" использовать нельзя \(«млн долл» — не единица денег в тенге\); значения прочитаны как млн тенге/
      )
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^Занятые \(столбец 3 .*\): в заголовке указано «тыс\. человек»; значения умножены на 1\s000 и приведены к единице метода \(человек\)$/
      )
    );
  });

  it("gives the same English messages as before for the same table", () => {
    const dollars = readYearbookTable([
      ["Регион", "ВРП (млн долл. США)", "Занятое население (тыс. человек)"],
      ["Акмолинская", 3977, 413.3],
    ]);
    expect(dollars.findings.map((f) => f.message)).toContainEqual(
      expect.stringMatching(
        /the unit "млн долл" cannot be used \("млн долл" is not a unit of money in tenge\); the values are read as mln tenge, as printed/
      )
    );
  });

  it("names the rows it left out in Russian", () => {
    const t = readYearbookTable(messy(), { lang: "ru", year: "2010" });
    expect(t.findings.filter((f) => f.kind === "excluded-row").map((f) => f.message)).toContain(
      "строка 5 «Республика Казахстан» пропущена: итог, а не регион"
    );
  });
});
