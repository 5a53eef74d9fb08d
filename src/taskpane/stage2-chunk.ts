/**
 * Stage 2 (industry tables, specialisation, growth poles) as its own chunk: fetched the first
 * time an industry table is added, so a pane that only rates does not load it.
 */
export { addStage2Sheets, readIndustryYear } from "../sheet/workbook";
export { growthPoles } from "../sheet/stage2";
