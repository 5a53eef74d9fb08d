/**
 * Writes a WorkbookPlan to an .xlsx file with exceljs (Node only: the command line and tests).
 * Values stay values (text is text, never a formula), formulas get the "_xlfn." prefix the file
 * format needs for functions newer than Excel 2007, and by default formulas are written without
 * cached results so that the opening spreadsheet computes them itself. exceljs cannot write
 * charts: xlsx-charts.ts adds the plan's chart parts as the file is written. Never loaded for
 * work that writes no workbook (the command line imports this module when it writes one).
 */
import { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import type { CellStyle, SheetPlan, WorkbookPlan } from "../sheet/plan";
import { handArchiverBytes } from "./archiver-buffers";
import { useNativeCrc32 } from "./zip-crc";
import { streamPartsToZip } from "./part-streams";
import { writeSharedStringsFast } from "./shared-strings";
import { writeFileAtomic } from "./atomic-file";
import { attachCharts } from "./xlsx-charts";
import { cellSource } from "./xlsx-cells";
import { RowWriter, rowBlocks, type RowBlock } from "./xlsx-rows";

export interface XlsxWriteOptions {
  /** Write the core's results instead of formulas (the values-only variant). */
  valuesOnly?: boolean;
  /** Store the core's results as the formulas' cached values (default: no cache, the reader recalculates). */
  cacheResults?: boolean;
  /** Never replace an existing file at the path (fails with EEXIST instead). */
  exclusive?: boolean;
  /** Changes the finished file's bytes before they are written (parts exceljs cannot write). */
  postProcess?: XlsxPostProcess;
}

/** Takes the bytes of the written .xlsx and returns the bytes to store. */
export type XlsxPostProcess = (xlsx: Buffer, plan: WorkbookPlan) => Buffer | Promise<Buffer>;

/**
 * Only exceljs's streaming writer: loading the whole package (its reader, CSV, every part) is
 * three times as many modules and was a third of a small run's time.
 */
const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter = require("exceljs/lib/stream/xlsx/workbook-writer");

/** Functions that the xlsx format stores with the "_xlfn." prefix (added after Excel 2007). */
const XLFN_FUNCTIONS = [
  "RANK.EQ",
  "RANK.AVG",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "COVARIANCE.S",
  "COVARIANCE.P",
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

const XLFN_ANYWHERE = new RegExp(
  `(${XLFN_FUNCTIONS.map((f) => f.replace(".", "\\.")).join("|")})\\(`,
  "i"
);

/** Office.js formula text to the xlsx file's: no leading "=", "_xlfn." where needed; strings untouched. */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  // Most formulas name no such function: skip the split (it runs for every cell).
  if (!XLFN_ANYWHERE.test(body)) return body;
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

/**
 * The exceljs style of every cell of a block. One object shared by the block's cells: exceljs
 * remembers a style object it has seen (a WeakMap) instead of rendering each cell's style again to
 * find its id, which was most of the write time.
 */
export function blockStyle(
  style: CellStyle | undefined,
  numberFormat: string | undefined
): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (numberFormat) out.numFmt = numberFormat;
  if (!style) return out;
  if (style.bold || style.italic || style.fontColor || style.fontSize) {
    out.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill)
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.horizontalAlignment || style.wrapText) {
    out.alignment = {
      ...(style.horizontalAlignment
        ? { horizontal: style.horizontalAlignment.toLowerCase() as "left" | "center" | "right" }
        : {}),
      ...(style.wrapText ? { wrapText: true, vertical: "middle" as const } : {}),
    };
  }
  return out;
}

/** Characters of rows sent to the zip at a time. */
const CHUNK = 1 << 18;

/**
 * Writes the plan's cells row by row, in row order (a streaming writer cannot go back to a
 * written row): a sweep over the blocks sorted by their first row, so no row-by-row copy of
 * the whole sheet is ever held in memory.
 */
async function writeRows(
  ws: ExcelJS.Worksheet,
  sheet: SheetPlan,
  options: XlsxWriteOptions
): Promise<void> {
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const sharedIds = { next: 0 };
  const blocks = rowBlocks(
    sheet,
    (block) => blockStyle(block.style, block.numberFormat),
    (block, whole) =>
      cellSource(
        block,
        options,
        RowWriter.sharedStrings(ws),
        toFileFormula,
        whole ? sharedIds : undefined
      )
  );
  const writer = RowWriter.of(ws, sheet.merges);
  const lastRow = Math.max(
    -1,
    ...blocks.map((b) => b.block.row + b.rows - 1),
    ...heights.keys(),
    ...(sheet.merges ?? []).map((m) => m.row + m.rows - 1)
  );
  let next = 0;
  let active: RowBlock[] = [];
  for (let r = 0; r <= lastRow; r++) {
    // A new list whenever the blocks change: the row writer lays out each list once.
    if (next < blocks.length && blocks[next].block.row === r) active = [...active];
    while (next < blocks.length && blocks[next].block.row === r) active.push(blocks[next++]);
    if (active.some((b) => b.block.row + b.rows <= r))
      active = active.filter((b) => b.block.row + b.rows > r);
    if (active.length === 0 && !heights.has(r) && !writer.hasMerges(r)) continue;
    writer.row(r, active, heights.get(r));
    if (writer.pendingLength > CHUNK) {
      writer.flush();
      // The zip compresses the chunk on another thread while the next one is made.
      await new Promise(setImmediate);
      await drained(ws);
    }
  }
  writer.flush();
}

/**
 * Waits while the sheet's part holds more than a few chunks the zip has not taken yet: rows made
 * faster than they are compressed were held as bytes, tens of MB for a specialisation sheet of
 * 10,000 regions x 20 industries.
 */
