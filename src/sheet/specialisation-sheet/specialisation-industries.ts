/**
 * The specialisation sheet of a region x industry table: the sizes read and their national
 * totals, each region's industry shares, KSI against its reference, HHI and normalised HHI, the
 * IT share and tier, and location quotients highlighted above a threshold that sits in a cell.
 * A region with a size not given ("х") keeps its IT share; its KSI, HHI and LQ cells are empty
 * (="" so no formula turns the gap into a 0), and the national sizes leave its row out.
 */
import { cellRef, columnRange } from "../plan";
import { formulaBlock, regionBlock } from "../plan";
import type { CellValue, ConditionalFormatPlan, PlanBlock } from "../plan";
import { HEADER_STYLE, TABLE_STYLE } from "../plan";
import { specialisationSheet, type SpecialisationSheet } from "./specialisation-frame";
import {
  DEFAULT_LQ_THRESHOLD,
  FINE_FORMAT,
  LQ_HIGHLIGHT,
  SHARE_FORMAT,
  SIZE_FORMAT,
  SPEC_LAYOUT,
  paramBlocks,
  referenceLabel,
  type SpecSheetContext,
} from "./specialisation-layout";
import { tierBlock } from "./specialisation-tier";

/** Column groups left to right: sizes, shares (k each), five figures, location quotients (k). */
interface IndustryColumns {
  size: number;
  share: number;
  ksi: number;
  hhi: number;
  hhiN: number;
  it: number;
  tier: number;
  lq: number;
}

interface IndustriesContext extends SpecSheetContext {
  /** How many industries (the method's k). */
  k: number;
  cols: IndustryColumns;
  /** The row under the regions: national sizes, and the sums of shares. */
  totalRow: number;
}

function industriesContext(ctx: SpecSheetContext): IndustriesContext {
  const k = ctx.spec.industries.length;
  const cols = {
    size: 1,
    share: 1 + k,
    ksi: 1 + 2 * k,
    hhi: 2 + 2 * k,
    hhiN: 3 + 2 * k,
    it: 4 + 2 * k,
    tier: 5 + 2 * k,
    lq: 6 + 2 * k,
  };
  return { ...ctx, k, cols, totalRow: ctx.last + 1 };
}

export function industriesSheet(base: SpecSheetContext, name: string): SpecialisationSheet {
  const ctx = industriesContext(base);
  const { cols, k, t, spec } = ctx;
  const itIndustry =
    spec.itIndustry === null ? t("growth.spec.noItIndustry") : spec.industries[spec.itIndustry];
  return specialisationSheet(ctx, name, {
    note: t("growth.spec.note"),
    params: paramBlocks(ctx, {
      reference: referenceLabel(t, spec.reference ?? "rest"),
      itIndustry,
      lqThreshold: DEFAULT_LQ_THRESHOLD,
    }),
    headers: [...groupHeaderBlocks(ctx), headerBlock(ctx)],
    columns: [
      sizesBlock(ctx),
      ...totalsBlocks(ctx),
      sharesBlock(ctx),
      ...concentrationBlocks(ctx),
      ...itShareBlocks(ctx),
      tierBlock(ctx, cols.it, cols.tier),
      lqBlock(ctx),
    ],
    widths: Array<number>(cols.lq + k - 1).fill(12),
    itShareCol: cols.it,
    conditionalFormats: [lqHighlight(ctx)],
  });
}

/** A group's header in its first cell, the rest of its width left empty. */
function groupHeaderBlocks({ cols, k, t }: IndustriesContext): PlanBlock[] {
  const groups: [number, number, string][] = [
    [cols.size, k, t("growth.spec.groupSizes")],
    [cols.share, k, t("growth.spec.groupShares")],
    [cols.ksi, 5, t("growth.spec.groupSpecialisation")],
    [cols.lq, k, t("growth.spec.groupLq")],
  ];
  return groups.map(([col, width, text]) => ({
    row: SPEC_LAYOUT.groupHeader,
    col,
    values: [[text, ...Array(width - 1).fill(null)]],
    style: HEADER_STYLE,
    role: "group-header",
  }));
}

/** The industries' names head each of the three groups they span. */
function headerBlock({ t, spec }: IndustriesContext): PlanBlock {
  const headers: CellValue[] = [
    t("growth.spec.region"),
    ...spec.industries,
    ...spec.industries,
    t("growth.spec.ksi"),
    t("growth.spec.hhi"),
    t("growth.spec.hhiNormalised"),
    t("growth.spec.itShare"),
    t("growth.spec.tier"),
    ...spec.industries,
  ];
  return {
    row: SPEC_LAYOUT.header,
    col: 0,
    values: [headers],
    style: HEADER_STYLE,
    role: "header",
  };
}

