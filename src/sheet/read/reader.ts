/**
 * Reading a table copied from a statistical yearbook: title and unit rows, header rows (with
 * possibly a row of column numbers), a column of region names, numbers as printed, years as
 * columns. Columns are recognised by their headers or the table's title; rows that are not
 * regions (totals, blanks, notes) are left out and reported. Joining tables: ./join.ts.
 */
import { NumberLocale, RawFigure, parseYearbookNumber } from "../../core";
import { translate, type Lang, type MessageKey } from "../../i18n";
import { isIndicatorField, isRawField, recogniseField } from "./headers";
import { type Cell, headerSpan, readCells } from "./cells";
import {
  type Candidate,
  candidateYears,
  chooseYear,
  findCandidates,
  findRegionColumn,
} from "./columns";
import { isColumnNumbersRow, readLayout, type TableLayout } from "./layout";
import { layoutFindings, locateFindings } from "./layout-findings";
import { TableReadError } from "./read-error";
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

export { TableReadError } from "./read-error";
export { joinTables } from "./join";

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
  // "А | 1 | 2 | 3": the columns' numbers, never a region "А".
  if (isColumnNumbersRow(row)) return false;
  return !texts.some((c) => recogniseField(c.text) !== null);
}

/** The table's cells, header span and layout, and the columns that may hold figures. */
interface Frame {
  cells: Cell[][];
  headerEnd: number;
  layout: TableLayout;
  candidates: Candidate[];
  side: ReturnType<typeof findCandidates>["side"];
  locale: NumberLocale;
}

/**
 * The last frame read of each grid: the command line and the pane ask a table's years, then
 * read it, and a long table's cells are not to be read twice.
 */
const FRAMES = new WeakMap<Grid, { key: string; frame: Frame }>();

function readFrame(grid: Grid, options: ReadOptions): Frame {
  const key = JSON.stringify([
    options.locale ?? "auto",
    options.sheetName ?? "",
    options.lang ?? "en",
  ]);
  const cached = FRAMES.get(grid);
  if (cached && cached.key === key) return cached.frame;
  const frame = readFrameOnce(grid, options);
  FRAMES.set(grid, { key, frame });
  return frame;
}

function readFrameOnce(grid: Grid, options: ReadOptions): Frame {
  const lang = options.lang ?? "en";
  const locale = options.locale && options.locale !== "auto" ? options.locale : inferLocale(grid);
  const { cells, width } = readCells(grid, locale);
  const { top, headerEnd } = headerSpan(cells, isDataLike);
  if (headerEnd >= cells.length) {
    throw new TableReadError("region-column", translate(lang, "finding.noRegionRow"));
  }
  const layout = readLayout(cells, top, headerEnd, width, options.sheetName);
  const { candidates, side } = findCandidates(layout, cells.slice(headerEnd));
  return { cells, headerEnd, layout, candidates, side, locale };
}

/**
 * The years a table gives its figures for as columns ("2010 … 2014"), in order; empty when its
 * columns name no year (a table of one year, whose year is in its title or is given).
 */
export function tableYears(grid: Grid, options: ReadOptions = {}): string[] {
  return candidateYears(readFrame(grid, options).candidates);
}

export function readYearbookTable(grid: Grid, options: ReadOptions = {}): YearTable {
  const lang = options.lang ?? "en";
  const frame = readFrame(grid, options);
  const { cells, headerEnd, layout, locale } = frame;
  const { year, chosen } = chooseYear(frame.candidates, options.year, lang);
  const findings: Finding[] = [];
  const columns = mapColumns(chosen, layout, options, findings, lang);
  const taken = new Set([...frame.candidates, ...frame.side].map((c) => c.column as number));
  for (const m of columns) taken.add(m.column);
  layout.years.forEach((y, c) => (y !== null || layout.partYear[c] ? taken.add(c) : null));
  const regionColumn = findRegionColumn(layout.headers, cells.slice(headerEnd), taken);
  if (regionColumn === null) {
    throw new TableReadError("region-column", translate(lang, "finding.noRegionColumn"));
  }
  if (columns.length === 0) throw noIndicators(layout, frame.side, lang);

  findings.push(...layoutFindings(cells, layout, frame.side, columns, lang, options.origin));
  const { regions, excluded } = readRegionRows(
    { cells, headerEnd, regionColumn, figureColumns: columns.map((m) => m.column) },
    lang,
    findings,
    (cellsOfRow) => readRegion(cellsOfRow, columns, grid, locale, lang, findings)
  );
  if (regions.length === 0)
    throw new TableReadError("rows", translate(lang, "finding.noRegionRows"));
  const present = new Set(columns.map((m) => m.field));
  const printedYear = year ?? detectYear([...layout.headers, layout.titleText]);
  if (options.year && printedYear && printedYear !== options.year)
    findings.push({
      region: null,
      indicator: null,
      kind: "source",
      severity: "warning",
      message: translate(lang, "finding.yearbook.otherYearPrinted", {
        printed: printedYear,
        year: options.year,
      }),
    });
  return {
    year: options.year ?? printedYear,
    years: candidateYears(frame.candidates),
    sideColumns: frame.side.filter((s) => !present.has(s.field)),
    ...(options.source
      ? {
          source: options.source,
          places: [
            { source: options.source, ...(options.origin ? { origin: options.origin } : {}) },
          ],
        }
      : {}),
    regionColumn,
    headerRows: headerEnd,
    columns,
    regions,
    excluded,
    findings: locateFindings(findings, options),
  };
}

