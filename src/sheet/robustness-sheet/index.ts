/** The robustness sheet (issue 15): a rated year's analysis, its reading and its plan. */
export * from "./robustness-input";
export * from "./robustness-reading";
export { buildRobustnessSheet, addRobustnessSheets, robustnessSheetName } from "./robustness-plan";
export { byNominalRank } from "./robustness-regions";
export { ROB_COLUMNS } from "./robustness-layout";
export { addRobustnessReasons, leadingClassProbability } from "./growth-reasons";
