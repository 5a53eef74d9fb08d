/**
 * The rating sheet of the paper described as data: one sheet per year (title and source, the
 * input figures, the six scores, R_IS, R_IA, index, class, rank, a place of its own for each
 * region, the scale legend, group colours, a sorted helper block for the chart, the findings) and a dynamics sheet when two or more years
 * are given (the paper's Table 6). Score cells are native Excel formulas over the input cells, so
 * the sheet stays live and works where the add-in is not installed; every formula block carries
 * the core's values as `results`.
 */
import {
  Alphabet,
  EQUAL_WEIGHTS,
  INDICATOR_CODES,
  IndicatorCode,
  RAW_FIGURES,
  RawFigure,
  classMovement,
  defaultScale,
  indexDynamics,
  indicatorInfo,
  normaliseWeights,
  parseClassLabel,
  toCyrillic,
} from "../core";
import { cellRef, columnRange, safeSheetName, sheetPrefix, uniqueSheetName } from "./a1";
import { FIELD_LABELS } from "./headers";
import type {
  CellStyle,
  CellValue,
  ConditionalFormatPlan,
  PlanBlock,
  SheetPlan,
  WorkbookPlan,
} from "./plan-types";
import type { Finding, PlanOptions, RatedYear } from "./types";

/** Group colours of the rating scale (fills of the class cells and of the chart's bars). */
export const GROUP_COLORS: Readonly<Record<string, string>> = {
  A: "#70AD47",
  B: "#FFD966",
  C: "#F4B183",
  D: "#E06666",
};

const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#D9E1F2",
  wrapText: true,
  border: true,
  horizontalAlignment: "Center",
};
const TABLE_STYLE: CellStyle = { border: true };

/** Rows of the year sheet, zero-based. */
export const YEAR_LAYOUT = {
  title: 0,
  source: 1,
  groupHeader: 3,
  header: 4,
  firstRegion: 5,
} as const;

const MONEY_FORMAT = "#,##0.0";
const COUNT_FORMAT = "#,##0";
const INDICATOR_FORMAT = "#,##0.00";
const SCORE_FORMAT = "0.00";

interface YearColumns {
  name: number;
  raw: { field: RawFigure; col: number }[];
  indicator: Record<IndicatorCode, number>;
  score: Record<IndicatorCode, number>;
  susceptibility: number;
  activity: number;
  index: number;
  class: number;
  rank: number;
  /** Each region's place in the sorted block: its rank, ties broken by table order. */
  place: number;
  legend: number;
  sorted: number;
}

function yearColumns(year: RatedYear): YearColumns {
  const present = new Set(year.table.columns.map((c) => c.field));
  const rawFields = RAW_FIGURES.filter((f) => present.has(f));
  let col = 1;
  const raw = rawFields.map((field) => ({ field, col: col++ }));
  const indicator = {} as Record<IndicatorCode, number>;
  for (const code of INDICATOR_CODES) indicator[code] = col++;
  const score = {} as Record<IndicatorCode, number>;
  for (const code of INDICATOR_CODES) score[code] = col++;
  const susceptibility = col++;
  const activity = col++;
  const index = col++;
  const klass = col++;
  const rank = col++;
  const place = col++;
  const legend = col + 1;
  const sorted = legend + 5;
  return {
    name: 0,
    raw,
    indicator,
    score,
    susceptibility,
    activity,
    index,
    class: klass,
    rank,
    place,
    legend,
    sorted,
  };
}

/** The sheet name of a year (Excel's limits applied). */
export function yearSheetName(year: string): string {
  return safeSheetName(year);
}

function block(row: number, col: number, content: Omit<PlanBlock, "row" | "col">): PlanBlock {
  return { row, col, ...content };
}

/** A formula block, or its results as plain values in the values-only variant. */
function formulaBlock(
  formulasWanted: boolean,
  row: number,
  col: number,
  formulas: string[][],
  results: CellValue[][],
  rest: Omit<PlanBlock, "row" | "col" | "values" | "formulas" | "results">
): PlanBlock {
  return formulasWanted
    ? { row, col, formulas, results, ...rest }
    : { row, col, values: results, ...rest };
}

const column = <T>(items: readonly T[], f: (item: T, i: number) => CellValue): CellValue[][] =>
  items.map((item, i) => [f(item, i)]);

function label(cls: string, alphabet: Alphabet): string {
  return alphabet === "cyrillic" ? toCyrillic(cls) : cls;
}

