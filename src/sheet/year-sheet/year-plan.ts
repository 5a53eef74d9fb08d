/**
 * The year sheet of the paper described as data: title and source, the input figures, the six
 * indicators under their leaders, the scores, susceptibility, activity, index, class, rank and a
 * place of its own for each region, the scale's legend, a sorted block for the chart, the
 * findings. Score cells are native Excel formulas over the input cells, so the sheet stays live
 * and works where the add-in is not installed.
 */
import { INDICATOR_CODES } from "../../core";
import { sheetPrefix } from "../plan";
import { findingBlocks } from "../plan";
import { block, column, nameWidth } from "../plan";
import type { CellValue, PlanBlock, SheetPlan } from "../plan";
import { HEADER_STYLE, TABLE_STYLE, groupFills } from "../plan";
import type { PlanOptions, RatedYear } from "../types";
import { fieldLabel } from "../words";
import {
  COUNT_FORMAT,
  MONEY_FORMAT,
  YEAR_LAYOUT,
  yearSheetContext,
  type YearColumns,
  type YearSheetContext,
} from "./year-layout";
import { classBlock, legendBlocks, meaningWidth, yearLegend } from "./year-legend";
import {
  placeBlock,
  placeOrder,
  rankBlock,
  rankingChart,
  sortedBlocks,
  sortedColumns,
} from "./year-order";
import { indicatorBlocks, leaderBlocks, ratingBlocks, scoreBlocks } from "./year-scores";

export interface YearSheet {
  plan: SheetPlan;
  cols: YearColumns;
  /** The legend's class labels as an absolute reference from another sheet (the dynamics'). */
  legendLabels: string;
}

/** One year's sheet; its blocks stand in the order the writers write them. */
export function buildYearSheet(year: RatedYear, name: string, options: PlanOptions): YearSheet {
  const ctx = yearSheetContext(year, options);
  const { cols, first, last } = ctx;
  const legend = yearLegend(ctx);
  const order = placeOrder(ctx.regions);
  const groups = groupHeaders(ctx);
  const blocks: PlanBlock[] = [
    ...titleBlocks(ctx, options),
    ...groups.map(groupHeaderBlock),
    headerRow(ctx),
    ...inputBlocks(ctx),
    ...indicatorBlocks(ctx),
    ...leaderBlocks(ctx),
    ...scoreBlocks(ctx),
    ...ratingBlocks(ctx),
    classBlock(ctx, legend),
    rankBlock(ctx),
    placeBlock(ctx, order),
    ...legendBlocks(ctx, legend),
    ...sortedBlocks(ctx, order),
    ...findingBlocks(last + 2, year.findings, ctx.t, ctx.lang),
  ];
  const plan: SheetPlan = {
    name,
    role: "year",
    blocks,
    columnWidths: columnWidths(ctx),
    rowHeights: [{ row: YEAR_LAYOUT.header, height: 78 }],
    freeze: { rows: YEAR_LAYOUT.firstRegion, columns: 1 },
    merges: groups
      .filter((g) => g.width > 1)
      .map((g) => ({ row: YEAR_LAYOUT.groupHeader, col: g.col, rows: 1, columns: g.width })),
    conditionalFormats: [
      ...groupFills(cols.class, first, last, ctx.alphabet, "group"),
      ...groupFills(sortedColumns(ctx).class, first, last, ctx.alphabet, "sorted-group"),
    ],
    charts: [rankingChart(ctx, order)],
  };
  return { plan, cols, legendLabels: `${sheetPrefix(name)}${legend.labels}` };
}

function titleBlocks(ctx: YearSheetContext, options: PlanOptions): PlanBlock[] {
  const { t, year } = ctx;
  const title = options.title
    ? t("sheet.titleCustom", { title: options.title, year: year.year })
    : t("sheet.title", { year: year.year });
  return [
    block(YEAR_LAYOUT.title, 0, {
      values: [[title]],
      style: { bold: true, fontSize: 14 },
      role: "title",
    }),
    block(YEAR_LAYOUT.source, 0, {
      values: [[options.source ?? t("sheet.source")]],
      style: { italic: true },
      role: "source",
    }),
  ];
}

interface GroupHeader {
  col: number;
  width: number;
  text: string;
}

