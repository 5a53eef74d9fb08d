/**
 * The robustness sheet of a year (issue 15), described as data: the reading and the assumptions
 * on top, the per-region intervals with their whisker chart, the sensitivity and one-at-a-time
 * tables, the coherence block. `addRobustnessSheets` adds one per year to a workbook plan.
 */
import type { RobustnessResult } from "../../core/robustness";
import { translator } from "../../i18n";
import {
  type SheetPlan,
  type WorkbookPlan,
  nameWidth,
  safeSheetName,
  uniqueSheetName,
} from "../plan";
import type { PlanOptions, RatedYear } from "../types";
import { ROB_COLUMNS as C, type Part, type RobustnessContext } from "./robustness-layout";
import { coherencePart } from "./robustness-coherence";
import { regionsPart } from "./robustness-regions";
import { exclusionPart, sensitivityPart } from "./robustness-sensitivity";
import { topPart } from "./robustness-top";

export function robustnessSheetName(year: string, options: PlanOptions = {}): string {
  return safeSheetName(translator(options.lang ?? "en")("robust.sheet.name", { year }));
}

export function buildRobustnessSheet(
  year: RatedYear,
  result: RobustnessResult,
  name: string,
  options: PlanOptions = {}
): SheetPlan {
  const lang = options.lang ?? "en";
  const ctx: RobustnessContext = {
    result,
    year: year.year,
    lang,
    t: translator(lang),
    alphabet: options.alphabet ?? "latin",
    formulas: options.formulas ?? true,
  };
  const parts: Part[] = [topPart(ctx, C.chart - 1)];
  const add = (make: (start: number) => Part) => parts.push(make(parts[parts.length - 1].next));
  add((s) => regionsPart(ctx, s));
  add((s) => sensitivityPart(ctx, s));
  add((s) => exclusionPart(ctx, s));
  add((s) => coherencePart(ctx, year, s));
  return {
    name,
    role: "robustness",
    blocks: parts.flatMap((p) => p.blocks),
    charts: parts.flatMap((p) => p.charts ?? []),
    conditionalFormats: parts.flatMap((p) => p.formats ?? []),
    merges: parts.flatMap((p) => p.merges ?? []),
    rowHeights: parts.flatMap((p) => p.heights ?? []),
    columnWidths: [
      { col: C.rank, width: 16 },
      { col: C.region, width: nameWidth(year.regions.map((r) => r.name)) },
      ...Array.from({ length: C.chart - 2 }, (_, i) => ({ col: i + 2, width: 11 })),
    ],
    freeze: { rows: 0, columns: 0 },
  };
}

/** The plan with a robustness sheet for each year that has an analysis (results in the years' order). */
export function addRobustnessSheets(
  plan: WorkbookPlan,
  years: readonly RatedYear[],
  results: readonly (RobustnessResult | null)[],
  options: PlanOptions = {}
): WorkbookPlan {
  const sheets = [...plan.sheets];
  years.forEach((y, i) => {
    const result = results[i];
    if (!result) return;
    const name = uniqueSheetName(
      robustnessSheetName(y.year, options),
      sheets.map((s) => s.name)
    );
    sheets.push(buildRobustnessSheet(y, result, name, options));
  });
  return { ...plan, sheets };
}
