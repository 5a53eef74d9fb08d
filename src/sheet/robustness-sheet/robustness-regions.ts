/**
 * The per-region table of the robustness sheet, sorted by the rating's rank: index and class,
 * median and mean rank, the 90% interval (5th and 95th percentiles, PERCENTILE.INC) and its width,
 * the probability of the rating's class, the most likely class and every class's probability; and
 * beside it the whisker chart of the intervals.
 */
import { CLASS_LABELS, type RegionRobustness } from "../../core/robustness";
import {
  type CellValue,
  type WhiskerChartPlan,
  HEADER_STYLE,
  TABLE_STYLE,
  CENTRED_STYLE,
  block,
  cellRef,
  classLabel,
  columnRange,
  formulaBlock,
  groupFills,
} from "../plan";
import {
  ROB_COLUMNS as C,
  type Part,
  type RobustnessContext,
  SECTION_STYLE,
} from "./robustness-layout";

/** Regions by the rating's rank (ties keep the table's order). */
export function byNominalRank(regions: readonly RegionRobustness[]): RegionRobustness[] {
  return regions
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.nominalRank - b.r.nominalRank || a.i - b.i)
    .map((x) => x.r);
}

function headers(ctx: RobustnessContext): CellValue[] {
  const { t } = ctx;
  return [
    ...[
      "rank",
      "region",
      "index",
      "class",
      "median",
      "mean",
      "q05",
      "q95",
      "width",
      "pNominal",
      "likely",
      "pLikely",
    ].map((k) => t(`robust.head.${k}` as Parameters<typeof t>[0])),
    ...CLASS_LABELS.map((label) =>
      t("robust.head.pClass", { label: classLabel(label, ctx.alphabet) })
    ),
  ];
}

export function regionsPart(ctx: RobustnessContext, start: number): Part {
  const { t, alphabet } = ctx;
  const regions = byNominalRank(ctx.result.regions);
  const head = start + 1;
  const first = head + 1;
  const last = first + regions.length - 1;
  const cls = (label: string | null) => (label === null ? null : classLabel(label, alphabet));
  const blocks = [
    block(start, 0, { values: [[t("robust.section.regions")]], style: SECTION_STYLE }),
    block(head, 0, { values: [headers(ctx)], style: HEADER_STYLE, role: "robust-regions-header" }),
    block(first, C.rank, {
      values: regions.map((r) => [r.nominalRank]),
      numberFormat: "0",
      style: CENTRED_STYLE,
      role: "robust-nominal-rank",
    }),
    block(first, C.region, {
      values: regions.map((r) => [r.name]),
      numberFormat: "@",
      style: TABLE_STYLE,
      role: "robust-region",
    }),
    block(first, C.index, {
      values: regions.map((r) => [r.nominalIndex]),
      numberFormat: "0.00",
      style: TABLE_STYLE,
      role: "robust-index",
    }),
    block(first, C.class, {
      values: regions.map((r) => [cls(r.nominalClass)]),
      numberFormat: "@",
      style: CENTRED_STYLE,
      role: "robust-class",
    }),
    block(first, C.median, {
      values: regions.map((r) => [r.medianRank, r.meanRank, r.q05, r.q95]),
      numberFormat: "0.0",
      style: CENTRED_STYLE,
      role: "robust-ranks",
    }),
    formulaBlock(
      ctx.formulas,
      first,
      C.width,
      regions.map((_, i) => [`=${cellRef(first + i, C.q95)}-${cellRef(first + i, C.q05)}`]),
      regions.map((r) => [r.q95 - r.q05]),
      { numberFormat: "0.0", style: CENTRED_STYLE, role: "robust-width" }
    ),
    block(first, C.pNominal, {
      values: regions.map((r) => [r.nominalClassProbability]),
      numberFormat: "0%",
      style: CENTRED_STYLE,
      role: "robust-p-nominal",
    }),
    block(first, C.likely, {
      values: regions.map((r) => [cls(r.likelyClass)]),
      numberFormat: "@",
      style: CENTRED_STYLE,
      role: "robust-likely",
    }),
    block(first, C.pLikely, {
      values: regions.map((r) => [
        r.likelyClassProbability,
        ...CLASS_LABELS.map((l) => r.classProbabilities?.[l] ?? null),
      ]),
      numberFormat: "0%",
      style: CENTRED_STYLE,
      role: "robust-class-probabilities",
    }),
  ];
  return {
    blocks,
    charts: [whiskerChart(ctx, start, first, last)],
    formats: [
      ...groupFills(C.class, first, last, alphabet, "robust-class"),
      ...groupFills(C.likely, first, last, alphabet, "robust-likely"),
    ],
    heights: [{ row: head, height: 45 }],
    next: last + 2,
  };
}

/** The intervals as floating columns beside the table, over its columns (one description, both writers). */
function whiskerChart(
  ctx: RobustnessContext,
  start: number,
  first: number,
  last: number
): WhiskerChartPlan {
  const { t } = ctx;
  const range = (col: number) => columnRange(col, first, last, { row: false, col: false });
  return {
    kind: "whisker",
    title: t("robust.chart.whisker"),
    categories: range(C.region),
    low: range(C.q05),
    span: range(C.width),
    median: range(C.median),
    nominal: range(C.rank),
    names: [
      t("robust.series.low"),
      t("robust.series.span"),
      t("robust.series.median"),
      t("robust.series.nominal"),
    ],
    axisTitle: t("robust.chart.axis"),
    anchor: {
      row: start,
      col: C.chart,
      width: 14,
      height: Math.max(20, Math.min(40, last - first + 7)),
    },
  };
}
