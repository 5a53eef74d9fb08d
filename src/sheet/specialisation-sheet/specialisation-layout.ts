/**
 * Where things sit on a specialisation sheet, the context every block of it reads, and the
 * parameter cells its formulas read (reference, LQ threshold, IT industry, tier limits).
 */
import { IT_TIER_LIMITS, type KsiReference } from "../../core";
import { translator, type Translate } from "../../i18n";
import { cellRef } from "../plan";
import type { CellStyle, CellValue, PlanBlock } from "../plan";
import type { RegionSpecialisation, YearSpecialisation } from "../stage2";
import type { PlanOptions } from "../types";

export const SPEC_LAYOUT = {
  title: 0,
  note: 1,
  /** Labelled parameter cells, label in column A, value in column B. */
  params: 2,
  groupHeader: 8,
  header: 9,
  firstRegion: 10,
} as const;

/** Rows of the parameters under SPEC_LAYOUT.params; the IT-column sheet has no LQ threshold. */
const PARAM_ROWS = {
  reference: SPEC_LAYOUT.params,
  lqThreshold: SPEC_LAYOUT.params + 1,
  itIndustry: SPEC_LAYOUT.params + 2,
  tierHigh: SPEC_LAYOUT.params + 3,
  tierMedium: SPEC_LAYOUT.params + 4,
} as const;

export const PARAM_STYLE: CellStyle = { fill: "#FFF2CC", border: true, bold: true };
export const SHARE_FORMAT = "0.000";
export const FINE_FORMAT = "0.0000";
export const SIZE_FORMAT = "#,##0.0";
/** Fill of the location quotients above the threshold. */
export const LQ_HIGHLIGHT = "#C6EFCE";
/** The default threshold of the highlight: more specialised than the country. */
export const DEFAULT_LQ_THRESHOLD = 1;

/** What every block of a specialisation sheet reads: the year, where its regions sit, the words. */
export interface SpecSheetContext {
  spec: YearSpecialisation;
  regions: readonly RegionSpecialisation[];
  /** Rows of the first and last region. */
  first: number;
  last: number;
  rowOf: (i: number) => number;
  t: Translate;
  /** Native formulas (default) or their results as plain values. */
  formulas: boolean;
  /** A formula string per cell (the plan's older form), for the tests that compare the two. */
  perCell: boolean;
  /** The parameter cells formulas read, absolute: the tier limits and the LQ threshold. */
  cells: { high: string; medium: string; lqThreshold: string };
}

export function specSheetContext(spec: YearSpecialisation, options: PlanOptions): SpecSheetContext {
  const first = SPEC_LAYOUT.firstRegion;
  return {
    spec,
    regions: spec.regions,
    first,
    last: first + spec.regions.length - 1,
    rowOf: (i) => first + i,
    t: translator(options.lang ?? "en"),
    formulas: options.formulas !== false,
    perCell: options.perCellFormulas === true,
    cells: {
      high: paramCell(PARAM_ROWS.tierHigh),
      medium: paramCell(PARAM_ROWS.tierMedium),
      lqThreshold: paramCell(PARAM_ROWS.lqThreshold),
    },
  };
}

/** A parameter's value cell, absolute, so formulas filled down keep reading it. */
function paramCell(row: number): string {
  return cellRef(row, 1, { row: true, col: true });
}

export function referenceLabel(t: Translate, reference: KsiReference): string {
  return t(`growth.reference.${reference}`);
}

/** A labelled parameter: label in column A, its value (which formulas read) in column B. */
function param(row: number, label: string, value: CellValue, numberFormat?: string): PlanBlock[] {
  return [
    { row, col: 0, values: [[label]], style: { bold: true }, role: "param-label" },
    {
      row,
      col: 1,
      values: [[value]],
      style: PARAM_STYLE,
      role: "param",
      ...(numberFormat ? { numberFormat } : {}),
    },
  ];
}

/** What a shape's parameter cells say; no LQ threshold where the sheet has no quotients. */
export interface SheetParams {
  reference: string;
  itIndustry: string;
  lqThreshold?: number;
}

/**
 * The parameters above the table, in cells of their own so a user can change the LQ threshold
 * and the tier limits and the formulas follow.
 */
export function paramBlocks({ t }: SpecSheetContext, params: SheetParams): PlanBlock[] {
  const lq = params.lqThreshold;
  return [
    ...param(PARAM_ROWS.reference, t("growth.spec.reference"), params.reference),
    ...(lq === undefined
      ? []
      : param(PARAM_ROWS.lqThreshold, t("growth.spec.lqThreshold"), lq, "0.00")),
    ...param(PARAM_ROWS.itIndustry, t("growth.spec.itIndustry"), params.itIndustry),
    ...param(PARAM_ROWS.tierHigh, t("growth.spec.tierHigh"), IT_TIER_LIMITS.high, SHARE_FORMAT),
    ...param(
      PARAM_ROWS.tierMedium,
      t("growth.spec.tierMedium"),
      IT_TIER_LIMITS.medium,
      SHARE_FORMAT
    ),
  ];
}
