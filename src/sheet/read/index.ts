/** Reading yearbook tables: a pasted grid of cells becomes a typed table of regions and figures (rating tables and industry tables), with findings for whatever was left out or doubted. */
export * from "./cells";
export * from "./headers";
export * from "./industries-reader";
export * from "./letters";
export * from "./reader";
export * from "./regions";
export * from "./borders";
export * from "./table-rows";
export * from "./units";
export * from "./layout-findings";
