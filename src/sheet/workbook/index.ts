/** Whole workbooks: the rating workbook (year sheets and dynamics) and stage 2 added to it, as the command line and the pane ask for them. */
export * from "./rating-workbook";
export * from "./stage2-workbook";
