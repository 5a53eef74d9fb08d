/**
 * Reading a table copied from a statistical yearbook: header rows (with possibly a row of units
 * or of column numbers), a column of region names, numbers as printed. Columns are recognised by
 * their headers; rows that are not regions (totals, blanks, notes) are left out and reported.
 * Several tables of one year (the paper splits susceptibility and activity) are joined by region.
 */
import { INDICATOR_CODES, NumberLocale, RawFigure, parseYearbookNumber } from "../../core";
import { translate, type Lang } from "../../i18n";
import {
  isIndicatorField,
  isNumberHeader,
  isRawField,
  isRegionHeader,
  recogniseField,
} from "./headers";
import { type Cell, headerSpan, readCells } from "./cells";
import { readRegionRows, type RegionRowCells } from "./table-rows";
import { recogniseUnit, toMethodUnit } from "./units";
import { fieldLabel, fieldName, methodUnit, numberReason, unitReason } from "../words";
import type {
  ColumnMapping,
  Field,
  Finding,
  Grid,
  ReadOptions,
  RegionRow,
  YearTable,
} from "../types";

/** A table the reader cannot use at all: no region column, no recognisable indicator. */
export class TableReadError extends Error {
  readonly missing: "region-column" | "indicators" | "rows" | "year";
  constructor(missing: TableReadError["missing"], message: string) {
    super(message);
    this.name = "TableReadError";
    this.missing = missing;
  }
}

/** Does the row look like data: a name-like text and at least one number? */
function isDataLike(row: readonly Cell[]): boolean {
  const texts = row.filter((c) => c.kind === "text");
  const numbers = row.filter((c) => c.kind === "number");
  if (texts.length === 0 || (numbers.length === 0 && !row.some((c) => c.kind === "unreadable")))
    return false;
  // Header rows name fields (and may carry years: "Регион | 2010 | 2014"); data rows name regions.
  if (
    numbers.length > 0 &&
    numbers.every((c) => Number.isInteger(c.value) && c.value! >= 1900 && c.value! <= 2100)
  )
    return false;
  return !texts.some((c) => recogniseField(c.text) !== null);
}

export function readYearbookTable(grid: Grid, options: ReadOptions = {}): YearTable {
  const lang = options.lang ?? "en";
  const locale = options.locale && options.locale !== "auto" ? options.locale : inferLocale(grid);
  const { cells, width } = readCells(grid, locale);
  const { top, headerEnd } = headerSpan(cells, isDataLike);
  if (headerEnd >= cells.length) {
    throw new TableReadError("region-column", translate(lang, "finding.noRegionRow"));
  }
  const headers = Array.from({ length: width }, (_, c) =>
    cells
      .slice(top, headerEnd)
      .map((row) => row[c])
      .filter((cell) => cell.kind === "text")
      .map((cell) => cell.text.replace(/\s+/g, " "))
      .join(" / ")
  );

  const findings: Finding[] = [];
  const columns = mapColumns(headers, options, findings, lang);
  const regionColumn = findRegionColumn(headers, cells.slice(headerEnd), columns);
  if (regionColumn === null) {
    throw new TableReadError("region-column", translate(lang, "finding.noRegionColumn"));
  }
  if (columns.length === 0) {
    const seen = headers
      .filter((h) => h !== "")
      .map((h) => `"${h}"`)
      .join(", ");
    throw new TableReadError(
      "indicators",
      translate(lang, "finding.noIndicators", { seen: seen || translate(lang, "finding.none") })
    );
  }

  const { regions, excluded } = readRegionRows(
    { cells, headerEnd, regionColumn, figureColumns: columns.map((m) => m.column) },
    lang,
    findings,
    (cellsOfRow) => readRegion(cellsOfRow, columns, grid, locale, lang, findings)
  );
  if (regions.length === 0)
    throw new TableReadError("rows", translate(lang, "finding.noRegionRows"));

  return {
    year: options.year ?? detectYear(headers),
    regionColumn,
    headerRows: headerEnd,
    columns,
    regions,
    excluded,
    findings,
  };
}

