/**
 * The specialisation sheet of a single IT column (the paper's Table 7): the IT figure read, each
 * region's share of the country's IT output, and its tier. No other industry, so no KSI or HHI.
 */
import { cellRef, columnRange } from "../plan";
import { everyRow, formulaBlock, regionBlock } from "../plan";
import type { PlanBlock } from "../plan";
import { HEADER_STYLE, TABLE_STYLE } from "../plan";
import { specialisationSheet, type SpecialisationSheet } from "./specialisation-frame";
import {
  SHARE_FORMAT,
  SIZE_FORMAT,
  SPEC_LAYOUT,
  paramBlocks,
  type SpecSheetContext,
} from "./specialisation-layout";
import { tierBlock } from "./specialisation-tier";

const COLS = { figure: 1, it: 2, tier: 3 } as const;

export function itColumnSheet(ctx: SpecSheetContext, name: string): SpecialisationSheet {
  const { t, spec } = ctx;
  return specialisationSheet(ctx, name, {
    note: t(printsShares(ctx) ? "growth.spec.noteItShares" : "growth.spec.noteItOutput"),
    // No KSI without other industries: the reference cell says so.
    params: paramBlocks(ctx, { reference: t("growth.spec.noKsi"), itIndustry: spec.industries[0] }),
    headers: [headerBlock(ctx)],
    columns: [
      figureBlock(ctx),
      totalBlock(ctx),
      itShareBlock(ctx),
      tierBlock(ctx, COLS.it, COLS.tier),
    ],
    widths: [16, 12, 18],
    itShareCol: COLS.it,
  });
}

/** The column holds printed shares of national IT output, not the output itself. */
const printsShares = (ctx: SpecSheetContext) => ctx.spec.measure === "share";
const figureFormat = (ctx: SpecSheetContext) => (printsShares(ctx) ? SHARE_FORMAT : SIZE_FORMAT);

function headerBlock({ t, spec }: SpecSheetContext): PlanBlock {
  return {
    row: SPEC_LAYOUT.header,
    col: 0,
    values: [
      [
        t("growth.spec.region"),
        spec.industries[0],
        t("growth.spec.itShare"),
        t("growth.spec.tier"),
      ],
    ],
    style: HEADER_STYLE,
    role: "header",
  };
}

function figureBlock(ctx: SpecSheetContext): PlanBlock {
  return {
    row: ctx.first,
    col: COLS.figure,
    // "-" (no IT output) stays an empty cell, never 0.
    values: ctx.regions.map((r) => [r.sizes.length > 0 ? r.sizes[0] : null]),
    numberFormat: figureFormat(ctx),
    style: TABLE_STYLE,
    role: "it-figure",
  };
}

const figureRange = ({ first, last }: SpecSheetContext) =>
  columnRange(COLS.figure, first, last, { row: true, col: false });

/** The country's total under the figures. */
function totalBlock(ctx: SpecSheetContext): PlanBlock {
  const total = ctx.regions.reduce((s, r) => s + (r.sizes[0] ?? 0), 0);
  const cell = `=SUM(${figureRange(ctx)})`;
  return formulaBlock(ctx.formulas, ctx.last + 1, COLS.figure, [[cell]], [[total]], {
    numberFormat: figureFormat(ctx),
    style: { ...TABLE_STYLE, bold: true },
    role: "totals",
  });
}

/** Printed shares are taken as they are; output is divided by the country's total. */
function itShareBlock(ctx: SpecSheetContext): PlanBlock {
  const figures = figureRange(ctx);
  const share = (x: string) =>
    printsShares(ctx)
      ? `=IF(ISNUMBER(${x}),${x},"")`
      : `=IF(ISNUMBER(${x}),${x}/SUM(${figures}),"")`;
  return regionBlock(
    ctx,
    COLS.it,
    (row) => [share(cellRef(row, COLS.figure))],
    (r) => [r.itShare === null ? "" : r.itShare],
    { numberFormat: SHARE_FORMAT, style: { ...TABLE_STYLE, bold: true }, role: "it-share" },
    everyRow
  );
}
