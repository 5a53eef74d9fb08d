/**
 * The growth-poles sheet, described as data: one row per region (index, class and rank of each
 * rated year, the dynamics, the IT share of each year, the verdict and its reasons), candidates
 * first. The thresholds sit in labelled cells at the top and the verdict cells are native formulas
 * over them, so an economist who changes a threshold in Excel sees the verdicts change, with or
 * without the add-in. A last column is left for the economist's own decision, apart from the
 * computed one. The growth-poles matrix (index across, IT share up) is the sheet's chart.
 */
import { toCyrillic, type Alphabet } from "../../core";
import { translator, type Translate } from "../../i18n";
import { cellRef, columnRange, sheetPrefix } from "../plan";
import { leadingIndexFrom, sheetReasons, type GrowthPoles } from "../stage2";
import type { CellValue, PlanBlock, ScatterChartPlan, SheetPlan } from "../plan";
import {
  HEADER_STYLE,
  PARAM_STYLE,
  TABLE_STYLE,
  findingBlocks,
  formulaBlock,
} from "../specialisation-sheet";
import type { PlanOptions } from "../types";

/** Where a value of a region sits on another sheet of the workbook. */
export interface CellSource {
  sheet: string;
  rowOf: ReadonlyMap<string, number>;
  col: number;
}

/** The cells the growth-poles sheet refers to, per rated year and per specialisation year. */
export interface GrowthSources {
  ratings: ({ index: CellSource; class: CellSource; rank: CellSource } | null)[];
  itShares: (CellSource | null)[];
}

export const GROWTH_LAYOUT = {
  title: 0,
  note: 1,
  minItShare: 2,
  groups: 3,
  topRanks: 4,
  verdictYear: 5,
  header: 7,
  firstRegion: 8,
} as const;

