import { cellAddress, columnLetters, parseAddress, rangeAddress } from "../src/office/a1";
import { renameSheetReferences, safeSheetName, uniqueSheetName } from "../src/office/sheet-name";

describe("A1 addresses", () => {
  test("columns", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });
  test("cells and ranges", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(rangeAddress(3, 1, 16, 2)).toBe("B4:C19");
    expect(rangeAddress(3, 1, 1, 1)).toBe("B4");
  });
  test("parsing", () => {
    expect(parseAddress("'Table 2 (2010)'!$B$3:D9")).toEqual({
      sheet: "Table 2 (2010)",
      row: 2,
      col: 1,
      rows: 7,
      cols: 3,
    });
    expect(parseAddress("XFD1")).toEqual({ sheet: null, row: 0, col: 16383, rows: 1, cols: 1 });
    expect(() => parseAddress("A:C")).toThrow(/not a range of cells/);
  });
});

describe("sheet names", () => {
  test("characters Excel refuses are replaced and the length is capped", () => {
    expect(safeSheetName("Rating: 2010/2014 [draft]")).toBe("Rating 2010 2014 draft");
    expect(safeSheetName("'quoted'")).toBe("quoted");
    expect(safeSheetName("x".repeat(40))).toHaveLength(31);
    expect(safeSheetName("")).toBe("Rating");
    expect(safeSheetName("History")).toBe("History sheet");
  });
  test("a taken name (any case) gets a number", () => {
    expect(uniqueSheetName("Rating 2010", ["Sheet1"])).toBe("Rating 2010");
    expect(uniqueSheetName("Rating 2010", ["rating 2010", "Rating 2010 (2)"])).toBe(
      "Rating 2010 (3)"
    );
    const long = "Рейтинг Таблица 2 и Таблица 3 2010";
    const first = uniqueSheetName(long, []);
    const second = uniqueSheetName(long, [first]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});

describe("references to a renamed sheet", () => {
  const renames = new Map([
    ["Rating 2010", "Rating 2010 (2)"],
    ["Data", "Data (2)"],
  ]);
  test("quoted and unquoted references follow the new name; string literals do not", () => {
    expect(renameSheetReferences("='Rating 2010'!B4/MAX('Rating 2010'!$B$4:$B$19)", renames)).toBe(
      "='Rating 2010 (2)'!B4/MAX('Rating 2010 (2)'!$B$4:$B$19)"
    );
    expect(renameSheetReferences("=Data!A1+MyData!A1", renames)).toBe("='Data (2)'!A1+MyData!A1");
    expect(renameSheetReferences('=IF(A1="\'Data\'!x",Data!B2,"")', renames)).toBe(
      "=IF(A1=\"'Data'!x\",'Data (2)'!B2,\"\")"
    );
    expect(renameSheetReferences("=B4*2", renames)).toBe("=B4*2");
  });

  test("an unquoted name is a reference only when no name character comes just before it", () => {
    // At the start, after operators and brackets, and twice in a row: each one renamed.
    expect(renameSheetReferences("Data!A1", renames)).toBe("'Data (2)'!A1");
    expect(renameSheetReferences("=SUM(Data!A1:Data!A9)-(Data!B1)", renames)).toBe(
      "=SUM('Data (2)'!A1:'Data (2)'!A9)-('Data (2)'!B1)"
    );
    // Part of a longer name (letter, digit, underscore, dot or apostrophe before it): untouched.
    for (const other of ["xData!A1", "My_Data!A1", "2Data!A1", "v.Data!A1", "'Data!A1"])
      expect(renameSheetReferences(`=${other}+Data!C3`, renames)).toBe(`=${other}+'Data (2)'!C3`);
  });
});
