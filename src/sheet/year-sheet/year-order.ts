/**
 * The regions in order on a year sheet: each region's rank and a place of its own, the sorted
 * block (largest index first) that the chart reads, and the chart.
 */
import { parseClassLabel } from "../../core";
import { cellRef, columnRange } from "../plan";
import { block, everyRow, rowsBlock, type BlockDress, type Results } from "../plan";
import type { BarChartPlan, PlanBlock } from "../plan";
import { CENTRED_STYLE, GROUP_COLORS, HEADER_STYLE, TABLE_STYLE, classLabel } from "../plan";
import type { RatedRegion } from "../types";
import {
  SCORE_FORMAT,
  YEAR_LAYOUT,
  regionFormulaColumn,
  type YearSheetContext,
} from "./year-layout";

/** The regions by index, largest first, ties in table order; `i` is the region's table index. */
export type PlaceOrder = { r: RatedRegion; i: number }[];

export function placeOrder(regions: readonly RatedRegion[]): PlaceOrder {
  return regions.map((r, i) => ({ r, i })).sort((a, b) => b.r.index - a.r.index || a.i - b.i);
}

const indexRange = (ctx: YearSheetContext) =>
  columnRange(ctx.cols.index, ctx.first, ctx.last, { row: true, col: false });

/** RANK.EQ over the index column: tied regions share a rank, as in the paper. */
export function rankBlock(ctx: YearSheetContext): PlanBlock {
  const { cols } = ctx;
  const range = indexRange(ctx);
  return regionFormulaColumn(
    ctx,
    cols.rank,
    (row) => `=RANK.EQ(${cellRef(row, cols.index)},${range})`,
    (r) => r.rank,
    { numberFormat: "0", style: CENTRED_STYLE, role: "rank" }
  );
}

/**
 * Place: the regions with a larger index plus those above with the same, so every region has a
 * place of its own (1..n) and the sorted block can look each place up exactly (a RANK.EQ tie
 * would show the first region twice and lose the other). Both counts use the comparison
 * operators so they agree on what is equal: RANK.EQ + COUNTIF does not, since LibreOffice's
 * RANK.EQ compares exactly and its COUNTIF within a few units in the last place, which gives
 * two regions one place. SUMPRODUCT takes the comparisons without array entry everywhere.
 */
export function placeBlock(ctx: YearSheetContext, order: PlaceOrder): PlanBlock {
  const { cols } = ctx;
  const range = indexRange(ctx);
  const indexTop = cellRef(ctx.first, cols.index, { row: true, col: false });
  const placeOf: number[] = Array(ctx.regions.length);
  order.forEach(({ i }, k) => (placeOf[i] = k + 1));
  const place = (row: number) => {
    const x = cellRef(row, cols.index);
    return `=SUMPRODUCT(--(${range}>${x}))+SUMPRODUCT(--(${indexTop}:${x}=${x}))`;
  };
  return regionFormulaColumn(ctx, cols.place, place, (_, i) => placeOf[i], {
    numberFormat: "0",
    style: CENTRED_STYLE,
    role: "place",
  });
}

/** Columns of the sorted block, left to right; `tableRow` is the helper column of MATCH. */
export function sortedColumns(ctx: YearSheetContext) {
  const place = ctx.cols.sorted;
  return { place, region: place + 1, index: place + 2, class: place + 3, tableRow: place + 4 };
}

/**
 * The sorted helper block for the chart: place k, then the region whose place is k, its index and
 * class, largest index first.
 */
