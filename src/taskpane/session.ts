/**
 * What the pane knows about each year, computed from plain data: the ranges read, the user's
 * column choices and year. Reading, joining, rating and planning are the sheet module's; this
 * file only strings them together and says plainly what is missing. No Office and no React here.
 */
import { INDICATORS, IndicatorCode, MissingPolicy } from "../core";
import { translate, translator, type Lang, type MessageKey, type Translate } from "../i18n";
import { safeSheetName } from "../office/sheet-name";
import type { SourceRange } from "../office/types";
import type { WorkbookPlan } from "../sheet/plan";
import { joinTables, readYearbookTable, tableYears } from "../sheet/read";
import { rateYear, RatingError } from "../sheet/rating";
import type { IndustryReading } from "../sheet/workbook";

/** The stage 2 chunk, once loaded (src/taskpane/stage2-chunk.ts). */
export type Stage2 = typeof import("./stage2-chunk");
import type { Field, Finding, RatedYear, YearTable } from "../sheet/types";

/** One range of a year: the susceptibility table, the activity table, or both in one. */
export interface TableInput {
  source: SourceRange;
  /** Columns the user chose in the dropdowns (null: do not use the recognised column). */
  mapping: Partial<Record<Field, number | null>>;
}

/** A region x industry table (or a single IT column) of a year, and the user's IT industry. */
export interface IndustryInput {
  source: SourceRange;
  /** The grid column the user chose as the IT industry; null: the one recognised. */
  itIndustry: number | null;
}

export interface YearInput {
  tables: TableInput[];
  /** The year as the user typed it; null until they type, meaning the detected one. */
  year: string | null;
  /** Stage 2: the year's industry table, when one was added. */
  industry?: IndustryInput | null;
}

export interface IndustryView {
  source: SourceRange;
  reading: IndustryReading;
}

export interface TableView {
  source: SourceRange;
  table: YearTable | null;
  /** Header text of every column of the range (for the dropdowns), "" where there is none. */
  headers: string[];
  error: string | null;
}

export interface MissingIndicator {
  code: IndicatorCode;
  name: string;
  /** The raw figures it could be derived from, and which of them are absent. */
  inputs: readonly [Field, Field];
  absent: Field[];
  message: string;
}

export interface YearView {
  tables: TableView[];
  joined: YearTable | null;
  /** The year used: typed, else printed in a header, else found in the sheet name. */
  year: string | null;
  /** Where the year came from, for the field's description. */
  yearFrom: "typed" | "header" | "sheet name" | "columns" | null;
  /** The years every table of the year gives as columns (a choice); empty for tables of one year. */
  yearChoices: string[];
  missing: MissingIndicator[];
  rated: RatedYear | null;
  /** Stage 2: the industry table as read, with the year's specialisation. */
  industry: IndustryView | null;
  /** Why the year cannot be rated (read, join or rating refusal). */
  error: string | null;
  findings: Finding[];
}

/**
 * A four-digit year in a sheet name ("Таблица 2 (2010)", "2014 activity"), when there is exactly
 * one. "Not after a digit" is checked by hand: Safari before 16.4 (Office on older macOS) cannot
 * even parse a regex lookbehind, and one in the bundle would stop the whole pane from loading.
 */
export function yearFromSheetName(name: string): string | null {
  const years = new Set(
    [...name.matchAll(/(?:19|20)\d\d(?!\d)/g)]
      .filter((m) => !/\d/.test(name.charAt((m.index ?? 0) - 1)))
      .map((m) => m[0])
  );
  return years.size === 1 ? [...years][0] : null;
}

/** Text of each column's header rows, joined as the reader joins them. */
export function columnHeaders(
  values: readonly (readonly unknown[])[],
  headerRows: number
): string[] {
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  return Array.from({ length: width }, (_, c) =>
    values
      .slice(0, headerRows)
      .map((row) => row[c])
      .filter((v): v is string => typeof v === "string" && v.trim() !== "")
      .map((v) => v.trim().replace(/\s+/g, " "))
      .join(" / ")
  );
}

/** A column's field as the pane names it ("GRP, mln tenge"). */
export function fieldLabel(t: Translate, field: Field): string {
  return t(`pane.field.${field}` as MessageKey);
}

