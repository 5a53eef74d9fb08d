/**
 * What an industry table's gaps and totals mean for stage 2. A region with a cell missing ("х"
 * confidential, "-" none, "…" no data) keeps its IT figure, so its IT share and its part of the
 * national IT total, but has no full mix: its KSI, HHI and LQ are left empty, said per cell. The
 * "Всего" column is the check of the sum: industries that do not add up to it are a finding.
 */
import type { Translate } from "../../i18n";
import { columnLetter } from "../plan";
import type { Finding } from "../types";
import type { Cell } from "./cells";
import type { IndustryColumn, IndustryRegion } from "./industries-reader";

/** "D12": a grid cell as a spreadsheet names it (the grid's own rows and columns). */
const cellName = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

/** A finding for each missing cell; a missing IT cell also leaves the national IT total short. */
export function missingCellFindings(
  regions: readonly IndustryRegion[],
  industries: readonly IndustryColumn[],
  itIndustry: number | null,
  cells: readonly Cell[][],
  t: Translate
): Finding[] {
  const findings: Finding[] = [];
  for (const r of regions)
    r.sizes.forEach((size, k) => {
      if (size !== null) return;
      const col = industries[k].column;
      const params = {
        name: r.name,
        cell: cellName(r.gridRow, col),
        value: cells[r.gridRow]?.[col]?.text || "",
        column: industries[k].header,
      };
      findings.push({
        region: r.name,
        indicator: null,
        kind: "missing",
        severity: "warning",
        message: t(
          k === itIndustry ? "growth.read.itCellMissing" : "growth.read.cellMissing",
          params
        ),
        cell: { row: r.gridRow, col },
      });
    });
  return findings;
}

/** Printed decimals of a number's text ("1 234,5" has 1). */
function decimalsOf(text: string): number {
  const m = /[.,](\d+)\s*$/.exec(text);
  return m ? m[1].length : 0;
}

/**
 * Regions whose industries, all given, do not add up to the printed total, beyond the rounding of
 * the printed figures (half a unit of the last printed decimal for each).
 */
export function sumFindings(
  regions: readonly IndustryRegion[],
  industries: readonly IndustryColumn[],
  totalColumn: IndustryColumn,
  cells: readonly Cell[][],
  t: Translate
): Finding[] {
  const findings: Finding[] = [];
  for (const r of regions) {
    if (r.total === null || r.total === undefined || r.sizes.some((s) => s === null)) continue;
    const row = cells[r.gridRow];
    const texts = [...industries.map((c) => row[c.column].text), row[totalColumn.column].text];
    const slack = texts.reduce((s, text) => s + 0.5 * 10 ** -decimalsOf(text), 0);
    const sum = (r.sizes as number[]).reduce((s, x) => s + x, 0);
    if (Math.abs(sum - r.total) <= slack + 1e-9 * Math.abs(r.total)) continue;
    findings.push({
      region: r.name,
      indicator: null,
      kind: "mismatch",
      severity: "warning",
      message: t("growth.read.sumMismatch", {
        name: r.name,
        sum: Math.round(sum * 1000) / 1000,
        total: r.total,
        cell: cellName(r.gridRow, totalColumn.column),
        column: totalColumn.header,
      }),
      cell: { row: r.gridRow, col: totalColumn.column },
    });
  }
  // Most regions short of their totals: the table lists part of the economy; said once.
  const checked = regions.filter((r) => r.total != null && r.sizes.every((x) => x !== null));
  if (findings.length < 3 || findings.length * 2 <= checked.length) return findings;
  return [
    {
      ...findings[0],
      region: null,
      message: t("growth.read.partOfTotal", {
        count: findings.length,
        regions: checked.length,
        column: totalColumn.header,
        first: findings[0].message,
      }),
    },
  ];
}
