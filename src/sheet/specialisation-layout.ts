/**
 * Where things sit on a specialisation sheet, the context every block of it reads, and what both
 * its shapes share: the parameters, the IT tier, and the sheet around a shape's own table (title,
 * region names, findings, frame). The growth-poles sheet takes its parameter style and findings
 * from here too.
 */
import { IT_TIER_LIMITS, type KsiReference } from "../core";
import { translator, type Translate } from "../i18n";
import { cellRef } from "./a1";
import { regionBlock } from "./plan-blocks";
import type {
  CellStyle,
  CellValue,
  ConditionalFormatPlan,
  PlanBlock,
  SheetPlan,
} from "./plan-types";
import { TABLE_STYLE } from "./plan-style";
import type { RegionSpecialisation, YearSpecialisation } from "./specialisation";
import type { Finding, PlanOptions } from "./types";

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

/** Where a region's IT share sits on the sheet, for the growth-poles sheet's references. */
export interface SpecialisationSheet {
  plan: SheetPlan;
  /** Zero-based row of each region by key, and the IT share column. */
  rowOf: Map<string, number>;
  itShareCol: number;
}

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

export function tierLabel(t: Translate, tier: string): string {
  return t(`growth.tier.${tier as "high" | "medium" | "low" | "none"}`);
}

/** The tier formula over an IT share cell and the two limit cells of the sheet. */
export function tierFormula(t: Translate, share: string, high: string, medium: string): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=IF(ISNUMBER(${share}),IF(${share}>=${high},${q(tierLabel(t, "high"))},IF(${share}>=${medium},${q(tierLabel(t, "medium"))},${q(tierLabel(t, "low"))})),${q(tierLabel(t, "none"))})`;
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

function titleBlocks({ t, spec }: SpecSheetContext, note: string): PlanBlock[] {
  return [
    {
      row: SPEC_LAYOUT.title,
      col: 0,
      values: [[t("growth.spec.title", { year: spec.year })]],
      style: { bold: true, fontSize: 14 },
      role: "title",
    },
    { row: SPEC_LAYOUT.note, col: 0, values: [[note]], style: { italic: true }, role: "source" },
  ];
}

/** The region names, and the label of the totals row under them. */
function regionNamesBlock({ regions, first, t }: SpecSheetContext): PlanBlock {
  return {
    row: first,
    col: 0,
    values: [...regions.map((r) => [r.name]), [t("growth.spec.allRegions")]],
    style: TABLE_STYLE,
    role: "region-names",
  };
}

/** Each region's IT tier, a formula over its IT share and the limit cells. */
export function tierBlock(ctx: SpecSheetContext, itCol: number, tierCol: number): PlanBlock {
  const { t, cells } = ctx;
  return regionBlock(
    ctx,
    tierCol,
    (row) => [tierFormula(t, cellRef(row, itCol), cells.high, cells.medium)],
    (r) => [tierLabel(t, r.tier)],
    { style: { ...TABLE_STYLE, horizontalAlignment: "Center" }, role: "tier" }
  );
}

/** What both shapes of sheet share: region names 28 wide, a tall header, the names frozen. */
function sheetFrame(name: string, blocks: PlanBlock[], figureWidths: number[]): SheetPlan {
  return {
    name,
    role: "specialisation",
    blocks,
    columnWidths: [
      { col: 0, width: 28 },
      ...figureWidths.map((width, c) => ({ col: c + 1, width })),
    ],
    rowHeights: [{ row: SPEC_LAYOUT.header, height: 45 }],
    freeze: { rows: SPEC_LAYOUT.firstRegion, columns: 1 },
  };
}

/** A shape's own part of the sheet, in the order the writers write it. */
export interface SheetParts {
  note: string;
  params: PlanBlock[];
  /** The header rows above the regions. */
  headers: PlanBlock[];
  /** The table right of the region names, its totals row included. */
  columns: PlanBlock[];
  /** Widths of the columns right of the names. */
  widths: number[];
  itShareCol: number;
  conditionalFormats?: ConditionalFormatPlan[];
}

/** The sheet around a shape's table, and where each region's IT share sits on it. */
export function specialisationSheet(
  ctx: SpecSheetContext,
  name: string,
  parts: SheetParts
): SpecialisationSheet {
  const blocks: PlanBlock[] = [
    ...titleBlocks(ctx, parts.note),
    ...parts.params,
    ...parts.headers,
    regionNamesBlock(ctx),
    ...parts.columns,
    // One empty row under the totals row.
    ...findingBlocks(ctx.t, ctx.last + 3, ctx.spec.findings),
  ];
  const frame = sheetFrame(name, blocks, parts.widths);
  const { conditionalFormats } = parts;
  return {
    plan: conditionalFormats ? { ...frame, conditionalFormats } : frame,
    rowOf: new Map(ctx.regions.map((r, i) => [r.key, ctx.rowOf(i)])),
    itShareCol: parts.itShareCol,
  };
}

/** The findings under a table: severity and message, one row each. */
export function findingBlocks(
  t: Translate,
  top: number,
  findings: readonly Finding[]
): PlanBlock[] {
  if (findings.length === 0) return [];
  return [
    {
      row: top,
      col: 0,
      values: [[t("growth.findings")]],
      style: { bold: true },
      role: "findings-title",
    },
    {
      row: top + 1,
      col: 0,
      values: findings.map((f) => [t(`finding.severity.${f.severity}`), f.message]),
      role: "findings",
    },
  ];
}
