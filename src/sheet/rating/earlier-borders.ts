/**
 * Rating later years in the borders of the first (an option): where a reform separated a part
 * from a region between the two years (read/borders.ts) and the later year prints every raw
 * figure of both, they are added up into the earlier territory, and the later year is rated with
 * that region instead of the two (indicators recomputed from the sums). Raw figures are totals of
 * a territory (GRP, persons, tenge, tonnes), so their sums are the earlier borders' figures; the
 * derived indicators are not, so a table that prints only those is not merged and its pair stays
 * "not comparable".
 */
import { RAW_FIGURES, type RawFigures } from "../../core";
import { translate, type Lang, type MessageKey } from "../../i18n";
import { BORDER_CHANGES, calendarYear, type BorderChange } from "../read";
import type { Finding, RateOptions, RatedYear, RegionRow, YearTable } from "../types";
import { rateYear } from "./rate";

/** The table with each part separated after `earlier` added back, and what could not be. */
export function tableInBordersOf(
  table: YearTable,
  year: string,
  earlier: string,
  lang: Lang = "en"
): { table: YearTable; merged: BorderChange[]; findings: Finding[] } {
  const from = calendarYear(earlier);
  const to = calendarYear(year);
  const merged: BorderChange[] = [];
  const findings: Finding[] = [];
  if (from === null || to === null || from >= to) return { table, merged, findings };
  let regions = [...table.regions];
  const mapped = new Set(table.columns.map((c) => c.field));
  for (const change of BORDER_CHANGES.filter((c) => from < c.year && c.year <= to)) {
    const region = regions.find((r) => r.key === change.region);
    const part = regions.find((r) => r.key === change.successor);
    if (!region || !part) continue;
    const params = { year, earlier, region: region.name, part: part.name };
    const lacking = RAW_FIGURES.filter(
      (f) => !mapped.has(f) || region.raw[f] == null || part.raw[f] == null
    );
    if (lacking.length > 0) {
      findings.push(bordersFinding(region.name, "warning", "borders.cannotAdd", params, lang));
      continue;
    }
    const raw: RawFigures = {};
    for (const f of RAW_FIGURES) raw[f] = region.raw[f]! + part.raw[f]!;
    const sum: RegionRow = { ...region, name: `${region.name} + ${part.name}`, raw, printed: {} };
    delete sum.printedDecimals;
    regions = regions.filter((r) => r !== part).map((r) => (r === region ? sum : r));
    merged.push(change);
    findings.push(bordersFinding(sum.name, "info", "borders.added", params, lang));
  }
  return {
    table: { ...table, regions, findings: [...table.findings, ...findings] },
    merged,
    findings,
  };
}

function bordersFinding(
  region: string,
  severity: Finding["severity"],
  key: MessageKey,
  params: Record<string, string>,
  lang: Lang
): Finding {
  return {
    region,
    indicator: null,
    kind: "source",
    severity,
    message: translate(lang, key, params),
  };
}

/**
 * Every year after the earliest rated again in the earliest year's borders where its figures
 * allow; `bordersOf` says, region by region, whose borders a year's figures are in.
 */
export function rateInEarliestBorders(
  years: readonly RatedYear[],
  options: Omit<RateOptions, "year"> = {}
): RatedYear[] {
  const dated = years.filter((y) => calendarYear(y.year) !== null);
  if (dated.length < 2) return [...years];
  const first = dated.reduce((a, b) => (calendarYear(b.year)! < calendarYear(a.year)! ? b : a));
  return years.map((y) => {
    if (y === first || calendarYear(y.year) === null) return y;
    const { table, merged, findings } = tableInBordersOf(y.table, y.year, first.year, options.lang);
    if (merged.length === 0) return { ...y, findings: [...y.findings, ...findings] };
    const rated = rateYear(table, { ...options, year: y.year });
    const bordersOf: Record<string, string> = {};
    for (const c of merged) bordersOf[c.region] = first.year;
    return { ...rated, bordersOf };
  });
}
