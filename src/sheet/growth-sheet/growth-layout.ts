/**
 * Where things sit on the growth-poles sheet: its rows, its columns (which depend on the rated
 * and specialisation years), the threshold cells, and the context every block of it reads.
 */
import { toCyrillic, type Alphabet } from "../../core";
import { translator, type Translate } from "../../i18n";
import { cellRef } from "../plan";
import type { GrowthPoles, GrowthRegion } from "../stage2";
import type { PlanOptions } from "../types";

/** Where a value of a region sits on another sheet of the workbook. */
export interface CellSource {
  sheet: string;
  rowOf: ReadonlyMap<string, number>;
  col: number;
}

/** The cells the growth-poles sheet refers to, per rated year and per specialisation year. */
export interface GrowthSources {
  ratings: ({ index: CellSource; class: CellSource; rank: CellSource } | null)[];
  itShares: (CellSource | null)[];
}

export const GROWTH_LAYOUT = {
  title: 0,
  note: 1,
  minItShare: 2,
  groups: 3,
  topRanks: 4,
  verdictYear: 5,
  header: 7,
  firstRegion: 8,
} as const;

export const CANDIDATE_FILL = "#C6EFCE";

/** A text as an Excel string literal. */
export const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Columns left to right: name, (index, class, rank) per rated year, dynamics, IT share per year, verdict. */
export interface GrowthColumns {
  ratings: { index: number; class: number; rank: number }[];
  dynamics: number | null;
  shares: number[];
  leads: number;
  spec: number;
  candidate: number;
  reasons: number;
  decision: number;
}

export function growthColumns(poles: GrowthPoles): GrowthColumns {
  let col = 1;
  const ratings = poles.ratedYears.map(() => {
    const c = { index: col, class: col + 1, rank: col + 2 };
    col += 3;
    return c;
  });
  const dynamics = poles.ratedYears.length >= 2 ? col++ : null;
  const shares = poles.specYears.map(() => col++);
  return {
    ratings,
    dynamics,
    shares,
    leads: col,
    spec: col + 1,
    candidate: col + 2,
    reasons: col + 3,
    decision: col + 4,
  };
}

/** What every block of the sheet reads. */
export interface GrowthSheetContext {
  t: Translate;
  poles: GrowthPoles;
  regions: readonly GrowthRegion[];
  sources: GrowthSources | null;
  alphabet: Alphabet;
  formulas: boolean;
  /** A formula string per cell (the plan's older form), for the tests that compare the two. */
  perCell: boolean;
  first: number;
  rowOf: (i: number) => number;
  /** A class label in the sheet's alphabet. */
  shown: (cls: string) => string;
  /** Absolute references of the threshold cells. */
  cell: { min: string; groups: string; top: string };
  cols: GrowthColumns;
  /** The verdict year's place among the rated years and the specialisation years (-1: none). */
  vr: number;
  vs: number;
}

export function growthSheetContext(
  poles: GrowthPoles,
  sources: GrowthSources | null,
  options: PlanOptions
): GrowthSheetContext {
  const alphabet: Alphabet = options.alphabet ?? "latin";
  const L = GROWTH_LAYOUT;
  const abs = { row: true, col: true };
  const v = poles.verdictYear;
  return {
    t: translator(options.lang ?? "en"),
    poles,
    regions: poles.regions,
    sources,
    alphabet,
    formulas: options.formulas !== false && sources !== null,
    perCell: options.perCellFormulas === true,
    first: L.firstRegion,
    rowOf: (i) => L.firstRegion + i,
    shown: (cls) => (alphabet === "cyrillic" ? toCyrillic(cls) : cls),
    cell: {
      min: cellRef(L.minItShare, 1, abs),
      groups: cellRef(L.groups, 1, abs),
      top: cellRef(L.topRanks, 1, abs),
    },
    cols: growthColumns(poles),
    vr: v === null ? -1 : poles.ratedYears.lastIndexOf(v),
    vs: v === null ? -1 : poles.specYears.lastIndexOf(v),
  };
}
