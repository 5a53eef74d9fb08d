/**
 * The growth-poles sheet, described as data: one row per region (index, class and rank of each
 * rated year, the dynamics, the IT share of each year, the verdict and its reasons), candidates
 * first. The thresholds sit in labelled cells at the top and the verdict cells are native formulas
 * over them, so an economist who changes a threshold in Excel sees the verdicts change, with or
 * without the add-in. A last column is left for the economist's own decision, apart from the
 * computed one. The growth-poles matrix (index across, IT share up) is the sheet's chart.
 */
import type { PlanBlock, SheetPlan } from "../plan";
import { cellRef, columnRange } from "../plan";
import { findingBlocks } from "../specialisation-sheet";
import type { GrowthPoles } from "../stage2";
import type { PlanOptions } from "../types";
import {
  decisionBlock,
  dynamicsBlocks,
  headerRow,
  ratingBlocks,
  regionNamesBlock,
  shareBlocks,
} from "./growth-columns";
import {
  CANDIDATE_FILL,
  GROWTH_LAYOUT,
  growthSheetContext,
  q,
  type GrowthSheetContext,
  type GrowthSources,
} from "./growth-layout";
import { growthMatrix } from "./growth-matrix";
import { thresholdBlocks, titleBlocks } from "./growth-params";
import { verdictBlocks } from "./growth-verdict";

export {
  CANDIDATE_FILL,
  GROWTH_LAYOUT,
  type CellSource,
  type GrowthSources,
} from "./growth-layout";

/** The growth-poles sheet; its blocks stand in the order the writers write them. */
export function buildGrowthPolesSheet(
  poles: GrowthPoles,
  name: string,
  sources: GrowthSources | null,
  options: PlanOptions = {}
): SheetPlan {
  const ctx = growthSheetContext(poles, sources, options);
  const { first, cols } = ctx;
  const n = ctx.regions.length;
  const widths = columnWidths(ctx);
  const chartCols = columnsWithin(widths, MATRIX_WIDTH_UNITS);
  const matrix = growthMatrix(ctx, {
    // Right of the table, apart from the regions' columns.
    helperCol: cols.decision + 2,
    top: GROWTH_LAYOUT.minItShare,
    anchor: { row: first + n + 2, col: 0, width: chartCols.count, height: 30 },
    px: { width: chartCols.units * PX_PER_UNIT + 5 * chartCols.count, height: 30 * PX_PER_ROW },
    header: GROWTH_LAYOUT.header,
    labelCol: cols.decision + 2,
  });
  const blocks: PlanBlock[] = [
    ...titleBlocks(ctx),
    ...thresholdBlocks(ctx),
    headerRow(ctx),
    regionNamesBlock(ctx),
    ...ratingBlocks(ctx),
    ...dynamicsBlocks(ctx),
    ...shareBlocks(ctx),
    ...verdictBlocks(ctx),
    decisionBlock(ctx),
    ...matrix.blocks,
    ...findingBlocks(ctx.t, first + n + 34, poles.findings),
  ];
  return {
    name,
    role: "growth-poles",
    blocks,
    columnWidths: widths,
    rowHeights: [{ row: GROWTH_LAYOUT.header, height: 45 }],
    freeze: { rows: first, columns: 1 },
    conditionalFormats: [
      {
        range: columnRange(cols.candidate, first, Math.max(first, first + n - 1), {
          row: false,
          col: false,
        }),
        formula: `=${cellRef(first, cols.candidate)}=${q(ctx.t("growth.poles.candidate"))}`,
        fill: CANDIDATE_FILL,
        role: "candidate",
      },
    ],
    charts: matrix.charts,
  };
}

/** The matrix stays within a landscape page's printed width (about 132 units of Calibri 11; less, as
 * LibreOffice draws the same widths wider). */
const MATRIX_WIDTH_UNITS = 110;
const PX_PER_UNIT = 7;
const PX_PER_ROW = 20;

/** How many columns from A fit in `units` of width, and the width they take. */
function columnsWithin(widths: SheetPlan["columnWidths"], units: number) {
  const of = new Map(widths.map((w) => [w.col, w.width]));
  let count = 0;
  let used = 0;
  while (used + (of.get(count) ?? 8.43) <= units) used += of.get(count++) ?? 8.43;
  return { count: Math.max(1, count), units: used };
}

function columnWidths({ cols }: GrowthSheetContext): SheetPlan["columnWidths"] {
  return [
    { col: 0, width: 36 },
    { col: 1, width: 12 },
    ...Array.from({ length: cols.candidate - 2 }, (_, c) => ({ col: c + 2, width: 11 })),
    { col: cols.candidate, width: 16 },
    { col: cols.reasons, width: 60 },
    { col: cols.decision, width: 24 },
    { col: cols.decision + 2, width: 26 },
    { col: cols.decision + 3, width: 10 },
    { col: cols.decision + 4, width: 10 },
  ];
}
