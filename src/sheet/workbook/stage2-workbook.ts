/**
 * Stage 2 as one step, for the command line and the task pane alike: read a specialisation
 * table, compute a year's specialisation, find the growth poles, and describe the workbook (the
 * rating sheets, then a specialisation sheet per year, then the growth-poles sheet).
 *
 * The task pane's API (plain data in, plain data out, no Office):
 * - `readIndustryYear(grid, { year, itIndustry, reference, lang })`: all of the next three in one
 *   call, refusals as a message (what "Add an industry table" needs);
 * - `readSpecialisationTable(grid, { itIndustry, year, lang })`: the table, its industries
 *   (`industries[].header`), the IT industry guess (`itIndustry`, `itFrom`), findings;
 * - `industryChoices(table)`: the dropdown's entries, with the guess marked;
 * - `specialiseYear(table, { year, reference, lang })`: one year's figures;
 * - `growthPoles(rated, specs, thresholds, lang)`: the preview (candidates with reasons);
 * - `buildStage2Plan(rated, specs, options)`: the sheets to write.
 */
import type { KsiReference } from "../../core";
import { translator } from "../../i18n";
import { forPrint, uniqueSheetName } from "../plan";
import { buildGrowthPolesSheet, type CellSource, type GrowthSources } from "../growth-sheet";
import { growthPoles, type GrowthPoles, type GrowthThresholds } from "../stage2";
import {
  IndustryReadError,
  readSpecialisationTable,
  type IndustryReadOptions,
  type SpecialisationTable,
} from "../read";
import { buildRatingPlan } from "./rating-workbook";
import type { SheetPlan, WorkbookPlan } from "../plan";
import { SpecialisationError, specialiseYear, type YearSpecialisation } from "../stage2";
import { buildSpecialisationSheet, specialisationSheetName } from "../specialisation-sheet";
import type { Grid, PlanOptions, RatedYear } from "../types";

export interface Stage2Options extends PlanOptions {
  thresholds?: Partial<GrowthThresholds>;
}

export interface IndustryChoice {
  /** Zero-based grid column, what `readSpecialisationTable`'s `itIndustry` takes back. */
  column: number;
  header: string;
  /** The reader's guess (by header) or the user's choice. */
  isIt: boolean;
}

/** The industries of a table for a dropdown, the IT industry marked. */
export function industryChoices(table: SpecialisationTable): IndustryChoice[] {
  if (table.kind === "it-column")
    return table.years.map((y) => ({ column: y.column, header: y.header, isIt: true }));
  return table.industries.map((c, k) => ({
    column: c.column,
    header: c.header,
    isIt: k === table.itIndustry,
  }));
}

/** What the pane shows after "Add an industry table": the table, its choices, the year's figures. */
export type IndustryReading =
  | {
      ok: true;
      table: SpecialisationTable;
      choices: IndustryChoice[];
      /** The IT industry in use (recognised or chosen); null: none, the pane asks for one. */
      it: IndustryChoice | null;
      /** The year's specialisation; IT shares are null while no IT industry is chosen. */
      spec: YearSpecialisation;
      /** A sentence for the pane when something needs the user (no IT industry found). */
      message: string | null;
    }
  | { ok: false; message: string; columns: string[] };

export interface IndustryReadingOptions extends IndustryReadOptions {
  reference?: KsiReference;
}

/**
 * One call for the pane: reads a selected grid as a specialisation table of `year`, lists its
 * industries with the IT guess, and computes the year's figures. Refusals come back as a message
 * (with the columns seen), never as an exception.
 */
