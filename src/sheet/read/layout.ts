/**
 * The layout of a yearbook table's header: which rows are the title and units of the whole table
 * ("1.1 Валовой региональный продукт по регионам", "млн. тенге"), which are a row of column
 * numbers ("А | 1 | 2"), what each column's own header says, and the year each column belongs
 * to ("2014", "2014 г.", "за 2014", "2014 ж."; never "I квартал 2014 года").
 */
import type { Cell } from "./cells";

export interface TableLayout {
  /** Each column's own header, its header rows joined with " / " (title and number rows left out). */
  headers: string[];
  /** The title and unit rows of the whole table (and the sheet name), one text. */
  tableText: string;
  /** The title and unit rows alone (a year in a sheet name is the sheet's, not the table's). */
  titleText: string;
  /** The whole year each column's header names, null where it names none or several. */
  years: (string | null)[];
  /** Columns of part of a year ("I квартал 2014 года", "9 месяцев 2014 г."): never the year. */
  partYear: boolean[];
  /** Header rows left out of the columns' headers, zero-based. */
  titleRows: number[];
  numberRows: number[];
}

const YEAR = /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/g;
/** Words of part of a year, in Russian, Kazakh and English. */
const PART_OF_YEAR =
  /(квартал|полугоди|месяц|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|тоқсан|жарты жыл|\d ай|қаңтар|маусым|қыркүйек|желтоқсан|quarter|half|month|\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\b|\bq[1-4]\b|\bh[12]\b)/u;

/** January to December: the whole year in months. */
const WHOLE_YEAR_MONTHS =
  /(январ[а-я]* ?[-–—] ?декабр|қаңтар[а-яәғқңөұүһі]* ?[-–—] ?желтоқсан|january ?[-–—] ?december)/u;

/** The whole year a column's own header names, and whether it is part of a year. */
export function columnYear(header: string): { year: string | null; partYear: boolean } {
  const years = new Set([...header.matchAll(YEAR)].map((m) => m[1]));
  if (years.size === 0) return { year: null, partYear: false };
  const text = header.toLowerCase();
  // "январь-декабрь 2014 г." is the whole year, as the bureau prints cumulative figures.
  if (PART_OF_YEAR.test(text) && !WHOLE_YEAR_MONTHS.test(text))
    return { year: null, partYear: true };
  return { year: years.size === 1 ? [...years][0] : null, partYear: false };
}

/** A header cell as text: a year typed as a number is text here. */
function headerText(cell: Cell): string {
  if (cell.kind === "blank") return "";
  return cell.text.replace(/\s+/g, " ");
}

/**
 * A row of column numbers or letters under a header: "А | 1 | 2 | 3", "A | B | 1 | 2": single
 * letters and whole numbers counting up by one, at least two cells.
 */
export function isColumnNumbersRow(row: readonly Cell[]): boolean {
  let filled = 0;
  let last: number | null = null;
  for (const cell of row) {
    if (cell.kind === "blank") continue;
    filled++;
    if (cell.kind === "number") {
      const v = cell.value!;
      if (!Number.isInteger(v) || v < 0 || v > 200) return false;
      if (last !== null && v !== last + 1) return false;
      last = v;
    } else if (cell.kind !== "text" || !/^[A-Za-zА-ЯЁа-яё]$/u.test(cell.text)) return false;
  }
  return filled >= 2 && last !== null;
}

/**
 * A row of the whole table's title or unit: one text, in the table's first column or repeated
 * over every filled cell (a merged title as exceljs reads it).
 */
function isTableTextRow(row: readonly Cell[], firstColumn: number): boolean {
  const filled = row.map((c, i) => ({ c, i })).filter(({ c }) => c.kind !== "blank");
  if (filled.length === 0) return false;
  const texts = new Set(filled.map(({ c }) => headerText(c)));
  if (texts.size !== 1 || filled.some(({ c }) => c.kind !== "text")) return false;
  return filled.length > 1 || filled[0].i <= firstColumn;
}

export function readLayout(
  cells: readonly Cell[][],
  top: number,
  headerEnd: number,
  width: number,
  sheetName?: string
): TableLayout {
  const firstColumn = firstFilledColumn(cells, headerEnd, width);
  const titleRows: number[] = [];
  const numberRows: number[] = [];
  const headerRows: number[] = [];
  for (let r = top; r < headerEnd; r++) {
    if (isColumnNumbersRow(cells[r])) numberRows.push(r);
    // The last header row is the columns' own, even with one text ("Регион" over one column).
    else if (r < headerEnd - 1 && isTableTextRow(cells[r], firstColumn)) titleRows.push(r);
    else headerRows.push(r);
  }
  const parts = headerRows.map((r) => cells[r].map(headerText));
  const ownYears = Array.from({ length: width }, (_, c) =>
    parts.some((row) => columnYear(row[c]).year !== null)
  );
  fillMerged(parts, ownYears);
  const headers = Array.from({ length: width }, (_, c) =>
    parts
      .map((row) => row[c])
      .filter((t) => t !== "")
      .join(" / ")
  );
  const years = headers.map((h) => columnYear(h));
  const titleText = titleRows.map((r) => tableRowText(cells[r])).join(" / ");
  const tableText = [titleText, sheetName ?? ""].filter((t) => t !== "").join(" / ");
  return {
    headers,
    tableText,
    titleText,
    years: years.map((y) => y.year),
    partYear: years.map((y) => y.partYear),
    titleRows,
    numberRows,
  };
}

function tableRowText(row: readonly Cell[]): string {
  return headerText(row.find((c) => c.kind !== "blank")!);
}

/** The first column holding anything below the header: the region names' column, usually. */
function firstFilledColumn(cells: readonly Cell[][], from: number, width: number): number {
  for (let c = 0; c < width; c++)
    if (cells.slice(from).some((row) => row[c].kind !== "blank")) return c;
  return 0;
}

/**
 * A header merged over several year columns ("ВРП, млн тенге" over 2010 … 2014) is, as Excel
 * gives it, in the first of them only: it is carried right over the blank cells of columns whose
 * lower header rows name a year, up to the next filled cell.
 */
function fillMerged(parts: string[][], hasYear: readonly boolean[]): void {
  parts.forEach((row, i) => {
    for (let c = 1; c < row.length; c++) {
      if (row[c] !== "" || row[c - 1] === "" || !hasYear[c]) continue;
      const lowerYear = parts.slice(i + 1).some((lower) => columnYear(lower[c]).year !== null);
      if (lowerYear && columnYear(row[c - 1]).year === null) row[c] = row[c - 1];
    }
  });
}
