/**
 * Reading one sheet of an .xlsx file into a grid of shown values, walking the cells the file
 * holds once, as they come (jszip reads the zip's directory, zlib unpacks, xml-scan.ts reads the
 * XML a slice at a time). The file says nothing
 * we trust about sizes: every part is unpacked under a byte limit and the grid under limits on
 * rows and columns, each refused with a message naming the limit, the file and the cell.
 */
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import type JSZip from "jszip";
import type { Grid } from "../sheet";
import { inputError } from "./errors";
import type { InputSpec } from "./input";
import { type XmlHandlers, type XmlTag, scanXmlBytes } from "./xml-scan";

/** What one part of the file may unpack to: a 10,000-region yearbook sheet is some 8 MB. */
export const XLSX_LIMITS = {
  /** sharedStrings.xml, in MB. */
  sharedStringsMb: 64,
  /** The sheet's XML, in MB. */
  sheetMb: 128,
  /** workbook.xml, styles.xml and the relationships, in MB. */
  otherMb: 16,
  rows: 200_000,
  columns: 1_000,
  /** rows x columns of the grid. */
  cells: 10_000_000,
};

const MB = 1024 * 1024;

const MAIN_NS_PARTS = { workbook: "xl/workbook.xml", rels: "xl/_rels/workbook.xml.rels" };

/** What jszip keeps of a part it has not unpacked (jszip 3's CompressedObject). */
interface Packed {
  compressedContent?: unknown;
  compression?: { magic?: string };
}

/**
 * The bytes of a part, unpacked under `limitMb`. Deflated parts are inflated by Node's zlib
 * (ten times jszip's own inflater), which stops at the limit instead of filling memory; anything
 * else jszip unpacks as a stream, counted as it comes.
 */
async function partBytes(
  zip: JSZip,
  name: string,
  limitMb: number,
  spec: InputSpec
): Promise<Buffer | null> {
  const file = zip.file(name);
  if (!file) return null;
  const tooLarge = () =>
    inputError("cli.input.xlsxPartTooLarge", { path: spec.label, part: name, limit: limitMb });
  const packed = (file as unknown as { _data?: Packed })._data;
  const content = packed?.compressedContent;
  if (content instanceof Uint8Array && packed?.compression?.magic === "\x08\x00") {
    try {
      return inflateRawSync(content, { maxOutputLength: limitMb * MB });
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge();
      throw e;
    }
  }
  const chunks: Buffer[] = [];
  let bytes = 0;
  const stream = file.nodeStream("nodebuffer");
  await new Promise<void>((resolve, reject) => {
    stream.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      chunks.push(chunk);
      if (bytes <= limitMb * MB) return;
      stream.removeAllListeners("data");
      stream.pause();
      reject(tooLarge());
    });
    stream.on("error", reject);
    stream.on("end", resolve);
  });
  return Buffer.concat(chunks);
}

/** Scans a part's XML; false when the file has no such part. */
async function parsePart(
  zip: JSZip,
  name: string,
  limitMb: number,
  spec: InputSpec,
  on: XmlHandlers
): Promise<boolean> {
  const bytes = await partBytes(zip, name, limitMb, spec);
  if (bytes === null) return false;
  scanXmlBytes(bytes, on);
  return true;
}

/** The local name of a tag: "x:c" -> "c" (some writers prefix the main namespace). */
const local = (name: string) => name.slice(name.indexOf(":") + 1);
const attr = (tag: XmlTag, name: string): string | undefined => tag.attribute(name);

interface SheetEntry {
  name: string;
  part: string;
}