interface YearSheet {
  plan: SheetPlan;
  cols: YearColumns;
  legendLabels: string;
}

function buildYearSheet(year: RatedYear, name: string, options: PlanOptions): YearSheet {
  const formulas = options.formulas !== false;
  const alphabet = options.alphabet ?? "latin";
  const cols = yearColumns(year);
  const n = year.regions.length;
  const first = YEAR_LAYOUT.firstRegion;
  const last = first + n - 1;
  const rowOf = (i: number) => first + i;
  const blocks: PlanBlock[] = [];
  const regions = year.regions;
  const tableRegions = new Map(year.table.regions.map((r) => [r.key, r]));
  const weights = normaliseWeights(year.weights ?? EQUAL_WEIGHTS);
  const missing = year.missing ?? "error";

  // Title and source.
  const title = options.title
    ? `${options.title}, ${year.year}`
    : `Innovation development of regions, ${year.year}`;
  const source =
    options.source ??
    "Method: Kireeva & Tsoi (2018): scores are % of the leader (1), R_IS (2) and R_IA (3) are their means, index = (R_IS + R_IA) / 2 (4); classes after Karachurina (2010).";
  blocks.push(
    block(YEAR_LAYOUT.title, 0, {
      values: [[title]],
      style: { bold: true, fontSize: 14 },
      role: "title",
    })
  );
  blocks.push(
    block(YEAR_LAYOUT.source, 0, { values: [[source]], style: { italic: true }, role: "source" })
  );

  // Group headers over the column groups.
  const groupHeaders: { col: number; width: number; text: string }[] = [];
  if (cols.raw.length > 0)
    groupHeaders.push({ col: cols.raw[0].col, width: cols.raw.length, text: "Yearbook figures" });
  groupHeaders.push({ col: cols.indicator.S_D, width: 6, text: "Indicators scored" });
  groupHeaders.push({ col: cols.score.S_D, width: 6, text: "Scores, % of the leader (1)" });
  groupHeaders.push({ col: cols.susceptibility, width: 6, text: "Rating" });
  for (const g of groupHeaders) {
    blocks.push(
      block(YEAR_LAYOUT.groupHeader, g.col, {
        values: [[g.text, ...Array(g.width - 1).fill(null)]],
        style: HEADER_STYLE,
        role: "group-header",
      })
    );
  }

  // Column headers.
  const headers: CellValue[] = Array(cols.place + 1).fill(null);
  headers[cols.name] = "Region";
  for (const r of cols.raw) headers[r.col] = FIELD_LABELS[r.field];
  for (const code of INDICATOR_CODES) {
    headers[cols.indicator[code]] =
      `${FIELD_LABELS[code]} (${year.sources[code] === "printed" ? "printed" : "recomputed"})`;
    headers[cols.score[code]] = `${code} score`;
  }
  headers[cols.susceptibility] = "R_IS susceptibility (2)";
  headers[cols.activity] = "R_IA activity (3)";
  headers[cols.index] = "Index (4)";
  headers[cols.class] = "Class";
  headers[cols.rank] = "Rank";
  headers[cols.place] = "Place (ties by table order)";
  blocks.push(
    block(YEAR_LAYOUT.header, 0, { values: [headers], style: HEADER_STYLE, role: "header" })
  );

  // Inputs: names and raw figures as values (text stays text).
  blocks.push(
    block(first, cols.name, {
      values: column(regions, (r) => r.name),
      style: TABLE_STYLE,
      role: "region-names",
    })
  );
  for (const r of cols.raw) {
    blocks.push(
      block(first, r.col, {
        values: column(regions, (reg) => tableRegions.get(reg.key)?.raw[r.field] ?? null),
        numberFormat:
          r.field === "employed" || r.field === "population" ? COUNT_FORMAT : MONEY_FORMAT,
        style: TABLE_STYLE,
        role: `raw:${r.field}`,
      })
    );
  }

  // Indicators: printed values as values; recomputed ones as formulas over the raw cells when
  // every region has its raw figures (otherwise the values the core scored).
  for (const code of INDICATOR_CODES) {
    const col = cols.indicator[code];
    const values = column(regions, (r) => r.indicators[code]);
    const [num, den] = indicatorInfo(code).inputs;
    const numCol = cols.raw.find((r) => r.field === num)?.col;
    const denCol = cols.raw.find((r) => r.field === den)?.col;
    const derivedEverywhere =
      year.sources[code] === "raw" &&
      numCol !== undefined &&
      denCol !== undefined &&
      regions.every((r) => {
        const raw = tableRegions.get(r.key)?.raw;
        return (
          raw?.[num] != null && raw?.[den] != null && raw[den] !== 0 && r.indicators[code] !== null
        );
      });
    if (derivedEverywhere) {
      const factor = indicatorInfo(code).factor;
      const f = regions.map((_, i) => [
        factor === 1
          ? `=${cellRef(rowOf(i), numCol!)}/${cellRef(rowOf(i), denCol!)}`
          : `=${cellRef(rowOf(i), numCol!)}*${factor}/${cellRef(rowOf(i), denCol!)}`,
      ]);
      blocks.push(
        formulaBlock(formulas, first, col, f, values, {
          numberFormat: INDICATOR_FORMAT,
          style: TABLE_STYLE,
          role: `indicator:${code}`,
        })
      );
    } else {
      blocks.push(
        block(first, col, {
          values,
          numberFormat: INDICATOR_FORMAT,
          style: TABLE_STYLE,
          role: `indicator:${code}`,
        })
      );
    }
  }

  // Formula (1): percent of the column's leader. A missing value scores "" (skip) or 0 (zero).
  for (const code of INDICATOR_CODES) {
    const ic = cols.indicator[code];
    const leader = `MAX(${columnRange(ic, first, last, { row: true, col: false })})`;
    const anyMissing = regions.some((r) => r.indicators[code] === null);
    const f = regions.map((_, i) => {
      const x = cellRef(rowOf(i), ic);
      const plain = `${x}/${leader}*100`;
      return [
        anyMissing
          ? `=IF(ISNUMBER(${x}),${plain},${missing === "zero" ? "0" : '""'})`
          : `=${plain}`,
      ];
    });
    blocks.push(
      formulaBlock(
        formulas,
        first,
        cols.score[code],
        f,
        column(regions, (r) => r.scores[code]),
        { numberFormat: SCORE_FORMAT, style: TABLE_STYLE, role: `score:${code}` }
      )
    );
  }

  // Formulas (2)-(4), the class against the legend, the rank.
  const sRange = (i: number) =>
    `${cellRef(rowOf(i), cols.score.S_D)}:${cellRef(rowOf(i), cols.score.S_E)}`;
  const aRange = (i: number) =>
    `${cellRef(rowOf(i), cols.score.S_A)}:${cellRef(rowOf(i), cols.score.S_C)}`;
  blocks.push(
    formulaBlock(
      formulas,
      first,
      cols.susceptibility,
      regions.map((_, i) => [`=AVERAGE(${sRange(i)})`]),
      column(regions, (r) => r.susceptibility),
      {
        numberFormat: SCORE_FORMAT,
        style: TABLE_STYLE,
        role: "susceptibility",
      }
    )
  );
  blocks.push(
    formulaBlock(
      formulas,
      first,
      cols.activity,
      regions.map((_, i) => [`=AVERAGE(${aRange(i)})`]),
      column(regions, (r) => r.activity),
      {
        numberFormat: SCORE_FORMAT,
        style: TABLE_STYLE,
        role: "activity",
      }
    )
  );
  const equal = weights.susceptibility === 0.5 && weights.activity === 0.5;
  blocks.push(
    formulaBlock(
      formulas,
      first,
      cols.index,
      regions.map((_, i) => {
        const s = cellRef(rowOf(i), cols.susceptibility);
        const a = cellRef(rowOf(i), cols.activity);
        return [
          equal ? `=(${s}+${a})/2` : `=${weights.susceptibility}*${s}+${weights.activity}*${a}`,
        ];
      }),
      column(regions, (r) => r.index),
      { numberFormat: SCORE_FORMAT, style: { ...TABLE_STYLE, bold: true }, role: "index" }
    )
  );

  // The legend, sorted by lower bound ascending: LOOKUP's approximate match then gives the band
  // whose lower bound is the largest not above the index, so 90 is A++ and 89.999 is A+.
  const scale = defaultScale(alphabet);
  const bands = [...scale.bands].reverse();
  const legendTop = YEAR_LAYOUT.header;
  const lowerCol = cols.legend;
  const labelCol = cols.legend + 2;
  const legendFirst = legendTop + 1;
  const legendLast = legendTop + bands.length;
  const lowers = columnRange(lowerCol, legendFirst, legendLast);
  const labels = columnRange(labelCol, legendFirst, legendLast);
  blocks.push(
    formulaBlock(
      formulas,
      first,
      cols.class,
      regions.map((_, i) => [`=LOOKUP(${cellRef(rowOf(i), cols.index)},${lowers},${labels})`]),
      column(regions, (r) => label(r.class, alphabet)),
      { style: { ...TABLE_STYLE, horizontalAlignment: "Center", bold: true }, role: "class" }
    )
  );
  const indexRange = columnRange(cols.index, first, last, { row: true, col: false });
  blocks.push(
    formulaBlock(
      formulas,
      first,
      cols.rank,
      regions.map((_, i) => [`=RANK.EQ(${cellRef(rowOf(i), cols.index)},${indexRange})`]),
      column(regions, (r) => r.rank),
      {
        numberFormat: "0",
        style: { ...TABLE_STYLE, horizontalAlignment: "Center" },
        role: "rank",
      }
    )
  );
  // Place: the regions with a larger index plus those above with the same, so every region has a
  // place of its own (1..n) and the sorted block can look each place up exactly (a RANK.EQ tie
  // would show the first region twice and lose the other). Both counts use the comparison
  // operators so they agree on what is equal: RANK.EQ + COUNTIF does not, since LibreOffice's
  // RANK.EQ compares exactly and its COUNTIF within a few units in the last place, which gives
  // two regions one place. SUMPRODUCT takes the comparisons without array entry everywhere.
  const order = regions
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.index - a.r.index || a.i - b.i);
  const placeOf: number[] = Array(n);
  const indexTop = cellRef(first, cols.index, { row: true, col: false });
  order.forEach(({ i }, k) => (placeOf[i] = k + 1));
  blocks.push(
    formulaBlock(
      formulas,
      first,
      cols.place,
      regions.map((_, i) => {
        const x = cellRef(rowOf(i), cols.index);
        return [`=SUMPRODUCT(--(${indexRange}>${x}))+SUMPRODUCT(--(${indexTop}:${x}=${x}))`];
      }),
      placeOf.map((p) => [p]),
      {
        numberFormat: "0",
        style: { ...TABLE_STYLE, horizontalAlignment: "Center" },
        role: "place",
      }
    )
  );

  blocks.push(
    block(legendTop - 1, cols.legend, {
      values: [["Rating scale (Table 1)", null, null, null]],
      style: { bold: true },
      role: "legend-title",
    }),
    block(legendTop, cols.legend, {
      values: [["From", "To", "Class", "Meaning"]],
      style: HEADER_STYLE,
      role: "legend-header",
    }),
    block(legendFirst, cols.legend, {
      values: bands.map((b, i) => [
        b.lower,
        i + 1 < bands.length ? bands[i + 1].lower : scale.upper,
        b.label,
        b.meaning,
      ]),
      style: TABLE_STYLE,
      role: "legend",
    })
  );
  // Group colours on the legend: one block per group, a fixed number.
  for (const group of Object.keys(GROUP_COLORS)) {
    const rows = bands.map((b, i) => ({ b, i })).filter(({ b }) => b.group === group);
    if (rows.length === 0) continue;
    blocks.push(
      block(legendFirst + rows[0].i, labelCol, {
        values: rows.map(({ b }) => [b.label]),
        style: {
          ...TABLE_STYLE,
          fill: GROUP_COLORS[group],
          bold: true,
          horizontalAlignment: "Center",
        },
        role: `legend-group:${group}`,
      })
    );
  }

  // Group colours of the class column: conditional formats on the class's first letter.
  const classRange = columnRange(cols.class, first, last, { row: false, col: false });
  const topClass = cellRef(first, cols.class);
  const conditionalFormats: ConditionalFormatPlan[] = Object.entries(GROUP_COLORS).map(
    ([group, fill]) => ({
      range: classRange,
      formula: `=LEFT(${topClass},1)="${alphabet === "cyrillic" ? toCyrillic(group) : group}"`,
      fill,
      role: `group:${group}`,
    })
  );

  // Sorted helper block for the chart: place k, then the region whose place is k, its index and
  // class, largest index first.
  const sortedTop = YEAR_LAYOUT.header;
  const nameRange = columnRange(cols.name, first, last);
  const absIndexRange = columnRange(cols.index, first, last);
  const absClassRange = columnRange(cols.class, first, last);
  const placeRange = columnRange(cols.place, first, last);
  blocks.push(
    block(sortedTop - 1, cols.sorted, {
      values: [["Regions by index (chart data)", null, null, null]],
      style: { bold: true },
      role: "sorted-title",
    }),
    block(sortedTop, cols.sorted, {
      values: [["Place", "Region", "Index", "Class"]],
      style: HEADER_STYLE,
      role: "sorted-header",
    }),
    block(first, cols.sorted, {
      values: order.map((_, k) => [k + 1]),
      style: TABLE_STYLE,
      role: "sorted-place",
    })
  );
  const atPlace = (range: string, k: number) =>
    `=INDEX(${range},MATCH(${cellRef(first + k, cols.sorted)},${placeRange},0))`;
  blocks.push(
    formulaBlock(
      formulas,
      first,
      cols.sorted + 1,
      order.map((_, k) => [atPlace(nameRange, k)]),
      order.map(({ r }) => [r.name]),
      { style: TABLE_STYLE, role: "sorted-region" }
    ),
    formulaBlock(
      formulas,
      first,
      cols.sorted + 2,
      order.map((_, k) => [atPlace(absIndexRange, k)]),
      order.map(({ r }) => [r.index]),
      {
        numberFormat: SCORE_FORMAT,
        style: TABLE_STYLE,
        role: "sorted-index",
      }
    ),
    formulaBlock(
      formulas,
      first,
      cols.sorted + 3,
      order.map((_, k) => [atPlace(absClassRange, k)]),
      order.map(({ r }) => [label(r.class, alphabet)]),
      { style: { ...TABLE_STYLE, horizontalAlignment: "Center" }, role: "sorted-class" }
    )
  );
  conditionalFormats.push(
    ...Object.entries(GROUP_COLORS).map(([group, fill]) => ({
      range: columnRange(cols.sorted + 3, first, last, { row: false, col: false }),
      formula: `=LEFT(${cellRef(first, cols.sorted + 3)},1)="${alphabet === "cyrillic" ? toCyrillic(group) : group}"`,
      fill,
      role: `sorted-group:${group}`,
    }))
  );

  // Findings under the table.
  const findingsTop = last + 2;
  blocks.push(...findingBlocks(findingsTop, year.findings));

  const widths: { col: number; width: number }[] = [
    { col: cols.name, width: nameWidth(regions.map((r) => r.name)) },
  ];
  for (const r of cols.raw) widths.push({ col: r.col, width: 14 });
  for (const code of INDICATOR_CODES)
    widths.push({ col: cols.indicator[code], width: 14 }, { col: cols.score[code], width: 9 });
  widths.push(
    { col: cols.susceptibility, width: 12 },
    { col: cols.activity, width: 12 },
    { col: cols.index, width: 10 },
    { col: cols.class, width: 7 },
    { col: cols.rank, width: 6 },
    { col: cols.place, width: 8 },
    { col: cols.legend, width: 6 },
    { col: cols.legend + 1, width: 6 },
    { col: cols.legend + 2, width: 7 },
    { col: cols.legend + 3, width: 36 },
    { col: cols.sorted, width: 6 },
    { col: cols.sorted + 1, width: nameWidth(regions.map((r) => r.name)) },
    { col: cols.sorted + 2, width: 9 },
    { col: cols.sorted + 3, width: 7 }
  );

  const merges = groupHeaders
    .filter((g) => g.width > 1)
    .map((g) => ({ row: YEAR_LAYOUT.groupHeader, col: g.col, rows: 1, columns: g.width }));
  const plan: SheetPlan = {
    name,
    role: "year",
    blocks,
    columnWidths: widths,
    rowHeights: [{ row: YEAR_LAYOUT.header, height: 78 }],
    freeze: { rows: YEAR_LAYOUT.firstRegion, columns: 1 },
    merges,
    conditionalFormats,
    charts: [
      {
        kind: "bar",
        title: `Innovation development index, ${year.year}`,
        categories: columnRange(cols.sorted + 1, first, last, { row: false, col: false }),
        values: columnRange(cols.sorted + 2, first, last, { row: false, col: false }),
        pointColors: order.map(({ r }) => GROUP_COLORS[parseClassLabel(r.class).group]),
        // Right of the sorted block it reads, which reaches below the legend and would be hidden.
        anchor: {
          row: legendTop - 1,
          col: cols.sorted + 5,
          width: 8,
          height: Math.max(15, Math.min(40, n + 4)),
        },
      },
    ],
  };
  return { plan, cols, legendLabels: `${sheetPrefix(name)}${labels}` };
}

