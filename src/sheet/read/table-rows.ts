/**
 * The body of a pasted table, row by row, sorted the same way by both readers (the rating tables
 * and the industry tables): a row is left out (blank, no figures, no name, a number for a name,
 * a total, not a region), which a finding says and `excluded` lists; or it repeats a region read
 * above (a finding; the first row is kept); or it is a region's row, which the reader reads.
 */
import { translate, type Lang } from "../../i18n";
import { type Cell, tableBottom } from "./cells";
import { isColumnNumbersRow } from "./layout";
import { isTotalName, regionKey } from "./regions";
import type { ExcludedRow, Finding } from "../types";

type ExcludeReason =
  "blank" | "noFigures" | "noName" | "numberName" | "total" | "notRegion" | "columnNumbers";

/** A region's row as the reader gets it. */
export interface RegionRowCells {
  name: string;
  key: string;
  /** The row in the grid, zero-based. */
  gridRow: number;
  row: readonly Cell[];
}

export interface TableBody {
  cells: readonly Cell[][];
  headerEnd: number;
  regionColumn: number;
  /** The columns of figures: a row with none of them filled is a note, not a region. */
  figureColumns: readonly number[];
}

/**
 * Reads the regions' rows with `read` (which may add findings of its own to `findings`, in row
 * order with the ones said here) and returns them with the rows left out.
 */
export function readRegionRows<R extends { name: string; gridRow: number }>(
  body: TableBody,
  lang: Lang,
  findings: Finding[],
  read: (region: RegionRowCells) => R
): { regions: R[]; excluded: ExcludedRow[] } {
  const { cells, headerEnd, regionColumn, figureColumns } = body;
  const regions: R[] = [];
  const excluded: ExcludedRow[] = [];
  const seen = new Map<string, R>();
  const bottom = tableBottom(cells, headerEnd);
  for (let r = headerEnd; r < bottom; r++) {
    const row = cells[r];
    const name = row[regionColumn].text;
    const reason = excludeReason(row, name, regionColumn, figureColumns);
    if (typeof reason === "string") {
      // A note may sit in another column than the names.
      const text = name || row.find((c) => c.kind === "text")?.text || "";
      excluded.push({ gridRow: r, text, reason: translate(lang, `finding.excluded.${reason}`) });
      findings.push(excludedFinding(lang, r, regionColumn, text, reason));
      continue;
    }
    const previous = seen.get(reason.key);
    if (previous) {
      findings.push({
        region: name,
        indicator: null,
        kind: "duplicate-region",
        severity: "error",
        message: translate(lang, "finding.duplicate", {
          row: r + 1,
          name,
          firstRow: previous.gridRow + 1,
          firstName: previous.name,
        }),
        cell: { row: r, col: regionColumn },
      });
      continue;
    }
    const region = read({ name, key: reason.key, gridRow: r, row });
    seen.set(reason.key, region);
    regions.push(region);
  }
  return { regions, excluded };
}

/** Why the row is not a region's, or the region's key. */
function excludeReason(
  row: readonly Cell[],
  name: string,
  regionColumn: number,
  figureColumns: readonly number[]
): ExcludeReason | { key: string } {
  if (row.every((c) => c.kind === "blank")) return "blank";
  if (figureColumns.every((c) => row[c].kind === "blank")) return "noFigures";
  // "А | 1 | 2 | 3" below the header: never a region "А" that could lead a column.
  if (isColumnNumbersRow(row)) return "columnNumbers";
  if (name === "") return "noName";
  if (row[regionColumn].kind === "number") return "numberName";
  const key = regionKey(name);
  if (key === null) return isTotalName(name) ? "total" : "notRegion";
  return { key };
}

function excludedFinding(
  lang: Lang,
  r: number,
  regionColumn: number,
  text: string,
  reasonKey: ExcludeReason
): Finding {
  const reason = translate(lang, `finding.excluded.${reasonKey}`);
  return {
    region: text === "" ? null : text,
    indicator: null,
    kind: "excluded-row",
    severity: "info",
    message: text
      ? translate(lang, "finding.excluded", { row: r + 1, text, reason })
      : translate(lang, "finding.excludedUnnamed", { row: r + 1, reason }),
    cell: { row: r, col: regionColumn },
  };
}