/** Indicators neither printed nor derivable from the columns present, with what is needed. */
export function missingIndicators(
  columns: readonly { field: Field }[],
  lang: Lang = "en"
): MissingIndicator[] {
  const t = translator(lang);
  const present = new Set(columns.map((c) => c.field));
  return INDICATORS.filter(
    (info) =>
      !present.has(info.code) && !(present.has(info.inputs[0]) && present.has(info.inputs[1]))
  ).map((info) => {
    const absent = info.inputs.filter((f) => !present.has(f));
    const name = t(`pane.indicator.${info.code}` as MessageKey);
    return {
      code: info.code,
      name,
      inputs: info.inputs,
      absent,
      message: t("pane.missingIndicator", {
        code: info.code,
        name,
        inputs: info.inputs.map((f) => fieldLabel(t, f)).join(t("pane.and")),
        absent: absent.map((f) => fieldLabel(t, f).split(",")[0]).join(", "),
      }),
    };
  });
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The pane's choice of what a missing indicator value does (the rating's `missing` option). */
export const MISSING_CHOICES: readonly { key: MissingPolicy; text: MessageKey }[] = [
  { key: "error", text: "pane.missing.error" },
  { key: "skip", text: "pane.missing.skip" },
  { key: "zero", text: "pane.missing.zero" },
];

/**
 * The refusal to rate with missing values, pointing at the pane's option rather than at the
 * command line's --missing (the rating's own message speaks of "the missing-value policy").
 */
function missingValuesMessage(t: Translate, absent: readonly Finding[]): string {
  const list = absent
    .slice(0, 8)
    .map((f) => `${f.region} (${f.indicator})`)
    .join(", ");
  return t("pane.missingValues", {
    count: absent.length,
    list: `${list}${absent.length > 8 ? ", ..." : ""}`,
    option: t("pane.missing.label"),
    skip: t("pane.missing.skip"),
    zero: t("pane.missing.zero"),
  });
}

export interface ViewOptions {
  /** What a missing indicator value does; default "error" (refuse to rate). */
  missing?: MissingPolicy;
  /** The language of the messages and findings (default English). */
  lang?: Lang;
  /** Stage 2's code, needed once a year has an industry table. */
  stage2?: Stage2 | null;
}

/**
 * The years the tables give as columns, all of them covering each: the choice a multi-year table
 * offers. Null when no table gives years as columns; an error when they share none.
 */
function commonYears(
  input: YearInput,
  lang: Lang
): { years: string[] | null; error: string | null } {
  let common: string[] | null = null;
  const said: string[] = [];
  for (const { source } of input.tables) {
    let years: string[];
    try {
      years = tableYears(source.values, { lang, sheetName: source.sheet });
    } catch {
      continue; // the reading below says why
    }
    if (years.length === 0) continue;
    said.push(`${source.sheet}!${source.address}: ${years.join(", ")}`);
    common = common === null ? years : common.filter((y) => years.includes(y));
  }
  if (common !== null && common.length === 0)
    return {
      years: null,
      error: translate(lang, "finding.yearbook.noCommonYear", { list: said.join("; ") }),
    };
  return { years: common, error: null };
}

/** Reads each range of the year, under the year asked for when its tables give several. */
function readTables(input: YearInput, lang: Lang, year: string | undefined): TableView[] {
  return input.tables.map(({ source, mapping }) => {
    try {
      const table = readYearbookTable(source.values, {
        mapping,
        lang,
        sheetName: source.sheet,
        source: source.sheet,
        origin: { row: source.row, col: source.col },
        ...(year ? { year } : {}),
      });
      return {
        source,
        table,
        headers: columnHeaders(source.values, table.headerRows),
        error: null,
      };
    } catch (e) {
      return { source, table: null, headers: columnHeaders(source.values, 1), error: message(e) };
    }
  });
}

/** Reads, joins and rates one year. Never throws: every refusal becomes `error` and findings. */
export function viewYear(input: YearInput, options: ViewOptions = {}): YearView {
  const lang = options.lang ?? "en";
  const t = translator(lang);
  const typed = input.year === null ? null : input.year.trim();
  const choice = commonYears(input, lang);
  const choices = choice.years ?? [];
  // A multi-year table: the year typed or chosen, else its latest year.
  const columnsYear = choices.length > 0 ? typed || choices[choices.length - 1] : undefined;
  const tables = readTables(input, lang, columnsYear);
  const read = tables.filter((t): t is TableView & { table: YearTable } => t.table !== null);
  const view: YearView = {
    tables,
    joined: null,
    year: null,
    yearFrom: null,
    yearChoices: choices,
    missing: [],
    rated: null,
    industry: null,
    error: choice.error,
    findings: [],
  };
  const failed = tables.find((t) => t.error !== null);
  if (failed) view.error ??= `${failed.source.sheet}!${failed.source.address}: ${failed.error}`;
  if (read.length === 0) return withIndustry(view, input, lang, options.stage2 ?? null);

  const fromHeader = read.map((t) => t.table.year).find((y) => y !== null) ?? null;
  const fromSheet =
    read.map((t) => yearFromSheetName(t.source.sheet)).find((y) => y !== null) ?? null;
  if (columnsYear !== undefined) {
    view.year = columnsYear;
    view.yearFrom = typed ? "typed" : "columns";
  } else {
    view.year = typed !== null ? typed || null : (fromHeader ?? fromSheet);
    view.yearFrom =
      typed !== null ? "typed" : fromHeader ? "header" : fromSheet ? "sheet name" : null;
  }
  return rateView(view, read, input, t, options);
}