function sizesBlock({ regions, first, cols }: IndustriesContext): PlanBlock {
  return {
    row: first,
    col: cols.size,
    values: regions.map((r) => r.sizes),
    numberFormat: SIZE_FORMAT,
    style: TABLE_STYLE,
    role: "sizes",
  };
}

/** A region's k cells of a group from its first column; `abs` pins the columns for fills across. */
function span({ k }: IndustriesContext, row: number, from: number, abs = false): string {
  return `${cellRef(row, from, { col: abs })}:${cellRef(row, from + k - 1, { col: abs })}`;
}

/** The totals row's k cells of a group, its row absolute so every region reads it. */
function totalsSpan({ k, totalRow }: IndustriesContext, from: number): string {
  return `${cellRef(totalRow, from, { row: true })}:${cellRef(totalRow, from + k - 1, { row: true })}`;
}

/**
 * The national sizes (the reference of KSI and LQ), and the sums of shares the "mean" needs. The
 * sums are worked out only when read (values only, or cached values): the command line writes
 * the formulas alone, and 10,000 regions x 20 industries are 400,000 additions.
 */
function totalsBlocks(ctx: IndustriesContext): PlanBlock[] {
  const { regions, cols } = ctx;
  const bold = { ...TABLE_STYLE, bold: true };
  // Each industry's sum over the regions with a full mix, as the block's one row.
  const sums = (of: (r: (typeof regions)[number]) => readonly (number | null)[]) => () => {
    const full = regions.filter((r) => r.complete);
    return [industryColumn(ctx, (c) => full.reduce((s, r) => s + of(r)[c]!, 0))];
  };
  const sizeTotals = sums((r) => r.sizes);
  const shareSums = sums((r) => r.shares!);
  return [
    formulaBlock(ctx.formulas, ctx.totalRow, cols.size, [columnSums(ctx, cols.size)], sizeTotals, {
      numberFormat: SIZE_FORMAT,
      style: bold,
      role: "totals",
    }),
    formulaBlock(ctx.formulas, ctx.totalRow, cols.share, [columnSums(ctx, cols.share)], shareSums, {
      numberFormat: FINE_FORMAT,
      style: bold,
      role: "share-sums",
    }),
  ];
}

const industryColumn = <T>({ k }: IndustriesContext, f: (c: number) => T): T[] =>
  Array.from({ length: k }, (_, c) => f(c));

/** Column sums over the regions with a full mix: the rows of the others taken off. */
function columnSums(ctx: IndustriesContext, from: number): string[] {
  const { first, last, regions } = ctx;
  const partial = regions.flatMap((r, i) => (r.complete ? [] : [ctx.rowOf(i)]));
  return industryColumn(ctx, (c) => {
    const all = `SUM(${columnRange(from + c, first, last, { row: false, col: false })})`;
    if (partial.length === 0) return `=${all}`;
    return `=${all}-SUM(${partial.map((row) => cellRef(row, from + c)).join(",")})`;
  });
}

/** The region on a sheet row, and whether it has a full mix. */
const regionAt = (ctx: IndustriesContext, row: number) => ctx.regions[row - ctx.first];
const isPartial = (ctx: IndustriesContext, row: number) => !regionAt(ctx, row).complete;
/** The rows of the regions with a full mix: the general formulas, the others' cells ="". */
const fullMix = (ctx: IndustriesContext) => (row: number) => !isPartial(ctx, row);
/** What a cell that cannot be computed holds: an empty text, never a 0. */
const EMPTY = '=""';

/** Each industry's share of the region's own total. */
function sharesBlock(ctx: IndustriesContext): PlanBlock {
  const { cols } = ctx;
  return regionBlock(
    ctx,
    cols.share,
    (row) =>
      industryColumn(ctx, (c) => {
        if (!isPartial(ctx, row))
          return `=${cellRef(row, cols.size + c)}/SUM(${span(ctx, row, cols.size, true)})`;
        // No full mix: a size given over the printed total, where the table prints one.
        const r = regionAt(ctx, row);
        return r.shares?.[c] == null ? EMPTY : `=${cellRef(row, cols.size + c)}/${r.printedTotal}`;
      }),
    (r) => r.shares ?? Array<null>(ctx.k).fill(null),
    { numberFormat: FINE_FORMAT, style: TABLE_STYLE, role: "shares" },
    fullMix(ctx)
  );
}