/**
 * The number format of a table whose locale was not given: "ru" when some cell can only be read
 * the Russian way ("585965,4"), "en" when some can only be read the English way ("1,390.03");
 * "auto" (ambiguous cells refused) when there is no evidence or evidence both ways.
 */
export function inferLocale(grid: Grid): NumberLocale {
  let ru = 0;
  let en = 0;
  for (const row of grid) {
    for (const cell of row) {
      if (typeof cell !== "string" || !/[.,]/.test(cell)) continue;
      const asRu = parseYearbookNumber(cell, "ru").kind === "number";
      const asEn = parseYearbookNumber(cell, "en").kind === "number";
      if (asRu && !asEn) ru++;
      if (asEn && !asRu) en++;
      if (ru > 0 && en > 0) return "auto";
      // Enough evidence one way; a long table need not be read twice over.
      if (ru + en >= 1000) return ru > 0 ? "ru" : "en";
    }
  }
  return ru > 0 ? "ru" : en > 0 ? "en" : "auto";
}

function mapColumns(
  headers: readonly string[],
  options: ReadOptions,
  findings: Finding[],
  lang: Lang
): ColumnMapping[] {
  const byField = new Map<Field, number>();
  headers.forEach((header, column) => {
    const field = recogniseField(header);
    if (field === null) return;
    if (byField.has(field)) {
      findings.push({
        region: null,
        indicator: field,
        kind: "source",
        severity: "info",
        message: translate(lang, "finding.alsoReadsAs", {
          column: column + 1,
          header,
          field: fieldLabel(lang, field),
          used: byField.get(field)! + 1,
        }),
      });
      return;
    }
    byField.set(field, column);
  });
  for (const [field, column] of Object.entries(options.mapping ?? {}) as [Field, number | null][]) {
    if (column === null || column === undefined) byField.delete(field);
    else byField.set(field, column);
  }
  const columns = [...byField.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([field, column]): ColumnMapping => ({ field, column, header: headers[column] ?? "" }));
  readUnits(columns, findings, lang);
  return columns;
}

/**
 * The unit each raw figure's header prints, and the scale to the method's unit (the derived
 * indicators keep their printed values: their units are the indicators' own). A conversion is
 * reported; a unit that cannot be used leaves the values as printed, with a warning.
 */
function readUnits(columns: ColumnMapping[], findings: Finding[], lang: Lang): void {
  const unitless: ColumnMapping[] = [];
  for (const m of columns) {
    if (!isRawField(m.field)) continue;
    const label = translate(lang, "finding.column", {
      field: fieldName(lang, m.field),
      column: m.column + 1,
      header: m.header,
    });
    const reading = recogniseUnit(m.field, m.header);
    if (reading.status === "none") {
      unitless.push(m);
      continue;
    }
    if (reading.status === "unusable") {
      m.scale = 1;
      findings.push({
        region: null,
        indicator: m.field,
        kind: "source",
        severity: "warning",
        message: translate(lang, "finding.unitUnusable", {
          column: label,
          unit: reading.unit,
          reason: unitReason(lang, reading.reason),
          methodUnit: methodUnit(lang, m.field),
        }),
      });
      continue;
    }
    m.unit = reading.unit;
    m.scale = reading.scale;
    if (reading.exponent === 0) continue;
    findings.push({
      region: null,
      indicator: m.field,
      kind: "source",
      severity: "info",
      message: translate(
        lang,
        reading.exponent > 0 ? "finding.unitMultiplied" : "finding.unitDivided",
        {
          column: label,
          unit: lang === "en" ? reading.name : reading.unit,
          factor: 10 ** Math.abs(reading.exponent),
          methodUnit: methodUnit(lang, m.field),
        }
      ),
    });
  }
  if (unitless.length > 0) {
    const list = unitless.map((m) => `${fieldName(lang, m.field)} ("${m.header}")`).join(", ");
    const units = [...new Set(unitless.map((m) => methodUnit(lang, m.field as RawFigure)))];
    findings.push({
      region: null,
      indicator: unitless.length === 1 ? unitless[0].field : null,
      kind: "source",
      severity: "info",
      message: translate(lang, "finding.noUnit", { list, units: units.join(", ") }),
    });
  }
}

