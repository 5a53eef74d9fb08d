/**
 * The specialisation sheet of one year, described as data: the sizes read, each region's
 * industry shares, KSI (its reference written on the sheet), HHI and normalised HHI, the IT share
 * and tier, and location quotients highlighted above a threshold that sits in a cell. Every
 * computed cell is a native formula over the sizes (the core's value kept as its `results`), so
 * the sheet stays live without the add-in. A single IT column gives only the IT share and tier.
 */
import { IT_TIER_LIMITS, type KsiReference } from "../core";
import { translator, type Translate } from "../i18n";
import { cellRef, columnRange, safeSheetName } from "./a1";
import { formulaBlock } from "./plan-blocks";
import type { CellStyle, CellValue, PlanBlock, SheetPlan } from "./plan-types";
import { HEADER_STYLE, TABLE_STYLE } from "./plan-style";
import type { YearSpecialisation } from "./specialisation";
import type { Finding, PlanOptions } from "./types";

export const SPEC_LAYOUT = {
  title: 0,
  note: 1,
  /** Labelled parameter cells, label in column A, value in column B. */
  params: 2,
  groupHeader: 8,
  header: 9,
  firstRegion: 10,
} as const;

// The same bricks and styles as the rating sheets; the growth-poles sheet takes them from here.
export { formulaBlock, HEADER_STYLE, TABLE_STYLE };
export const PARAM_STYLE: CellStyle = { fill: "#FFF2CC", border: true, bold: true };
const SHARE_FORMAT = "0.000";
const FINE_FORMAT = "0.0000";
const SIZE_FORMAT = "#,##0.0";
/** Fill of the location quotients above the threshold. */
export const LQ_HIGHLIGHT = "#C6EFCE";
/** The default threshold of the highlight: more specialised than the country. */
export const DEFAULT_LQ_THRESHOLD = 1;

/** Where a region's IT share sits on the sheet, for the growth-poles sheet's references. */
export interface SpecialisationSheet {
  plan: SheetPlan;
  /** Zero-based row of each region by key, and the IT share column. */
  rowOf: Map<string, number>;
  itShareCol: number;
}

export function referenceLabel(t: Translate, reference: KsiReference): string {
  return t(`growth.reference.${reference}`);
}

export function tierLabel(t: Translate, tier: string): string {
  return t(`growth.tier.${tier as "high" | "medium" | "low" | "none"}`);
}

