/**
 * The specialisation sheet around a shape's own table: title and note, region names, findings,
 * the frame (widths, header height, frozen names), and where each region's IT share sits. The
 * growth-poles sheet writes its findings the same way.
 */
import type { Translate } from "../../i18n";
import type { ConditionalFormatPlan, PlanBlock, SheetPlan } from "../plan";
import { TABLE_STYLE } from "../plan";
import { SPEC_LAYOUT, type SpecSheetContext } from "./specialisation-layout";
import type { Finding } from "../types";

/** Where a region's IT share sits on the sheet, for the growth-poles sheet's references. */
export interface SpecialisationSheet {
  plan: SheetPlan;
  /** Zero-based row of each region by key, and the IT share column. */
  rowOf: Map<string, number>;
  itShareCol: number;
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
