/**
 * Reading the tables of stage 2 (specialisation), with the habits of the rating reader: header
 * rows in Russian, Kazakh or English, numbers as printed, "-" for no data, totals left out,
 * regions keyed as in the rating tables. Two shapes are understood:
 * - a region x industry table (employment or output by kind of activity), one column per
 *   industry, the IT industry recognised by its header or chosen by the user;
 * - a single IT column (IT output, or shares of national IT output as in the paper's Table 7),
 *   possibly one column per year under a two-row header.
 */
import { NumberLocale } from "../../core";
import { translator, type Lang, type Translate } from "../../i18n";
import { type Cell, headerSpan, readCells } from "./cells";
import { readRegionRows } from "./table-rows";
import { isNumberHeader, isRegionHeader, normaliseHeader } from "./headers";
import { inferLocale } from "./reader";
import type { ExcludedRow, Finding, Grid } from "../types";
import { LETTER, NOT_LETTER, lettersRegExp } from "./letters";
import { missingCellFindings, sumFindings } from "./industry-checks";

export interface IndustryReadOptions {
  locale?: NumberLocale;
  lang?: Lang;
  /** The year, when the caller knows it; for a table of several years, the column to read. */
  year?: string;
  /** The IT industry chosen by the user: a header (or part of one), or a zero-based grid column. */
  itIndustry?: string | number;
  /** Force the shape instead of recognising it. */
  layout?: "industries" | "it-column";
}

/** A table the reader cannot use: no region column, no figures, an IT industry not found. */
export class IndustryReadError extends Error {
  readonly reason: "region-column" | "figures" | "it-industry" | "year";
  /** The headers of the columns seen, for a message that lists them. */
  readonly columns: string[];
  constructor(reason: IndustryReadError["reason"], message: string, columns: string[] = []) {
    super(message);
    this.name = "IndustryReadError";
    this.reason = reason;
    this.columns = columns;
  }
}

export interface IndustryColumn {
  /** Zero-based column in the grid. */
  column: number;
  /** The header rows joined with " / ". */
  header: string;
}

export interface IndustryRegion {
  name: string;
  key: string;
  gridRow: number;
  /** One size per industry (or per year of an IT column); null = no data. */
  sizes: (number | null)[];
  /** The region's total as its "Всего" / "Total" column prints it; absent without such a column. */
  total?: number | null;
}

interface TableBase {
  regionColumn: number;
  headerRows: number;
  regions: IndustryRegion[];
  excluded: ExcludedRow[];
  findings: Finding[];
}

/** Employment or output by kind of economic activity, regions in rows. */
export interface IndustryTable extends TableBase {
  kind: "industries";
  year: string | null;
  industries: IndustryColumn[];
  /** Index into `industries` of the IT industry; null when none was recognised or chosen. */
  itIndustry: number | null;
  /** How the IT industry was found. */
  itFrom: "header" | "user" | null;
  /** The "Всего" / "Итого" / "Барлығы" / "Total" column: the check of the sum, never an industry. */
  totalColumn: IndustryColumn | null;
}

/** One IT figure per region, for one or more years (one column each). */
export interface ItColumnTable extends TableBase {
  kind: "it-column";
  /** One column per year; `sizes` of a region follow this order. */
  years: (IndustryColumn & {
    year: string | null;
    /** Shares of national IT output (Table 7) or IT output itself. */
    measure: "share" | "output";
  })[];
}

export type SpecialisationTable = IndustryTable | ItColumnTable;

/** Headers naming the IT industry: ОКЭД/NACE section J, or IT by name (normalised: " " for \s+). */
const IT_HEADER = lettersRegExp`(информаци${LETTER}* и связ|ақпарат және байланыс|information and communication|(?:^|${NOT_LETTER})(?:секция|раздел|section|бөлім) j(?!${LETTER})|^j(?!${LETTER})|(?:^|${NOT_LETTER})(?:it|ит|ict|икт)(?!${LETTER})|информационн${LETTER}* (?:технолог|услуг)|information technolog|ақпараттық технолог)`;

/** Headers that say the figures are shares (Table 7: "KSI ... в частях"). */
const SHARE_HEADER = /(дол[яиею]|в частях|share|fraction|ksi|үлес|modified|модифиц)/u;

/**
 * A column of the region's total over all industries ("Всего", "Итого", "Барлығы", "Жиыны",
 * "Total"), as any row of its header says.
 */
