/**
 * How the cells of one block of the plan are written: each cell's SpreadsheetML markup, made
 * straight from the block (a literal, a formula per cell, or a column of shared formulas turned
 * into each row's A1 text), with no object per cell. The markup is exceljs's for the same cell
 * (test/xlsx-rows.test.ts compares the bytes); exceljs still numbers the shared strings.
 */
import type { CellValue, PlanBlock } from "../sheet/plan";
import { blockSize, columnLetter, hasFormulas, r1c1ColumnTemplate } from "../sheet/plan";

/** exceljs's text escaping, so that the bytes match its own (it escapes character by character). */
const { xmlEncode } = require("exceljs/lib/utils/utils") as { xmlEncode(text: string): string };

/** A cell as exceljs takes it: a literal, or a formula in file syntax with an optional cached result. */
export type XlsxCell = CellValue | { formula: string; result?: CellValue };

/** Numbers the workbook's shared strings (exceljs's table). */
export interface SharedStrings {
  add(text: string): number;
}

/** The cells of a block as the row writer takes them; `line` and `column` are within the block. */
export interface CellSource {
  /** The cell's value as exceljs would take it: its type picks a style's default number format. */
  value(line: number, column: number): XlsxCell;
  /** Whether the cell holds nothing (no value, no formula): a row of such cells is not written. */
  empty(line: number, column: number): boolean;
  /** The cell's markup; `ref` is its address, `s` its style attribute (` s="3"` or ""). */
  xml(line: number, column: number, ref: string, s: string): string;
  /** Whether every cell of the line is empty (blocks: rows of the same style written at once). */
  blank(line: number): boolean;
  /** The markup of the line's cells, left to right, in the sheet's row `rowNumber` (1-based). */
  line(line: number, rowNumber: string, s: string): string;
}

/** A source's per-cell parts, which `lines` completes with its whole-line ones. */
type CellParts = Omit<CellSource, "blank" | "line">;

/** `<c r="` and each column's letters: a cell's markup up to its row number. */
function cellOpenings(b: PlanBlock): string[] {
  return Array.from({ length: blockSize(b).columns }, (_, c) => '<c r="' + columnLetter(b.col + c));
}

/**
 * The source with its whole-line markup made from its cells' (a line written as its cells would
 * be one by one), `fast` taking the lines it makes faster where it can (undefined: it cannot).
 */
function lines(
  b: PlanBlock,
  cells: CellParts,
  fast?: (line: number, rowNumber: string, s: string) => string | undefined
): CellSource {
  const columns = blockSize(b).columns;
  const letters = Array.from({ length: columns }, (_, c) => columnLetter(b.col + c));
  return {
    ...cells,
    blank: (line) => {
      for (let c = 0; c < columns; c++) if (!cells.empty(line, c)) return false;
      return true;
    },
    line: (line, rowNumber, s) => {
      const made = fast?.(line, rowNumber, s);
      if (made !== undefined) return made;
      let out = "";
      for (let c = 0; c < columns; c++) out += cells.xml(line, c, letters[c] + rowNumber, s);
      return out;
    },
  };
}

/**
 * Numbers a sheet's shared formulas (the `si` of `<f t="shared">`): one counter per sheet. A
 * block's shared formulas are written as Excel's only where `shareable` (xlsx-rows.ts: no merge
 * and no later block over its cells, whose writing would drop a master or a child).
 */
export interface SharedFormulaIds {
  next: number;
}

/** How the writer is asked to write formulas (xlsx-writer.ts's options). */
export interface FormulaOptions {
  valuesOnly?: boolean;
  cacheResults?: boolean;
}

/** A literal's markup (exceljs's). */
export function literalXml(ref: string, s: string, value: CellValue, strings: SharedStrings) {
  if (value === null) return s ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.add(value)}</v></c>`;
}

/** A formula's markup, `f` being its <f> element, with its cached result if any (exceljs's). */
function formulaXml(ref: string, s: string, f: string, result: CellValue | undefined): string {
  if (result === null || result === undefined) return `<c r="${ref}"${s}>${f}</c>`;
  if (typeof result === "string")
    return `<c r="${ref}"${s} t="str">${f}<v>${xmlEncode(result)}</v></c>`;
  if (typeof result === "boolean")
    return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
}

/** A block of literals (or a formula block's results, in the values-only variant). */
function literalSource(b: PlanBlock, cells: CellValue[][], strings: SharedStrings): CellSource {
  const at = (line: number, column: number) => cells[line]?.[column] ?? null;
  // A number's markup is `<c r="ref"`, its style's part, the number and `</v></c>`: the style's
  // part made once, not once per cell (literalXml's, with fewer strings left to collect).
  let numberS = "";
  let numberMid = `"><v>`;
  const numberPart = (s: string) => {
    if (s !== numberS) {
      numberS = s;
      numberMid = `"${s}><v>`;
    }
    return numberMid;
  };
  const xml = (line: number, column: number, ref: string, s: string) => {
    const value = at(line, column);
    if (typeof value !== "number") return literalXml(ref, s, value, strings);
    return '<c r="' + ref + numberPart(s) + value + "</v></c>";
  };
  const openings = cellOpenings(b);
  return lines(
    b,
    { value: at, empty: (line, column) => at(line, column) === null, xml },
    // A line of numbers: each cell's opening made once per column, not its address per cell.
    (line, rowNumber, s) => {
      const mid = numberPart(s);
      let out = "";
      for (let c = 0; c < openings.length; c++) {
        const value = at(line, c);
        if (typeof value !== "number") return undefined;
        out += openings[c] + rowNumber + mid + value + "</v></c>";
      }
      return out;
    }
  );
}

