/**
 * The dynamics sheet (the paper's Table 6): each region's index and class in every year, as
 * references into the year sheets, the change of the index in % and the class movement between
 * the first and the last year, and a finding for each region a year did not rate.
 */
import { classMovement, indexDynamics } from "../../core";
import { translator, type Translate } from "../../i18n";
import { cellRef, sheetPrefix, uniqueSheetName } from "../plan";
import { findingBlocks } from "../plan";
import { block, formulaBlock, nameWidth, rowsBlock, type BlockDress } from "../plan";
import type { CellValue, PlanBlock, SheetPlan } from "../plan";
import { CENTRED_STYLE, HEADER_STYLE, TABLE_STYLE, classLabel, groupFills } from "../plan";
import type { Finding, PlanOptions, RatedRegion, RatedYear } from "../types";
import { SCORE_FORMAT, YEAR_LAYOUT } from "../year-sheet";
import type { YearSheet } from "../year-sheet";

const HEADER_ROW = 3;
const FIRST_ROW = 4;

/** Columns of one year's index and class. */
interface YearPair {
  index: number;
  class: number;
}

/** Names in column A, a pair of columns per year, then the change and the movement. */
interface DynamicsColumns {
  years: YearPair[];
  change: number;
  movement: number;
}

/** What the parts of the dynamics sheet read. */
interface DynamicsContext {
  years: readonly RatedYear[];
  sheets: readonly YearSheet[];
  /** Region keys in the order of the first year, then those that appear later. */
  keys: string[];
  names: Map<string, string>;
  cols: DynamicsColumns;
  t: Translate;
  formulas: boolean;
  /** A formula string per cell (the plan's older form), for the tests that compare the two. */
  perCell: boolean;
  options: PlanOptions;
}

export function buildDynamicsSheet(
  years: readonly RatedYear[],
  sheets: readonly YearSheet[],
  options: PlanOptions
): SheetPlan {
  const lang = options.lang ?? "en";
  const ctx: DynamicsContext = {
    years,
    sheets,
    ...regionsOfAllYears(years),
    cols: dynamicsColumns(years.length),
    t: translator(lang),
    formulas: options.formulas !== false,
    perCell: options.perCellFormulas === true,
    options,
  };
  const { t, keys, names, cols } = ctx;
  const last = FIRST_ROW + keys.length - 1;
  const blocks: PlanBlock[] = [
    ...titleBlocks(ctx),
    block(FIRST_ROW, 0, {
      values: keys.map((k) => [names.get(k)!]),
      style: TABLE_STYLE,
      role: "region-names",
    }),
    ...years.flatMap((_, yi) => yearBlocks(ctx, yi)),
    ...changeBlocks(ctx),
    block(HEADER_ROW, 0, { values: [headerRow(ctx)], style: HEADER_STYLE, role: "header" }),
    ...findingBlocks(last + 2, unratedFindings(ctx), t, lang),
  ];
  return {
    name: uniqueSheetName(
      t("sheet.dynamics"),
      sheets.map((s) => s.plan.name)
    ),
    role: "dynamics",
    blocks,
    columnWidths: columnWidths(ctx),
    rowHeights: [{ row: HEADER_ROW, height: 32 }],
    freeze: { rows: FIRST_ROW, columns: 1 },
    conditionalFormats: cols.years.flatMap((p) =>
      groupFills(p.class, FIRST_ROW, last, options.alphabet ?? "latin", "group")
    ),
  };
}

function dynamicsColumns(yearCount: number): DynamicsColumns {
  const years = Array.from({ length: yearCount }, (_, yi) => ({
    index: 1 + 2 * yi,
    class: 2 + 2 * yi,
  }));
  const change = 1 + 2 * yearCount;
  return { years, change, movement: change + 1 };
}

function columnWidths({ cols, names }: DynamicsContext): { col: number; width: number }[] {
  const widths = [{ col: 0, width: nameWidth([...names.values()]) }];
  for (const p of cols.years) widths.push({ col: p.index, width: 11 }, { col: p.class, width: 10 });
  widths.push({ col: cols.change, width: 14 }, { col: cols.movement, width: 10 });
  return widths;
}

function regionsOfAllYears(years: readonly RatedYear[]): {
  keys: string[];
  names: Map<string, string>;
} {
  const keys: string[] = [];
  const names = new Map<string, string>();
  for (const y of years) {
    for (const r of y.regions) {
      if (!names.has(r.key)) {
        keys.push(r.key);
        names.set(r.key, r.name);
      }
    }
  }
  return { keys, names };
}

function titleBlocks({ t, years, options }: DynamicsContext): PlanBlock[] {
  const span = { first: years[0].year, last: years[years.length - 1].year };
  return [
    block(0, 0, {
      values: [
        [
          options.title
            ? t("sheet.dynamics.titleCustom", { title: options.title })
            : t("sheet.dynamics.title", span),
        ],
      ],
      style: { bold: true, fontSize: 14 },
      role: "title",
    }),
    block(1, 0, {
      values: [[t("sheet.dynamics.source", span)]],
      style: { italic: true },
      role: "source",
    }),
  ];
}