const TOTAL_HEADER = lettersRegExp`^(?:всего|итого|барлығы|барлыгы|жиыны|total|в целом|all (?:activities|industries))(?!${LETTER})`;
/** A header row over the industries that says they are parts ("в том числе", "оның ішінде"). */
const INCLUDING_HEADER = lettersRegExp`^(?:в том числе|в т\. ?ч\.|из них|оның ішінде|соның ішінде|including|of which)[:.]?$`;

const headerRowsOf = (header: string) => header.split(" / ").map((h) => normaliseHeader(h));

export function isTotalHeader(header: string): boolean {
  return headerRowsOf(header).some((h) => TOTAL_HEADER.test(h));
}

export function isItHeader(header: string): boolean {
  return IT_HEADER.test(normaliseHeader(header));
}

const isYear = (c: Cell) =>
  c.kind === "number" && Number.isInteger(c.value) && c.value! >= 1900 && c.value! <= 2100;

/** A data row: a name and at least one figure that is not a year of a header row. */
function isDataLike(row: readonly Cell[]): boolean {
  const numbers = row.filter((c) => c.kind === "number" || c.kind === "unreadable");
  if (!row.some((c) => c.kind === "text") || numbers.length === 0) return false;
  return !numbers.every(isYear);
}

function yearsIn(header: string): string[] {
  return [...new Set([...header.matchAll(/(?:^|\D)(19\d\d|20\d\d)(?!\d)/g)].map((m) => m[1]))];
}

/** Reads a specialisation table of either shape; see the module comment. */
export function readSpecialisationTable(
  grid: Grid,
  options: IndustryReadOptions = {}
): SpecialisationTable {
  const t = translator(options.lang ?? "en");
  const locale = options.locale && options.locale !== "auto" ? options.locale : inferLocale(grid);
  const { cells, width } = readCells(grid, locale);
  const { top, headerEnd } = headerSpan(cells, isDataLike);
  if (headerEnd >= cells.length)
    throw new IndustryReadError("region-column", t("growth.read.noRows"));
  const headers = headerTexts(cells.slice(top, headerEnd), width);
  const body = cells.slice(headerEnd);
  const regionColumn = findRegionColumn(headers, body);
  if (regionColumn === null)
    throw new IndustryReadError("region-column", t("growth.read.noRegionColumn"));
  const figureColumns: IndustryColumn[] = headers
    .map((header, column) => ({ column, header }))
    .filter(
      ({ column, header }) =>
        column !== regionColumn &&
        !isNumberHeader(header) &&
        body.some((row) => row[column].kind === "number")
    );
  // The total is read to check the sum, never taken as an industry (it would halve every KSI).
  const totals = figureColumns.filter((c) => isTotalHeader(c.header));
  const parts = figureColumns.filter((c) => !isTotalHeader(c.header));
  if (parts.length === 0)
    throw new IndustryReadError("figures", t("growth.read.noFigures"), headers.filter(Boolean));

  const layout = options.layout ?? recogniseLayout(parts);
  const totalColumn = layout === "industries" && totals.length > 0 ? totals[0] : null;
  const read = totalColumn ? [...parts, totalColumn] : parts;
  const base = readRows(cells, headerEnd, regionColumn, read, options.lang ?? "en");
  if (totalColumn) for (const r of base.regions) r.total = r.sizes.pop() ?? null;
  if (layout === "it-column") return itColumnTable(base, parts, options, t);
  const table = industryTable(base, parts, headers, cells, options, t);
  if (totalColumn) table.findings.push(...sumFindings(base.regions, parts, totalColumn, cells, t));
  return { ...table, totalColumn };
}

/**
 * Each column's header rows joined with " / ". A group header printed once over several columns
 * (a merged cell: "KSI" over "2010" and "2014") belongs to each column under it.
 */
function headerTexts(rows: readonly Cell[][], width: number): string[] {
  const texts = rows.map((row) =>
    row.map((c) => (c.kind === "blank" ? "" : c.text.replace(/\s+/g, " ")))
  );
  texts.forEach((row, r) => {
    if (r === texts.length - 1) return;
    for (let c = 1; c < width; c++)
      if (
        row[c] === "" &&
        row[c - 1] !== "" &&
        texts[texts.length - 1][c] !== "" &&
        c - 1 > 0 &&
        // "Всего" heads its own column only: the industries right of it are not totals.
        !TOTAL_HEADER.test(normaliseHeader(row[c - 1]))
      )
        row[c] = row[c - 1];
  });
  // "в том числе" says the columns under it are parts of the total: a header row, not a name.
  return Array.from({ length: width }, (_, c) =>
    withoutSharedTitle(texts)
      .map((row) => row[c])
      .filter((s) => s !== "" && !INCLUDING_HEADER.test(normaliseHeader(s)))
      .join(" / ")
  );
}

