/**
 * The top of the growth-poles sheet: title, note, and the labelled threshold cells the verdict
 * formulas and the matrix's lines read, so a threshold changed in Excel changes the verdicts.
 */
import type { PlanBlock } from "../plan";
import { PARAM_STYLE } from "../specialisation-sheet";
import { GROWTH_LAYOUT as L, type GrowthSheetContext } from "./growth-layout";

export function titleBlocks({ t, poles }: GrowthSheetContext): PlanBlock[] {
  return [
    {
      row: L.title,
      col: 0,
      values: [[t("growth.poles.title")]],
      style: { bold: true, fontSize: 14 },
      role: "title",
    },
    {
      row: L.note,
      col: 0,
      values: [[t("growth.poles.note", { year: poles.verdictYear ?? "?" })]],
      style: { italic: true },
      role: "source",
    },
  ];
}

export function thresholdBlocks({ t, poles, shown }: GrowthSheetContext): PlanBlock[] {
  const th = poles.thresholds;
  return [
    {
      row: L.minItShare,
      col: 0,
      values: [
        [t("growth.poles.minItShare")],
        [t("growth.poles.groups")],
        [t("growth.poles.topRanks")],
        [t("growth.poles.verdictYear")],
      ],
      style: { bold: true },
      role: "threshold-labels",
    },
    {
      row: L.minItShare,
      col: 1,
      values: [[th.minItShare]],
      numberFormat: "0.000",
      style: PARAM_STYLE,
      role: "threshold:min-it-share",
    },
    {
      row: L.groups,
      col: 1,
      values: [[th.groups.map(shown).join(",")]],
      style: PARAM_STYLE,
      role: "threshold:groups",
    },
    {
      row: L.topRanks,
      col: 1,
      values: [[th.topRanks]],
      numberFormat: "0",
      style: PARAM_STYLE,
      role: "threshold:top-ranks",
    },
    { row: L.verdictYear, col: 1, values: [[poles.verdictYear]], role: "verdict-year" },
  ];
}
