/**
 * The verdict columns of the growth-poles sheet: leads the rating, specialised in IT, candidate or
 * not, and the reasons in words. Native formulas over the threshold cells and the row's own
 * cells; the core's verdicts are their results.
 */
import type { Translate } from "../../i18n";
import type { PlanBlock } from "../plan";
import { cellRef } from "../plan";
import { TABLE_STYLE, formulaBlock } from "../specialisation-sheet";
import { sheetReasons } from "../stage2";
import { q, type GrowthSheetContext } from "./growth-layout";

/** The verdict's cells of region i, as A1 references on the sheet. */
function verdictRefs({ cols, rowOf, vr, vs }: GrowthSheetContext) {
  return {
    cls: (i: number) => cellRef(rowOf(i), cols.ratings[vr].class),
    rank: (i: number) => cellRef(rowOf(i), cols.ratings[vr].rank),
    share: (i: number) => cellRef(rowOf(i), cols.shares[vs]),
    leads: (i: number) => cellRef(rowOf(i), cols.leads),
    spec: (i: number) => cellRef(rowOf(i), cols.spec),
  };
}

/** The four verdict columns; none where the verdict year was not both rated and specialised. */
export function verdictBlocks(ctx: GrowthSheetContext): PlanBlock[] {
  const { t, formulas, first, regions, cols, cell, vr, vs } = ctx;
  if (vr < 0 || vs < 0) return [];
  const yes = t("common.yes");
  const no = t("common.no");
  const { cls, rank, share, leads, spec } = verdictRefs(ctx);
  const centred = { ...TABLE_STYLE, horizontalAlignment: "Center" as const };
  return [
    formulaBlock(
      formulas,
      first,
      cols.leads,
      regions.map((_, i) => [
        `=IF(AND(${cls(i)}<>"",OR(ISNUMBER(SEARCH(LEFT(${cls(i)},1),${cell.groups})),AND(ISNUMBER(${cell.top}),${rank(i)}<=${cell.top}))),${q(yes)},${q(no)})`,
      ]),
      regions.map((r) => [r.leadsRating ? yes : no]),
      { style: centred, role: "leads-rating" }
    ),
    formulaBlock(
      formulas,
      first,
      cols.spec,
      regions.map((_, i) => [
        `=IF(AND(ISNUMBER(${share(i)}),${share(i)}>=${cell.min}),${q(yes)},${q(no)})`,
      ]),
      regions.map((r) => [r.specialisedInIt ? yes : no]),
      { style: centred, role: "specialised-in-it" }
    ),
    formulaBlock(
      formulas,
      first,
      cols.candidate,
      regions.map((_, i) => [
        `=IF(AND(${leads(i)}=${q(yes)},${spec(i)}=${q(yes)}),${q(t("growth.poles.candidate"))},${q(t("growth.poles.notCandidate"))})`,
      ]),
      regions.map((r) => [t(r.candidate ? "growth.poles.candidate" : "growth.poles.notCandidate")]),
      { style: { ...centred, bold: true }, role: "verdict" }
    ),
    reasonsBlock(ctx),
  ];
}

/** The reasons in words: the rating's part and the IT share's part. */
function reasonsBlock(ctx: GrowthSheetContext): PlanBlock {
  const { t, formulas, first, regions, cols, vr, vs, alphabet } = ctx;
  const yes = t("common.yes");
  const { cls, rank, share, leads, spec } = verdictRefs(ctx);
  return formulaBlock(
    formulas,
    first,
    cols.reasons,
    regions.map((_, i) => [reasonsFormula(t, cls(i), rank(i), share(i), leads(i), spec(i), yes)]),
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
