/**
 * What every part of the robustness sheet shares: the analysis, the words, the sheet's alphabet
 * and formula choice, and the shape of a part (its blocks, charts and formats, and the next free
 * row, so the parts stack down the sheet).
 */
import type { Alphabet } from "../../core";
import type { RobustnessResult } from "../../core/robustness";
import type { Lang, Translate } from "../../i18n";
import type { CellStyle, ChartPlan, ConditionalFormatPlan, PlanBlock } from "../plan";

export interface RobustnessContext {
  result: RobustnessResult;
  year: string;
  lang: Lang;
  t: Translate;
  alphabet: Alphabet;
  formulas: boolean;
}

export interface Part {
  blocks: PlanBlock[];
  charts?: ChartPlan[];
  formats?: ConditionalFormatPlan[];
  merges?: { row: number; col: number; rows: number; columns: number }[];
  /** Header rows whose wrapped words need more height, in points. */
  heights?: { row: number; height: number }[];
  /** The first free row after the part (one blank row left). */
  next: number;
}

export const SECTION_STYLE: CellStyle = { bold: true, fontSize: 12 };
export const NOTE_STYLE: CellStyle = { italic: true };

/** Columns of the region table (zero-based); the other parts use the same left columns. */
export const ROB_COLUMNS = {
  rank: 0,
  region: 1,
  index: 2,
  class: 3,
  median: 4,
  mean: 5,
  q05: 6,
  q95: 7,
  width: 8,
  pNominal: 9,
  likely: 10,
  pLikely: 11,
  firstClass: 12,
  /** Where the charts go, right of the tables. */
  chart: 23,
} as const;
