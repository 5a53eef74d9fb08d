/**
 * The rating-sheet job, pure TypeScript (no Node, no Office): read yearbook tables, join them,
 * rate a year, describe the workbook. The command line and the task pane both use exactly this.
 */
export * from "./types";
export * from "./plan";
export { readYearbookTable, joinTables, printedDecimals, TableReadError, tableYears } from "./read";
export {
  regionKey,
  isTotalName,
  normaliseRegionName,
  isKnownRegionKey,
  englishRegionName,
} from "./read";
export { recogniseField, isRegionHeader } from "./read";
export { recogniseUnit, methodUnitName } from "./read";
export type { UnitReading } from "./read";
export { checkConsistency, agreesAtPrintedPrecision, MISMATCH_TOLERANCE } from "./rating";
export { rateYear, RatingError } from "./rating";
export { rateInEarliestBorders, tableInBordersOf } from "./rating";
export { buildRatingPlan, yearSheetName, GROUP_COLORS, YEAR_LAYOUT } from "./workbook";
// Dynamics between years, with region borders by year (issue 14).
export { dynamicsPairs, bordersFindings } from "./dynamics-sheet";
export type { DynamicsPair, PairRegion, MovementCounts } from "./dynamics-sheet";
export { BORDER_CHANGES, borderChangesBetween, calendarYear } from "./read";
export type { BorderChange } from "./read";
export { columnLetter, cellRef, columnRange, sheetPrefix, safeSheetName } from "./plan";
// Stage 2: specialisation tables, growth poles, their sheets (see stage2.ts for the pane's API).
export { readSpecialisationTable, isItHeader, IndustryReadError } from "./read";
export type {
  IndustryReadOptions,
  IndustryColumn,
  IndustryRegion,
  IndustryTable,
  ItColumnTable,
  SpecialisationTable,
} from "./read";
export { specialiseYear, SpecialisationError } from "./stage2";
export type { RegionSpecialisation, YearSpecialisation, SpecialiseOptions } from "./stage2";
export { growthPoles, parseGroups, leadingIndexFrom, DEFAULT_GROWTH_THRESHOLDS } from "./stage2";
export type { GrowthPoles, GrowthRegion, GrowthThresholds } from "./stage2";
export { buildSpecialisationSheet, SPEC_LAYOUT } from "./specialisation-sheet";
export { buildGrowthPolesSheet, GROWTH_LAYOUT } from "./growth-sheet";
export {
  buildStage2Plan,
  addStage2Sheets,
  readIndustryYear,
  industryChoices,
  KSI_REFERENCE_CHOICES,
} from "./workbook";
export type {
  Stage2Options,
  IndustryChoice,
  IndustryReading,
  IndustryReadingOptions,
} from "./workbook";
// Robustness (issue 15): the analysis of a rated year and its sheet.
export {
  robustnessInput,
  yearRobustness,
  yearRobustnessJob,
  robustnessReading,
  unsettledPlaces,
  buildRobustnessSheet,
  addRobustnessSheets,
  robustnessSheetName,
  byNominalRank,
  ROB_COLUMNS,
  addRobustnessReasons,
  leadingClassProbability,
} from "./robustness-sheet";
