/**
 * Reading input files into grids of cells, as a user would select them: .xlsx (the first sheet,
 * or "FILE.xlsx#Sheet name"), .csv and .tsv (UTF-8 with or without BOM, or Windows-1251 as
 * older Russian-language Excel saves it).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import type ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import type { Grid } from "../sheet";
import { CliError, errnoCode, inputError, reasonOf } from "./errors";

export interface InputSpec {
  path: string;
  sheet: string | null;
  /** As the user wrote it, for messages. */
  label: string;
}

/** "book.xlsx#Sheet 2" -> path and sheet; a "#" that is part of an existing file name stays. */
export function parseInputSpec(spec: string): InputSpec {
  const hash = spec.lastIndexOf("#");
  if (hash > 0 && !existsSync(spec)) {
    const path = spec.slice(0, hash);
    if (/\.xlsx$/i.test(path)) return { path, sheet: spec.slice(hash + 1), label: spec };
  }
  return { path: spec, sheet: null, label: spec };
}

const READABLE_TYPES = new Set([".xlsx", ".csv", ".tsv", ".txt"]);

/** A file-system error reading an input, as a message that names the file and what to do. */
export function inputFileError(label: string, e: unknown): CliError {
  switch (errnoCode(e)) {
    case "ENOENT":
    case "ENOTDIR":
      return inputError("cli.input.noFile", { path: label, cwd: process.cwd() });
    case "EISDIR":
      return inputError("cli.input.isFolder", { path: label });
    case "EACCES":
    case "EPERM":
      return inputError("cli.input.noAccess", { path: label });
    default:
      return inputError("cli.input.unreadable", { path: label, reason: reasonOf(e) });
  }
}

/** Refuses an input that cannot be read, before any work is done (and before the output is looked at). */
export function checkInput(spec: InputSpec): void {
  let isFile: boolean;
  try {
    isFile = statSync(spec.path).isFile();
  } catch (e) {
    throw inputFileError(spec.label, e);
  }
  if (!isFile) throw inputError("cli.input.isFolder", { path: spec.label });
  const ext = extname(spec.path).toLowerCase();
  if (!READABLE_TYPES.has(ext))
    throw inputError("cli.input.unknownType", { path: spec.label, ext: ext || "-" });
}

export async function readGrid(spec: InputSpec): Promise<Grid> {
  checkInput(spec);
  const ext = extname(spec.path).toLowerCase();
  try {
    return ext === ".xlsx" ? await readXlsx(spec) : readDelimited(spec, ext);
  } catch (e) {
    if (e instanceof CliError) throw e;
    if (errnoCode(e)) throw inputFileError(spec.label, e);
    const key = ext === ".xlsx" ? "cli.input.notXlsx" : "cli.input.unreadable";
    throw inputError(key, { path: spec.label, reason: reasonOf(e) });
  }
}

/** The sheet each .xlsx grid was read from: a table may name its figure only there. */
const SHEET_NAMES = new WeakMap<Grid, string>();

export function sheetNameOf(grid: Grid): string | null {
  return SHEET_NAMES.get(grid) ?? null;
}

async function readXlsx(spec: InputSpec): Promise<Grid> {
  // Loaded here, not at start-up: most runs read only text tables.
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  await wb.xlsx.readFile(spec.path);
  const ws = spec.sheet === null ? wb.worksheets[0] : wb.getWorksheet(spec.sheet);
  if (!ws) {
    const names = wb.worksheets.map((w) => `"${w.name}"`).join(", ");
    throw spec.sheet === null
      ? inputError("cli.input.noSheets", { path: spec.label })
      : inputError("cli.input.noSheet", { path: spec.label, sheet: spec.sheet, sheets: names });
  }
  const grid: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellValue(row.getCell(c)));
    grid.push(cells);
  }
  SHEET_NAMES.set(grid, ws.name);
  return grid;
}

/** What a selection of the cell would give: its shown value, numbers as numbers. */
function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return "";
      return typeof result === "object" && "error" in result ? String(result.error) : result;
    }
    if ("text" in v) return String((v as { text: unknown }).text);
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: older Russian-language Excel saves CSV in Windows-1251.
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

function readDelimited(spec: InputSpec, ext: string): Grid {
  const text = decode(readFileSync(spec.path)).replace(/^\uFEFF/, "");
  const delimiter = ext === ".tsv" ? "\t" : guessDelimiter(text);
  // A TSV copied from a yearbook has no quoting convention worth trusting: tabs and lines only.
  const rows: string[][] =
    delimiter === "\t"
      ? splitTsv(text)
      : parse(text, {
          delimiter,
          relax_column_count: true,
          relax_quotes: true,
          skip_empty_lines: false,
          bom: true,
          quote: '"',
        });
  if (rows.length === 0) throw inputError("cli.input.empty", { path: spec.label });
  return rows;
}

/**
 * The rows and cells of tab-separated text without quoting: split at tabs and at the line ending
 * the text uses (the first one in it: \r\n, \n or \r), a last empty line dropped, exactly as
 * csv-parse does with `quote: false` (test/cli-tsv.test.ts compares the two). csv-parse's parser,
 * cold, took 5 to 15 ms for a 16-row table, a third of a short run.
 */
export function splitTsv(text: string): string[][] {
  const ending = /\r\n?|\n/.exec(text)?.[0] ?? "\n";
  const lines = text.split(ending);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.split("\t"));
}

/**
 * The delimiter of a .csv: ";" (Russian Excel), tab or ",", whichever splits the most of the
 * first lines into the same number of cells (a title row above the table splits into none).
 */
function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 10);
  let best = ",";
  let bestScore = 0;
  for (const d of [";", "\t", ","]) {
    const agreeing = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, d);
      if (n > 0) agreeing.set(n, (agreeing.get(n) ?? 0) + 1);
    }
    const score = Math.max(0, ...agreeing.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}
