/**
 * The rating workbook described as data: one sheet per year (year-plan.ts) and a dynamics sheet
 * when two or more years are given (dynamics-plan.ts, the paper's Table 6). Score cells are
 * native Excel formulas over the input cells, so the sheets stay live and work where the add-in
 * is not installed; every formula block carries the core's values as `results`.
 */
import { forPrint, uniqueSheetName } from "../plan";
import { buildDynamicsSheet } from "../dynamics-sheet";
import type { WorkbookPlan } from "../plan";
import type { PlanOptions, RatedYear } from "../types";
import { yearSheetName } from "../year-sheet";
import { buildYearSheet, type YearSheet } from "../year-sheet";

export { GROUP_COLORS } from "../plan";
export { YEAR_LAYOUT, yearSheetName } from "../year-sheet";

/**
 * The whole rating workbook: one sheet per year, in the order given, plus a dynamics sheet when
 * there are two or more years. Sheet names are compared without case, as Excel does.
 */
export function buildRatingPlan(
  years: readonly RatedYear[],
  options: PlanOptions = {}
): WorkbookPlan {
  const sheets: YearSheet[] = [];
  for (const y of years) {
    if (y.regions.length === 0) throw new Error(`year ${y.year}: no regions to lay out`);
    const name = uniqueSheetName(
      yearSheetName(y.year),
      sheets.map((s) => s.plan.name)
    );
    sheets.push(buildYearSheet(y, name, options));
  }
  const plans = sheets.map((s) => s.plan);
  if (years.length >= 2) plans.push(buildDynamicsSheet(years, sheets, options));
  // Headers that wrap between words, pages that print legibly: decided once for every writer.
  return forPrint({ sheets: plans });
}