/** No figure in the table: every header seen, once, and what a side column or title says. */
function noIndicators(
  layout: TableLayout,
  side: ReturnType<typeof findCandidates>["side"],
  lang: Lang
): TableReadError {
  const seen = [...new Set([layout.tableText, ...layout.headers].filter((h) => h !== ""))]
    .map((h) => `"${h}"`)
    .join(", ");
  let message = translate(lang, "finding.noIndicators", {
    seen: seen || translate(lang, "finding.none"),
  });
  if (side.length > 0)
    message += `. ${translate(lang, "finding.yearbook.onlySide", {
      field: fieldLabel(lang, side[0].field),
      header: side[0].header,
    })}`;
  return new TableReadError("indicators", message);
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
  chosen: readonly Candidate[],
  layout: TableLayout,
  options: ReadOptions,
  findings: Finding[],
  lang: Lang
): ColumnMapping[] {
  const headerOf = (c: Candidate) =>
    c.fromTitle
      ? [layout.tableText, layout.headers[c.column]].filter((h) => h !== "").join(" / ")
      : layout.headers[c.column];
  const byField = new Map<Field, Candidate>();
  for (const c of chosen) {
    const used = byField.get(c.field);
    if (used === undefined) {
      byField.set(c.field, c);
      continue;
    }
    findings.push({
      region: null,
      indicator: c.field,
      kind: "source",
      severity: "info",
      message: translate(lang, "finding.alsoReadsAs", {
        column: c.column + 1,
        header: headerOf(c),
        field: fieldLabel(lang, c.field),
        used: used.column + 1,
      }),
    });
  }
  const columns = new Map<Field, ColumnMapping>(
    [...byField].map(([field, c]) => [field, { field, column: c.column, header: headerOf(c) }])
  );
  for (const [field, column] of Object.entries(options.mapping ?? {}) as [Field, number | null][]) {
    if (column === null || column === undefined) columns.delete(field);
    else columns.set(field, { field, column, header: layout.headers[column] ?? "" });
  }
  const list = [...columns.values()].sort((a, b) => a.column - b.column);
  readUnits(list, layout.tableText, findings, lang);
  return list;
}

/**
 * The unit each raw figure's header prints, and the scale to the method's unit (the derived
 * indicators keep their printed values: their units are the indicators' own). A conversion is
 * reported; a unit that cannot be used leaves the values as printed, with a warning.
 */
function readUnits(
  columns: ColumnMapping[],
  tableText: string,
  findings: Finding[],
  lang: Lang
): void {
  const unitless: ColumnMapping[] = [];
  for (const m of columns) {
    if (!isRawField(m.field)) continue;
    const label = translate(lang, "finding.column", {
      field: fieldName(lang, m.field),
      column: m.column + 1,
      header: m.header,
    });
    // The column's own unit, else the table's unit row ("млн. тенге" under the title).
    let reading = recogniseUnit(m.field, m.header);
    if (reading.status === "none" && tableText !== "" && !m.header.includes(tableText))
      reading = recogniseUnit(m.field, tableText);
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
    } else if (cell.kind === "missing" && DASH.test(cell.text)) {
      // The bureau's "-": the phenomenon is absent, so the figure is zero (no R&D, no output).
      value = 0;
      findings.push(
        markFinding(lang, "finding.yearbook.dashZero", name, m.field, "info", r, m.column)
      );
    } else {
      const mark = cell.kind === "missing" ? markKey(cell.text) : null;
      findings.push(
        mark
          ? markFinding(lang, mark, name, m.field, "warning", r, m.column, cell.text)
          : {
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
            }
      );
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

const DASH = /^[-−–—]$/;

/** The yearbook's marks of no figure: "х" confidential, "…"/".." not available. */
function markKey(text: string): MessageKey | null {
  if (/^[xх]$/i.test(text)) return "finding.yearbook.confidential";
  if (/^(…|\.\.\.?)$/.test(text)) return "finding.yearbook.noData";
  return null;
}

function markFinding(
  lang: Lang,
  key: MessageKey,
  region: string,
  field: Field,
  severity: "info" | "warning",
  row: number,
  col: number,
  text = ""
): Finding {
  return {
    region,
    indicator: field,
    kind: severity === "info" ? "source" : "missing",
    severity,
    message: translate(lang, key, { region, field: fieldLabel(lang, field), text }),
    cell: { row, col },
  };
}

/** A year printed in the headers ("за 2010 г."), when there is exactly one. */
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
    // The digits after the point of the number as JavaScript prints it ("1.5e-7": one). A number
    // of a spreadsheet's cell: an integer, most of them, prints none (a regular expression and
    // two splits per figure were a twentieth of reading a 10,000-region .xlsx).
    if (Number.isSafeInteger(cell)) return 0;
    const text = String(cell);
    const exponent = text.indexOf("e");
    const end = exponent === -1 ? text.length : exponent;
    const point = text.indexOf(".");
    return point === -1 || point > end ? 0 : Math.min(end - point - 1, 12);
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