/** The power of ten a column's scale stands for (scales are always powers of ten). */
function unitExponent(m: ColumnMapping): number {
  return Math.round(Math.log10(m.scale ?? 1));
}

function findRegionColumn(
  headers: readonly string[],
  rows: readonly Cell[][],
  columns: readonly ColumnMapping[]
): number | null {
  const used = new Set(columns.map((m) => m.column));
  const names = (c: number) => rows.filter((row) => row[c].kind === "text").length;
  const numbers = (c: number) => rows.filter((row) => row[c].kind === "number").length;
  // A header saying "region" over a column of names; a title row above may mention regions too.
  const byHeader = headers.findIndex(
    (h, c) => !used.has(c) && isRegionHeader(h) && names(c) > numbers(c)
  );
  if (byHeader >= 0) return byHeader;
  // No such header: the column holding the most names.
  let best: number | null = null;
  let bestCount = 0;
  headers.forEach((h, c) => {
    if (used.has(c) || isNumberHeader(h)) return;
    const count = names(c);
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  });
  return best;
}

/** A year printed in the headers ("за 2010 г."), when there is exactly one. */
/** A region's figures from its row, with a finding for each one missing or unreadable. */
function readRegion(
  { name, key, gridRow: r, row }: RegionRowCells,
  columns: readonly ColumnMapping[],
  grid: Grid,
  locale: NumberLocale,
  lang: Lang,
  findings: Finding[]
): RegionRow {
  const region: RegionRow = {
    name,
    key,
    gridRow: r,
    raw: {},
    printed: {},
    printedDecimals: {},
  };
  for (const m of columns) {
    const cell = row[m.column];
    let value: number | null = null;
    if (cell.kind === "number")
      value = m.scale === undefined ? cell.value! : toMethodUnit(cell.value!, unitExponent(m));
    else if (cell.kind === "text" || cell.kind === "unreadable") {
      const parsed = parseYearbookNumber(grid[r][m.column], locale);
      // Plain text ("около 1,17 млн") is said once: "is not a number", not "(not a number)" again.
      const params = { region: name, field: fieldLabel(lang, m.field), text: cell.text };
      findings.push({
        region: name,
        indicator: m.field,
        kind: "unreadable",
        severity: "error",
        message:
          parsed.kind === "invalid" && parsed.reason !== "not a number"
            ? translate(lang, "finding.unreadable", {
                ...params,
                reason: numberReason(lang, parsed.reason),
              })
            : translate(lang, "finding.unreadableText", params),
        cell: { row: r, col: m.column },
      });
    } else {
      findings.push({
        region: name,
        indicator: m.field,
        kind: "missing",
        severity: "warning",
        message: translate(lang, cell.text ? "finding.noFigureText" : "finding.noFigure", {
          region: name,
          field: fieldLabel(lang, m.field),
          text: cell.text,
        }),
        cell: { row: r, col: m.column },
      });
    }
    if (isIndicatorField(m.field)) {
      region.printed[m.field] = value;
      if (value !== null)
        region.printedDecimals![m.field] = printedDecimals(grid[r][m.column], value);
    } else {
      region.raw[m.field as RawFigure] = value;
    }
  }
  return region;
}

function detectYear(headers: readonly string[]): string | null {
  const years = new Set<string>();
  for (const h of headers)
    for (const m of h.matchAll(/(?:^|\D)(19\d\d|20\d\d)(?!\d)/g)) years.add(m[1]);
  return years.size === 1 ? [...years][0] : null;
}

/**
 * How many decimals a figure was printed with, so that a comparison can allow for the printed
 * rounding ("0,41" is 0.4069 rounded). Numbers from a spreadsheet carry their own precision.
 */
