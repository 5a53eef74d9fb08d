/**
 * The look of the rating sheets: the shared cell styles, the group colours of the rating scale,
 * class labels in the sheet's alphabet, and the conditional formats that paint a column of
 * classes in their groups' colours.
 */
import { toCyrillic, type Alphabet } from "../../core";
import { cellRef, columnRange } from "./a1";
import type { CellStyle, ConditionalFormatPlan } from "./plan-types";

/** Group colours of the rating scale (fills of the class cells and of the chart's bars). */
export const GROUP_COLORS: Readonly<Record<string, string>> = {
  A: "#70AD47",
  B: "#FFD966",
  C: "#F4B183",
  D: "#E06666",
};

/** The rank-interval chart's colours (issue 15): the interval, the median, the rating's rank. */
export const WHISKER_COLORS = { span: "#9DC3E6", median: "#1F4E79", nominal: "#C00000" } as const;

export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#D9E1F2",
  wrapText: true,
  border: true,
  horizontalAlignment: "Center",
};
export const TABLE_STYLE: CellStyle = { border: true };
export const CENTRED_STYLE: CellStyle = { ...TABLE_STYLE, horizontalAlignment: "Center" };

/** A class label (the core's Latin one) in the sheet's alphabet. */
export function classLabel(cls: string, alphabet: Alphabet): string {
  return alphabet === "cyrillic" ? toCyrillic(cls) : cls;
}

/**
 * The group colour of every class in a column, as conditional formats on the class's first
 * letter: the colours follow the class when a formula changes it.
 */
export function groupFills(
  col: number,
  first: number,
  last: number,
  alphabet: Alphabet,
  role: string
): ConditionalFormatPlan[] {
  return Object.entries(GROUP_COLORS).map(([group, fill]) => ({
    range: columnRange(col, first, last, { row: false, col: false }),
    formula: `=LEFT(${cellRef(first, col)},1)="${classLabel(group, alphabet)}"`,
    fill,
    role: `${role}:${group}`,
  }));
}
