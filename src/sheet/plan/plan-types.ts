/**
 * The rating workbook described as data, before anything is written. One description serves
 * every writer (Office.js in the task pane, exceljs for the command line) and the tests.
 *
 * Coordinates are zero-based (row 0, column 0 is A1). A block is a rectangle written in one go,
 * so a writer's number of calls depends on the number of blocks, not on the number of regions.
 */
import type { LabelPosition } from "./label-placement";

/** A literal cell value. Text is always text: a region named "=x" must never become a formula. */
export type CellValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Background colour, "#RRGGBB". */
  fill?: string;
  /** Font colour, "#RRGGBB". */
  fontColor?: string;
  horizontalAlignment?: "Left" | "Center" | "Right";
  wrapText?: boolean;
  /** Thin border round every cell of the block. */
  border?: boolean;
  fontSize?: number;
}

export interface PlanBlock {
  /** Top-left corner, zero-based. */
  row: number;
  col: number;
  /** Literal values, one inner array per row. Exactly one of values / formulas is given. */
  values?: CellValue[][];
  /**
   * Formulas in Office.js syntax (plain function names such as RANK.EQ, A1 references, leading
   * "="). A writer for the xlsx file format adds the "_xlfn." prefix where the format needs it.
   */
  formulas?: string[][];
  /**
   * The compact form of `formulas` for a block whose rows all hold the same formulas relative to
   * their own cells: one R1C1 formula per column (Office.js syntax, "=RC[-20]/R5C[-20]*100") and
   * the number of rows, instead of a string per cell. The writers expand it as they write;
   * `expandBlock` gives the per-cell form. A block has values, formulas or sharedFormulas.
   */
  sharedFormulas?: SharedFormulas;
  /** What the core computed for each formula cell: for tests, cached values and values-only output. */
  results?: CellValue[][];
  /** Excel number format for every cell of the block, e.g. "0.00". */
  numberFormat?: string;
  style?: CellStyle;
  /** What the block holds, for tests and for the task pane ("index", "class", "legend", ...). */
  role?: string;
}

/** Formulas every row of a block shares: one R1C1 formula per column, and the number of rows. */
export interface SharedFormulas {
  rows: number;
  r1c1: string[];
}

/** Where a chart goes: top-left cell (zero-based) and size in cells. */
export interface ChartAnchor {
  row: number;
  col: number;
  width: number;
  height: number;
}

export interface BarChartPlan {
  kind: "bar";
  title: string;
  /** A1 ranges on the same sheet, e.g. "B5:B20" and "N5:N20". */
  categories: string;
  values: string;
  /** One colour per data point, "#RRGGBB", in the order of the ranges (group colours). */
  pointColors: string[];
  /** Where the chart goes: top-left cell and size in cells. */
  anchor: ChartAnchor;
}

/** One series of a scatter chart: A1 ranges on the same sheet, of equal length. */
export interface ScatterSeriesPlan {
  name: string;
  x: string;
  y: string;
  /** A range of texts, one per point, shown beside each point (the region names). */
  labels?: string;
  /** Where each point's label stands beside its marker (label-placement.ts); absent: right. */
  labelPositions?: LabelPosition[];
  /** "#RRGGBB" of the markers or the line. */
  color?: string;
  /** A threshold line: two points joined by a line, no markers. */
  line?: boolean;
}

/** The growth-poles matrix: index across, IT share up, a labelled point per region, thresholds as lines. */
export interface ScatterChartPlan {
  kind: "scatter";
  title: string;
  xTitle: string;
  yTitle: string;
  /** The horizontal axis's range where it is fixed (the index runs 0-100, not to Excel's 120). */
  xMin?: number;
  xMax?: number;
  series: ScatterSeriesPlan[];
  anchor: ChartAnchor;
}

/**
 * A rank interval per region as floating columns (issue 15): an invisible column up to the 5th
 * percentile, a visible one of the interval's width on top, the median and the rating's rank as
 * markers without lines; the value axis reversed so rank 1 is at the top. A1 ranges of equal length.
 */
export interface WhiskerChartPlan {
  kind: "whisker";
  title: string;
  categories: string;
  /** The invisible base (5th percentile), the visible span (95th - 5th), the two marker series. */
  low: string;
  span: string;
  median: string;
  nominal: string;
  /** Series names, in the order low, span, median, nominal. */
  names: [string, string, string, string];
  axisTitle: string;
  anchor: ChartAnchor;
}

/** One chart description, written by every writer (Office.js charts, xlsx chart parts). */
export type ChartPlan = BarChartPlan | ScatterChartPlan | WhiskerChartPlan;

/**
 * A fill applied where a formula is true, evaluated for every cell of the range with references
 * relative to its top-left cell (both Excel and ExcelJS support this "expression" rule). Used for
 * the group colours of the class column, so the number of rules does not grow with regions.
 */
export interface ConditionalFormatPlan {
  /** A1 range on the same sheet, e.g. "Y6:Y21". */
  range: string;
  /** Office.js syntax with a leading "=", e.g. '=LEFT(Y6,1)="A"'. */
  formula: string;
  /** Background colour, "#RRGGBB". */
  fill: string;
  fontColor?: string;
  /** What it marks, e.g. "group:A". */
  role?: string;
}

export interface SheetPlan {
  name: string;
  blocks: PlanBlock[];
  /** Column widths in characters, by zero-based column. */
  columnWidths: { col: number; width: number }[];
  /** Row heights in points, by zero-based row, where the default does not fit (wrapped headers). */
  rowHeights?: { row: number; height: number }[];
  freeze: { rows: number; columns: number };
  merges?: { row: number; col: number; rows: number; columns: number }[];
  /** The sheet's charts, in the order they are written. */
  charts?: ChartPlan[];
  conditionalFormats?: ConditionalFormatPlan[];
  /** What the sheet holds: "year" (one year's rating) or "dynamics" (change between years). */
  role?: string;
  /** How it prints; absent: landscape, one page wide (the writers' former default). */
  pageSetup?: PageSetupPlan;
  /** Zero-based rows that start a new printed page (above a chart that would be cut). */
  rowBreaks?: number[];
  /** Zero-based columns that start a new printed page (pages of a sheet printed at natural size). */
  colBreaks?: number[];
}

/** How a sheet prints (print-layout.ts). */
export interface PageSetupPlan {
  orientation: "portrait" | "landscape";
  /** Scaled to one page wide (any number of pages tall); false: printed at its natural size. */
  fitToWidth: boolean;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
}