/** Joins the tables read under the year settled, and rates them. */
function rateView(
  view: YearView,
  read: (TableView & { table: YearTable })[],
  input: YearInput,
  t: Translate,
  options: ViewOptions
): YearView {
  const lang = options.lang ?? "en";
  try {
    // The year is settled above; the tables are joined under it so that a sheet-name year and
    // a header year cannot disagree.
    view.joined = joinTables(
      read.map((t) => ({ ...t.table, year: view.year })),
      { lang }
    );
  } catch (e) {
    view.error ??= message(e);
    view.findings = read.flatMap((t) => t.table.findings);
    return withIndustry(view, input, lang, options.stage2 ?? null);
  }
  view.findings = view.joined.findings;
  view.missing = missingIndicators(view.joined.columns, lang);
  if (view.error) return withIndustry(view, input, lang, options.stage2 ?? null);
  if (!view.year) {
    view.error = t("pane.yearUnknown");
    return withIndustry(view, input, lang, options.stage2 ?? null);
  }
  if (view.missing.length > 0) {
    view.error = view.missing.map((m) => m.message).join(" ");
    return withIndustry(view, input, lang, options.stage2 ?? null);
  }
  try {
    view.rated = rateYear(view.joined, { year: view.year, missing: options.missing, lang });
    view.findings = view.rated.findings;
  } catch (e) {
    view.error = message(e);
    if (e instanceof RatingError && e.findings.length > 0) {
      view.findings = e.findings;
      const absent = e.findings.filter((f) => f.kind === "missing" && f.severity === "error");
      if (absent.length > 0 && (options.missing ?? "error") === "error")
        view.error = missingValuesMessage(t, absent);
    }
  }
  return withIndustry(view, input, lang, options.stage2 ?? null);
}

/** Reads the year's industry table under the year settled above (it picks a column of Table 7). */
function withIndustry(
  view: YearView,
  input: YearInput,
  lang: Lang,
  stage2: Stage2 | null
): YearView {
  if (!input.industry || !stage2) return view;
  const { source, itIndustry } = input.industry;
  let reading: IndustryReading;
  try {
    reading = stage2.readIndustryYear(source.values, {
      lang,
      ...(view.year ? { year: view.year } : {}),
      ...(itIndustry !== null ? { itIndustry } : {}),
    });
  } catch (e) {
    reading = { ok: false, message: message(e), columns: [] };
  }
  return { ...view, industry: { source, reading } };
}

/** Where a finding's cell is on the workbook, when it names one. */
export function findingLocation(
  view: YearView,
  finding: Finding
): { sheet: string; row: number; col: number } | null {
  if (!finding.cell) return null;
  const table = view.tables.filter((t) => t.table !== null)[finding.cell.table ?? 0] ?? null;
  if (!table) return null;
  return {
    sheet: table.source.sheet,
    row: table.source.row + finding.cell.row,
    col: table.source.col + finding.cell.col,
  };
}

/**
 * Names of the sheets to write, after the source sheet and the year ("Rating 2010 Data",
 * "Rating Таблица 2 (2010)"), and "Dynamics 2010-2014" for the dynamics sheet. The writer still
 * numbers a name that is taken.
 */
export function ratingSheetNames(
  plan: WorkbookPlan,
  years: readonly { year: string; source: string | null }[],
  lang: Lang = "en"
): string[] {
  const t = translator(lang);
  return plan.sheets.map((sheet, i) => {
    if (sheet.role === "dynamics")
      return safeSheetName(
        t("pane.sheet.dynamics", {
          from: years[0]?.year ?? "",
          to: years[years.length - 1]?.year ?? "",
        })
      );
    const y = years[i];
    if (!y) return sheet.name;
    const name = !y.source
      ? y.year
      : y.source.includes(y.year)
        ? y.source
        : `${y.year} ${y.source}`;
    return safeSheetName(t("pane.sheet.rating", { name }));
  });
}