function headerRow({ t, years, cols }: DynamicsContext): CellValue[] {
  const headers: CellValue[] = [t("sheet.header.region")];
  years.forEach((y, yi) => {
    headers[cols.years[yi].index] = t("sheet.dynamics.index", { year: y.year });
    headers[cols.years[yi].class] = t("sheet.dynamics.class", { year: y.year });
  });
  const span = { first: years[0].year, last: years[years.length - 1].year };
  headers[cols.change] = t("sheet.dynamics.change", span);
  headers[cols.movement] = t("sheet.dynamics.movement");
  return headers;
}

/** One year's index and class, referenced from its sheet ("" where the year lacks the region). */
function yearBlocks(ctx: DynamicsContext, yi: number): PlanBlock[] {
  const { keys } = ctx;
  const pair = ctx.cols.years[yi];
  const y = ctx.years[yi];
  const sheet = ctx.sheets[yi];
  const prefix = sheetPrefix(sheet.plan.name);
  const alphabet = ctx.options.alphabet ?? "latin";
  const rowInYear = new Map(
    y.regions.map((r, i) => [r.key, { r, row: YEAR_LAYOUT.firstRegion + i }])
  );
  const ref = (key: string, c: number) => {
    const hit = rowInYear.get(key);
    return hit ? `=${prefix}${cellRef(hit.row, c, { row: true, col: true })}` : '=""';
  };
  return [
    formulaBlock(
      ctx.formulas,
      FIRST_ROW,
      pair.index,
      keys.map((k) => [ref(k, sheet.cols.index)]),
      keys.map((k) => [rowInYear.get(k)?.r.index ?? null]),
      { numberFormat: SCORE_FORMAT, style: TABLE_STYLE, role: `dynamics-index:${y.year}` }
    ),
    formulaBlock(
      ctx.formulas,
      FIRST_ROW,
      pair.class,
      keys.map((k) => [ref(k, sheet.cols.class)]),
      keys.map((k) => {
        const hit = rowInYear.get(k);
        return [hit ? classLabel(hit.r.class, alphabet) : null];
      }),
      { style: CENTRED_STYLE, role: `dynamics-class:${y.year}` }
    ),
  ];
}

/** A warning for each region a year did not rate, year by year. */
function unratedFindings({ years, keys, names, t }: DynamicsContext): Finding[] {
  const findings: Finding[] = [];
  for (const y of years) {
    const rated = new Set(y.regions.map((r) => r.key));
    for (const k of keys) {
      if (rated.has(k)) continue;
      findings.push({
        region: names.get(k)!,
        indicator: null,
        kind: "unmatched-region",
        severity: "warning",
        message: t("finding.notRatedInYear", { region: names.get(k)!, year: y.year }),
      });
    }
  }
  return findings;
}

/** Each region's first and last year, or null where either year did not rate it. */
function firstAndLast({ keys, years }: DynamicsContext): ([RatedRegion, RatedRegion] | null)[] {
  const firstYear = new Map(years[0].regions.map((r) => [r.key, r]));
  const lastYear = new Map(years[years.length - 1].regions.map((r) => [r.key, r]));
  return keys.map((k) => {
    const r1 = firstYear.get(k);
    const r2 = lastYear.get(k);
    return r1 && r2 ? [r1, r2] : null;
  });
}

/**
 * The change of the index in % and the class movement, first year to last. Where a region is
 * missing from either year (or its first index is 0) the formulas are guarded and show "".
 */
function changeBlocks(ctx: DynamicsContext): PlanBlock[] {
  const both = firstAndLast(ctx);
  const change = both.map((p) =>
    p && p[0].index > 0 ? indexDynamics(p[0].index, p[1].index) : null
  );
  const movement = both.map((p) => (p ? classMovement(p[0].class, p[1].class) : null));
  const guarded = change.some((c) => c === null);
  const labels = ctx.sheets[0].legendLabels;
  const changeFormula = (a: YearPair, b: YearPair, row: number) => {
    const x1 = cellRef(row, a.index);
    const x2 = cellRef(row, b.index);
    return guarded
      ? `=IF(AND(ISNUMBER(${x1}),ISNUMBER(${x2})),IF(${x1}>0,${x2}/${x1}*100,""),"")`
      : `=${x2}/${x1}*100`;
  };
  // How many bands of the legend apart the two classes are: positive when the later is higher.
  const movementFormula = (a: YearPair, b: YearPair, row: number) => {
    const m = `MATCH(${cellRef(row, b.class)},${labels},0)-MATCH(${cellRef(row, a.class)},${labels},0)`;
    return guarded ? `=IFERROR(${m},"")` : `=${m}`;
  };
  return [
    firstToLastBlock(ctx, ctx.cols.change, changeFormula, change, {
      numberFormat: SCORE_FORMAT,
      style: TABLE_STYLE,
      role: "dynamics-change",
    }),
    firstToLastBlock(ctx, ctx.cols.movement, movementFormula, movement, {
      numberFormat: "+0;-0;0",
      style: CENTRED_STYLE,
      role: "dynamics-movement",
    }),
  ];
}

/** A column with a formula per region over its first and last year's columns. */
function firstToLastBlock(
  ctx: DynamicsContext,
  col: number,
  formula: (first: YearPair, last: YearPair, row: number) => string,
  results: (number | null)[],
  dress: BlockDress
): PlanBlock {
  const { keys, cols } = ctx;
  const a = cols.years[0];
  const b = cols.years[cols.years.length - 1];
  return rowsBlock(
    ctx,
    FIRST_ROW,
    col,
    keys.length,
    (row) => [formula(a, b, row)],
    results.map((v) => [v]),
    dress
  );
}