/** The sheets in workbook order with the part each one is in, and the 1904 date system flag. */
async function readWorkbook(zip: JSZip, spec: InputSpec) {
  const targets = new Map<string, string>();
  await parsePart(zip, MAIN_NS_PARTS.rels, XLSX_LIMITS.otherMb, spec, {
    open: (t) => {
      const id = attr(t, "Id");
      const target = attr(t, "Target");
      if (local(t.name) === "Relationship" && id && target) targets.set(id, target);
    },
  });
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const found = await parsePart(zip, MAIN_NS_PARTS.workbook, XLSX_LIMITS.otherMb, spec, {
    open: (t) => {
      const name = local(t.name);
      if (name === "workbookPr") date1904 = /^(1|true)$/.test(attr(t, "date1904") ?? "");
      if (name !== "sheet") return;
      const rid = Object.entries(t.attributes).find(([k]) => local(k) === "id")?.[1];
      const target = typeof rid === "string" ? targets.get(rid) : undefined;
      if (target === undefined) return;
      const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
      sheets.push({ name: attr(t, "name") ?? "", part: part.replace(/\/\.\//g, "/") });
    },
  });
  if (!found) throw new Error("no xl/workbook.xml: not an Excel workbook");
  return { sheets, date1904 };
}

/** The sheet asked for: the exact name, else the one name equal ignoring case (as Excel compares). */
export function chooseSheet<T extends { name: string }>(sheets: readonly T[], spec: InputSpec): T {
  if (sheets.length === 0) throw inputError("cli.input.noSheets", { path: spec.label });
  if (spec.sheet === null) return sheets[0];
  const wanted = spec.sheet;
  const exact = sheets.find((s) => s.name === wanted);
  if (exact) return exact;
  const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase();
  const alike = sheets.filter((s) => fold(s.name) === fold(wanted));
  if (alike.length === 1) return alike[0];
  const names = (list: readonly T[]) => list.map((w) => `"${w.name}"`).join(", ");
  if (alike.length > 1)
    throw inputError("cli.input.sheetAmbiguous", {
      path: spec.label,
      sheet: wanted,
      sheets: names(alike),
    });
  throw inputError("cli.input.noSheet", { path: spec.label, sheet: wanted, sheets: names(sheets) });
}

/** The shared strings: text of each <si>, runs joined, phonetic guides (<rPh>) left out. */
async function readSharedStrings(zip: JSZip, spec: InputSpec): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] = [];
  let inText = false;
  let phonetic = 0;
  await parsePart(zip, "xl/sharedStrings.xml", XLSX_LIMITS.sharedStringsMb, spec, {
    open: (t) => {
      const n = local(t.name);
      if (n === "si") current = [];
      else if (n === "rPh") phonetic++;
      else if (n === "t") inText = phonetic === 0;
    },
    text: (text) => {
      if (inText) current.push(text);
    },
    close: (name) => {
      const n = local(name);
      if (n === "t") inText = false;
      else if (n === "rPh") phonetic--;
      else if (n === "si") strings.push(current.join(""));
    },
  });
  return strings;
}

/** Built-in number formats that show dates (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A custom format code shows a date when it has d, m, y, h or s outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "");
  return /[dmyhs]/i.test(bare.split(";")[0]);
}

/** For each cell style index, whether it shows a date. */
async function readDateStyles(zip: JSZip, spec: InputSpec): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await parsePart(zip, "xl/styles.xml", XLSX_LIMITS.otherMb, spec, {
    open: (t) => {
      const n = local(t.name);
      if (n === "numFmt") custom.set(Number(attr(t, "numFmtId")), attr(t, "formatCode") ?? "");
      else if (n === "cellXfs") inCellXfs = true;
      else if (n === "xf" && inCellXfs) {
        const id = Number(attr(t, "numFmtId") ?? 0);
        const code = custom.get(id);
        styles.push(code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(code));
      }
    },
    close: (name) => {
      if (local(name) === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

/** "XFD1048576" -> [1048575, 16383] (zero-based), or null when it is not a cell reference. */
export function cellIndex(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i > 3 || i === ref.length || ref.length - i > 7) return null;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const d = ref.charCodeAt(j) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return row > 0 ? [row - 1, col - 1] : null;
}

/** A zero-based position as Excel names it: (0, 0) -> "A1". */
export function cellName(row: number, col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** An Excel serial day as the date it shows, "2010-01-01". */
function serialDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86400) * 1000).toISOString().slice(0, 10);
}

interface CellContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** What a selection of the cell would give: its shown value, numbers as numbers. */
function cellValue(
  type: string,
  style: number,
  raw: string,
  inline: string,
  ctx: CellContext
): unknown {
  switch (type) {
    case "s":
      return ctx.strings[Number(raw)] ?? "";
    case "inlineStr":
      return inline;
    case "str":
    case "e":
      return raw;
    case "b":
      return raw === "1" || raw === "true";
    default: {
      if (raw.trim() === "") return "";
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      return ctx.dateStyles[style] ? serialDate(n, ctx.date1904) : n;
    }
  }
}

/** The rows of the sheet's cells that hold something, in a grid padded to a rectangle. */
async function readSheetCells(
  zip: JSZip,
  part: string,
  spec: InputSpec,
  ctx: CellContext
): Promise<Grid> {
  const rows: unknown[][] = [];
  let width = 0;
  let rowIndex = -1;
  let colIndex = -1;
  // The cell being read: its type ("" when between cells), style, value and inline text.
  let type = "";
  let style = 0;
  let raw = "";
  let inline = "";
  let into: "raw" | "inline" | null = null;
  let phonetic = 0;
  const place = (value: unknown) => {
    if (value === "" || value === null) return;
    if (rowIndex >= XLSX_LIMITS.rows || colIndex >= XLSX_LIMITS.columns)
      throw tooFar(spec, cellName(rowIndex, colIndex));
    const row = (rows[rowIndex] ??= []);
    row[colIndex] = value;
    if (colIndex + 1 > width) width = colIndex + 1;
    if (rows.length * width > XLSX_LIMITS.cells) throw tooFar(spec, cellName(rowIndex, colIndex));
  };
  const found = await parsePart(zip, part, XLSX_LIMITS.sheetMb, spec, {
    open: (t) => {
      const n = local(t.name);
      if (n === "c") {
        const ref = attr(t, "r");
        const at = ref === undefined ? null : cellIndex(ref);
        if (at) [rowIndex, colIndex] = at;
        else colIndex++;
        type = attr(t, "t") ?? "n";
        style = Number(attr(t, "s") ?? 0);
        raw = inline = "";
      } else if (n === "row") {
        const r = Number(attr(t, "r"));
        rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
        colIndex = -1;
      } else if (type === "") return;
      else if (n === "v") into = "raw";
      else if (n === "rPh") phonetic++;
      else if (n === "t" && phonetic === 0) into = "inline";
    },
    text: (text) => {
      if (into === "raw") raw += text;
      else if (into === "inline") inline += text;
    },
    close: (name) => {
      const n = local(name);
      if (n === "v" || n === "t") into = null;
      else if (n === "rPh") phonetic--;
      else if (n === "c" && type !== "") {
        place(cellValue(type, style, raw, inline, ctx));
        type = "";
      }
    },
  });
  if (!found) throw new Error(`the sheet's part ${part} is missing`);
  const grid: unknown[][] = new Array<unknown[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const full = new Array<unknown>(width);
    for (let c = 0; c < width; c++) full[c] = row[c] ?? "";
    grid[r] = full;
  }
  return grid;
}

function tooFar(spec: InputSpec, cell: string) {
  const { rows, columns, cells } = XLSX_LIMITS;
  return inputError("cli.input.xlsxTooFar", { path: spec.label, cell, rows, columns, cells });
}

/** The grid of the sheet `spec` names (the first sheet when it names none), and its name. */
export async function readXlsxGrid(spec: InputSpec): Promise<{ grid: Grid; sheet: string }> {
  const { default: Zip } = await import("jszip");
  const zip = await Zip.loadAsync(readFileSync(spec.path));
  const { sheets, date1904 } = await readWorkbook(zip, spec);
  const sheet = chooseSheet(sheets, spec);
  const strings = await readSharedStrings(zip, spec);
  const dateStyles = await readDateStyles(zip, spec);
  const grid = await readSheetCells(zip, sheet.part, spec, { strings, dateStyles, date1904 });
  return { grid, sheet: sheet.name };
}
