/**
 * Checking a yearbook table against itself: printed derived indicators that disagree with the
 * raw figures on the same row, and values that cannot be true (a per-capita figure implying
 * fewer inhabitants than there are employed persons). Real yearbook extracts have such faults;
 * they are reported, never silently scored.
 */
import { INDICATOR_CODES, IndicatorCode, deriveIndicator, indicatorInfo } from "../../core";
import { translate, type Lang, type MessageKey } from "../../i18n";
import type { Field, Finding, RegionRow, YearTable } from "../types";
import { fieldLabel, num } from "../words";

/** A printed value may differ from the recomputed one by this much before it is reported. */
export const MISMATCH_TOLERANCE = 0.01;

/** The indicator recomputed from the row's raw figures, or null when a figure is absent or a divisor 0. */
export function recompute(code: IndicatorCode, region: RegionRow): number | null {
  const [, denominator] = indicatorInfo(code).inputs;
  if (region.raw[denominator] === 0) return null;
  return deriveIndicator(code, region.raw);
}

/**
 * Is the printed value only the computed one rounded to the printed precision, or within 1%?
 * "0,41" against 0.4069 is rounding to 2 decimals, not a disagreement.
 */
export function agreesAtPrintedPrecision(
  printed: number,
  computed: number,
  decimals: number
): boolean {
  const diff = Math.abs(printed - computed);
  const rounding = 0.5 * 10 ** -decimals * (1 + 1e-9) + 1e-12 * Math.abs(computed);
  if (diff <= rounding) return true;
  if (computed === 0) return printed === 0;
  return diff / Math.abs(computed) <= MISMATCH_TOLERANCE;
}

export function checkConsistency(table: YearTable, lang: Lang = "en"): Finding[] {
  const findings: Finding[] = [];
  const columnOf = (field: string) => table.columns.find((c) => c.field === field);
  for (const region of table.regions) {
    for (const code of INDICATOR_CODES) {
      const printed = region.printed[code];
      if (printed === undefined || printed === null) continue;
      const computed = recompute(code, region);
      if (computed === null) continue;
      const decimals = region.printedDecimals?.[code] ?? 12;
      if (agreesAtPrintedPrecision(printed, computed, decimals)) continue;
      const percent =
        computed === 0 ? Infinity : (Math.abs(printed - computed) / Math.abs(computed)) * 100;
      const column = columnOf(code);
      findings.push({
        region: region.name,
        indicator: code,
        kind: "mismatch",
        severity: "warning",
        message: translate(lang, "finding.mismatch", {
          region: region.name,
          code,
          printed: num(lang, printed, Math.min(decimals, 6)),
          formula: translate(lang, `finding.formula.${code}` as MessageKey),
          computed: num(lang, computed, Math.min(Math.max(decimals, 2), 6)),
          percent: num(lang, percent, 1),
        }),
        ...sourceCell(region, column),
      });
    }
    findings.push(...implausible(region, table, lang));
  }
  return findings;
}

function rowIn(region: RegionRow, table: number | undefined): number {
  if (table === undefined || !region.tableRows) return region.gridRow;
  return region.tableRows[table] ?? region.gridRow;
}

/** The finding's source cell, so the task pane can select it; nothing when the column is unknown. */
function sourceCell(
  region: RegionRow,
  column: { column: number; table?: number } | undefined
): Pick<Finding, "cell"> {
  if (!column) return {};
  return {
    cell: {
      row: rowIn(region, column.table),
      col: column.column,
      ...(column.table !== undefined ? { table: column.table } : {}),
    },
  };
}

/** Values no real region can have. */
function implausible(region: RegionRow, table: YearTable, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const { employed, population, innovativeProducts } = region.raw;
  if (population != null && employed != null && population < employed) {
    out.push({
      region: region.name,
      indicator: "population",
      kind: "implausible",
      severity: "warning",
      message: translate(lang, "finding.populationBelowEmployed", {
        region: region.name,
        population: num(lang, population, 0),
        employed: num(lang, employed, 0),
      }),
    });
  }
  // A per-capita figure and its total imply the population it was divided by.
  const perHead = region.printed.S_C;
  if (
    population == null &&
    perHead != null &&
    perHead > 0 &&
    innovativeProducts != null &&
    innovativeProducts > 0 &&
    employed != null
  ) {
    const implied = (innovativeProducts * 1e6) / perHead;
    if (implied < employed) {
      const column = table.columns.find((c) => c.field === "S_C");
      out.push({
        region: region.name,
        indicator: "S_C",
        kind: "implausible",
        severity: "warning",
        message: translate(lang, "finding.impliedPopulation", {
          region: region.name,
          perHead: num(lang, perHead),
          products: num(lang, innovativeProducts, 1),
          implied: num(lang, implied, 0),
          employed: num(lang, employed, 0),
        }),
        ...sourceCell(region, column),
      });
    }
  }
  // for...in, not Object.entries: this runs for every region of the table.
  for (const figures of [region.raw, region.printed] as Record<string, number | undefined>[])
    for (const field in figures) {
      const value = figures[field];
      if (value == null || value >= 0) continue;
      out.push({
        region: region.name,
        indicator: field as Field,
        kind: "implausible",
        severity: "error",
        message: translate(lang, "finding.negative", {
          region: region.name,
          field: fieldLabel(lang, field as Field),
          value,
        }),
      });
    }
  return out;
}