export function readIndustryYear(
  grid: Grid,
  options: IndustryReadingOptions = {}
): IndustryReading {
  const t = translator(options.lang ?? "en");
  try {
    const table = readSpecialisationTable(grid, options);
    const choices = industryChoices(table);
    const spec = specialiseYear(table, {
      ...(options.year !== undefined ? { year: options.year } : {}),
      ...(options.reference !== undefined ? { reference: options.reference } : {}),
      ...(options.lang !== undefined ? { lang: options.lang } : {}),
    });
    const it =
      table.kind === "it-column"
        ? (choices.find((c) => c.header === spec.industries[0]) ?? null)
        : (choices.find((c) => c.isIt) ?? null);
    const message =
      it === null
        ? t("growth.read.noIt", { columns: choices.map((c) => `"${c.header}"`).join(", ") })
        : null;
    return { ok: true, table, choices, it, spec, message };
  } catch (e) {
    if (e instanceof IndustryReadError)
      return { ok: false, message: e.message, columns: e.columns };
    if (e instanceof SpecialisationError) return { ok: false, message: e.message, columns: [] };
    throw e;
  }
}

export const KSI_REFERENCE_CHOICES: readonly KsiReference[] = ["rest", "national", "mean"];

/** Where the rating plan put each year's index, class and rank (found by the blocks' roles). */
function ratingSources(plan: WorkbookPlan, rated: readonly RatedYear[]): GrowthSources["ratings"] {
  const yearSheets = plan.sheets.filter((s) => s.role === "year");
  return rated.map((year, y) => {
    const sheet = yearSheets[y];
    if (!sheet) return null;
    // One map of rows for the blocks that start on the same row (index, class and rank do).
    const rowsFrom = new Map<number, ReadonlyMap<string, number>>();
    const rowOf = (first: number) => {
      let rows = rowsFrom.get(first);
      if (!rows)
        rowsFrom.set(first, (rows = new Map(year.regions.map((r, i) => [r.key, first + i]))));
      return rows;
    };
    const at = (role: string): CellSource | null => {
      const b = sheet.blocks.find((x) => x.role === role);
      if (!b) return null;
      return { sheet: sheet.name, col: b.col, rowOf: rowOf(b.row) };
    };
    const index = at("index");
    const cls = at("class");
    const rank = at("rank");
    return index && cls && rank ? { index, class: cls, rank } : null;
  });
}

/**
 * The whole workbook: rating sheets (and dynamics) of the rated years, a specialisation sheet
 * per year with an industry table, and the growth-poles sheet when a year has both.
 */
export function buildStage2Plan(
  rated: readonly RatedYear[],
  specs: readonly YearSpecialisation[],
  options: Stage2Options = {}
): { plan: WorkbookPlan; poles: GrowthPoles } {
  const base = rated.length > 0 ? buildRatingPlan(rated, options) : { sheets: [] };
  return addStage2Sheets(base, rated, specs, options);
}

/**
 * Stage 2's sheets added to a rating plan built from `rated` (by `buildRatingPlan`, whatever
 * options the caller gave it): a specialisation sheet per year, then the growth-poles sheet.
 */
export function addStage2Sheets(
  base: WorkbookPlan,
  rated: readonly RatedYear[],
  specs: readonly YearSpecialisation[],
  options: Stage2Options = {}
): { plan: WorkbookPlan; poles: GrowthPoles } {
  const t = translator(options.lang ?? "en");
  const sheets: SheetPlan[] = [...base.sheets];
  const taken = () => sheets.map((s) => s.name);
  const itShares: (CellSource | null)[] = [];
  for (const spec of specs) {
    const name = uniqueSheetName(specialisationSheetName(t, spec.year), taken());
    const built = buildSpecialisationSheet(spec, name, options);
    sheets.push(built.plan);
    itShares.push(
      spec.itIndustry === null ? null : { sheet: name, rowOf: built.rowOf, col: built.itShareCol }
    );
  }
  const poles = growthPoles(rated, specs, options.thresholds, options.lang ?? "en");
  if (poles.verdictYear !== null) {
    const sources: GrowthSources = { ratings: ratingSources(base, rated), itShares };
    sheets.push(
      buildGrowthPolesSheet(
        poles,
        uniqueSheetName(t("growth.sheetName"), taken()),
        sources,
        options
      )
    );
  }
  return { plan: forPrint({ sheets }), poles };
}
