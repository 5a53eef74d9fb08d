/**
 * The dynamics sheet (the paper's Table 6) over any number of years: each region's index and
 * class in every year, as references into the year sheets, then the change of the index in % and
 * the class movement for each consecutive pair of years and, with three years or more, from the
 * first to the last. A pair on either side of a border reform shows "not comparable: ..." in place
 * of its change (dynamics-pairs.ts); findings for those and for regions a year did not rate.
 */
import { translator, type Translate } from "../../i18n";
import { cellRef, sheetPrefix, uniqueSheetName } from "../plan";
import { findingBlocks } from "../plan";
import { block, formulaBlock, nameWidth } from "../plan";
import type { CellValue, PlanBlock, SheetPlan } from "../plan";
import { CENTRED_STYLE, HEADER_STYLE, TABLE_STYLE, classLabel, groupFills } from "../plan";
import type { Finding, PlanOptions, RatedYear } from "../types";
import { SCORE_FORMAT, YEAR_LAYOUT } from "../year-sheet";
import type { YearSheet } from "../year-sheet";
import { bordersFindings, dynamicsPairs, regionsOfAllYears } from "./dynamics-pairs";
import { COUNT_ROWS, countBlocks } from "./dynamics-counts";
import { BORDER_CHANGES, calendarYear } from "../read";
import type { DynamicsPair } from "./dynamics-pairs";

const HEADER_ROW = 3;
const FIRST_ROW = 4;

/** Columns of one year's index and class. */
interface YearPair {
  index: number;
  class: number;
}

/** Columns of one pair of years' change and class movement. */
interface ChangePair {
  change: number;
  movement: number;
}

/** Names in column A, a pair of columns per year, then the change and movement of each pair. */
interface DynamicsColumns {
  years: YearPair[];
  pairs: ChangePair[];
}

/** What the parts of the dynamics sheet read. */
interface DynamicsContext {
  years: readonly RatedYear[];
  sheets: readonly YearSheet[];
  /** Region keys in the order of the first year, then those that appear later. */
  keys: string[];
  names: Map<string, string>;
  cols: DynamicsColumns;
  pairs: DynamicsPair[];
  t: Translate;
  formulas: boolean;
  options: PlanOptions;
}

export function buildDynamicsSheet(
  years: readonly RatedYear[],
  sheets: readonly YearSheet[],
  options: PlanOptions
): SheetPlan {
  const lang = options.lang ?? "en";
  const pairs = dynamicsPairs(years, lang);
  const ctx: DynamicsContext = {
    years,
    sheets,
    ...regionsOfAllYears(years),
    cols: dynamicsColumns(years.length, pairs.length),
    pairs,
    t: translator(lang),
    formulas: options.formulas !== false,
    options,
  };
  const { t, keys, names, cols } = ctx;
  const last = FIRST_ROW + keys.length - 1;
  const findings = [...unratedFindings(ctx), ...bordersFindings(pairs, t)];
  const blocks: PlanBlock[] = [
    ...titleBlocks(ctx),
    block(FIRST_ROW, 0, {
      values: keys.map((k) => [names.get(k)!]),
      style: TABLE_STYLE,
      role: "region-names",
    }),
    ...years.flatMap((_, yi) => yearBlocks(ctx, yi)),
    ...pairs.flatMap((_, pi) => changeBlocks(ctx, pi)),
    block(HEADER_ROW, 0, { values: [headerRow(ctx)], style: HEADER_STYLE, role: "header" }),
    ...countBlocks(
      pairs,
      { first: FIRST_ROW, last, top: last + 2, columns: cols.pairs, formulas: ctx.formulas },
      t
    ),
    // No findings, no block: an empty "Findings (0)" says nothing.
    ...(findings.length > 0 ? findingBlocks(last + 3 + COUNT_ROWS, findings, t, lang) : []),
  ];
  return {
    name: uniqueSheetName(
      t("sheet.dynamics"),
      sheets.map((s) => s.plan.name)
    ),
    role: "dynamics",
    blocks,
    columnWidths: columnWidths(ctx),
    rowHeights: [{ row: HEADER_ROW, height: 32 }, ...noteHeights(ctx)],
    freeze: { rows: FIRST_ROW, columns: 1 },
    conditionalFormats: cols.years.flatMap((p) =>
      groupFills(p.class, FIRST_ROW, last, options.alphabet ?? "latin", "group")
    ),
  };
}

function dynamicsColumns(yearCount: number, pairCount: number): DynamicsColumns {
  const years = Array.from({ length: yearCount }, (_, yi) => ({
    index: 1 + 2 * yi,
    class: 2 + 2 * yi,
  }));
  const pairs = Array.from({ length: pairCount }, (_, pi) => ({
    change: 1 + 2 * yearCount + 2 * pi,
    movement: 2 + 2 * yearCount + 2 * pi,
  }));
  return { years, pairs };
}

/** Width of a change column that holds a "not comparable" note, which wraps in it. */
const NOTE_WIDTH = 26;