/** The headers over the column groups: raw figures (when any), indicators, scores, rating. */
function groupHeaders({ cols, t }: YearSheetContext): GroupHeader[] {
  const groups: GroupHeader[] = [];
  if (cols.raw.length > 0)
    groups.push({ col: cols.raw[0].col, width: cols.raw.length, text: t("sheet.group.raw") });
  groups.push({ col: cols.indicator.S_D, width: 6, text: t("sheet.group.indicators") });
  groups.push({ col: cols.score.S_D, width: 6, text: t("sheet.group.scores") });
  groups.push({ col: cols.susceptibility, width: 6, text: t("sheet.group.rating") });
  return groups;
}

/** A group's header in its first cell, the rest left empty for the merge. */
function groupHeaderBlock(g: GroupHeader): PlanBlock {
  return block(YEAR_LAYOUT.groupHeader, g.col, {
    values: [[g.text, ...Array(g.width - 1).fill(null)]],
    style: HEADER_STYLE,
    role: "group-header",
  });
}

/** The column headers; an indicator's says whether it was printed or recomputed. */
function headerRow({ cols, t, lang, year }: YearSheetContext): PlanBlock {
  const headers: CellValue[] = Array(cols.place + 1).fill(null);
  headers[cols.name] = t("sheet.header.region");
  for (const r of cols.raw) headers[r.col] = fieldLabel(lang, r.field);
  for (const code of INDICATOR_CODES) {
    headers[cols.indicator[code]] = t("sheet.header.indicator", {
      label: fieldLabel(lang, code),
      source: t(
        year.sources[code] === "printed" ? "sheet.header.printed" : "sheet.header.recomputed"
      ),
    });
    headers[cols.score[code]] = t("sheet.header.score", { code });
  }
  headers[cols.susceptibility] = t("sheet.header.susceptibility");
  headers[cols.activity] = t("sheet.header.activity");
  headers[cols.index] = t("sheet.header.index");
  headers[cols.class] = t("sheet.header.class");
  headers[cols.rank] = t("sheet.header.rank");
  headers[cols.place] = t("sheet.header.place");
  return block(YEAR_LAYOUT.header, 0, { values: [headers], style: HEADER_STYLE, role: "header" });
}

/** The inputs: region names and raw figures as values (text stays text). */
function inputBlocks({ cols, regions, first, tableRegions }: YearSheetContext): PlanBlock[] {
  const names = block(first, cols.name, {
    values: column(regions, (r) => r.name),
    style: TABLE_STYLE,
    role: "region-names",
  });
  // Each region's row of the table looked up once, not once per figure column.
  const rows = regions.map((reg) => tableRegions.get(reg.key));
  const raw = cols.raw.map((r) =>
    block(first, r.col, {
      values: column(rows, (row) => row?.raw[r.field] ?? null),
      numberFormat:
        r.field === "employed" || r.field === "population" ? COUNT_FORMAT : MONEY_FORMAT,
      style: TABLE_STYLE,
      role: `raw:${r.field}`,
    })
  );
  return [names, ...raw];
}

function columnWidths(ctx: YearSheetContext): { col: number; width: number }[] {
  const { cols, regions } = ctx;
  const names = nameWidth(regions.map((r) => r.name));
  const widths = [{ col: cols.name, width: names }];
  for (const r of cols.raw) widths.push({ col: r.col, width: 14 });
  for (const code of INDICATOR_CODES)
    widths.push({ col: cols.indicator[code], width: 14 }, { col: cols.score[code], width: 9 });
  widths.push(
    { col: cols.susceptibility, width: 12 },
    { col: cols.activity, width: 12 },
    { col: cols.index, width: 10 },
    { col: cols.class, width: 7 },
    { col: cols.rank, width: 6 },
    { col: cols.place, width: 8 },
    { col: cols.legend, width: 6 },
    { col: cols.legend + 1, width: 6 },
    { col: cols.legend + 2, width: 7 },
    { col: cols.legend + 3, width: meaningWidth(ctx) },
    { col: cols.sorted, width: 6 },
    { col: cols.sorted + 1, width: names },
    { col: cols.sorted + 2, width: 9 },
    { col: cols.sorted + 3, width: 7 },
    { col: cols.sorted + 4, width: 8 }
  );
  return widths;
}