export const CANDIDATE_FILL = "#C6EFCE";
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function buildGrowthPolesSheet(
  poles: GrowthPoles,
  name: string,
  sources: GrowthSources | null,
  options: PlanOptions = {}
): SheetPlan {
  const t = translator(options.lang ?? "en");
  const alphabet: Alphabet = options.alphabet ?? "latin";
  const formulas = options.formulas !== false && sources !== null;
  const L = GROWTH_LAYOUT;
  const regions = poles.regions;
  const n = regions.length;
  const first = L.firstRegion;
  const rowOf = (i: number) => first + i;
  const shown = (cls: string) => (alphabet === "cyrillic" ? toCyrillic(cls) : cls);
  const abs = { row: true, col: true };
  const cell = {
    min: cellRef(L.minItShare, 1, abs),
    groups: cellRef(L.groups, 1, abs),
    top: cellRef(L.topRanks, 1, abs),
  };
  const th = poles.thresholds;
  const blocks: PlanBlock[] = [
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

  // Columns: name, (index, class, rank) per rated year, dynamics, IT share per year, verdict.
  let col = 1;
  const headers: CellValue[] = [t("growth.spec.region")];
  const ratingCols = poles.ratedYears.map((year) => {
    headers.push(
      t("growth.poles.index", { year }),
      t("growth.poles.class", { year }),
      t("growth.poles.rank", { year })
    );
    const c = { index: col, class: col + 1, rank: col + 2 };
    col += 3;
    return c;
  });
  const dynamicsCol = poles.ratedYears.length >= 2 ? col++ : null;
  if (dynamicsCol !== null)
    headers.push(
      t("growth.poles.dynamics", {
        first: poles.ratedYears[0],
        last: poles.ratedYears[poles.ratedYears.length - 1],
      })
    );
  const shareCols = poles.specYears.map((year) => {
    headers.push(t("growth.poles.itShare", { year }));
    return col++;
  });
  const leadsCol = col++;
  const specCol = col++;
  const candCol = col++;
  const reasonsCol = col++;
  const decisionCol = col++;
  headers.push(
    t("growth.poles.leads"),
    t("growth.poles.specialised"),
    t("growth.poles.verdict"),
    t("growth.poles.reasons"),
    t("growth.poles.decision")
  );
  blocks.push({ row: L.header, col: 0, values: [headers], style: HEADER_STYLE, role: "header" });
  blocks.push({
    row: first,
    col: 0,
    values: regions.map((r) => [r.name]),
    style: TABLE_STYLE,
    role: "region-names",
  });

  const ref = (src: CellSource | null | undefined, key: string): string => {
    const row = src?.rowOf.get(key);
    return src && row !== undefined ? `=${sheetPrefix(src.sheet)}${cellRef(row, src.col)}` : '=""';
  };
  ratingCols.forEach((c, y) => {
    const src = sources?.ratings[y] ?? null;
    const year = poles.ratedYears[y];
    blocks.push(
      formulaBlock(
        formulas,
        first,
        c.index,
        regions.map((r) => [ref(src?.index, r.key)]),
        regions.map((r) => [r.ratings[y]?.index ?? ""]),
        {
          numberFormat: "0.00",
          style: TABLE_STYLE,
          role: `index:${year}`,
        }
      ),
      formulaBlock(
        formulas,
        first,
        c.class,
        regions.map((r) => [ref(src?.class, r.key)]),
        regions.map((r) => [r.ratings[y] ? shown(r.ratings[y]!.class) : ""]),
        {
          style: { ...TABLE_STYLE, horizontalAlignment: "Center" },
          role: `class:${year}`,
        }
      ),
      formulaBlock(
        formulas,
        first,
        c.rank,
        regions.map((r) => [ref(src?.rank, r.key)]),
        regions.map((r) => [r.ratings[y]?.rank ?? ""]),
        {
          numberFormat: "0",
          style: { ...TABLE_STYLE, horizontalAlignment: "Center" },
          role: `rank:${year}`,
        }
      )
    );
  });
  if (dynamicsCol !== null) {
    const a = ratingCols[0].index;
    const b = ratingCols[ratingCols.length - 1].index;
    blocks.push(
      formulaBlock(
        formulas,
        first,
        dynamicsCol,
        regions.map((_, i) => {
          const x1 = cellRef(rowOf(i), a);
          const x2 = cellRef(rowOf(i), b);
          return [`=IF(AND(ISNUMBER(${x1}),ISNUMBER(${x2})),IF(${x1}>0,${x2}/${x1}*100,""),"")`];
        }),
        regions.map((r) => [r.dynamics ?? ""]),
        { numberFormat: "0.00", style: TABLE_STYLE, role: "dynamics" }
      )
    );
  }
  shareCols.forEach((c, s) => {
    const src = sources?.itShares[s] ?? null;
    blocks.push(
      formulaBlock(
        formulas,
        first,
        c,
        regions.map((r) => [ref(src, r.key)]),
        regions.map((r) => [r.itShares[s] ?? ""]),
        { numberFormat: "0.000", style: TABLE_STYLE, role: `it-share:${poles.specYears[s]}` }
      )
    );
  });

  const vr = poles.verdictYear === null ? -1 : poles.ratedYears.lastIndexOf(poles.verdictYear);
  const vs = poles.verdictYear === null ? -1 : poles.specYears.lastIndexOf(poles.verdictYear);
  const yes = t("common.yes");
  const no = t("common.no");
  if (vr >= 0 && vs >= 0) {
    const cls = (i: number) => cellRef(rowOf(i), ratingCols[vr].class);
    const rank = (i: number) => cellRef(rowOf(i), ratingCols[vr].rank);
    const share = (i: number) => cellRef(rowOf(i), shareCols[vs]);
    const leads = (i: number) => cellRef(rowOf(i), leadsCol);
    const spec = (i: number) => cellRef(rowOf(i), specCol);
    blocks.push(
      formulaBlock(
        formulas,
        first,
        leadsCol,
        regions.map((_, i) => [
          `=IF(AND(${cls(i)}<>"",OR(ISNUMBER(SEARCH(LEFT(${cls(i)},1),${cell.groups})),AND(ISNUMBER(${cell.top}),${rank(i)}<=${cell.top}))),${q(yes)},${q(no)})`,
        ]),
        regions.map((r) => [r.leadsRating ? yes : no]),
        { style: { ...TABLE_STYLE, horizontalAlignment: "Center" }, role: "leads-rating" }
      ),
      formulaBlock(
        formulas,
        first,
        specCol,
        regions.map((_, i) => [
          `=IF(AND(ISNUMBER(${share(i)}),${share(i)}>=${cell.min}),${q(yes)},${q(no)})`,
        ]),
        regions.map((r) => [r.specialisedInIt ? yes : no]),
        { style: { ...TABLE_STYLE, horizontalAlignment: "Center" }, role: "specialised-in-it" }
      ),
      formulaBlock(
        formulas,
        first,
        candCol,
        regions.map((_, i) => [
          `=IF(AND(${leads(i)}=${q(yes)},${spec(i)}=${q(yes)}),${q(t("growth.poles.candidate"))},${q(t("growth.poles.notCandidate"))})`,
        ]),
        regions.map((r) => [
          t(r.candidate ? "growth.poles.candidate" : "growth.poles.notCandidate"),
        ]),
        { style: { ...TABLE_STYLE, bold: true, horizontalAlignment: "Center" }, role: "verdict" }
      ),
      formulaBlock(
        formulas,
        first,
        reasonsCol,
        regions.map((_, i) => [
          reasonsFormula(t, cls(i), rank(i), share(i), leads(i), spec(i), yes),
        ]),
        regions.map((r) => {
          const rating = r.ratings[vr];
          return [
            sheetReasons(
              t,
              rating?.class ?? null,
              rating?.rank ?? null,
              r.leadsRating,
              r.itShares[vs],
              r.specialisedInIt,
              alphabet
            ),
          ];
        }),
        { style: TABLE_STYLE, role: "reasons" }
      )
    );
  }
  blocks.push({
    row: first,
    col: decisionCol,
    values: regions.map(() => [null]),
    style: { ...TABLE_STYLE, fill: "#FFF2CC" },
    role: "economist-decision",
  });

  const chartTop = L.minItShare;
  const charts =
    vr >= 0 && vs >= 0 && n > 0
      ? matrixChart(t, poles, blocks, {
          // Right of the table, apart from the regions' columns.
          helperCol: decisionCol + 2,
          top: chartTop,
          xRange: columnRange(ratingCols[vr].index, first, first + n - 1),
          yRange: columnRange(shareCols[vs], first, first + n - 1),
          labels: columnRange(0, first, first + n - 1),
          groupsCell: cell.groups,
          minCell: cell.min,
          alphabet,
          formulas,
          anchor: { row: first + n + 2, col: 0, width: 12, height: 30 },
        })
      : [];
  blocks.push(...findingBlocks(t, first + n + 34, poles.findings));
  return {
    name,
    role: "growth-poles",
    blocks,
    columnWidths: [
      { col: 0, width: 36 },
      { col: 1, width: 12 },
      ...Array.from({ length: candCol - 2 }, (_, c) => ({ col: c + 2, width: 11 })),
      { col: candCol, width: 16 },
      { col: reasonsCol, width: 60 },
      { col: decisionCol, width: 24 },
      { col: decisionCol + 2, width: 22 },
      { col: decisionCol + 3, width: 10 },
      { col: decisionCol + 4, width: 10 },
    ],
    rowHeights: [{ row: L.header, height: 45 }],
    freeze: { rows: first, columns: 1 },
    conditionalFormats: [
      {
        range: columnRange(candCol, first, Math.max(first, first + n - 1), {
          row: false,
          col: false,
        }),
        formula: `=${cellRef(first, candCol)}=${q(t("growth.poles.candidate"))}`,
        fill: CANDIDATE_FILL,
        role: "candidate",
      },
    ],
    charts,
  };
}

function reasonsFormula(
  t: Translate,
  cls: string,
  rank: string,
  share: string,
  leads: string,
  spec: string,
  yes: string
): string {
  const rating = `IF(${cls}="",${q(t("growth.reason.notRatedShort"))},IF(${leads}=${q(yes)},${q(t("growth.reason.leads") + " (")}&${cls}&")",${q(t("growth.reason.notLeads") + " (")}&${cls}&${q(`, ${t("growth.reason.rank")} `)}&${rank}&")"))`;
  const it = `IF(ISNUMBER(${share}),IF(${spec}=${q(yes)},${q(t("growth.reason.itAtLeast"))},${q(t("growth.reason.itBelow"))}),${q(t("growth.reason.noItDataShort"))})`;
  return `=${rating}&"; "&${it}`;
}

interface MatrixLayout {
  helperCol: number;
  top: number;
  xRange: string;
  yRange: string;
  labels: string;
  groupsCell: string;
  minCell: string;
  alphabet: Alphabet;
  formulas: boolean;
  anchor: { row: number; col: number; width: number; height: number };
}

/**
 * The growth-poles matrix and the helper cells of its threshold lines: two points each, formulas
 * over the threshold cells, so the lines move when a threshold is changed.
 */
function matrixChart(
  t: Translate,
  poles: GrowthPoles,
  blocks: PlanBlock[],
  m: MatrixLayout
): ScatterChartPlan[] {
  const c = m.helperCol;
  const r = m.top;
  const letter = (g: string) => (m.alphabet === "cyrillic" ? toCyrillic(g) : g);
  // The lowest index of a leading group: D from 0, C from 10, B from 40, A from 70.
  const fromGroups = `=IF(ISNUMBER(SEARCH("D",${m.groupsCell})),0,IF(ISNUMBER(SEARCH(${q(letter("C"))},${m.groupsCell})),10,IF(ISNUMBER(SEARCH(${q(letter("B"))},${m.groupsCell})),40,IF(ISNUMBER(SEARCH(${q(letter("A"))},${m.groupsCell})),70,100))))`;
  const leadFrom = leadingIndexFrom(poles.thresholds.groups);
  const topShare = Math.max(
    poles.thresholds.minItShare,
    ...poles.regions.map((x) => x.itShares[poles.specYears.lastIndexOf(poles.verdictYear!)] ?? 0)
  );
  blocks.push({
    row: r,
    col: c,
    values: [[t("growth.chart.lines"), t("growth.chart.x"), t("growth.chart.y")]],
    style: HEADER_STYLE,
    role: "chart-lines-header",
  });
  blocks.push({
    row: r + 1,
    col: c,
    values: [[t("growth.chart.minLine")], [null], [t("growth.chart.groupLine")], [null]],
    role: "chart-lines-labels",
  });
  const x = (row: number) => cellRef(row, c + 1);
  blocks.push(
    formulaBlock(
      m.formulas,
      r + 1,
      c + 1,
      [
        ["=0", `=${m.minCell}`],
        ["=100", `=${m.minCell}`],
        [fromGroups, "=0"],
        [`=${x(r + 3)}`, `=MAX(${m.yRange},${m.minCell})`],
      ],
      [
        [0, poles.thresholds.minItShare],
        [100, poles.thresholds.minItShare],
        [leadFrom, 0],
        [leadFrom, topShare],
      ],
      { numberFormat: "0.000", style: TABLE_STYLE, role: "chart-lines" }
    )
  );
  const range = (col: number, a: number, b: number) => columnRange(col, a, b);
  return [
    {
      kind: "scatter",
      title: t("growth.chart.title", { year: poles.verdictYear ?? "" }),
      xTitle: t("growth.chart.xTitle"),
      yTitle: t("growth.chart.yTitle"),
      // The index is a percent of the leader: its axis ends at 100.
      xMin: 0,
      xMax: 100,
      anchor: m.anchor,
      series: [
        {
          name: t("growth.chart.regions"),
          x: m.xRange,
          y: m.yRange,
          labels: m.labels,
          color: "#4472C4",
        },
        {
          name: t("growth.chart.minLine"),
          x: range(c + 1, r + 1, r + 2),
          y: range(c + 2, r + 1, r + 2),
          color: "#C00000",
          line: true,
        },
        {
          name: t("growth.chart.groupLine"),
          x: range(c + 1, r + 3, r + 4),
          y: range(c + 2, r + 3, r + 4),
          color: "#7F7F7F",
          line: true,
        },
      ],
    },
  ];
}