export function sortedBlocks(ctx: YearSheetContext, order: PlaceOrder): PlanBlock[] {
  const { t } = ctx;
  const top = YEAR_LAYOUT.header;
  const sc = sortedColumns(ctx);
  return [
    block(top - 1, sc.place, {
      values: [[t("sheet.sorted.title"), null, null, null]],
      style: { bold: true },
      role: "sorted-title",
    }),
    block(top, sc.place, {
      values: [
        [
          t("sheet.sorted.place"),
          t("sheet.header.region"),
          t("sheet.sorted.index"),
          t("sheet.header.class"),
        ],
      ],
      style: HEADER_STYLE,
      role: "sorted-header",
    }),
    block(ctx.first, sc.place, {
      values: order.map((_, k) => [k + 1]),
      style: TABLE_STYLE,
      role: "sorted-place",
    }),
    ...sortedRowBlocks(ctx, order),
    ...sortedValueBlocks(ctx, order),
  ];
}

/**
 * One MATCH per row, in a helper column: the table row of the region at place k, which the
 * three INDEX columns share (three MATCH calls per row otherwise).
 */
function sortedRowBlocks(ctx: YearSheetContext, order: PlaceOrder): PlanBlock[] {
  const { first, last } = ctx;
  const sc = sortedColumns(ctx);
  const placeRange = columnRange(ctx.cols.place, first, last);
  return [
    block(YEAR_LAYOUT.header, sc.tableRow, {
      values: [[ctx.t("sheet.sortedRow")]],
      style: HEADER_STYLE,
      role: "sorted-row-header",
    }),
    rowsBlock(
      ctx,
      first,
      sc.tableRow,
      order.length,
      (row) => [`=MATCH(${cellRef(row, sc.place)},${placeRange},0)`],
      () => order.map(({ i }) => [i + 1]),
      { numberFormat: "0", style: TABLE_STYLE, role: "sorted-row" },
      everyRow
    ),
  ];
}

/** The region, index and class at each place, by INDEX into the table at the helper row. */
function sortedValueBlocks(ctx: YearSheetContext, order: PlaceOrder): PlanBlock[] {
  const { cols, first, last } = ctx;
  const sc = sortedColumns(ctx);
  /** The value of column `col` at each place, by INDEX at the helper row. */
  const atPlace = (col: number, at: number, results: Results, dress: BlockDress) => {
    const range = columnRange(col, first, last);
    const cells = (row: number) => [`=INDEX(${range},${cellRef(row, sc.tableRow)})`];
    return rowsBlock(ctx, first, at, order.length, cells, results, dress, everyRow);
  };
  return [
    atPlace(cols.name, sc.region, () => order.map(({ r }) => [r.name]), {
      style: TABLE_STYLE,
      role: "sorted-region",
    }),
    atPlace(cols.index, sc.index, () => order.map(({ r }) => [r.index]), {
      numberFormat: SCORE_FORMAT,
      style: TABLE_STYLE,
      role: "sorted-index",
    }),
    atPlace(cols.class, sc.class, () => order.map(({ r }) => [classLabel(r.class, ctx.alphabet)]), {
      style: CENTRED_STYLE,
      role: "sorted-class",
    }),
  ];
}

/** A class's group colour; each class label is parsed once (a bar per region). */
const groupColors = new Map<string, string>();
function groupColor(label: string): string {
  let color = groupColors.get(label);
  if (color === undefined) {
    color = GROUP_COLORS[parseClassLabel(label).group];
    groupColors.set(label, color);
  }
  return color;
}

/** The bar chart of the sorted block, each bar in its group's colour. */
export function rankingChart(ctx: YearSheetContext, order: PlaceOrder): BarChartPlan {
  const { first, last } = ctx;
  const sc = sortedColumns(ctx);
  return {
    kind: "bar",
    title: ctx.t("sheet.chart.title", { year: ctx.year.year }),
    categories: columnRange(sc.region, first, last, { row: false, col: false }),
    values: columnRange(sc.index, first, last, { row: false, col: false }),
    pointColors: order.map(({ r }) => groupColor(r.class)),
    // Right of the sorted block it reads, which reaches below the legend and would be hidden.
    anchor: {
      row: YEAR_LAYOUT.header - 1,
      col: sc.place + 5,
      width: 8,
      height: Math.max(15, Math.min(40, order.length + 4)),
    },
  };
}
