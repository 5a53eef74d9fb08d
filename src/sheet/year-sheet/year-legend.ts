/**
 * The rating scale on a year sheet: the legend of bands beside the table, coloured by group, and
 * each region's class looked up in it, so a changed index changes its class on the sheet.
 */
import {
  bandMeaning,
  defaultScale,
  parseClassLabel,
  type Band,
  type RatingScale,
} from "../../core";
import { cellRef, columnRange } from "../plan";
import { block } from "../plan";
import type { PlanBlock } from "../plan";
import { GROUP_COLORS, HEADER_STYLE, TABLE_STYLE, classLabel } from "../plan";
import { YEAR_LAYOUT, regionFormulaColumn, type YearSheetContext } from "./year-layout";

/** Where the legend sits: its bands, top row, the ranges of lower bounds and labels. */
export interface YearLegend {
  scale: RatingScale;
  /** Sorted by lower bound ascending (see `classBlock`). */
  bands: Band[];
  /** The row of the legend's header; its title stands above it. */
  top: number;
  first: number;
  labelCol: number;
  lowers: string;
  labels: string;
}

export function yearLegend(ctx: YearSheetContext): YearLegend {
  const scale = defaultScale(ctx.alphabet);
  const bands = [...scale.bands].reverse();
  const top = YEAR_LAYOUT.header;
  const first = top + 1;
  const last = top + bands.length;
  const labelCol = ctx.cols.legend + 2;
  return {
    scale,
    bands,
    top,
    first,
    labelCol,
    lowers: columnRange(ctx.cols.legend, first, last),
    labels: columnRange(labelCol, first, last),
  };
}

/**
 * The class against the legend. Its bands go by lower bound ascending, so LOOKUP's approximate
 * match gives the band whose lower bound is the largest not above the index: 90 is A++ and
 * 89.999 is A+.
 */
export function classBlock(ctx: YearSheetContext, legend: YearLegend): PlanBlock {
  const { cols } = ctx;
  return regionFormulaColumn(
    ctx,
    cols.class,
    (row) => `=LOOKUP(${cellRef(row, cols.index)},${legend.lowers},${legend.labels})`,
    (r) => classLabel(r.class, ctx.alphabet),
    { style: { ...TABLE_STYLE, horizontalAlignment: "Center", bold: true }, role: "class" }
  );
}

/** The legend's title, header and bands (from, to, class, meaning), then its group colours. */
export function legendBlocks(ctx: YearSheetContext, legend: YearLegend): PlanBlock[] {
  const { t } = ctx;
  const { bands, scale } = legend;
  const col = ctx.cols.legend;
  return [
    block(legend.top - 1, col, {
      values: [[t("sheet.legend.title"), null, null, null]],
      style: { bold: true },
      role: "legend-title",
    }),
    block(legend.top, col, {
      values: [
        [
          t("sheet.legend.from"),
          t("sheet.legend.to"),
          t("sheet.header.class"),
          t("sheet.legend.meaning"),
        ],
      ],
      style: HEADER_STYLE,
      role: "legend-header",
    }),
    block(legend.first, col, {
      values: bands.map((b, i) => [
        b.lower,
        i + 1 < bands.length ? bands[i + 1].lower : scale.upper,
        b.label,
        bandMeaning(parseClassLabel(b.label).label, ctx.lang),
      ]),
      style: TABLE_STYLE,
      role: "legend",
    }),
    ...legendGroupBlocks(legend),
  ];
}

/** The meaning column as wide as its longest meaning, so none runs on past the legend. */
export function meaningWidth(ctx: YearSheetContext): number {
  const scale = defaultScale(ctx.alphabet);
  const texts = scale.bands.map((b) => bandMeaning(parseClassLabel(b.label).label, ctx.lang));
  return Math.max(36, ...texts.map((t) => t.length + 2));
}

/** Group colours on the legend's labels: one block per group, a fixed number. */
function legendGroupBlocks(legend: YearLegend): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  for (const group of Object.keys(GROUP_COLORS)) {
    const rows = legend.bands.map((b, i) => ({ b, i })).filter(({ b }) => b.group === group);
    if (rows.length === 0) continue;
    blocks.push(
      block(legend.first + rows[0].i, legend.labelCol, {
        values: rows.map(({ b }) => [b.label]),
        style: {
          ...TABLE_STYLE,
          fill: GROUP_COLORS[group],
          bold: true,
          horizontalAlignment: "Center",
        },
        role: `legend-group:${group}`,
      })
    );
  }
  return blocks;
}
