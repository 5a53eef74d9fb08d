/**
 * Which column of a yearbook table is which figure, and of which year. A column names its figure
 * in its own header, or takes the figure of the table's title when its header is a year ("2014")
 * or it is the table's only column of figures. Side columns (shares, ratios, indices, per-head
 * values) and columns of part of a year are never a figure. The year asked for picks its columns;
 * a table without it is refused, naming the years it has.
 */
import { translate, type Lang } from "../../i18n";
import type { Cell } from "./cells";
import {
  isRegionHeader,
  isNumberHeader,
  isSideHeader,
  recogniseField,
  sideColumnField,
} from "./headers";
import type { TableLayout } from "./layout";
import { isKnownRegionKey, regionKey } from "./regions";
import { TableReadError } from "./read-error";
import type { Field, SideColumn } from "../types";

/** A column that may hold a figure: its field, and the year its header names. */
export interface Candidate {
  field: Field;
  column: number;
  year: string | null;
  /** The figure came from the table's title, not the column's own header. */
  fromTitle: boolean;
}

export interface Candidates {
  candidates: Candidate[];
  side: SideColumn[];
  /** The figure the table's title names, when it names one. */
  tableField: Field | null;
}

/** Does the column hold figures below the header (numbers or the yearbook's no-data marks)? */
function holdsFigures(body: readonly Cell[][], c: number): boolean {
  return body.some((row) => row[c].kind === "number");
}

export function findCandidates(layout: TableLayout, body: readonly Cell[][]): Candidates {
  const { headers, years, partYear, tableText } = layout;
  const tableField = tableText ? recogniseField(tableText) : null;
  const tableSide = tableField === null && tableText ? sideColumnField(tableText) : null;
  const unlabelled = headers
    .map((h, c) => c)
    .filter((c) => headers[c] === "" && !partYear[c] && holdsFigures(body, c));
  const candidates: Candidate[] = [];
  const side: SideColumn[] = [];
  headers.forEach((header, column) => {
    if (partYear[column]) return;
    const own = recogniseField(header);
    if (own !== null) {
      candidates.push({ field: own, column, year: years[column], fromTitle: false });
      return;
    }
    const sideField = header === "" ? null : sideColumnField(header);
    if (sideField !== null || (header !== "" && isSideHeader(header))) {
      const field = sideField ?? tableField ?? tableSide;
      if (field !== null) side.push({ field, column, header });
      return;
    }
    const titled = years[column] !== null || (unlabelled.length === 1 && unlabelled[0] === column);
    if (!titled) return;
    if (tableField !== null)
      candidates.push({ field: tableField, column, year: years[column], fromTitle: true });
    else if (tableSide !== null)
      side.push({ field: tableSide, column, header: `${tableText} / ${header}` });
  });
  return { candidates, side, tableField };
}

/** The years a table's figures are given for, in order. */
export function candidateYears(candidates: readonly Candidate[]): string[] {
  return [...new Set(candidates.map((c) => c.year).filter((y): y is string => y !== null))].sort();
}

/**
 * The columns of the year asked for (or of the table's only year); columns without a year go
 * with any. A table of several years and none asked for, or without the one asked for, is refused.
 */
export function chooseYear(
  candidates: readonly Candidate[],
  wanted: string | undefined,
  lang: Lang
): { year: string | null; chosen: Candidate[] } {
  const years = candidateYears(candidates);
  if (years.length === 0) return { year: null, chosen: [...candidates] };
  const target = wanted ?? (years.length === 1 ? years[0] : null);
  const list = years.join(", ");
  if (target === null)
    throw new TableReadError(
      "year",
      translate(lang, "finding.yearbook.chooseYear", { years: list })
    );
  if (!years.includes(target))
    throw new TableReadError(
      "year",
      translate(lang, "finding.yearbook.yearNotInTable", { year: target, years: list })
    );
  // A column of the year before one without a year, then left to right: never file order alone.
  const chosen = candidates
    .filter((c) => c.year === target || c.year === null)
    .sort((a, b) => (a.year === null ? 1 : 0) - (b.year === null ? 1 : 0) || a.column - b.column);
  return { year: target, chosen };
}

/**
 * The column of region names: one headed "Регион"/"Өңір" over names, else the column with the
 * most names the reader knows, else the one with the most text; never a column of figures.
 */
export function findRegionColumn(
  headers: readonly string[],
  rows: readonly Cell[][],
  taken: ReadonlySet<number>
): number | null {
  const names = (c: number) => rows.filter((row) => row[c].kind === "text").length;
  const numbers = (c: number) => rows.filter((row) => row[c].kind === "number").length;
  const byHeader = headers.findIndex(
    (h, c) => !taken.has(c) && isRegionHeader(h) && names(c) > numbers(c)
  );
  if (byHeader >= 0) return byHeader;
  const known = (c: number) =>
    rows.filter((row) => {
      if (row[c].kind !== "text") return false;
      const key = regionKey(row[c].text);
      return key !== null && isKnownRegionKey(key);
    }).length;
  let best: number | null = null;
  let bestScore = [0, 0];
  headers.forEach((h, c) => {
    if (taken.has(c) || isNumberHeader(h)) return;
    const score = [known(c), names(c)];
    if (score[1] === 0) return;
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = c;
      bestScore = score;
    }
  });
  return best;
}