/**
 * A table's title printed over every industry column ("Gross value added by activity, mln
 * tenge") would begin each industry's header, so the columns could not be told apart: a row
 * that holds one and the same text over three or more industry columns is left out of their
 * headers. Not over columns of years (a group header over "2010", "2014" names the figure).
 */
function withoutSharedTitle(texts: readonly string[][]): string[][] {
  const last = texts[texts.length - 1] ?? [];
  const cols = last.flatMap((text, c) => (c > 0 && text !== "" ? [c] : []));
  if (cols.length < 3 || cols.some((c) => /(?:^|\D)(?:19|20)\d\d(?!\d)/.test(last[c])))
    return texts.map((row) => [...row]);
  return texts.map((row, r) => {
    const shared = row[cols[0]];
    if (r === texts.length - 1 || shared === "" || cols.some((c) => row[c] !== shared))
      return [...row];
    return row.map((text, c) => (cols.includes(c) ? "" : text));
  });
}

/** Several columns, each printing one year of the same figure, are one IT column per year. */
function recogniseLayout(columns: readonly IndustryColumn[]): "industries" | "it-column" {
  if (columns.length === 1) return "it-column";
  const years = columns.map((c) => yearsIn(c.header));
  if (years.some((y) => y.length !== 1)) return "industries";
  const distinct = new Set(years.map((y) => y[0]));
  return distinct.size === columns.length ? "it-column" : "industries";
}

function findRegionColumn(headers: readonly string[], rows: readonly Cell[][]): number | null {
  const names = (c: number) => rows.filter((row) => row[c].kind === "text").length;
  const numbers = (c: number) => rows.filter((row) => row[c].kind === "number").length;
  const byHeader = headers.findIndex((h, c) => isRegionHeader(h) && names(c) > numbers(c));
  if (byHeader >= 0) return byHeader;
  let best: number | null = null;
  let bestCount = 0;
  headers.forEach((h, c) => {
    if (isNumberHeader(h)) return;
    const count = names(c);
    if (count > bestCount && count > numbers(c)) {
      best = c;
      bestCount = count;
    }
  });
  return best;
}

/** Region rows with their figures; totals, blanks, notes and duplicates left out and reported. */
function readRows(
  cells: readonly Cell[][],
  headerEnd: number,
  regionColumn: number,
  columns: readonly IndustryColumn[],
  lang: Lang
): TableBase {
  const t = translator(lang);
  const findings: Finding[] = [];
  const { regions, excluded } = readRegionRows(
    { cells, headerEnd, regionColumn, figureColumns: columns.map((m) => m.column) },
    lang,
    findings,
    ({ name, key, gridRow, row }): IndustryRegion => {
      const sizes: (number | null)[] = new Array(columns.length);
      for (let k = 0; k < columns.length; k++) {
        const cell = row[columns[k].column];
        // Most cells are figures: nothing made for them but the figure.
        if (cell.kind === "number" && !(cell.value! < 0)) sizes[k] = cell.value!;
        else {
          sizes[k] = null;
          const refused = refusal(cell);
          if (refused) findings.push(refusedCell(t, refused, name, gridRow, columns[k], cell.text));
        }
      }
      return { name, key, gridRow, sizes };
    }
  );
  if (regions.length === 0) throw new IndustryReadError("region-column", t("growth.read.noRows"));
  return { regionColumn, headerRows: headerEnd, regions, excluded, findings };
}

/** Why a cell that holds no figure of a size is refused, if it is (a blank is no data). */
function refusal(cell: Cell): "negative" | "unreadable" | null {
  if (cell.kind === "number") return "negative";
  return cell.kind === "text" || cell.kind === "unreadable" ? "unreadable" : null;
}

function refusedCell(
  t: Translate,
  why: "negative" | "unreadable",
  name: string,
  gridRow: number,
  m: IndustryColumn,
  text: string
): Finding {
  return {
    region: name,
    indicator: null,
    kind: why === "negative" ? "implausible" : "unreadable",
    severity: "error",
    message: t(`growth.read.${why}`, { name, column: m.header, value: text }),
    cell: { row: gridRow, col: m.column },
  };
}