export function printedDecimals(cell: unknown, value: number): number {
  if (typeof cell === "number") {
    const fraction = String(cell).split(/e/i)[0].split(".")[1];
    return Math.min(fraction ? fraction.length : 0, 12);
  }
  // One pass over the text (it runs for every figure of a table): the digits as an integer and
  // how many of them follow the last mark.
  const text = String(cell);
  let asInteger = 0;
  let digits = 0;
  let k = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      asInteger = asInteger * 10 + (code - 48);
      digits++;
      if (k >= 0) k++;
    } else if (code === 44 || code === 46) k = 0;
  }
  if (k < 0) return 0;
  // Beyond 15 digits the sum above may round differently from reading the digits as a number.
  if (digits > 15) asInteger = Number(text.replace(/[^0-9]/g, ""));
  return Math.abs(asInteger / 10 ** k - Math.abs(value)) <= 1e-9 * Math.max(1, Math.abs(value))
    ? k
    : 0;
}

/**
 * Joins tables of one year by region key. A region missing from one of the tables is a finding
 * ("unmatched-region"), not a failure; a figure printed in two tables with different values is a
 * "mismatch" finding, and the first table's value is kept.
 */
export function joinTables(tables: readonly YearTable[], options: { lang?: Lang } = {}): YearTable {
  const lang = options.lang ?? "en";
  if (tables.length === 0) throw new TableReadError("rows", translate(lang, "finding.noTables"));
  const years = [...new Set(tables.map((t) => t.year).filter((y): y is string => y !== null))];
  if (years.length > 1)
    throw new TableReadError(
      "year",
      translate(lang, "finding.differentYears", { years: years.join(", ") })
    );
  const tag = (f: Finding, table: number): Finding =>
    f.cell ? { ...f, cell: { ...f.cell, table } } : f;
  if (tables.length === 1) {
    const t = tables[0];
    return {
      ...t,
      columns: t.columns.map((c) => ({ ...c, table: 0 })),
      findings: t.findings.map((f) => tag(f, 0)),
    };
  }

  const findings: Finding[] = tables.flatMap((t, i) => t.findings.map((f) => tag(f, i)));
  const regions = new Map<string, RegionRow>();
  const presentIn = new Map<string, number[]>();
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
      for (const [field, value] of Object.entries(region.raw) as [RawFigure, number | null][]) {
        const earlier = joined.raw[field];
        if (earlier === undefined || earlier === null) joined.raw[field] = value;
        else if (value !== null && Math.abs(value - earlier) > 0.01 * Math.abs(earlier)) {
          findings.push({
            region: joined.name,
            indicator: field,
            kind: "mismatch",
            severity: "warning",
            message: translate(lang, "finding.tableMismatch", {
              region: joined.name,
              field: fieldLabel(lang, field),
              earlier,
              first: presentIn.get(region.key)![0] + 1,
              value,
              table: t + 1,
            }),
            cell: {
              row: region.gridRow,
              col: table.columns.find((c) => c.field === field)?.column ?? 0,
              table: t,
            },
          });
        }
      }
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

  // Regions absent from a table lack that table's figures.
  for (const [key, region] of regions) {
    const present = presentIn.get(key)!;
    if (present.length === tables.length) continue;
    const absent = tables.map((_, i) => i).filter((i) => !present.includes(i));
    const lacking = absent.flatMap((i) => tables[i].columns.map((c) => fieldName(lang, c.field)));
    findings.push({
      region: region.name,
      indicator: null,
      kind: "unmatched-region",
      severity: "warning",
      message: translate(lang, "finding.notInTable", {
        region: region.name,
        present: present.map((i) => i + 1).join(", "),
        absent: absent.map((i) => i + 1).join(", "),
        fields: [...new Set(lacking)].join(", "),
      }),
    });
  }

  return {
    year: years[0] ?? null,
    regionColumn: tables[0].regionColumn,
    headerRows: tables[0].headerRows,
    columns: tables.flatMap((t, i) => t.columns.map((c) => ({ ...c, table: i }))),
    regions: [...regions.values()],
    excluded: tables.flatMap((t) => t.excluded),
    findings,
  };
}
