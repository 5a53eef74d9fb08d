/**
 * The cells of a pasted table as both readers see them: blank, a number as printed, the
 * yearbook's "no data" mark, digits that make no number, or text. The rows and columns around
 * the header and the figures are found the same way for every table.
 */
import { NumberLocale, parseYearbookNumber } from "../../core";
import { plainFigure } from "./plain-figure";
import type { Grid } from "../types";

export interface Cell {
  text: string;
  /** "unreadable": digits and marks that do not make a number ("413,300" with no locale). */
  kind: "blank" | "number" | "missing" | "unreadable" | "text";
  value?: number;
  /** A footnote mark left out of the text ("1)" of "Южно-Казахстанская1)", "*", "¹"). */
  note?: string;
}

/**
 * A footnote mark after a name: superscript digits or stars, or "1)" / "(2)" glued to or spaced
 * from the last letter (or a closing quote or dot). A mark after a digit is the number's own
 * business (parseYearbookNumber strips "123,4 1)" and refuses "123,41)").
 */
const NAME_NOTE = /^(.*[^\s\d(])\s*((?:[*¹²³⁰⁴-⁹]+|\(\d{1,2}\)|\d{1,2}\))+)$/u;

/** The mark parseYearbookNumber leaves out of a number ("123,4*", "123,4 1)"). */
const NUMBER_NOTE = /(\s*(\*+|[¹²³⁰⁴-⁹]+|\(\d{1,2}\)|\d{1,2}\)))+$/u;

/** The text without a trailing footnote mark, and the mark. */
export function stripNote(text: string): { text: string; note?: string } {
  if (!/[*¹²³⁰⁴-⁹)]$/u.test(text)) return { text };
  const m = NAME_NOTE.exec(text);
  // The mark's letter part must end in a letter, a quote or a dot: "Абай1)", "Алматы г.*".
  if (!m || /\d$/.test(m[1])) return { text };
  return { text: m[1].trim(), note: m[2] };
}

export function readCell(value: unknown, locale: NumberLocale): Cell {
  if (value === null || value === undefined) return { text: "", kind: "blank" };
  const text = typeof value === "string" ? value.trim() : String(value);
  if (text === "") return { text: "", kind: "blank" };
  // Most cells are plain figures (no note, nothing to strip): read without the general path.
  const plain = typeof value === "string" ? plainFigure(text, locale) : undefined;
  if (plain !== undefined) return { text, kind: "number", value: plain };
  const parsed = parseYearbookNumber(value, locale);
  if (parsed.kind === "number") {
    // Most figures end in a digit: no mark to look for.
    const last = text.charCodeAt(text.length - 1);
    const note =
      (last < 48 || last > 57) && /[*¹²³⁰⁴-⁹)]$/u.test(text)
        ? NUMBER_NOTE.exec(text)?.[0].trim()
        : undefined;
    return note
      ? { text, kind: "number", value: parsed.value, note }
      : { text, kind: "number", value: parsed.value };
  }
  if (parsed.kind === "missing") return { text, kind: "missing" };
  if (/^[-−–]?[\d\s\u00a0\u202f.,']+$/.test(text)) return { text, kind: "unreadable" };
  const stripped = stripNote(text);
  if (stripped.note === undefined) return { text, kind: "text" };
  // "2014¹" in a header is the year 2014.
  if (/^(19|20)\d\d$/.test(stripped.text))
    return {
      text: stripped.text,
      kind: "number",
      value: Number(stripped.text),
      note: stripped.note,
    };
  return { text: stripped.text, kind: "text", note: stripped.note };
}

/** The grid as cells, every row as wide as the widest. */
export function readCells(grid: Grid, locale: NumberLocale): { cells: Cell[][]; width: number } {
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  const cells = grid.map((row) => {
    const out: Cell[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = readCell(row[c], locale);
    return out;
  });
  return { cells, width };
}

const isBlankRow = (row: readonly Cell[]) => row.every((c) => c.kind === "blank");

/**
 * The header rows: from the first row that is not blank (leading blank rows are not part of the
 * table) up to the first data row; headerEnd is cells.length when there is no data row.
 */
export function headerSpan(
  cells: readonly Cell[][],
  isDataRow: (row: readonly Cell[]) => boolean
): { top: number; headerEnd: number } {
  let top = 0;
  while (top < cells.length && isBlankRow(cells[top])) top++;
  let headerEnd = top;
  while (headerEnd < cells.length && !isDataRow(cells[headerEnd])) headerEnd++;
  return { top, headerEnd };
}

/** One past the last row that is not blank, looking no higher than `from`. */
export function tableBottom(cells: readonly Cell[][], from: number): number {
  let bottom = cells.length;
  while (bottom > from && isBlankRow(cells[bottom - 1])) bottom--;
  return bottom;
}