function industryTable(
  base: TableBase,
  industries: IndustryColumn[],
  headers: readonly string[],
  cells: readonly Cell[][],
  options: IndustryReadOptions,
  t: Translate
): IndustryTable {
  const list = industries.map((c) => `"${c.header || `#${c.column + 1}`}"`).join(", ");
  let itIndustry: number | null = null;
  let itFrom: IndustryTable["itFrom"] = null;
  if (options.itIndustry !== undefined && options.itIndustry !== "") {
    itIndustry = chooseIndustry(industries, options.itIndustry);
    if (itIndustry === null)
      throw new IndustryReadError(
        "it-industry",
        t("growth.read.itNotFound", { name: String(options.itIndustry), columns: list }),
        industries.map((c) => c.header)
      );
    itFrom = "user";
  } else {
    const found = industries.findIndex((c) => isItHeader(c.header));
    if (found >= 0) {
      itIndustry = found;
      itFrom = "header";
    }
  }
  const findings = [...base.findings];
  findings.push(...missingCellFindings(base.regions, industries, itIndustry, cells, t));
  if (itIndustry === null) {
    findings.push({
      region: null,
      indicator: null,
      kind: "missing-indicator",
      severity: "warning",
      message: t("growth.read.noIt", { columns: list }),
    });
  } else {
    checkItColumn(base.regions, itIndustry, industries[itIndustry].header, findings, t);
  }
  const years = [...new Set(headers.flatMap(yearsIn))];
  return {
    ...base,
    findings,
    kind: "industries",
    year: options.year ?? (years.length === 1 ? years[0] : null),
    industries,
    itIndustry,
    itFrom,
    totalColumn: null,
  };
}

/** The user's choice: a column number, an exact header, or a header containing the text. */
function chooseIndustry(
  industries: readonly IndustryColumn[],
  wanted: string | number
): number | null {
  if (typeof wanted === "number") {
    const k = industries.findIndex((c) => c.column === wanted);
    return k >= 0 ? k : null;
  }
  const text = normaliseHeader(wanted);
  const exact = industries.findIndex((c) => normaliseHeader(c.header) === text);
  if (exact >= 0) return exact;
  const partial = industries
    .map((c, k) => ({ k, h: normaliseHeader(c.header) }))
    .filter(({ h }) => h.includes(text));
  return partial.length === 1 ? partial[0].k : null;
}

function checkItColumn(
  regions: readonly IndustryRegion[],
  k: number,
  header: string,
  findings: Finding[],
  t: Translate
): void {
  const values = regions.map((r) => r.sizes[k]).filter((v): v is number => v !== null);
  if (values.length > 0 && values.every((v) => v === 0))
    findings.push({
      region: null,
      indicator: null,
      kind: "implausible",
      severity: "warning",
      message: t("growth.read.itAllZero", { column: header }),
    });
}

function itColumnTable(
  base: TableBase,
  columns: IndustryColumn[],
  options: IndustryReadOptions,
  t: Translate
): ItColumnTable {
  const findings = [...base.findings];
  const years = columns.map((c, k) => {
    const ys = yearsIn(c.header);
    const values = base.regions.map((r) => r.sizes[k]).filter((v): v is number => v !== null);
    const total = values.reduce((s, v) => s + v, 0);
    const looksLikeShares = values.every((v) => v <= 1) && total > 0.9 && total < 1.1;
    const measure: "share" | "output" =
      SHARE_HEADER.test(normaliseHeader(c.header)) || looksLikeShares ? "share" : "output";
    if (measure === "share" && values.length > 0 && Math.abs(total - 1) > 0.02)
      findings.push({
        region: null,
        indicator: null,
        kind: "implausible",
        severity: "warning",
        message: t("growth.read.sharesSum", {
          column: c.header,
          total: Math.round(total * 1000) / 1000,
        }),
      });
    checkItColumn(base.regions, k, c.header, findings, t);
    return {
      ...c,
      year: ys.length === 1 ? ys[0] : columns.length === 1 ? (options.year ?? null) : null,
      measure,
    };
  });
  if (options.year !== undefined && years.length > 1 && !years.some((y) => y.year === options.year))
    throw new IndustryReadError(
      "year",
      t("growth.read.yearNotFound", {
        year: options.year,
        years: years.map((y) => y.year ?? "?").join(", "),
      }),
      columns.map((c) => c.header)
    );
  return { ...base, findings, kind: "it-column", years };
}
