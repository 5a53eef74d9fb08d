/** The refusal of a table the reader cannot use at all: no region column, no figure, no such year. */
export class TableReadError extends Error {
  readonly missing: "region-column" | "indicators" | "rows" | "year";
  constructor(missing: TableReadError["missing"], message: string) {
    super(message);
    this.name = "TableReadError";
    this.missing = missing;
  }
}
