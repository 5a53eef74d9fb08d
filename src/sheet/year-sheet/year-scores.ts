/**
 * The method's formulas on a year sheet, as live cells over the input cells: the six indicators,
 * each indicator's leader, the scores (formula 1), susceptibility and activity (2, 3) and the
 * index (4). Every formula block carries the core's values as its results.
 */
import {
  EQUAL_WEIGHTS,
  INDICATOR_CODES,
  indicatorInfo,
  normaliseWeights,
  type IndicatorCode,
} from "../../core";
import { cellRef, columnRange } from "../plan";
import { block, column, everyRow, formulaBlock, rowsBlock } from "../plan";
import type { PlanBlock } from "../plan";
import { TABLE_STYLE } from "../plan";
import {
  INDICATOR_FORMAT,
  SCORE_FORMAT,
  YEAR_LAYOUT,
  regionFormulaColumn,
  type YearSheetContext,
} from "./year-layout";

/** The six indicator columns. */
export function indicatorBlocks(ctx: YearSheetContext): PlanBlock[] {
  return INDICATOR_CODES.map((code) => indicatorBlock(ctx, code));
}

/**
 * Printed values stay values; a recomputed indicator is a formula over the raw cells when every
 * region has its raw figures (otherwise the values the core scored).
 */
function indicatorBlock(ctx: YearSheetContext, code: IndicatorCode): PlanBlock {
  const col = ctx.cols.indicator[code];
  // As formulas, the values are only the results, made when first read (never, on the command line).
  const values = () => column(ctx.regions, (r) => r.indicators[code]);
  const dress = { numberFormat: INDICATOR_FORMAT, style: TABLE_STYLE, role: `indicator:${code}` };
  const formula = indicatorFormula(ctx, code);
  return formula
    ? rowsBlock(
        ctx,
        ctx.first,
        col,
        ctx.regions.length,
        (row) => [formula(row)],
        values,
        dress,
        everyRow
      )
    : block(ctx.first, col, { values: values(), ...dress });
}

/** Numerator (times the factor) over denominator, or null where some region cannot have it. */
function indicatorFormula(
  ctx: YearSheetContext,
  code: IndicatorCode
): ((row: number) => string) | null {
  const { regions } = ctx;
  const { inputs, factor } = indicatorInfo(code);
  const [num, den] = inputs;
  const numCol = ctx.cols.raw.find((r) => r.field === num)?.col;
  const denCol = ctx.cols.raw.find((r) => r.field === den)?.col;
  if (ctx.year.sources[code] !== "raw" || numCol === undefined || denCol === undefined) return null;
  const derivedEverywhere = regions.every((r) => {
    const raw = ctx.tableRegions.get(r.key)?.raw;
    return (
      raw?.[num] != null && raw?.[den] != null && raw[den] !== 0 && r.indicators[code] !== null
    );
  });
  if (!derivedEverywhere) return null;
  return (row) =>
    factor === 1
      ? `=${cellRef(row, numCol)}/${cellRef(row, denCol)}`
      : `=${cellRef(row, numCol)}*${factor}/${cellRef(row, denCol)}`;
}

/**
 * The leader of each indicator, once, in a row of its own above the table: a score cell divides
 * by it instead of computing MAX over the column itself (n MAX calls per column otherwise).
 */
export function leaderBlocks(ctx: YearSheetContext): PlanBlock[] {
  const leaderLabel = block(YEAR_LAYOUT.leader, ctx.cols.name, {
    values: [[ctx.t("sheet.leaderRow")]],
    style: { italic: true },
    role: "leader-label",
  });
  return [leaderLabel, ...INDICATOR_CODES.map((code) => leaderBlock(ctx, code))];
}

function leaderBlock(ctx: YearSheetContext, code: IndicatorCode): PlanBlock {
  const ic = ctx.cols.indicator[code];
  return formulaBlock(
    ctx.formulas,
    YEAR_LAYOUT.leader,
    ic,
    [[`=MAX(${columnRange(ic, ctx.first, ctx.last, { row: true, col: false })})`]],
    // Worked out when read: the command line writes no cached values.
    () => [[largest(ctx.regions.map((r) => r.indicators[code]))]],
    {
      numberFormat: INDICATOR_FORMAT,
      style: { ...TABLE_STYLE, italic: true },
      role: `leader:${code}`,
    }
  );
}

/** The largest of the values given, null if none is (MAX's value; no spread over 10,000 arguments). */
function largest(values: readonly (number | null)[]): number | null {
  let max: number | null = null;
  for (const v of values) if (v !== null && (max === null || v > max)) max = v;
  return max;
}

/** Formula (1): percent of the column's leader. A missing value scores "" (skip) or 0 (zero). */
export function scoreBlocks(ctx: YearSheetContext): PlanBlock[] {
  const missing = ctx.year.missing ?? "error";
  return INDICATOR_CODES.map((code) => {
    const ic = ctx.cols.indicator[code];
    const leader = cellRef(YEAR_LAYOUT.leader, ic, { row: true, col: false });
    const anyMissing = ctx.regions.some((r) => r.indicators[code] === null);
    const score = (row: number) => {
      const x = cellRef(row, ic);
      const plain = `${x}/${leader}*100`;
      return anyMissing
        ? `=IF(ISNUMBER(${x}),${plain},${missing === "zero" ? "0" : '""'})`
        : `=${plain}`;
    };
    return regionFormulaColumn(ctx, ctx.cols.score[code], score, (r) => r.scores[code], {
      numberFormat: SCORE_FORMAT,
      style: TABLE_STYLE,
      role: `score:${code}`,
    });
  });
}

/** Formulas (2)-(4): susceptibility, activity, and the index of the two. */
export function ratingBlocks(ctx: YearSheetContext): PlanBlock[] {
  const { S_D, S_E, S_A, S_C } = ctx.cols.score;
  return [
    averageBlock(ctx, "susceptibility", S_D, S_E),
    averageBlock(ctx, "activity", S_A, S_C),
    indexBlock(ctx),
  ];
}

/** Formulas (2) and (3): the mean of a side's scores, which stand side by side. */
function averageBlock(
  ctx: YearSheetContext,
  side: "susceptibility" | "activity",
  fromCol: number,
  toCol: number
): PlanBlock {
  return regionFormulaColumn(
    ctx,
    ctx.cols[side],
    (row) => `=AVERAGE(${cellRef(row, fromCol)}:${cellRef(row, toCol)})`,
    (r) => r[side],
    { numberFormat: SCORE_FORMAT, style: TABLE_STYLE, role: side }
  );
}

/** Formula (4): the mean of the two, or their weighted sum when the weights are not equal. */
function indexBlock(ctx: YearSheetContext): PlanBlock {
  const { cols } = ctx;
  const weights = normaliseWeights(ctx.year.weights ?? EQUAL_WEIGHTS);
  const equal = weights.susceptibility === 0.5 && weights.activity === 0.5;
  const index = (row: number) => {
    const s = cellRef(row, cols.susceptibility);
    const a = cellRef(row, cols.activity);
    return equal ? `=(${s}+${a})/2` : `=${weights.susceptibility}*${s}+${weights.activity}*${a}`;
  };
  return regionFormulaColumn(ctx, cols.index, index, (r) => r.index, {
    numberFormat: SCORE_FORMAT,
    style: { ...TABLE_STYLE, bold: true },
    role: "index",
  });
}