async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  const stream = (ws as unknown as { stream: Partial<Writable> }).stream;
  if (!(typeof stream.writableLength === "number" && stream.writableLength > 4 * CHUNK)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearInterval(poll);
      resolve();
    };
    // "drain" comes only after a write that returned false; the length is asked again as well.
    stream.once?.("drain", done);
    const poll = setInterval(() => {
      if ((stream.writableLength ?? 0) <= 4 * CHUNK) {
        stream.off?.("drain", done);
        done();
      }
    }, 1);
  });
}

/** exceljs's page setup for the plan's (A4; a plan without one: landscape, one page wide). */
function pageSetupOf(sheet: SheetPlan): Partial<ExcelJS.PageSetup> {
  const setup = sheet.pageSetup ?? { orientation: "landscape", fitToWidth: true };
  return {
    orientation: setup.orientation,
    paperSize: 9,
    ...(setup.fitToWidth
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false, scale: 100 }),
  };
}

/** The sheet with its frozen panes, page setup, column widths and page breaks, before any cell. */
export function addWorksheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetPlan
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    views:
      sheet.freeze.rows || sheet.freeze.columns
        ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
        : [],
    // As the plan says (print-layout.ts): fitted to the width only where the text stays legible.
    pageSetup: pageSetupOf(sheet),
  });
  for (const w of sheet.columnWidths) {
    const column = ws.getColumn(w.col + 1);
    column.width = w.width;
    // exceljs takes a width of 9 for its default and leaves it out of the file, where Excel then
    // shows its own default, 8.43: the year sheets' columns O:T lost their width. Every width of
    // the plan is the plan's (exceljs 4.4 reads this getter when it writes <cols>).
    Object.defineProperty(column, "isCustomWidth", { get: () => true });
  }
  writePageBreaks(ws, sheet);
  return ws;
}

/**
 * The plan's manual page breaks. A break's id is the zero-based row (column) that starts the next
 * page. exceljs's streaming writer keeps row breaks but has no column breaks: they are written
 * right after the row breaks, where the file format puts them.
 */
function writePageBreaks(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  const writer = ws as unknown as {
    rowBreaks: { id: number; max: number; man: number }[];
    _writeRowBreaks: () => void;
    stream: { write: (xml: string) => void };
  };
  for (const row of sheet.rowBreaks ?? []) writer.rowBreaks.push({ id: row, max: 16383, man: 1 });
  const cols = sheet.colBreaks ?? [];
  if (cols.length === 0) return;
  const writeRowBreaks = writer._writeRowBreaks.bind(ws);
  writer._writeRowBreaks = () => {
    writeRowBreaks();
    const brks = cols.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
    writer.stream.write(
      `<colBreaks count="${cols.length}" manualBreakCount="${cols.length}">${brks}</colBreaks>`
    );
  };
}

async function writeSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SheetPlan,
  options: XlsxWriteOptions
): Promise<void> {
  const ws = addWorksheet(wb, sheet);
  await writeRows(ws, sheet, options);
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

/** The plan as the bytes of an .xlsx file, streamed row by row into memory. */
export async function planToXlsxBuffer(
  plan: WorkbookPlan,
  options: XlsxWriteOptions = {}
): Promise<Buffer> {
  return Buffer.concat(await planToXlsxChunks(plan, options));
}

/** The bytes of the .xlsx file in the pieces the zip gave them, in order. */
async function planToXlsxChunks(plan: WorkbookPlan, options: XlsxWriteOptions): Promise<Buffer[]> {
  handArchiverBytes();
  useNativeCrc32();
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    sink.on("finish", resolve);
    sink.on("error", reject);
  });
  const wb = new WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
    // The zip's deflate at its fastest level (archiver's default) and in 128 KB pieces, not 16 KB:
    // each piece is a round trip to the thread that compresses, and the rows waited on those
    // (some 70 ms of a 10,000-region workbook's write). The bytes are the same.
    zip: { zlib: { level: 1, chunkSize: 1 << 17 } },
  } as ConstructorParameters<typeof WorkbookWriter>[0]);
  wb.creator = "growth-poles";
  wb.created = new Date();
  askForFullCalcOnLoad(wb);
  streamPartsToZip(wb);
  writeSharedStringsFast(wb);
  // Chart parts (exceljs cannot write charts): see xlsx-charts.ts.
  attachCharts(wb, plan);
  for (const sheet of plan.sheets) await writeSheet(wb, sheet, options);
  await wb.commit();
  await finished;
  return chunks;
}

/**
 * What is done to the finished file before it is written: the place for parts exceljs cannot
 * write itself (options.postProcess, e.g. chart parts added to the zip).
 */
async function postProcess(
  xlsx: Buffer,
  plan: WorkbookPlan,
  options: XlsxWriteOptions
): Promise<Buffer> {
  return options.postProcess ? options.postProcess(xlsx, plan) : xlsx;
}

/**
 * Writes the plan to `path`: the workbook is made in memory (a few MB even for 10,000 regions),
 * then written to a temporary file beside `path` and renamed into place, so a failed or killed
 * run leaves any previous file as it was (see atomic-file.ts). With `exclusive`, an existing
 * file is never replaced (the error's code is EEXIST).
 */
export async function writePlanToXlsx(
  plan: WorkbookPlan,
  path: string,
  options: XlsxWriteOptions = {}
): Promise<void> {
  // Without a post-process the zip's pieces go to the file as they are: joined, they were the
  // whole file once more in memory at the write's peak (6.6 MB at 10,000 regions x 20 industries).
  const chunks = await planToXlsxChunks(plan, options);
  const xlsx = options.postProcess
    ? await postProcess(Buffer.concat(chunks), plan, options)
    : chunks;
  writeFileAtomic(path, xlsx, { exclusive: options.exclusive });
}
