/**
 * Under the dynamics table, each pair's class-movement counts as live formulas over its columns:
 * regions up, down, in the same class, and not comparable (a reform between the years; they are
 * in none of the other three).
 */
import type { Translate } from "../../i18n";
import { block, columnRange, formulaBlock } from "../plan";
import type { PlanBlock } from "../plan";
import { CENTRED_STYLE, TABLE_STYLE } from "../plan";
import type { DynamicsPair } from "./dynamics-pairs";

export interface CountsLayout {
  /** Rows of the first and last region, and the row of the first count. */
  first: number;
  last: number;
  top: number;
  /** Each pair's change and movement columns. */
  columns: { change: number; movement: number }[];
  formulas: boolean;
}

/** How many rows the counts take. */
export const COUNT_ROWS = 4;

export function countBlocks(
  pairs: readonly DynamicsPair[],
  at: CountsLayout,
  t: Translate
): PlanBlock[] {
  // The note's words before its colon: what every "not comparable" cell starts with.
  const noted = t("borders.notComparable", { year: "", change: "" }).split(":")[0];
  const labels = [
    t("sheet.dynamics.countUp"),
    t("sheet.dynamics.countDown"),
    t("sheet.dynamics.countSame"),
    t("sheet.dynamics.countNotComparable"),
  ];
  const range = (col: number) => columnRange(col, at.first, at.last, { row: true, col: true });
  const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [
    block(at.top, 0, {
      values: labels.map((l) => [l]),
      style: TABLE_STYLE,
      role: "dynamics-count-labels",
    }),
    ...pairs.map((p, pi) => {
      const { change, movement } = at.columns[pi];
      return formulaBlock(
        at.formulas,
        at.top,
        movement,
        [
          [`=COUNTIF(${range(movement)},">0")`],
          [`=COUNTIF(${range(movement)},"<0")`],
          [`=COUNTIF(${range(movement)},0)`],
          [`=COUNTIF(${range(change)},${quoted(`${noted}:*`)})`],
        ],
        [[p.counts.up], [p.counts.down], [p.counts.same], [p.counts.notComparable]],
        { numberFormat: "0", style: CENTRED_STYLE, role: `dynamics-counts:${p.from}-${p.to}` }
      );
    }),
  ];
}
