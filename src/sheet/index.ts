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
// Stage 2: specialisation tables, growth poles, their sheets (see stage2.ts for the pane's API).
export { readSpecialisationTable, isItHeader, IndustryReadError } from "./industries-reader";
export type {
  IndustryReadOptions,
  IndustryColumn,
  IndustryRegion,
  IndustryTable,
  ItColumnTable,
  SpecialisationTable,
} from "./industries-reader";
export { specialiseYear, SpecialisationError } from "./specialisation";
export type { RegionSpecialisation, YearSpecialisation, SpecialiseOptions } from "./specialisation";
export {
  growthPoles,
  parseGroups,
  leadingIndexFrom,
  DEFAULT_GROWTH_THRESHOLDS,
} from "./growth-poles";
export type { GrowthPoles, GrowthRegion, GrowthThresholds } from "./growth-poles";
export { buildSpecialisationSheet, SPEC_LAYOUT } from "./specialisation-plan";
export { buildGrowthPolesSheet, GROWTH_LAYOUT } from "./growth-plan";
export {
  buildStage2Plan,
  addStage2Sheets,
  readIndustryYear,
  industryChoices,
  KSI_REFERENCE_CHOICES,
} from "./stage2";
export type {
  Stage2Options,
  IndustryChoice,
  IndustryReading,
  IndustryReadingOptions,
} from "./stage2";
