/**
 * The coherence block of the robustness sheet: per indicator COUNT, AVERAGE, SKEW, KURT and the
 * outlier rule, the Pearson matrix (CORREL) and the Spearman matrix coloured as a heat map,
 * negative correlations inside a group, Cronbach's alpha of each group and of all six (VAR.S and
 * COVARIANCE.S), all as formulas over the table of scores below them, which holds the core's
 * percent-of-leader scores.
 */
import { INDICATOR_CODES } from "../../core";
import { ALPHA_THRESHOLD } from "../../core/robustness";
import { formatNumber } from "../../i18n";
import {
  type CellValue,
  type ConditionalFormatPlan,
  type PlanBlock,
  HEADER_STYLE,
  TABLE_STYLE,
  block,
  cellRef,
  columnRange,
  formulaBlock,
} from "../plan";
import type { RatedYear } from "../types";
import { type Part, type RobustnessContext, SECTION_STYLE } from "./robustness-layout";

/** Fills of the correlation heat map, by band of r (relative references from the top-left cell). */
const HEAT: readonly { test: (c: string) => string; fill: string }[] = [
  { test: (c) => `${c}<-0.3`, fill: "#E06666" },
  { test: (c) => `AND(${c}>=-0.3,${c}<0)`, fill: "#F4CCCC" },
  { test: (c) => `AND(${c}>=0.3,${c}<0.7)`, fill: "#D9EAD3" },
  { test: (c) => `AND(${c}>=0.7,${c}<=1)`, fill: "#93C47D" },
];

function heatMap(row: number, col: number, role: string): ConditionalFormatPlan[] {
  const corner = cellRef(row, col);
  const range = `${corner}:${cellRef(row + 5, col + 5)}`;
  return HEAT.map((h, i) => ({
    range,
    formula: `=AND(ISNUMBER(${corner}),${h.test(corner)})`,
    fill: h.fill,
    role: `${role}:${i}`,
  }));
}

function alphaFormula(cols: readonly string[]): string {
  const k = cols.length;
  const vars = cols.map((c) => `VAR.S(${c})`).join("+");
  const covs: string[] = [];
  for (let i = 0; i < k; i++)
    for (let j = i + 1; j < k; j++) covs.push(`COVARIANCE.S(${cols[i]},${cols[j]})`);
  return `=${k}/${k - 1}*(1-(${vars})/(${vars}+2*(${covs.join("+")})))`;
}

function matrixBlocks(
  ctx: RobustnessContext,
  row: number,
  title: string,
  cells: (i: number, j: number) => string | null,
  values: (number | null)[][],
  role: string
): PlanBlock[] {
  const codes: CellValue[] = [...INDICATOR_CODES];
  const formulas = cells(0, 0) !== null && ctx.formulas;
  return [
    block(row, 0, { values: [[title]], style: SECTION_STYLE }),
    block(row + 1, 1, { values: [codes], style: HEADER_STYLE }),
    block(row + 2, 0, { values: codes.map((c) => [c]), style: HEADER_STYLE }),
    formulas
      ? {
          row: row + 2,
          col: 1,
          formulas: values.map((r, i) => r.map((_, j) => cells(i, j)!)),
          results: values,
          numberFormat: "0.00",
          style: TABLE_STYLE,
          role,
        }
      : block(row + 2, 1, { values, numberFormat: "0.00", style: TABLE_STYLE, role }),
  ];
}

