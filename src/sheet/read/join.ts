/**
 * Joining the tables of one year by region key. A region missing from one of the tables is a
 * finding ("unmatched-region"), not a failure. A raw figure two tables print differently is used
 * from neither (an error finding naming both cells): which table was given first never decides.
 */
import { INDICATOR_CODES, RawFigure } from "../../core";
import { translate, type Lang } from "../../i18n";
import { TableReadError } from "./read-error";
import type { Finding, RegionRow, YearTable } from "../types";
import { fieldLabel, fieldName } from "../words";

const tag = (f: Finding, table: number): Finding =>
  f.cell ? { ...f, cell: { ...f.cell, table } } : f;

/** The tables' common year; tables of different years cannot be joined. */
function joinedYear(tables: readonly YearTable[], lang: Lang): string | null {
  const years = [...new Set(tables.map((t) => t.year).filter((y): y is string => y !== null))];
  if (years.length > 1)
    throw new TableReadError(
      "year",
      translate(lang, "finding.differentYears", { years: years.join(", ") })
    );
  return years[0] ?? null;
}

export function joinTables(tables: readonly YearTable[], options: { lang?: Lang } = {}): YearTable {
  const lang = options.lang ?? "en";
  if (tables.length === 0) throw new TableReadError("rows", translate(lang, "finding.noTables"));
  const year = joinedYear(tables, lang);
  if (tables.length === 1) {
    const t = tables[0];
    return {
      ...t,
      columns: t.columns.map((c) => ({ ...c, table: 0 })),
      sideColumns: (t.sideColumns ?? []).map((s) => ({ ...s, table: 0 })),
      findings: t.findings.map((f) => tag(f, 0)),
    };
  }
  const findings: Finding[] = tables.flatMap((t, i) => t.findings.map((f) => tag(f, i)));
  const { regions, presentIn } = mergeRegions(tables, findings, lang);
  findings.push(...unmatchedFindings(tables, regions, presentIn, lang));
  const present = new Set(tables.flatMap((t) => t.columns.map((c) => c.field)));
  return {
    year,
    years: tables[0].years,
    places: tables.map((t) => t.places?.[0] ?? null),
    sideColumns: tables.flatMap((t, i) =>
      (t.sideColumns ?? []).filter((s) => !present.has(s.field)).map((s) => ({ ...s, table: i }))
    ),
    regionColumn: tables[0].regionColumn,
    headerRows: tables[0].headerRows,
    columns: tables.flatMap((t, i) => t.columns.map((c) => ({ ...c, table: i }))),
    regions: [...regions.values()],
    excluded: tables.flatMap((t) => t.excluded),
    findings,
  };
}

/** "table 2" or the table's source ("kz-2014.xlsx#1.1"). */
function tableName(tables: readonly YearTable[], i: number): string {
  return tables[i].source ?? String(i + 1);
}

/** Every region once, its figures from every table; conflicting raw figures set to null. */
function mergeRegions(tables: readonly YearTable[], findings: Finding[], lang: Lang) {
  const regions = new Map<string, RegionRow>();
  const presentIn = new Map<string, number[]>();
  const ctx = { tables, findings, lang, conflicts: new Set<string>() };
  tables.forEach((table, t) => {
    for (const region of table.regions) {
      const joined = regions.get(region.key);
      presentIn.set(region.key, [...(presentIn.get(region.key) ?? []), t]);
      if (!joined) {
        regions.set(region.key, {
          ...region,
          raw: { ...region.raw },
          printed: { ...region.printed },
          printedDecimals: { ...region.printedDecimals },
          tableRows: tables.map((_, i) => (i === t ? region.gridRow : null)),
        });
        continue;
      }
      joined.tableRows![t] = region.gridRow;
      mergeRaw(joined, region, t, presentIn.get(region.key)![0], ctx);
      for (const code of INDICATOR_CODES) {
        const value = region.printed[code];
        if (value === undefined) continue;
        if (joined.printed[code] === undefined || joined.printed[code] === null) {
          joined.printed[code] = value;
          if (region.printedDecimals?.[code] !== undefined)
            joined.printedDecimals![code] = region.printedDecimals[code];
        }
      }
    }
  });
  return { regions, presentIn };
}

interface MergeContext {
  tables: readonly YearTable[];
  findings: Finding[];
  lang: Lang;
  /** "region key|field" of the figures two tables print differently. */
  conflicts: Set<string>;
}

function mergeRaw(
  joined: RegionRow,
  region: RegionRow,
  t: number,
  first: number,
  { tables, findings, lang, conflicts }: MergeContext
): void {
  for (const [field, value] of Object.entries(region.raw) as [RawFigure, number | null][]) {
    const id = `${region.key}|${field}`;
    if (conflicts.has(id)) continue;
    const earlier = joined.raw[field];
    if (earlier === undefined || earlier === null) {
      joined.raw[field] = value;
      continue;
    }
    if (value === null || Math.abs(value - earlier) <= 0.01 * Math.abs(earlier)) continue;
    joined.raw[field] = null;
    conflicts.add(id);
    findings.push({
      region: joined.name,
      indicator: field,
      kind: "mismatch",
      severity: "error",
      message: translate(lang, "finding.yearbook.tableConflict", {
        region: joined.name,
        field: fieldLabel(lang, field),
        earlier,
        first: tableName(tables, first),
        value,
        table: tableName(tables, t),
      }),
      cell: {
        row: region.gridRow,
        col: tables[t].columns.find((c) => c.field === field)?.column ?? 0,
        table: t,
      },
    });
  }
}

/** Regions absent from a table lack that table's figures. */
function unmatchedFindings(
  tables: readonly YearTable[],
  regions: ReadonlyMap<string, RegionRow>,
  presentIn: ReadonlyMap<string, number[]>,
  lang: Lang
): Finding[] {
  const out: Finding[] = [];
  for (const [key, region] of regions) {
    const present = presentIn.get(key)!;
    if (present.length === tables.length) continue;
    const absent = tables.map((_, i) => i).filter((i) => !present.includes(i));
    const lacking = absent.flatMap((i) => tables[i].columns.map((c) => fieldName(lang, c.field)));
    out.push({
      region: region.name,
      indicator: null,
      kind: "unmatched-region",
      severity: "warning",
      message: translate(lang, "finding.notInTable", {
        region: region.name,
        present: present.map((i) => tableName(tables, i)).join(", "),
        absent: absent.map((i) => tableName(tables, i)).join(", "),
        fields: [...new Set(lacking)].join(", "),
      }),
    });
  }
  return out;
}