function findingBlocks(top: number, findings: readonly Finding[]): PlanBlock[] {
  const out: PlanBlock[] = [
    block(top, 0, {
      values: [[`Findings (${findings.length})`]],
      style: { bold: true, fontSize: 12 },
      role: "findings-title",
    }),
    block(top + 1, 0, {
      values: [["Region", "Indicator", "Kind", "Severity", "Message"]],
      style: HEADER_STYLE,
      role: "findings-header",
    }),
  ];
  if (findings.length > 0) {
    out.push(
      block(top + 2, 0, {
        values: findings.map((f) => [f.region, f.indicator, f.kind, f.severity, f.message]),
        role: "findings",
      })
    );
  }
  return out;
}

/** The dynamics sheet: each region's index and class in every year, change in %, class movement. */
function buildDynamicsSheet(
  years: readonly RatedYear[],
  sheets: readonly YearSheet[],
  options: PlanOptions
): SheetPlan {
  const formulas = options.formulas !== false;
  const alphabet = options.alphabet ?? "latin";
  const firstYear = years[0];
  const lastYear = years[years.length - 1];
  // Regions in the order of the first year, then those that appear later.
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
  const header = 3;
  const first = 4;
  const n = keys.length;
  const rowOf = (i: number) => first + i;
  const blocks: PlanBlock[] = [];
  const findings: Finding[] = [];
  blocks.push(
    block(0, 0, {
      values: [
        [
          options.title
            ? `${options.title}: dynamics`
            : `Innovation development index, ${firstYear.year} to ${lastYear.year}`,
        ],
      ],
      style: { bold: true, fontSize: 14 },
      role: "title",
    }),
    block(1, 0, {
      values: [
        [
          `Index and class of each year (Table 6); change = index ${lastYear.year} / index ${firstYear.year} × 100.`,
        ],
      ],
      style: { italic: true },
      role: "source",
    })
  );
  const headers: CellValue[] = ["Region"];
  blocks.push(
    block(first, 0, {
      values: keys.map((k) => [names.get(k)!]),
      style: TABLE_STYLE,
      role: "region-names",
    })
  );

  let col = 1;
  const yearCols: { index: number; class: number }[] = [];
  years.forEach((y, yi) => {
    const sheet = sheets[yi];
    const prefix = sheetPrefix(sheet.plan.name);
    const rowInYear = new Map(
      y.regions.map((r, i) => [r.key, { r, row: YEAR_LAYOUT.firstRegion + i }])
    );
    const indexCol = col++;
    const classCol = col++;
    yearCols.push({ index: indexCol, class: classCol });
    headers[indexCol] = `Index ${y.year}`;
    headers[classCol] = `Class ${y.year}`;
    const ref = (key: string, c: number) => {
      const hit = rowInYear.get(key);
      return hit ? `=${prefix}${cellRef(hit.row, c, { row: true, col: true })}` : '=""';
    };
    blocks.push(
      formulaBlock(
        formulas,
        first,
        indexCol,
        keys.map((k) => [ref(k, sheet.cols.index)]),
        keys.map((k) => [rowInYear.get(k)?.r.index ?? null]),
        {
          numberFormat: SCORE_FORMAT,
          style: TABLE_STYLE,
          role: `dynamics-index:${y.year}`,
        }
      ),
      formulaBlock(
        formulas,
        first,
        classCol,
        keys.map((k) => [ref(k, sheet.cols.class)]),
        keys.map((k) => [rowInYear.has(k) ? label(rowInYear.get(k)!.r.class, alphabet) : null]),
        {
          style: { ...TABLE_STYLE, horizontalAlignment: "Center" },
          role: `dynamics-class:${y.year}`,
        }
      )
    );
    for (const k of keys) {
      if (!rowInYear.has(k)) {
        findings.push({
          region: names.get(k)!,
          indicator: null,
          kind: "unmatched-region",
          severity: "warning",
          message: `"${names.get(k)}" is not rated in ${y.year}: no change can be computed for it`,
        });
      }
    }
  });

  const changeCol = col++;
  const moveCol = col++;
  headers[changeCol] = `${lastYear.year} as % of ${firstYear.year}`;
  headers[moveCol] = "Class movement";
  const a = yearCols[0];
  const b = yearCols[yearCols.length - 1];
  const byKey = years.map((y) => new Map(y.regions.map((r) => [r.key, r])));
  const at = (k: string, y: RatedYear) => byKey[years.indexOf(y)].get(k) ?? null;
  const change = keys.map((k) => {
    const r1 = at(k, firstYear);
    const r2 = at(k, lastYear);
    return r1 && r2 && r1.index > 0 ? indexDynamics(r1.index, r2.index) : null;
  });
  const movement = keys.map((k) => {
    const r1 = at(k, firstYear);
    const r2 = at(k, lastYear);
    return r1 && r2 ? classMovement(r1.class, r2.class) : null;
  });
  const guarded = change.some((c) => c === null);
  const labelsRange = sheets[0].legendLabels;
  blocks.push(
    formulaBlock(
      formulas,
      first,
      changeCol,
      keys.map((_, i) => {
        const x1 = cellRef(rowOf(i), a.index);
        const x2 = cellRef(rowOf(i), b.index);
        return [
          guarded
            ? `=IF(AND(ISNUMBER(${x1}),ISNUMBER(${x2})),IF(${x1}>0,${x2}/${x1}*100,""),"")`
            : `=${x2}/${x1}*100`,
        ];
      }),
      change.map((c) => [c]),
      { numberFormat: SCORE_FORMAT, style: TABLE_STYLE, role: "dynamics-change" }
    ),
    formulaBlock(
      formulas,
      first,
      moveCol,
      keys.map((_, i) => {
        const c1 = cellRef(rowOf(i), a.class);
        const c2 = cellRef(rowOf(i), b.class);
        const m = `MATCH(${c2},${labelsRange},0)-MATCH(${c1},${labelsRange},0)`;
        return [guarded ? `=IFERROR(${m},"")` : `=${m}`];
      }),
      movement.map((m) => [m]),
      {
        numberFormat: "+0;-0;0",
        style: { ...TABLE_STYLE, horizontalAlignment: "Center" },
        role: "dynamics-movement",
      }
    )
  );
  blocks.push(block(header, 0, { values: [headers], style: HEADER_STYLE, role: "header" }));

  const conditionalFormats: ConditionalFormatPlan[] = yearCols.flatMap((yc) =>
    Object.entries(GROUP_COLORS).map(([group, fill]) => ({
      range: columnRange(yc.class, first, first + n - 1, { row: false, col: false }),
      formula: `=LEFT(${cellRef(first, yc.class)},1)="${alphabet === "cyrillic" ? toCyrillic(group) : group}"`,
      fill,
      role: `group:${group}`,
    }))
  );
  blocks.push(...findingBlocks(first + n + 1, findings));
  const widths = [{ col: 0, width: nameWidth([...names.values()]) }];
  for (const yc of yearCols)
    widths.push({ col: yc.index, width: 11 }, { col: yc.class, width: 10 });
  widths.push({ col: changeCol, width: 14 }, { col: moveCol, width: 10 });
  return {
    name: uniqueName(
      "Dynamics",
      sheets.map((s) => s.plan.name)
    ),
    role: "dynamics",
    blocks,
    columnWidths: widths,
    rowHeights: [{ row: header, height: 32 }],
    freeze: { rows: first, columns: 1 },
    conditionalFormats,
  };
}

/** Width of a column of names, in characters (no spread: it may hold many thousand names). */
function nameWidth(names: readonly string[]): number {
  let longest = 0;
  for (const name of names) longest = Math.max(longest, name.length);
  return Math.min(40, Math.max(14, longest + 2));
}

/** Compared without case, as Excel does; never loops (see a1.ts). */
const uniqueName = uniqueSheetName;

/**
 * The whole rating workbook: one sheet per year, in the order given, plus a dynamics sheet when
 * there are two or more years.
 */
export function buildRatingPlan(
  years: readonly RatedYear[],
  options: PlanOptions = {}
): WorkbookPlan {
  const sheets: YearSheet[] = [];
  for (const y of years) {
    if (y.regions.length === 0) throw new Error(`year ${y.year}: no regions to lay out`);
    sheets.push(
      buildYearSheet(
        y,
        uniqueName(
          yearSheetName(y.year),
          sheets.map((s) => s.plan.name)
        ),
        options
      )
    );
  }
  const plans = sheets.map((s) => s.plan);
  if (years.length >= 2) plans.push(buildDynamicsSheet(years, sheets, options));
  return { sheets: plans };
}
