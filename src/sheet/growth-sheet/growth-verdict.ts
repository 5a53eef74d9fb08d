/**
 * The verdict columns of the growth-poles sheet: leads the rating, specialised in IT, candidate or
 * not, and the reasons in words. Native formulas over the threshold cells and the row's own
 * cells; the core's verdicts are their results.
 */
import type { Translate } from "../../i18n";
import type { PlanBlock } from "../plan";
import { cellRef, everyRow, rowsBlock } from "../plan";
import { TABLE_STYLE } from "../specialisation-sheet";
import { sheetReasons } from "../stage2";
import { q, type GrowthSheetContext } from "./growth-layout";

/** The verdict's cells in a region's row, as A1 references on the sheet. */
function verdictRefs({ cols, vr, vs }: GrowthSheetContext) {
  return {
    cls: (row: number) => cellRef(row, cols.ratings[vr].class),
    rank: (row: number) => cellRef(row, cols.ratings[vr].rank),
    share: (row: number) => cellRef(row, cols.shares[vs]),
    leads: (row: number) => cellRef(row, cols.leads),
    spec: (row: number) => cellRef(row, cols.spec),
  };
}

/** The four verdict columns; none where the verdict year was not both rated and specialised. */
export function verdictBlocks(ctx: GrowthSheetContext): PlanBlock[] {
  const { t, first, regions, cols, cell, vr, vs } = ctx;
  if (vr < 0 || vs < 0) return [];
  const yes = t("common.yes");
  const no = t("common.no");
  const { cls, rank, share, leads, spec } = verdictRefs(ctx);
  const centred = { ...TABLE_STYLE, horizontalAlignment: "Center" as const };
  return [
    rowsBlock(
      ctx,
      first,
      cols.leads,
      regions.length,
      (row) => [
        `=IF(AND(${cls(row)}<>"",OR(ISNUMBER(SEARCH(LEFT(${cls(row)},1),${cell.groups})),AND(ISNUMBER(${cell.top}),${rank(row)}<=${cell.top}))),${q(yes)},${q(no)})`,
      ],
      () => regions.map((r) => [r.leadsRating ? yes : no]),
      { style: centred, role: "leads-rating" },
      everyRow
    ),
    rowsBlock(
      ctx,
      first,
      cols.spec,
      regions.length,
      (row) => [`=IF(AND(ISNUMBER(${share(row)}),${share(row)}>=${cell.min}),${q(yes)},${q(no)})`],
      () => regions.map((r) => [r.specialisedInIt ? yes : no]),
      { style: centred, role: "specialised-in-it" },
      everyRow
    ),
    rowsBlock(
      ctx,
      first,
      cols.candidate,
      regions.length,
      (row) => [
        `=IF(AND(${leads(row)}=${q(yes)},${spec(row)}=${q(yes)}),${q(t("growth.poles.candidate"))},${q(t("growth.poles.notCandidate"))})`,
      ],
      () =>
        regions.map((r) => [
          t(r.candidate ? "growth.poles.candidate" : "growth.poles.notCandidate"),
        ]),
      { style: { ...centred, bold: true }, role: "verdict" },
      everyRow
    ),
    reasonsBlock(ctx),
  ];
}

/** The reasons in words: the rating's part and the IT share's part. */
function reasonsBlock(ctx: GrowthSheetContext): PlanBlock {
  const { t, first, regions, cols, vr, vs, alphabet } = ctx;
  const yes = t("common.yes");
  const { cls, rank, share, leads, spec } = verdictRefs(ctx);
  return rowsBlock(
    ctx,
    first,
    cols.reasons,
    regions.length,
    (row) => [reasonsFormula(t, cls(row), rank(row), share(row), leads(row), spec(row), yes)],
    () =>
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
    { style: TABLE_STYLE, role: "reasons" },
    everyRow
  );
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