function columnWidths({ cols, names, pairs }: DynamicsContext): { col: number; width: number }[] {
  const widths = [{ col: 0, width: nameWidth([...names.values()]) }];
  for (const p of cols.years) widths.push({ col: p.index, width: 11 }, { col: p.class, width: 10 });
  cols.pairs.forEach((p, pi) => {
    const noted = pairs[pi].regions.some((r) => !r.comparable);
    widths.push({ col: p.change, width: noted ? NOTE_WIDTH : 14 }, { col: p.movement, width: 12 });
  });
  return widths;
}

/** Rows tall enough for their wrapped notes (writers do not fit row heights to text). */
function noteHeights({ keys, pairs }: DynamicsContext): { row: number; height: number }[] {
  const longest = new Map<string, number>();
  for (const p of pairs)
    for (const r of p.regions)
      if (r.note) longest.set(r.key, Math.max(longest.get(r.key) ?? 0, r.note.length));
  return keys.flatMap((k, i) => {
    const chars = longest.get(k);
    if (chars === undefined) return [];
    return [{ row: FIRST_ROW + i, height: 4 + 13 * Math.ceil(chars / (NOTE_WIDTH - 2)) }];
  });
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

function headerRow({ t, years, cols, pairs }: DynamicsContext): CellValue[] {
  const headers: CellValue[] = [t("sheet.header.region")];
  years.forEach((y, yi) => {
    headers[cols.years[yi].index] = t("sheet.dynamics.index", { year: y.year });
    headers[cols.years[yi].class] = t("sheet.dynamics.class", { year: y.year });
  });
  pairs.forEach((p, pi) => {
    const span = { first: p.from, last: p.to };
    headers[cols.pairs[pi].change] = t("sheet.dynamics.change", span);
    headers[cols.pairs[pi].movement] =
      pairs.length === 1 ? t("sheet.dynamics.movement") : t("sheet.dynamics.movementPair", span);
  });
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
      // A part separated by a later reform was no region of that year: information, not a gap.
      const change = BORDER_CHANGES.find(
        (c) => c.successor === k && (calendarYear(y.year) ?? Infinity) < c.year
      );
      const region = names.get(k)!;
      findings.push({
        region,
        indicator: null,
        kind: "unmatched-region",
        severity: change ? "info" : "warning",
        message: change
          ? t("borders.notYet", { region, year: y.year, reform: String(change.year) })
          : t("finding.notRatedInYear", { region, year: y.year }),
      });
    }
  }
  return findings;
}

/** A text as a formula that returns it: quotes doubled. */
const textFormula = (text: string) => `="${text.replace(/"/g, '""')}"`;

/**
 * One pair's change of the index in % and class movement. Where a region is missing from either
 * year (or its earlier index is 0) the formulas are guarded and show ""; where its borders changed
 * between the two years the change cell says so and the movement is "".
 */
function changeBlocks(ctx: DynamicsContext, pi: number): PlanBlock[] {
  const pair = ctx.pairs[pi];
  const a = ctx.cols.years[pair.first];
  const b = ctx.cols.years[pair.last];
  const out = ctx.cols.pairs[pi];
  const byKey = new Map(pair.regions.map((r) => [r.key, r]));
  const rows = ctx.keys.map((k) => byKey.get(k) ?? null);
  const guarded =
    rows.some((r) => r !== null && r.comparable && r.change === null) ||
    rows.some((r) => r === null);
  const labels = ctx.sheets[0].legendLabels;
  const changeFormula = (row: number) => {
    const x1 = cellRef(row, a.index);
    const x2 = cellRef(row, b.index);
    return guarded
      ? `=IF(AND(ISNUMBER(${x1}),ISNUMBER(${x2})),IF(${x1}>0,${x2}/${x1}*100,""),"")`
      : `=${x2}/${x1}*100`;
  };
  // How many bands of the legend apart the two classes are: positive when the later is higher.
  const movementFormula = (row: number) => {
    const m = `MATCH(${cellRef(row, b.class)},${labels},0)-MATCH(${cellRef(row, a.class)},${labels},0)`;
    return guarded ? `=IFERROR(${m},"")` : `=${m}`;
  };
  const firstLast = pair.kind === "first-last" || ctx.pairs.length === 1;
  const suffix = firstLast ? "" : `:${pair.from}-${pair.to}`;
  const cell = (i: number, formula: (row: number) => string) => {
    const r = rows[i];
    return [r && !r.comparable ? textFormula(r.note!) : formula(FIRST_ROW + i)];
  };
  return [
    formulaBlock(
      ctx.formulas,
      FIRST_ROW,
      out.change,
      rows.map((_, i) => cell(i, changeFormula)),
      rows.map((r) => [r === null ? null : r.comparable ? r.change : r.note]),
      {
        numberFormat: SCORE_FORMAT,
        // Wrapped only where a note stands: "not comparable: borders changed in ..." is long.
        style: rows.some((r) => r && !r.comparable)
          ? { ...TABLE_STYLE, wrapText: true }
          : TABLE_STYLE,
        role: `dynamics-change${suffix}`,
      }
    ),
    formulaBlock(
      ctx.formulas,
      FIRST_ROW,
      out.movement,
      rows.map((r, i) => (r && !r.comparable ? ['=""'] : [movementFormula(FIRST_ROW + i)])),
      rows.map((r) => [r?.movement ?? null]),
      { numberFormat: "+0;-0;0", style: CENTRED_STYLE, role: `dynamics-movement${suffix}` }
    ),
  ];
}