/**
 * A formula block. `toFile` is the formula text of the file (no "=", "_xlfn." where needed);
 * `fileFormula(line, column)` a cell's, `fElement` the same as its escaped <f> element, and
 * `children`, where given, every line's but the first (a block of Excel's shared formulas).
 */
function formulaSource(
  b: PlanBlock,
  options: FormulaOptions,
  fileFormula: (line: number, column: number) => string,
  fElement: (line: number, column: number) => string,
  children?: readonly string[]
): CellSource {
  // Results are read only when cached: they may be worked out when first read (plan-blocks.ts).
  const cached = (line: number, column: number): CellValue | undefined =>
    options.cacheResults ? (b.results?.[line]?.[column] ?? null) : undefined;
  // Without a cached result a cell is `<c r="ref"` and a tail that a shared formula's cells below
  // the master all have the same: made once per column, not once per cell (at 10,000 regions x 20
  // industries the cells' strings were most of the garbage the write left).
  const tails: string[] = [];
  const tailF: string[] = [];
  const tailS: string[] = [];
  const tail = (column: number, s: string, f: string): string => {
    if (tailF[column] === f && tailS[column] === s) return tails[column];
    tailF[column] = f;
    tailS[column] = s;
    return (tails[column] = `"${s}>${f}</c>`);
  };
  const cells: CellParts = {
    value: (line, column) => {
      const formula = fileFormula(line, column);
      const result = cached(line, column);
      return result !== null && result !== undefined ? { formula, result } : { formula };
    },
    empty: () => false,
    xml: (line, column, ref, s) => {
      const result = cached(line, column);
      const f = fElement(line, column);
      if (result === null || result === undefined) return '<c r="' + ref + tail(column, s, f);
      return formulaXml(ref, s, f, result);
    },
  };
  if (options.cacheResults || !children) return lines(b, cells);
  return lines(b, cells, childLines(b, children, tail));
}

/**
 * The lines of shared formulas below their masters, uncached: the same text but for the row
 * number, which goes between pieces made once per style (each cell's tail and the next one's
 * opening), so a cell costs two joins of strings and no address of its own.
 */
function childLines(
  b: PlanBlock,
  children: readonly string[],
  tail: (column: number, s: string, f: string) => string
): (line: number, rowNumber: string, s: string) => string | undefined {
  const openings = cellOpenings(b);
  let pieces: string[] = [];
  let piecesS: string | undefined;
  return (line, rowNumber, s) => {
    if (line === 0) return undefined;
    if (piecesS !== s) {
      piecesS = s;
      pieces = children.map((f, c) => tail(c, s, f) + (openings[c + 1] ?? ""));
    }
    let out = openings[0];
    for (let c = 0; c < pieces.length; c++) out += rowNumber + pieces[c];
    return out;
  };
}

/**
 * Each column of a block of shared formulas as one of Excel's shared formulas: the top cell (the
 * master) holds the first row's formula with the column's range and a number of its own, every
 * cell below only that number; Excel and LibreOffice move the master's relative references to
 * each cell, which gives the R1C1 formula's A1 text in that row.
 */
function sharedFElements(
  b: PlanBlock,
  escaped: ((row: number) => string)[],
  ids: SharedFormulaIds
): { fElement: (line: number, column: number) => string; children: string[] } {
  const rows = b.sharedFormulas!.rows;
  const masters = escaped.map((formula, c) => {
    const letters = columnLetter(b.col + c);
    const ref = `${letters}${b.row + 1}:${letters}${b.row + rows}`;
    return `<f t="shared" ref="${ref}" si="${ids.next + c}">${formula(b.row)}</f>`;
  });
  const children = escaped.map((_, c) => `<f t="shared" si="${ids.next + c}"/>`);
  ids.next += escaped.length;
  return {
    fElement: (line, column) => (line === 0 ? masters[column] : children[column]),
    children,
  };
}

/**
 * How the block's cells are written: literals, or formulas in file syntax. A block of shared
 * formulas turns each column's R1C1 formula into file syntax and escaped markup once; given
 * `shared` (the sheet's numbering), each column of more than one row is written as one of Excel's
 * shared formulas, otherwise each row's formula is written by putting the row numbers in.
 */
export function cellSource(
  b: PlanBlock,
  options: FormulaOptions,
  strings: SharedStrings,
  toFile: (formula: string) => string,
  shared?: SharedFormulaIds
): CellSource {
  if (!hasFormulas(b)) return literalSource(b, b.values ?? [], strings);
  if (options.valuesOnly) return literalSource(b, b.results ?? [], strings);
  if (b.sharedFormulas) {
    const files = b.sharedFormulas.r1c1.map(toFile);
    const plain = files.map((f, c) => r1c1ColumnTemplate(f, b.col + c));
    const escaped = files.map((f, c) => r1c1ColumnTemplate(f, b.col + c, xmlEncode));
    const fileFormula = (line: number, column: number) => plain[column](b.row + line);
    if (shared && b.sharedFormulas.rows > 1) {
      const { fElement, children } = sharedFElements(b, escaped, shared);
      return formulaSource(b, options, fileFormula, fElement, children);
    }
    return formulaSource(b, options, fileFormula, (line, column) => {
      return `<f>${escaped[column](b.row + line)}</f>`;
    });
  }
  const formulas = b.formulas!;
  const fileFormula = (line: number, column: number) => toFile(formulas[line][column]);
  return formulaSource(b, options, fileFormula, (line, column) => {
    return `<f>${xmlEncode(fileFormula(line, column))}</f>`;
  });
}
