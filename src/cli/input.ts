/**
 * Reading input files into grids of cells, as a user would select them: .xlsx (the first sheet,
 * or "FILE.xlsx#Sheet name"), .csv and .tsv (UTF-8 with or without BOM, or Windows-1251 as
 * older Russian-language Excel saves it).
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import type { Grid } from "../sheet";
import { CliError, errnoCode, inputError, reasonOf } from "./errors";
import { cellName, readXlsxGrid } from "./xlsx-input";

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
    if (ext !== ".xlsx") return checkCellTexts(readDelimited(spec, ext), spec);
    const { grid, sheet } = await readXlsxGrid(spec);
    const checked = checkCellTexts(grid, spec);
    SHEET_NAMES.set(checked, sheet);
    return checked;
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

/**
 * The text of a table file: UTF-16 with its BOM (Excel's "Unicode text"), UTF-8, or else
 * Windows-1251 as older Russian-language Excel saves CSV. A file that is UTF-8 in some lines and
 * not in others is refused, naming a line of each: read either way, some names would be garbled.
 */
export function decodeTable(bytes: Buffer, label: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const mixed = mixedEncodingLines(bytes);
    if (mixed)
      throw inputError("cli.input.mixedEncoding", {
        path: label,
        ...mixed,
        utf8: "UTF-8",
        cp1251: "Windows-1251",
        excelFormat: "CSV UTF-8",
      });
    return new TextDecoder("windows-1251").decode(bytes);
  }
}

/** The first line that is not UTF-8 and the first that is UTF-8 beyond ASCII, when both exist. */
function mixedEncodingLines(bytes: Buffer): { line: number; utf8Line: number } | null {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let line = 0;
  let utf8Line = 0;
  let start = 0;
  for (let n = 1; start < bytes.length && !(line && utf8Line); n++) {
    const end = bytes.indexOf(0x0a, start);
    const bytesOfLine = bytes.subarray(start, end === -1 ? bytes.length : end);
    start = end === -1 ? bytes.length : end + 1;
    if (!bytesOfLine.some((b) => b >= 0x80)) continue;
    try {
      strict.decode(bytesOfLine);
      utf8Line ||= n;
    } catch {
      line ||= n;
    }
  }
  return line && utf8Line ? { line, utf8Line } : null;
}

function readDelimited(spec: InputSpec, ext: string): Grid {
  const bytes = readFileSync(spec.path);
  if (ext === ".tsv" && isUtf8(bytes)) return splitTsvBytes(bytes);
  const text = decodeTable(bytes, spec.label).replace(/^\uFEFF/, "");
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
 * splitTsv of a UTF-8 file's text (test/cli-tsv.test.ts compares the two), each line decoded on
 * its own: a line of ASCII is then a string of one byte a character, where the lines of the whole
 * text split (two bytes a character as soon as a header has a Cyrillic letter) and every cell
 * cut from it were two; a table of 10,000 regions held some 4 MB less, and is read faster.
 */
export function splitTsvBytes(bytes: Buffer): string[][] {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const lf = bytes.indexOf(0x0a, start);
  const cr = bytes.indexOf(0x0d, start);
  // The text's first line ending: "\r\n", "\n" or "\r" ("\n" when there is none).
  const ending =
    cr !== -1 && (lf === -1 || cr < lf) ? (bytes[cr + 1] === 0x0a ? "\r\n" : "\r") : "\n";
  const mark = ending === "\n" ? 0x0a : 0x0d;
  const lines: string[][] = [];
  let from = start;
  for (;;) {
    let end = bytes.indexOf(mark, from);
    // "\r\n": a "\r" not followed by "\n" stays in its line.
    while (ending === "\r\n" && end !== -1 && bytes[end + 1] !== 0x0a)
      end = bytes.indexOf(mark, end + 1);
    if (end === -1) {
      lines.push(bytes.toString("utf8", from).split("\t"));
      break;
    }
    lines.push(bytes.toString("utf8", from, end).split("\t"));
    from = end + ending.length;
  }
  const last = lines[lines.length - 1];
  if (last.length === 1 && last[0] === "") lines.pop();
  return lines;
}

/**
 * The delimiter of a .csv: ";" (Russian Excel), tab or ",", whichever splits the most of the
 * first records into the same number of cells (a title row above the table splits into none).
 * Records end at line breaks outside quotes: a quoted cell may hold a line break (a name
 * wrapped with Alt+Enter).
 */
function guessDelimiter(text: string): string {
  const records = firstRecords(text, 10);
  let best = ",";
  let bestScore = 0;
  for (const d of [";", "\t", ","]) {
    const agreeing = new Map<number, number>();
    for (const record of records) {
      const n = record.get(d) ?? 0;
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

/** For each of the first `n` non-empty records, how often each character occurs outside quotes. */
function firstRecords(text: string, n: number): Map<string, number>[] {
  const records: Map<string, number>[] = [];
  let counts = new Map<string, number>();
  let blank = true;
  let quoted = false;
  for (let i = 0; i < text.length && records.length < n; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if ((c === "\n" || c === "\r") && !quoted) {
      if (!blank) records.push(counts);
      counts = new Map();
      blank = true;
      continue;
    } else if (!quoted) counts.set(c, (counts.get(c) ?? 0) + 1);
    if (c.trim() !== "") blank = false;
  }
  if (!blank && records.length < n) records.push(counts);
  return records.length > 0 ? records : [new Map()];
}

/** What one cell of Excel holds at most. */
export const CELL_CHARACTERS = 32767;

// Control characters are exactly what is looked for here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Every text cell as the terminal, the JSON and the workbook will all show it: line breaks and
 * tabs inside a cell (a name wrapped with Alt+Enter) become one space; any other control
 * character (an escape sequence a terminal would act on, a character a workbook cannot hold) and
 * a text longer than a cell holds are refused, naming the cell. Never one thing in one output
 * and another in the next.
 */
export function checkCellTexts(grid: Grid, spec: InputSpec): Grid {
  let out: unknown[][] | null = null;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== "string") continue;
      if (cell.length > CELL_CHARACTERS)
        throw inputError("cli.input.cellTooLong", {
          ...cellWhere(spec, r, c),
          length: cell.length,
          limit: CELL_CHARACTERS,
        });
      if (!CONTROL.test(cell)) continue;
      const text = cell.replace(/[\t\n\r]+/g, " ");
      const control = CONTROL.exec(text);
      if (control) {
        const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
        throw inputError("cli.input.controlCharacter", { ...cellWhere(spec, r, c), code });
      }
      out ??= grid.map((cells) => [...cells]);
      out[r][c] = text;
    }
  }
  return out ?? grid;
}

/** The file and cell a refusal names: made only for a refusal (every cell of a table is checked). */
function cellWhere(spec: InputSpec, r: number, c: number): { path: string; cell: string } {
  return { path: spec.label, cell: cellName(r, c) };
}

/** The same file (and sheet) given twice, by whatever spelling or link: refused, naming both. */
export function checkNotTwice(specs: readonly InputSpec[]): void {
  const seen = new Map<string, InputSpec>();
  for (const spec of specs) {
    let real = spec.path;
    try {
      real = realpathSync(spec.path);
    } catch {
      // checkInput says what is wrong with it
    }
    const key = `${real}#${(spec.sheet ?? "").toLocaleLowerCase()}`;
    const first = seen.get(key);
    if (first) throw inputError("cli.input.twice", { path: spec.label, first: first.label });
    seen.set(key, spec);
  }
}
