/**
 * The growth-poles matrix (index across, IT share up, a labelled point per region) and the helper
 * cells of its threshold lines: two points each, formulas over the threshold cells, so the lines
 * move when a threshold is changed.
 */
import { toCyrillic } from "../../core";
import type { PlanBlock, ScatterChartPlan } from "../plan";
import { axisTop, cellRef, columnRange, placeLabels, type PlacedLabel } from "../plan";
import { HEADER_STYLE, TABLE_STYLE, formulaBlock } from "../specialisation-sheet";
import { leadingIndexFrom } from "../stage2";
import { q, type GrowthSheetContext } from "./growth-layout";

/** Where the matrix and its helper cells go. */
export interface MatrixPlace {
  helperCol: number;
  top: number;
  anchor: { row: number; col: number; width: number; height: number };
  /** The chart's size in pixels, from its columns' widths and rows. */
  px: { width: number; height: number };
  /** The row of the table's header and the label column's place beside the table. */
  header: number;
  labelCol: number;
}

/** Pixels the chart's title, axis titles, tick labels and legend take around the plot. */
const PLOT_MARGIN = { width: 100, height: 200 };

/**
 * Each region's label on the matrix: its name where it has room, else its place in the verdict
 * year (points crowd where many regions have a small IT share), placed so that none covers
 * another. Regions without both figures are not drawn and get no label.
 */
function matrixLabels(ctx: GrowthSheetContext, m: MatrixPlace): (PlacedLabel | null)[] {
  const { poles, vr, vs } = ctx;
  const drawn = ctx.regions.map((r) => {
    const x = r.ratings[vr]?.index;
    const y = r.itShares[vs];
    return x == null || y == null
      ? null
      : { x, y, label: r.name, short: String(r.ratings[vr]!.rank) };
  });
  const points = drawn.filter((p) => p !== null);
  let topShare = poles.thresholds.minItShare;
  for (const p of points) topShare = Math.max(topShare, p.y);
  const placed = placeLabels(points, {
    xMin: 0,
    xMax: 100,
    yMin: 0,
    yMax: axisTop(topShare),
    width: Math.max(100, m.px.width - PLOT_MARGIN.width),
    height: Math.max(100, m.px.height - PLOT_MARGIN.height),
  });
  let k = 0;
  return drawn.map((p) => (p === null ? null : placed[k++]));
}

/** The labels the matrix shows, in a column beside the table, one per region row. */
function labelBlocks(
  ctx: GrowthSheetContext,
  m: MatrixPlace,
  labels: (PlacedLabel | null)[]
): PlanBlock[] {
  return [
    {
      row: m.header,
      col: m.labelCol,
      values: [[ctx.t("growth.chart.labels")]],
      style: HEADER_STYLE,
      role: "chart-labels-header",
    },
    {
      row: ctx.first,
      col: m.labelCol,
      values: labels.map((l) => [l?.text ?? null]),
      style: TABLE_STYLE,
      role: "chart-labels",
    },
  ];
}

/** The helper cells of the threshold lines: a header, two labels, two points per line. */
function lineBlocks(ctx: GrowthSheetContext, m: MatrixPlace, yRange: string): PlanBlock[] {
  const { t, poles, cell } = ctx;
  const c = m.helperCol;
  const r = m.top;
  const letter = (g: string) => (ctx.alphabet === "cyrillic" ? toCyrillic(g) : g);
  const groups = cell.groups;
  // The lowest index of a leading group: D from 0, C from 10, B from 40, A from 70.
  const fromGroups = `=IF(ISNUMBER(SEARCH("D",${groups})),0,IF(ISNUMBER(SEARCH(${q(letter("C"))},${groups})),10,IF(ISNUMBER(SEARCH(${q(letter("B"))},${groups})),40,IF(ISNUMBER(SEARCH(${q(letter("A"))},${groups})),70,100))))`;
  const leadFrom = leadingIndexFrom(poles.thresholds.groups);
  const min = poles.thresholds.minItShare;
  // The line's top, worked out when read (the command line writes formulas alone).
  const topShare = () => {
    const vs = poles.specYears.lastIndexOf(poles.verdictYear!);
    let top = min;
    for (const x of poles.regions) top = Math.max(top, x.itShares[vs] ?? 0);
    return top;
  };
  const x = (row: number) => cellRef(row, c + 1);
  return [
    {
      row: r,
      col: c,
      values: [[t("growth.chart.lines"), t("growth.chart.x"), t("growth.chart.y")]],
      style: HEADER_STYLE,
      role: "chart-lines-header",
    },
    {
      row: r + 1,
      col: c,
      values: [[t("growth.chart.minLine")], [null], [t("growth.chart.groupLine")], [null]],
      role: "chart-lines-labels",
    },
    formulaBlock(
      ctx.formulas,
      r + 1,
      c + 1,
      [
        ["=0", `=${cell.min}`],
        ["=100", `=${cell.min}`],
        [fromGroups, "=0"],
        [`=${x(r + 3)}`, `=MAX(${yRange},${cell.min})`],
      ],
      () => [
        [0, min],
        [100, min],
        [leadFrom, 0],
        [leadFrom, topShare()],
      ],
      { numberFormat: "0.000", style: TABLE_STYLE, role: "chart-lines" }
    ),
  ];
}

/** The matrix and its helper blocks; nothing where there is no verdict year or no region. */
export function growthMatrix(
  ctx: GrowthSheetContext,
  m: MatrixPlace
): { blocks: PlanBlock[]; charts: ScatterChartPlan[] } {
  const { t, poles, cols, first, vr, vs } = ctx;
  const n = ctx.regions.length;
  if (vr < 0 || vs < 0 || n === 0) return { blocks: [], charts: [] };
  const last = first + n - 1;
  const labels = matrixLabels(ctx, m);
  const yRange = columnRange(cols.shares[vs], first, last);
  const c = m.helperCol;
  const r = m.top;
  const chart: ScatterChartPlan = {
    kind: "scatter",
    title: t("growth.chart.title", { year: poles.verdictYear ?? "" }),
    xTitle: t("growth.chart.xTitle"),
    yTitle: t("growth.chart.yTitle"),
    // The index is a percent of the leader: its axis ends at 100.
    xMin: 0,
    xMax: 100,
    anchor: m.anchor,
    series: [
      {
        name: t("growth.chart.regions"),
        x: columnRange(cols.ratings[vr].index, first, last),
        y: yRange,
        labels: columnRange(m.labelCol, first, last),
        labelPositions: labels.map((l) => l?.position ?? "right"),
        color: "#4472C4",
      },
      {
        name: t("growth.chart.minLine"),
        x: columnRange(c + 1, r + 1, r + 2),
        y: columnRange(c + 2, r + 1, r + 2),
        color: "#C00000",
        line: true,
      },
      {
        name: t("growth.chart.groupLine"),
        x: columnRange(c + 1, r + 3, r + 4),
        y: columnRange(c + 2, r + 3, r + 4),
        color: "#7F7F7F",
        line: true,
      },
    ],
  };
  return {
    blocks: [...lineBlocks(ctx, m, yRange), ...labelBlocks(ctx, m, labels)],
    charts: [chart],
  };
}
