/**
 * Shared types of the rating-sheet job: reading a yearbook table, rating a year, findings.
 * The command line and the task pane both work with these; the functions that produce them live
 * in reader.ts, rate.ts and plan.ts of this folder.
 */
import type {
  Alphabet,
  IndicatorCode,
  MissingPolicy,
  NumberLocale,
  RawFigure,
  RawFigures,
  Weights,
} from "../core";
import type { Lang } from "../i18n";

/** Cells as a user selects them: Office.js `range.values` gives strings, numbers, booleans and "" for blanks. */
export type Grid = readonly (readonly unknown[])[];

/** A column the reader recognised: a raw yearbook figure or one of the six derived indicators. */
export type Field = RawFigure | IndicatorCode;

export interface ColumnMapping {
  field: Field;
  /** Zero-based column in the grid. */
  column: number;
  /** The header text it was recognised from (header rows joined with " / "). */
  header: string;
  /** Which of the joined tables (zero-based) the column belongs to; absent for a single table. */
  table?: number;
  /** A raw figure's unit as the header prints it ("тыс. человек"), when one was recognised. */
  unit?: string;
  /**
   * What the printed values were multiplied by to reach the method's unit (1000 for thousand
   * persons); 1 when the unit is the method's own or cannot be used. Absent for the derived
   * indicators and for headers that print no unit (read in the method's unit).
   */
  scale?: number;
}

export type FindingKind =
  | "mismatch" // a printed derived indicator disagrees with its raw figures by more than 1%
  | "implausible" // e.g. a per-capita figure implying fewer people than the employed count
  | "unreadable" // a cell that is not a number
  | "missing" // a value that is absent
  | "excluded-row" // a row that is not a region (total, blank, note)
  | "unmatched-region" // a region in one joined table but not the other
  | "duplicate-region"
  | "missing-indicator" // an indicator that is neither printed nor derivable
  | "dominant-leader" // the JRC skewness/kurtosis rule flags the column (information)
  | "source" // which values were scored (printed or recomputed)
  | "borders-changed"; // a pair of years on either side of a border reform (dynamics)

export interface Finding {
  region: string | null;
  indicator: Field | null;
  kind: FindingKind;
  severity: "error" | "warning" | "info";
  message: string;
  /** The source cell, zero-based within the grid it came from, when one cell is to blame. */
  cell?: { row: number; col: number; table?: number };
}

export interface RegionRow {
  /** The name as the user wrote it, for display. */
  name: string;
  /** Canonical key used to match the region across tables and years. */
  key: string;
  /** Zero-based row in the grid (of the first table the region came from). */
  gridRow: number;
  raw: RawFigures;
  /** Printed derived indicators, where the table has them (null: the cell was empty or "-"). */
  printed: Partial<Record<IndicatorCode, number | null>>;
  /** Decimals each printed indicator was printed with, so checks allow for the printed rounding. */
  printedDecimals?: Partial<Record<IndicatorCode, number>>;
  /** After joining: the region's grid row in each table, null where the table lacks it. */
  tableRows?: (number | null)[];
}

export interface ExcludedRow {
  gridRow: number;
  text: string;
  reason: string;
}

/** A table's file or sheet as messages name it, and where its grid's first cell is on the sheet. */
export interface TablePlace {
  source: string;
  origin?: { row: number; col: number };
}

/** A column printed beside a figure (a share, ratio, index or per-head value): never the figure. */
export interface SideColumn {
  /** The figure it is printed beside or derived from. */
  field: Field;
  /** Zero-based column in the grid; null for a whole table of such values. */
  column: number | null;
  header: string;
  table?: number;
}

export interface YearTable {
  year: string | null;
  /** The years the table gives its figures for, as columns ("2010 … 2014"); absent or empty when none. */
  years?: string[];
  /** Side columns (shares, per-head values) the reader left out, for messages about missing figures. */
  sideColumns?: SideColumn[];
  /** Where the table came from ("file.xlsx#Sheet", "Sheet1"), as messages name it. */
  source?: string;
  /**
   * Where each joined table came from (index: a finding's `cell.table`), for messages that name
   * the file and cell of findings made after reading (the rating's checks).
   */
  places?: (TablePlace | null)[];
  regionColumn: number;
  /** Number of header rows above the first data row. */
  headerRows: number;
  columns: ColumnMapping[];
  regions: RegionRow[];
  excluded: ExcludedRow[];
  findings: Finding[];
}

export interface ReadOptions {
  locale?: NumberLocale;
  /** The language of findings' messages (default English). */
  lang?: Lang;
  /** The year, when the caller knows it (from a sheet name or a command-line flag). */
  year?: string;
  /** Forced column mappings, overriding recognition (the task pane's dropdowns). */
  mapping?: Partial<Record<Field, number | null>>;
  /** The sheet's name: read, with the title rows, for the figure a table names only there. */
  sheetName?: string;
  /** Where the grid came from ("file.xlsx#Sheet", "Sheet1"): every finding's message names it. */
  source?: string;
  /** Where the grid's first cell is on its sheet (zero-based), so messages name the sheet's cells. */
  origin?: { row: number; col: number };
}

export interface RateOptions {
  /** The language of findings' messages (default English). */
  lang?: Lang;
  /** Score the indicators recomputed from the raw figures where a table has them (default), or the printed derived ones. */
  prefer?: "printed" | "raw";
  missing?: MissingPolicy;
  weights?: Weights;
  /** The year, when the table does not say (it wins over a year found in the headers). */
  year?: string;
}

export interface RatedRegion {
  name: string;
  key: string;
  /** The indicator values scored. */
  indicators: Record<IndicatorCode, number | null>;
  scores: Record<IndicatorCode, number | null>;
  susceptibility: number;
  activity: number;
  index: number;
  /** Latin class label. */
  class: string;
  rank: number;
}

export interface RatedYear {
  year: string;
  table: YearTable;
  regions: RatedRegion[];
  /** Where each indicator's scored values came from. */
  sources: Record<IndicatorCode, "printed" | "raw">;
  findings: Finding[];
  /** The options it was rated with (the sheet's formulas repeat them). */
  weights?: Weights;
  missing?: MissingPolicy;
  /**
   * Regions (by key) whose figures are in another year's borders: the parts separated since that
   * year added back (rating/earlier-borders.ts). Absent: every region in the year's own borders.
   */
  bordersOf?: Record<string, string>;
}

export interface PlanOptions {
  /** The language of the sheet's words: titles, headers, the scale's meanings, findings (default English). */
  lang?: Lang;
  /** Native Excel formulas over the input cells (default) or plain values. */
  formulas?: boolean;
  alphabet?: Alphabet;
  /**
   * Every formula as a string of its own, as the plan held them before blocks shared R1C1
   * formulas: for the tests that check both forms give the same cells.
   */
  perCellFormulas?: boolean;
  title?: string;
  source?: string;
}