/** The tier formula over an IT share cell and the two limit cells of the sheet. */
export function tierFormula(t: Translate, share: string, high: string, medium: string): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=IF(ISNUMBER(${share}),IF(${share}>=${high},${q(tierLabel(t, "high"))},IF(${share}>=${medium},${q(tierLabel(t, "medium"))},${q(tierLabel(t, "low"))})),${q(tierLabel(t, "none"))})`;
}

export function specialisationSheetName(t: Translate, year: string): string {
  return safeSheetName(t("growth.spec.sheetName", { year }));
}

export function buildSpecialisationSheet(
  spec: YearSpecialisation,
  name: string,
  options: PlanOptions = {}
): SpecialisationSheet {
  const t = translator(options.lang ?? "en");
  return spec.kind === "industries"
    ? industriesSheet(spec, name, options, t)
    : itColumnSheet(spec, name, options, t);
}

function param(row: number, label: string, value: CellValue, numberFormat?: string): PlanBlock[] {
  return [
    { row, col: 0, values: [[label]], style: { bold: true }, role: "param-label" },
    {
      row,
      col: 1,
      values: [[value]],
      style: PARAM_STYLE,
      role: "param",
      ...(numberFormat ? { numberFormat } : {}),
    },
  ];
}

function titleBlocks(t: Translate, spec: YearSpecialisation, note: string): PlanBlock[] {
  return [
    {
      row: SPEC_LAYOUT.title,
      col: 0,
      values: [[t("growth.spec.title", { year: spec.year })]],
      style: { bold: true, fontSize: 14 },
      role: "title",
    },
    { row: SPEC_LAYOUT.note, col: 0, values: [[note]], style: { italic: true }, role: "source" },
  ];
}

/** What both shapes of sheet share: region names 28 wide, a tall header, the names frozen. */
function sheetFrame(name: string, blocks: PlanBlock[], figureWidths: number[]): SheetPlan {
  return {
    name,
    role: "specialisation",
    blocks,
    columnWidths: [
      { col: 0, width: 28 },
      ...figureWidths.map((width, c) => ({ col: c + 1, width })),
    ],
    rowHeights: [{ row: SPEC_LAYOUT.header, height: 45 }],
    freeze: { rows: SPEC_LAYOUT.firstRegion, columns: 1 },
  };
}

function industriesSheet(
  spec: YearSpecialisation,
  name: string,
  options: PlanOptions,
  t: Translate
): SpecialisationSheet {
  const formulas = options.formulas !== false;
  const regions = spec.regions;
  const n = regions.length;
  const k = spec.industries.length;
  const first = SPEC_LAYOUT.firstRegion;
  const last = first + n - 1;
  const totalRow = last + 1;
  const cols = {
    size: 1,
    share: 1 + k,
    ksi: 1 + 2 * k,
    hhi: 2 + 2 * k,
    hhiN: 3 + 2 * k,
    it: 4 + 2 * k,
    tier: 5 + 2 * k,
    lq: 6 + 2 * k,
  };
  const p = SPEC_LAYOUT.params;
  const cell = {
    lqThreshold: cellRef(p + 1, 1, { row: true, col: true }),
    high: cellRef(p + 3, 1, { row: true, col: true }),
    medium: cellRef(p + 4, 1, { row: true, col: true }),
  };
  const blocks: PlanBlock[] = [
    ...titleBlocks(t, spec, t("growth.spec.note")),
    ...param(p, t("growth.spec.reference"), referenceLabel(t, spec.reference ?? "rest")),
    ...param(p + 1, t("growth.spec.lqThreshold"), DEFAULT_LQ_THRESHOLD, "0.00"),
    ...param(
      p + 2,
      t("growth.spec.itIndustry"),
      spec.itIndustry === null ? t("growth.spec.noItIndustry") : spec.industries[spec.itIndustry]
    ),
    ...param(p + 3, t("growth.spec.tierHigh"), IT_TIER_LIMITS.high, SHARE_FORMAT),
    ...param(p + 4, t("growth.spec.tierMedium"), IT_TIER_LIMITS.medium, SHARE_FORMAT),
  ];
  const groups: [number, number, string][] = [
    [cols.size, k, t("growth.spec.groupSizes")],
    [cols.share, k, t("growth.spec.groupShares")],
    [cols.ksi, 5, t("growth.spec.groupSpecialisation")],
    [cols.lq, k, t("growth.spec.groupLq")],
  ];
  for (const [col, width, text] of groups)
    blocks.push({
      row: SPEC_LAYOUT.groupHeader,
      col,
      values: [[text, ...Array(width - 1).fill(null)]],
      style: HEADER_STYLE,
      role: "group-header",
    });
  const headers: CellValue[] = [t("growth.spec.region")];
  headers.push(...spec.industries, ...spec.industries);
  headers.push(
    t("growth.spec.ksi"),
    t("growth.spec.hhi"),
    t("growth.spec.hhiNormalised"),
    t("growth.spec.itShare"),
    t("growth.spec.tier"),
    ...spec.industries
  );
  blocks.push({
    row: SPEC_LAYOUT.header,
    col: 0,
    values: [headers],
    style: HEADER_STYLE,
    role: "header",
  });
  blocks.push({
    row: first,
    col: 0,
    values: [...regions.map((r) => [r.name]), [t("growth.spec.allRegions")]],
    style: TABLE_STYLE,
    role: "region-names",
  });
  blocks.push({
    row: first,
    col: cols.size,
    values: regions.map((r) => r.sizes),
    numberFormat: SIZE_FORMAT,
    style: TABLE_STYLE,
    role: "sizes",
  });

  const rowOf = (i: number) => first + i;
  const span = (row: number, from: number, abs = false) =>
    `${cellRef(row, from, { col: abs })}:${cellRef(row, from + k - 1, { col: abs })}`;
  const totals = `${cellRef(totalRow, cols.size, { row: true })}:${cellRef(totalRow, cols.size + k - 1, { row: true })}`;
  const shareTotals = `${cellRef(totalRow, cols.share, { row: true })}:${cellRef(totalRow, cols.share + k - 1, { row: true })}`;
  const colSum = (col: number) =>
    `=SUM(${columnRange(col, first, last, { row: false, col: false })})`;

  // Totals row: the national sizes, and the sums of shares (the "mean" reference needs them).
  const sizeTotals = Array.from({ length: k }, (_, c) =>
    regions.reduce((s, r) => s + r.sizes[c], 0)
  );
  const shareSums = Array.from({ length: k }, (_, c) =>
    regions.reduce((s, r) => s + r.shares![c], 0)
  );
  blocks.push(
    formulaBlock(
      formulas,
      totalRow,
      cols.size,
      [Array.from({ length: k }, (_, c) => colSum(cols.size + c))],
      [sizeTotals],
      { numberFormat: SIZE_FORMAT, style: { ...TABLE_STYLE, bold: true }, role: "totals" }
    ),
    formulaBlock(
      formulas,
      totalRow,
      cols.share,
      [Array.from({ length: k }, (_, c) => colSum(cols.share + c))],
      [shareSums],
      { numberFormat: FINE_FORMAT, style: { ...TABLE_STYLE, bold: true }, role: "share-sums" }
    )
  );

  blocks.push(
    formulaBlock(
      formulas,
      first,
      cols.share,
      regions.map((_, i) =>
        Array.from(
          { length: k },
          (_, c) => `=${cellRef(rowOf(i), cols.size + c)}/SUM(${span(rowOf(i), cols.size, true)})`
        )
      ),
      regions.map((r) => r.shares!),
      { numberFormat: FINE_FORMAT, style: TABLE_STYLE, role: "shares" }
    )
  );
  const ksiFormula = (i: number): string => {
    const own = span(rowOf(i), cols.size);
    const shares = span(rowOf(i), cols.share);
    if (spec.reference === "national")
      return `=SUMPRODUCT(ABS(${shares}-${totals}/SUM(${totals})))`;
    if (spec.reference === "mean")
      return `=SUMPRODUCT(ABS(${shares}-(${shareTotals}-${shares})/${n - 1}))`;
    return `=SUMPRODUCT(ABS(${shares}-(${totals}-${own})/(SUM(${totals})-SUM(${own}))))`;
  };
  const hhiCell = (i: number) => cellRef(rowOf(i), cols.hhi);
  blocks.push(
    formulaBlock(
      formulas,
      first,
      cols.ksi,
      regions.map((_, i) => [ksiFormula(i)]),
      regions.map((r) => [r.ksi]),
      {
        numberFormat: FINE_FORMAT,
        style: { ...TABLE_STYLE, bold: true },
        role: "ksi",
      }
    ),
    formulaBlock(
      formulas,
      first,
      cols.hhi,
      regions.map((_, i) => [`=SUMSQ(${span(rowOf(i), cols.share)})`]),
      regions.map((r) => [r.hhi]),
      { numberFormat: FINE_FORMAT, style: TABLE_STYLE, role: "hhi" }
    ),
    formulaBlock(
      formulas,
      first,
      cols.hhiN,
      regions.map((_, i) => [`=(${hhiCell(i)}-1/${k})/(1-1/${k})`]),
      regions.map((r) => [r.hhiNormalised]),
      { numberFormat: FINE_FORMAT, style: TABLE_STYLE, role: "hhi-normalised" }
    )
  );
  const it = spec.itIndustry;
  if (it !== null) {
    const itRange = columnRange(cols.size + it, first, last, { row: true, col: false });
    blocks.push(
      formulaBlock(
        formulas,
        first,
        cols.it,
        regions.map((_, i) => [`=${cellRef(rowOf(i), cols.size + it)}/SUM(${itRange})`]),
        regions.map((r) => [r.itShare]),
        { numberFormat: SHARE_FORMAT, style: { ...TABLE_STYLE, bold: true }, role: "it-share" }
      )
    );
  }
  blocks.push(
    formulaBlock(
      formulas,
      first,
      cols.tier,
      regions.map((_, i) => [tierFormula(t, cellRef(rowOf(i), cols.it), cell.high, cell.medium)]),
      regions.map((r) => [tierLabel(t, r.tier)]),
      { style: { ...TABLE_STYLE, horizontalAlignment: "Center" }, role: "tier" }
    ),
    formulaBlock(
      formulas,
      first,
      cols.lq,
      regions.map((_, i) =>
        Array.from(
          { length: k },
          (_, c) =>
            `=${cellRef(rowOf(i), cols.share + c)}/(${cellRef(totalRow, cols.size + c, { row: true })}/SUM(${totals}))`
        )
      ),
      regions.map((r) => r.lq!),
      { numberFormat: "0.00", style: TABLE_STYLE, role: "lq" }
    )
  );
  blocks.push(...findingBlocks(t, totalRow + 2, spec.findings));
  const lqRange = `${cellRef(first, cols.lq)}:${cellRef(last, cols.lq + k - 1)}`;
  return {
    plan: {
      ...sheetFrame(name, blocks, Array<number>(cols.lq + k - 1).fill(12)),
      conditionalFormats: [
        {
          range: lqRange,
          formula: `=${cellRef(first, cols.lq)}>${cell.lqThreshold}`,
          fill: LQ_HIGHLIGHT,
          role: "lq-above-threshold",
        },
      ],
    },
    rowOf: new Map(regions.map((r, i) => [r.key, rowOf(i)])),
    itShareCol: cols.it,
  };
}

function itColumnSheet(
  spec: YearSpecialisation,
  name: string,
  options: PlanOptions,
  t: Translate
): SpecialisationSheet {
  const formulas = options.formulas !== false;
  const regions = spec.regions;
  const first = SPEC_LAYOUT.firstRegion;
  const last = first + regions.length - 1;
  const p = SPEC_LAYOUT.params;
  const cols = { figure: 1, it: 2, tier: 3 };
  const high = cellRef(p + 3, 1, { row: true, col: true });
  const medium = cellRef(p + 4, 1, { row: true, col: true });
  const printedShares = spec.measure === "share";
  const blocks: PlanBlock[] = [
    ...titleBlocks(
      t,
      spec,
      t(printedShares ? "growth.spec.noteItShares" : "growth.spec.noteItOutput")
    ),
    ...param(p, t("growth.spec.reference"), t("growth.spec.noKsi")),
    ...param(p + 2, t("growth.spec.itIndustry"), spec.industries[0]),
    ...param(p + 3, t("growth.spec.tierHigh"), IT_TIER_LIMITS.high, SHARE_FORMAT),
    ...param(p + 4, t("growth.spec.tierMedium"), IT_TIER_LIMITS.medium, SHARE_FORMAT),
    {
      row: SPEC_LAYOUT.header,
      col: 0,
      values: [
        [
          t("growth.spec.region"),
          spec.industries[0],
          t("growth.spec.itShare"),
          t("growth.spec.tier"),
        ],
      ],
      style: HEADER_STYLE,
      role: "header",
    },
    {
      row: first,
      col: 0,
      values: [...regions.map((r) => [r.name]), [t("growth.spec.allRegions")]],
      style: TABLE_STYLE,
      role: "region-names",
    },
    {
      row: first,
      col: cols.figure,
      // "-" (no IT output) stays an empty cell, never 0.
      values: regions.map((r) => [r.sizes.length > 0 ? r.sizes[0] : null]),
      numberFormat: printedShares ? SHARE_FORMAT : SIZE_FORMAT,
      style: TABLE_STYLE,
      role: "it-figure",
    },
  ];
  const figures = columnRange(cols.figure, first, last, { row: true, col: false });
  const total = regions.reduce((s, r) => s + (r.sizes[0] ?? 0), 0);
  blocks.push(
    formulaBlock(formulas, last + 1, cols.figure, [[`=SUM(${figures})`]], [[total]], {
      numberFormat: printedShares ? SHARE_FORMAT : SIZE_FORMAT,
      style: { ...TABLE_STYLE, bold: true },
      role: "totals",
    }),
    formulaBlock(
      formulas,
      first,
      cols.it,
      regions.map((_, i) => {
        const x = cellRef(first + i, cols.figure);
        return [
          printedShares
            ? `=IF(ISNUMBER(${x}),${x},"")`
            : `=IF(ISNUMBER(${x}),${x}/SUM(${figures}),"")`,
        ];
      }),
      regions.map((r) => [r.itShare === null ? "" : r.itShare]),
      { numberFormat: SHARE_FORMAT, style: { ...TABLE_STYLE, bold: true }, role: "it-share" }
    ),
    formulaBlock(
      formulas,
      first,
      cols.tier,
      regions.map((_, i) => [tierFormula(t, cellRef(first + i, cols.it), high, medium)]),
      regions.map((r) => [tierLabel(t, r.tier)]),
      { style: { ...TABLE_STYLE, horizontalAlignment: "Center" }, role: "tier" }
    )
  );
  blocks.push(...findingBlocks(t, last + 3, spec.findings));
  return {
    plan: sheetFrame(name, blocks, [16, 12, 18]),
    rowOf: new Map(regions.map((r, i) => [r.key, first + i])),
    itShareCol: cols.it,
  };
}

/** The findings under a table: severity and message, one row each. */
export function findingBlocks(
  t: Translate,
  top: number,
  findings: readonly Finding[]
): PlanBlock[] {
  if (findings.length === 0) return [];
  return [
    {
      row: top,
      col: 0,
      values: [[t("growth.findings")]],
      style: { bold: true },
      role: "findings-title",
    },
    {
      row: top + 1,
      col: 0,
      values: findings.map((f) => [t(`finding.severity.${f.severity}`), f.message]),
      role: "findings",
    },
  ];
}
