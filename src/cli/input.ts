/**
 * Reading input files into grids of cells, as a user would select them: .xlsx (the first sheet,
 * or "FILE.xlsx#Sheet name"), .csv and .tsv (UTF-8 with or without BOM, or Windows-1251 as
 * older Russian-language Excel saves it).
 */
import { existsSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import type { Grid } from "../sheet";

/** A problem with an input file; the message names the file. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

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

export async function readGrid(spec: InputSpec): Promise<Grid> {
  if (!existsSync(spec.path)) throw new InputError(`${spec.label}: no such file`);
  const ext = extname(spec.path).toLowerCase();
  try {
    if (ext === ".xlsx") return await readXlsx(spec);
    if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return readDelimited(spec, ext);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${spec.label}: cannot be read (${(e as Error).message})`);
  }
  throw new InputError(
    `${spec.label}: unknown file type "${ext || "(none)"}"; use .xlsx, .csv or .tsv`
  );
}

async function readXlsx(spec: InputSpec): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(spec.path);
  const ws = spec.sheet === null ? wb.worksheets[0] : wb.getWorksheet(spec.sheet);
  if (!ws) {
    const names = wb.worksheets.map((w) => `"${w.name}"`).join(", ");
    throw new InputError(
      spec.sheet === null
        ? `${spec.label}: the workbook has no sheets`
        : `${spec.label}: no sheet "${spec.sheet}" (the workbook has ${names})`
    );
  }
  const grid: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellValue(row.getCell(c)));
    grid.push(cells);
  }
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
  const rows: string[][] = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
    // A TSV copied from a yearbook has no quoting convention worth trusting.
    quote: delimiter === "\t" ? false : '"',
  });
  if (rows.length === 0) throw new InputError(`${spec.label}: the file is empty`);
  return rows;
}

/** The delimiter of a .csv: ";" (Russian Excel), tab or ",", whichever splits the first lines most evenly. */
function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 5);
  let best = ",";
  let bestScore = 0;
  for (const d of [";", "\t", ","]) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const min = Math.min(...counts);
    if (min > bestScore) {
      best = d;
      bestScore = min;
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