/** KSI against its reference, HHI, and HHI normalised over k industries. */
function concentrationBlocks(ctx: IndustriesContext): PlanBlock[] {
  const { cols, k } = ctx;
  const fine = { numberFormat: FINE_FORMAT, style: TABLE_STYLE };
  return [
    regionBlock(
      ctx,
      cols.ksi,
      (row) => [isPartial(ctx, row) ? EMPTY : ksiFormula(ctx, row)],
      (r) => [r.ksi],
      {
        ...fine,
        style: { ...TABLE_STYLE, bold: true },
        role: "ksi",
      },
      fullMix(ctx)
    ),
    regionBlock(
      ctx,
      cols.hhi,
      (row) => [isPartial(ctx, row) ? EMPTY : `=SUMSQ(${span(ctx, row, cols.share)})`],
      (r) => [r.hhi],
      { ...fine, role: "hhi" },
      fullMix(ctx)
    ),
    regionBlock(
      ctx,
      cols.hhiN,
      (row) => [isPartial(ctx, row) ? EMPTY : `=(${cellRef(row, cols.hhi)}-1/${k})/(1-1/${k})`],
      (r) => [r.hhiNormalised],
      { ...fine, role: "hhi-normalised" },
      fullMix(ctx)
    ),
  ];
}

/** Krugman's index: the distance of a region's shares from the reference's shares. */
function ksiFormula(ctx: IndustriesContext, row: number): string {
  const { cols, spec } = ctx;
  const own = span(ctx, row, cols.size);
  const shares = span(ctx, row, cols.share);
  const national = totalsSpan(ctx, cols.size);
  if (spec.reference === "national")
    return `=SUMPRODUCT(ABS(${shares}-${national}/SUM(${national})))`;
  // The mean of the other regions' shares: the sums of shares less the region's own.
  if (spec.reference === "mean")
    return `=SUMPRODUCT(ABS(${shares}-(${totalsSpan(ctx, cols.share)}-${shares})/${ctx.regions.filter((r) => r.complete).length - 1}))`;
  // The rest of the country: the national sizes less the region's own.
  return `=SUMPRODUCT(ABS(${shares}-(${national}-${own})/(SUM(${national})-SUM(${own}))))`;
}

/** The region's share of the country's IT industry; no column without an IT industry. */
function itShareBlocks(ctx: IndustriesContext): PlanBlock[] {
  const it = ctx.spec.itIndustry;
  if (it === null) return [];
  const { cols, first, last } = ctx;
  const itRange = columnRange(cols.size + it, first, last, { row: true, col: false });
  return [
    regionBlock(
      ctx,
      cols.it,
      // A region without its IT figure has no share (a blank would read as 0).
      (row) => [
        regionAt(ctx, row).sizes[it] === null
          ? EMPTY
          : `=${cellRef(row, cols.size + it)}/SUM(${itRange})`,
      ],
      (r) => [r.itShare],
      { numberFormat: SHARE_FORMAT, style: { ...TABLE_STYLE, bold: true }, role: "it-share" },
      (row) => regionAt(ctx, row).sizes[it] !== null
    ),
  ];
}

/** Location quotients: a region's share of an industry over the country's. */
function lqBlock(ctx: IndustriesContext): PlanBlock {
  const { cols, totalRow } = ctx;
  const national = totalsSpan(ctx, cols.size);
  const nationalShare = (c: number) =>
    `${cellRef(totalRow, cols.size + c, { row: true })}/SUM(${national})`;
  return regionBlock(
    ctx,
    cols.lq,
    (row) =>
      industryColumn(ctx, (c) =>
        isPartial(ctx, row) ? EMPTY : `=${cellRef(row, cols.share + c)}/(${nationalShare(c)})`
      ),
    (r) => r.lq ?? Array<null>(ctx.k).fill(null),
    { numberFormat: "0.00", style: TABLE_STYLE, role: "lq" },
    fullMix(ctx)
  );
}

/** The highlight reads its threshold from a cell, so a user can change it on the sheet. */
function lqHighlight({ cols, first, last, k, cells }: IndustriesContext): ConditionalFormatPlan {
  return {
    range: `${cellRef(first, cols.lq)}:${cellRef(last, cols.lq + k - 1)}`,
    // An empty quotient ("" of a region without a full mix) is text, which Excel ranks above numbers.
    formula: `=AND(ISNUMBER(${cellRef(first, cols.lq)}),${cellRef(first, cols.lq)}>${cells.lqThreshold})`,
    fill: LQ_HIGHLIGHT,
    role: "lq-above-threshold",
  };
}
