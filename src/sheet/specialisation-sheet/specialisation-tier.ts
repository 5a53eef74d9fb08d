/**
 * The IT tier of a region (high, medium, low, none by its IT share): its words, its formula over
 * the limit cells, and its column on both shapes of the specialisation sheet.
 */
import type { Translate } from "../../i18n";
import { cellRef } from "../plan";
import { everyRow, regionBlock } from "../plan";
import type { PlanBlock } from "../plan";
import { TABLE_STYLE } from "../plan";
import type { SpecSheetContext } from "./specialisation-layout";

export function tierLabel(t: Translate, tier: string): string {
  return t(`growth.tier.${tier as "high" | "medium" | "low" | "none"}`);
}

/** The tier formula over an IT share cell and the two limit cells of the sheet. */
export function tierFormula(t: Translate, share: string, high: string, medium: string): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=IF(ISNUMBER(${share}),IF(${share}>=${high},${q(tierLabel(t, "high"))},IF(${share}>=${medium},${q(tierLabel(t, "medium"))},${q(tierLabel(t, "low"))})),${q(tierLabel(t, "none"))})`;
}

/** Each region's IT tier, a formula over its IT share and the limit cells. */
export function tierBlock(ctx: SpecSheetContext, itCol: number, tierCol: number): PlanBlock {
  const { t, cells } = ctx;
  return regionBlock(
    ctx,
    tierCol,
    (row) => [tierFormula(t, cellRef(row, itCol), cells.high, cells.medium)],
    (r) => [tierLabel(t, r.tier)],
    { style: { ...TABLE_STYLE, horizontalAlignment: "Center" }, role: "tier" },
    everyRow
  );
}
