/**
 * The rating-sheet job, pure TypeScript (no Node, no Office): read yearbook tables, join them,
 * rate a year, describe the workbook. The command line and the task pane both use exactly this.
 */
export * from "./types";
export * from "./plan-types";
export { readYearbookTable, joinTables, printedDecimals, TableReadError } from "./reader";
export {
  regionKey,
  isTotalName,
  normaliseRegionName,
  isKnownRegionKey,
  englishRegionName,
} from "./regions";
export { recogniseField, isRegionHeader, FIELD_LABELS } from "./headers";
export { recogniseUnit, methodUnitName } from "./units";
export type { UnitReading } from "./units";
export { checkConsistency, agreesAtPrintedPrecision, MISMATCH_TOLERANCE } from "./checks";
export { rateYear, RatingError } from "./rate";
export { buildRatingPlan, yearSheetName, GROUP_COLORS, YEAR_LAYOUT } from "./plan";
export { columnLetter, cellRef, columnRange, sheetPrefix, safeSheetName } from "./a1";
