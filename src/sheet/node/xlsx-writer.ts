/**
 * Writes a WorkbookPlan to an .xlsx file with exceljs (Node only: the command line and tests).
 * Values stay values (text is text, never a formula), formulas get the "_xlfn." prefix the file
 * format needs for functions newer than Excel 2007, and by default formulas are written without
 * cached results so that the opening spreadsheet computes them itself. exceljs cannot write
 * charts: xlsx-charts.ts adds the plan's chart parts as the file is written.
 */
import ExcelJS from "exceljs";
import type { CellStyle, CellValue, SheetPlan, WorkbookPlan } from "../plan-types";
import { attachCharts } from "./xlsx-charts";

export interface XlsxWriteOptions {
  /** Write the core's results instead of formulas (the values-only variant). */
  valuesOnly?: boolean;
  /** Store the core's results as the formulas' cached values (default: no cache, the reader recalculates). */
  cacheResults?: boolean;
}

/** Functions that the xlsx format stores with the "_xlfn." prefix (added after Excel 2007). */
const XLFN_FUNCTIONS = [
  "RANK.EQ",
  "RANK.AVG",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "QUARTILE.INC",
  "QUARTILE.EXC",
  "MODE.SNGL",
  "NORM.DIST",
  "NORM.INV",
  "IFNA",
  "IFS",
  "MAXIFS",
  "MINIFS",
  "SWITCH",
  "CONCAT",
  "TEXTJOIN",
  "XLOOKUP",
  "XMATCH",
  "AGGREGATE",
  "SORT",
  "SORTBY",
  "FILTER",
  "UNIQUE",
  "SEQUENCE",
  "LET",
];
const XLFN_PATTERN = new RegExp(
  `(?<![A-Za-z0-9_.])(${XLFN_FUNCTIONS.map((f) => f.replace(".", "\\.")).join("|")})\\(`,
  "gi"
);

/** Office.js formula text to the xlsx file's: no leading "=", "_xlfn." where needed; strings untouched. */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  // Only outside string literals.
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(XLFN_PATTERN, (_m, name: string) => `_xlfn.${name.toUpperCase()}(`)
    )
    .join("");
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };

function applyStyle(
  cell: ExcelJS.Cell,
  style: CellStyle | undefined,
  numberFormat: string | undefined
): void {
  if (numberFormat) cell.numFmt = numberFormat;
  if (!style) return;
  if (style.bold || style.italic || style.fontColor || style.fontSize) {
    cell.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.horizontalAlignment || style.wrapText) {
    cell.alignment = {
      ...(style.horizontalAlignment
        ? { horizontal: style.horizontalAlignment.toLowerCase() as "left" | "center" | "right" }
        : {}),
      ...(style.wrapText ? { wrapText: true, vertical: "middle" as const } : {}),
    };
  }
}

function literal(value: CellValue): ExcelJS.CellValue {
  return value === null ? null : value;
}

interface PlacedCell {
  col: number;
  value: ExcelJS.CellValue;
  style?: CellStyle;
  numberFormat?: string;
}

/** The plan's blocks cut into rows, in row order: a streaming writer must write rows in order. */
function rowsOf(sheet: SheetPlan, options: XlsxWriteOptions): Map<number, PlacedCell[]> {
  const rows = new Map<number, PlacedCell[]>();
  const place = (row: number, cell: PlacedCell) => {
    const list = rows.get(row);
    if (list) list.push(cell);
    else rows.set(row, [cell]);
  };
  for (const b of sheet.blocks) {
    const cells = b.formulas ?? b.values ?? [];
    cells.forEach((line, r) =>
      line.forEach((_, c) => {
        let value: ExcelJS.CellValue;
        if (b.formulas) {
          const result = b.results?.[r]?.[c] ?? null;
          if (options.valuesOnly) value = literal(result);
          else if (options.cacheResults && result !== null)
            value = {
              formula: toFileFormula(b.formulas[r][c]),
              result,
            } as ExcelJS.CellFormulaValue;
          else value = { formula: toFileFormula(b.formulas[r][c]) } as ExcelJS.CellFormulaValue;
        } else {
          value = literal(b.values![r][c]);
        }
        place(b.row + r, { col: b.col + c, value, style: b.style, numberFormat: b.numberFormat });
      })
    );
  }
  return rows;
}

function writeSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetPlan,
  options: XlsxWriteOptions
): void {
  const ws = wb.addWorksheet(sheet.name, {
    views:
      sheet.freeze.rows || sheet.freeze.columns
        ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
        : [],
    // Printed (and rendered to PDF) landscape, one page wide: the rating is read across.
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  for (const w of sheet.columnWidths) ws.getColumn(w.col + 1).width = w.width;
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const rows = rowsOf(sheet, options);
  // Merges first (a streaming sheet cannot go back to committed rows); a value written to a
  // merged cell other than the top-left one would overwrite the top-left one's.
  const slaves = new Set<string>();
  for (const m of sheet.merges ?? []) {
    ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.columns);
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.columns; c++)
        if (r !== m.row || c !== m.col) slaves.add(`${r}:${c}`);
  }
  for (const r of [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b)) {
    const row = ws.getRow(r + 1);
    if (heights.has(r)) row.height = heights.get(r)!;
    for (const placed of rows.get(r) ?? []) {
      const cell = row.getCell(placed.col + 1);
      if (!slaves.has(`${r}:${placed.col}`)) cell.value = placed.value;
      applyStyle(cell, placed.style, placed.numberFormat);
    }
    row.commit();
  }
  (sheet.conditionalFormats ?? []).forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.range.replace(/\$/g, ""),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [toFileFormula(cf.formula)],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
            ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
          },
        },
      ],
    });
  });
  ws.commit();
}

/**
 * exceljs's streaming writer writes an empty <calcPr/>; without cached results Excel should be told
 * to compute every formula on opening, as the in-memory writer does with calcProperties. This
 * replaces its workbook.xml step with the same one plus fullCalcOnLoad (exceljs 4.4 internals;
 * test/cli-rate.test.ts checks the attribute is in the file).
 */
function askForFullCalcOnLoad(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform");
  const writer = wb as unknown as {
    addWorkbook: () => Promise<void>;
    _worksheets: unknown[];
    _definedNames: { model: unknown };
    views: unknown;
    zip: { append: (data: string, options: { name: string }) => void };
  };
  writer.addWorkbook = function addWorkbook() {
    const model = {
      worksheets: writer._worksheets.filter(Boolean),
      definedNames: writer._definedNames.model,
      views: writer.views,
      properties: {},
      calcProperties: { fullCalcOnLoad: true },
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    writer.zip.append(xform.toXml(model), { name: "/xl/workbook.xml" });
    return Promise.resolve();
  };
}

/**
 * Writes the plan to `path` (the caller decides about overwriting), streaming rows to the file so
 * that memory does not grow with every cell of a long table.
 */
export async function writePlanToXlsx(
  plan: WorkbookPlan,
  path: string,
  options: XlsxWriteOptions = {}
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = "growth-poles";
  wb.created = new Date();
  askForFullCalcOnLoad(wb);
  // Chart parts (exceljs cannot write charts): see xlsx-charts.ts.
  attachCharts(wb, plan);
  for (const sheet of plan.sheets) writeSheet(wb, sheet, options);
  await wb.commit();
}
