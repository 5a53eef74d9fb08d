/**
 * What the reader left out of a yearbook table's layout, said once each: the row of column
 * numbers, side columns and part-year columns, footnote marks taken off names and figures; and
 * every finding's message prefixed with the file (and sheet) and the cell it is about.
 */
import { translate, type Lang } from "../../i18n";
import { cellRef, columnLetter } from "../plan";
import type { Cell } from "./cells";
import type { TableLayout } from "./layout";
import type { ColumnMapping, Finding, ReadOptions, SideColumn, TablePlace } from "../types";
import { fieldLabel } from "../words";

const info = (message: string, cell?: { row: number; col: number }): Finding => ({
  region: null,
  indicator: null,
  kind: "source",
  severity: "info",
  message,
  ...(cell ? { cell } : {}),
});

export function layoutFindings(
  cells: readonly Cell[][],
  layout: TableLayout,
  side: readonly SideColumn[],
  columns: readonly ColumnMapping[],
  lang: Lang,
  /** Where the grid's first cell is on its sheet, so letters and cells are the sheet's. */
  origin = { row: 0, col: 0 }
): Finding[] {
  const out: Finding[] = [];
  const letter = (c: number) => columnLetter(c + origin.col);
  for (const r of layout.numberRows) {
    const text = cells[r]
      .filter((c) => c.kind !== "blank")
      .map((c) => c.text)
      .join(" | ");
    out.push(
      info(translate(lang, "finding.yearbook.numberRow", { row: r + 1, text }), { row: r, col: 0 })
    );
  }
  for (const s of side) {
    if (s.column === null) continue;
    out.push(
      info(
        translate(lang, "finding.yearbook.sideColumn", {
          column: letter(s.column),
          header: s.header,
          field: fieldLabel(lang, s.field),
        }),
        { row: Math.max(0, layout.titleRows.length), col: s.column }
      )
    );
  }
  const parts = layout.partYear.flatMap((p, c) =>
    p ? [`${letter(c)} "${layout.headers[c]}"`] : []
  );
  if (parts.length > 0)
    out.push(info(translate(lang, "finding.yearbook.partYear", { columns: parts.join(", ") })));
  const used = new Set(columns.map((m) => m.column));
  const notes: string[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.note !== undefined && (c === 0 || used.has(c) || cell.kind === "text"))
        notes.push(`${cellRef(r + origin.row, c + origin.col)} "${cell.note}"`);
    })
  );
  if (notes.length > 0)
    out.push(
      info(
        translate(lang, "finding.yearbook.footnotes", {
          count: notes.length,
          cells: notes.slice(0, 10).join(", ") + (notes.length > 10 ? ", …" : ""),
        })
      )
    );
  return out;
}

/**
 * Each message with where it is: "kz-2014.xlsx#1.1, B7: …" (the cell on the sheet, when the grid
 * is a range of it). Without a source the messages stay as they are.
 */
export function locateFindings(findings: Finding[], options: ReadOptions): Finding[] {
  if (!options.source) return findings;
  const place: TablePlace = {
    source: options.source,
    ...(options.origin ? { origin: options.origin } : {}),
  };
  return findings.map((f) => locateFinding(f, place));
}

/** One finding located in its table's place (for the joined tables: `places[cell.table]`). */
export function locateFinding(f: Finding, place: TablePlace | null | undefined): Finding {
  if (!place) return f;
  const { source, origin } = place;
  const where = f.cell
    ? `${source}, ${cellRef(f.cell.row + (origin?.row ?? 0), f.cell.col + (origin?.col ?? 0))}`
    : source;
  return { ...f, message: `${where}: ${f.message}` };
}
