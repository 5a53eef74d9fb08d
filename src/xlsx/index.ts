/** The xlsx writer (Node only): a workbook plan written to an .xlsx file, atomically. */
export * from "./xlsx-writer";
