/**
 * The sensitivity table of the robustness sheet (first-order and total index of each assumption
 * with their bootstrap 5-95% intervals) with a bar chart of the total indices, and the
 * one-at-a-time table: the mean absolute rank change when each indicator is left out.
 */
import { type CellValue, HEADER_STYLE, TABLE_STYLE, block, columnRange } from "../plan";
import {
  ROB_COLUMNS as C,
  type Part,
  type RobustnessContext,
  SECTION_STYLE,
} from "./robustness-layout";

export function sensitivityPart(ctx: RobustnessContext, start: number): Part {
  const { t, result } = ctx;
  const head = start + 1;
  const first = head + 1;
  const rows: CellValue[][] = result.sensitivity.map((s) => [
    t(`robust.assumption.${s.assumption}`),
    null,
    s.first,
    s.firstInterval?.[0] ?? null,
    s.firstInterval?.[1] ?? null,
    s.total,
    s.totalInterval?.[0] ?? null,
    s.totalInterval?.[1] ?? null,
  ]);
  const blocks = [
    block(start, 0, { values: [[t("robust.section.sensitivity")]], style: SECTION_STYLE }),
    block(head, 0, {
      values: [
        [
          t("robust.head.assumption"),
          null,
          t("robust.head.first"),
          t("robust.head.low"),
          t("robust.head.high"),
          t("robust.head.total"),
          t("robust.head.low"),
          t("robust.head.high"),
        ],
      ],
      style: HEADER_STYLE,
    }),
  ];
  if (rows.length === 0) return { blocks, next: first + 1 };
  blocks.push(block(first, 0, { values: rows.map((r) => r.slice(0, 2)), style: TABLE_STYLE }));
  blocks.push(
    block(first, 2, {
      values: rows.map((r) => r.slice(2)),
      numberFormat: "0.000",
      style: TABLE_STYLE,
      role: "robust-sensitivity",
    })
  );
  const last = first + rows.length - 1;
  const range = (col: number) => columnRange(col, first, last, { row: false, col: false });
  return {
    blocks,
    merges: rows.map((_, i) => ({ row: first + i, col: 0, rows: 1, columns: 2 })),
    heights: [{ row: head, height: 30 }],
    charts: [
      {
        kind: "bar",
        title: t("robust.chart.sensitivity"),
        categories: range(0),
        values: range(5),
        pointColors: rows.map(() => "#4472C4"),
        anchor: { row: start, col: C.chart + 15, width: 8, height: Math.max(10, rows.length + 6) },
      },
    ],
    next: Math.max(last + 2, start + 11),
  };
}

export function exclusionPart(ctx: RobustnessContext, start: number): Part {
  const { t, result } = ctx;
  const first = start + 2;
  return {
    blocks: [
      block(start, 0, { values: [[t("robust.section.exclusion")]], style: SECTION_STYLE }),
      block(start + 1, 0, {
        values: [[t("robust.head.leftOut"), null, t("robust.head.shift")]],
        style: HEADER_STYLE,
      }),
      block(first, 0, {
        values: result.exclusion.map((e) => [e.code]),
        numberFormat: "@",
        style: TABLE_STYLE,
      }),
      block(first, 2, {
        values: result.exclusion.map((e) => [e.meanAbsRankChange]),
        numberFormat: "0.00",
        style: TABLE_STYLE,
        role: "robust-exclusion",
      }),
    ],
    merges: result.exclusion.map((_, i) => ({ row: first + i, col: 0, rows: 1, columns: 2 })),
    heights: [{ row: start + 1, height: 30 }],
    next: first + result.exclusion.length + 1,
  };
}
