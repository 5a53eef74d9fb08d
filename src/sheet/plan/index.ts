/** The workbook described as data: the plan's types (cells, formula blocks, styles, charts), the shared blocks and styles, A1 references and sheet names. Every sheet kind is built from these; every writer reads them. */
export * from "./a1";
export * from "./findings-plan";
export * from "./label-placement";
export * from "./plan-blocks";
export * from "./plan-style";
export * from "./plan-types";
export * from "./print-layout";
export * from "./r1c1";
export * from "./plan-shared";