export function coherencePart(ctx: RobustnessContext, year: RatedYear, start: number): Part {
  const { t, result, lang } = ctx;
  const coh = result.coherence;
  const negatives = coh.negativeInGroup.length || 1;
  const alphaRow = start + 28 + negatives;
  const scoreHead = alphaRow + 6;
  const first = scoreHead + 1;
  const last = first + year.regions.length - 1;
  const col = (c: number) => columnRange(c + 1, first, last);
  const statsRow = start + 2;
  const stats = coh.indicators.map((s) => [s.count, s.mean, s.skew, s.kurtosis, s.outlier]);
  const blocks: PlanBlock[] = [
    block(start, 0, { values: [[t("robust.section.coherence")]], style: SECTION_STYLE }),
    block(start + 1, 0, {
      values: [
        ["indicator", "count", "average", "skew", "kurtosis", "outlier"].map((k) =>
          t(`robust.head.${k}` as Parameters<typeof t>[0])
        ),
      ],
      style: HEADER_STYLE,
    }),
    block(statsRow, 0, { values: INDICATOR_CODES.map((c) => [c]), style: TABLE_STYLE }),
    formulaBlock(
      ctx.formulas,
      statsRow,
      1,
      INDICATOR_CODES.map((_, c) => {
        const r = statsRow + c;
        return [
          `=COUNT(${col(c)})`,
          `=AVERAGE(${col(c)})`,
          `=SKEW(${col(c)})`,
          `=KURT(${col(c)})`,
          `=AND(ABS(${cellRef(r, 3)})>=2,${cellRef(r, 4)}>=3.5)`,
        ];
      }),
      stats,
      { numberFormat: "0.00", style: TABLE_STYLE, role: "robust-coherence-stats" }
    ),
    ...matrixBlocks(
      ctx,
      start + 9,
      t("robust.section.pearson"),
      (i, j) => `=CORREL(${col(i)},${col(j)})`,
      coh.pearson,
      "robust-pearson"
    ),
    ...matrixBlocks(
      ctx,
      start + 18,
      t("robust.section.spearman"),
      () => null,
      coh.spearman,
      "robust-spearman"
    ),
    block(start + 27, 0, {
      values: coh.negativeInGroup.length
        ? coh.negativeInGroup.map((n) => [
            t("robust.negative", { a: n.a, b: n.b, r: formatNumber(lang, n.r, 2) }),
          ])
        : [[t("robust.negative.none")]],
      role: "robust-negative",
    }),
    ...alphaBlocks(ctx, alphaRow, col),
    block(scoreHead - 1, 0, { values: [[t("robust.section.scores")]], style: SECTION_STYLE }),
    block(scoreHead, 0, {
      values: [[t("robust.head.region"), ...INDICATOR_CODES]],
      style: HEADER_STYLE,
    }),
    block(first, 0, {
      values: year.regions.map((r) => [r.name]),
      numberFormat: "@",
      style: TABLE_STYLE,
    }),
    block(first, 1, {
      values: year.regions.map((r) => INDICATOR_CODES.map((c) => r.scores[c])),
      numberFormat: "0.00",
      style: TABLE_STYLE,
      role: "robust-scores",
    }),
  ];
  return {
    blocks,
    formats: [
      ...heatMap(start + 11, 1, "robust-heat-pearson"),
      ...heatMap(start + 20, 1, "robust-heat-spearman"),
    ],
    next: last + 2,
  };
}

function alphaBlocks(ctx: RobustnessContext, row: number, col: (c: number) => string): PlanBlock[] {
  const { t, lang } = ctx;
  const groups = [
    { key: "susceptibility", cols: [0, 1, 2] },
    { key: "activity", cols: [3, 4, 5] },
    { key: "all", cols: [0, 1, 2, 3, 4, 5] },
  ] as const;
  const alphas = groups.map((g) => ctx.result.coherence.cronbachAlpha[g.key]);
  const reading = (a: number | null, g: string): string => {
    if (a === null) return "";
    const key =
      a < 0
        ? "robust.reading.alphaNegative"
        : a < ALPHA_THRESHOLD
          ? "robust.reading.alphaLow"
          : "robust.reading.alphaFine";
    return t(key, {
      group: t(`robust.group.${g}` as Parameters<typeof t>[0]),
      alpha: formatNumber(lang, a, 2),
    });
  };
  return [
    block(row, 0, { values: [[t("robust.section.alpha")]], style: SECTION_STYLE }),
    block(row + 1, 0, {
      values: [[t("robust.head.group"), t("robust.head.alpha"), t("robust.head.reading")]],
      style: HEADER_STYLE,
    }),
    block(row + 2, 0, {
      values: groups.map((g) => [t(`robust.group.${g.key}`)]),
      style: TABLE_STYLE,
    }),
    formulaBlock(
      ctx.formulas,
      row + 2,
      1,
      groups.map((g) => [alphaFormula(g.cols.map(col))]),
      alphas.map((a) => [a]),
      { numberFormat: "0.000", style: TABLE_STYLE, role: "robust-alpha" }
    ),
    block(row + 2, 2, {
      values: groups.map((g, i) => [reading(alphas[i], g.key)]),
      role: "robust-alpha-reading",
    }),
  ];
}
