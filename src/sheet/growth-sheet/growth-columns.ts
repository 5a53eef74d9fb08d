/**
 * The growth-poles table's columns before the verdict: the header row, the region names, each
 * rated year's index, class and rank and each year's IT share (references to the sheets they come
 * from), the dynamics, and the economist's own decision column.
 */
import type { CellValue, PlanBlock } from "../plan";
import { cellRef, everyRow, rowsBlock, sheetPrefix } from "../plan";
import { HEADER_STYLE, TABLE_STYLE, formulaBlock } from "../specialisation-sheet";
import { GROWTH_LAYOUT, type CellSource, type GrowthSheetContext } from "./growth-layout";

export function headerRow({ t, poles, cols }: GrowthSheetContext): PlanBlock {
  const headers: CellValue[] = [t("growth.spec.region")];
  for (const year of poles.ratedYears)
    headers.push(
      t("growth.poles.index", { year }),
      t("growth.poles.class", { year }),
      t("growth.poles.rank", { year })
    );
  if (cols.dynamics !== null)
    headers.push(
      t("growth.poles.dynamics", {
        first: poles.ratedYears[0],
        last: poles.ratedYears[poles.ratedYears.length - 1],
      })
    );
  for (const year of poles.specYears) headers.push(t("growth.poles.itShare", { year }));
  headers.push(
    t("growth.poles.leads"),
    t("growth.poles.specialised"),
    t("growth.poles.verdict"),
    t("growth.poles.reasons"),
    t("growth.poles.decision")
  );
  return {
    row: GROWTH_LAYOUT.header,
    col: 0,
    values: [headers],
    style: HEADER_STYLE,
    role: "header",
  };
}

export function regionNamesBlock({ regions, first }: GrowthSheetContext): PlanBlock {
  return {
    row: first,
    col: 0,
    values: regions.map((r) => [r.name]),
    style: TABLE_STYLE,
    role: "region-names",
  };
}

/**
 * Each region's reference to its cell on another sheet, or an empty text where it has none; the
 * sheet's prefix made once, not per region.
 */
function refs(src: CellSource | null | undefined, regions: GrowthSheetContext["regions"]) {
  if (!src) return regions.map(() => ['=""']);
  const prefix = `=${sheetPrefix(src.sheet)}`;
  return regions.map((r) => {
    const row = src.rowOf.get(r.key);
    return [row !== undefined ? prefix + cellRef(row, src.col) : '=""'];
  });
}

/** Index, class and rank of each rated year, from the year sheets. */
export function ratingBlocks(ctx: GrowthSheetContext): PlanBlock[] {
  const { formulas, first, regions, poles, sources, shown } = ctx;
  const centred = { ...TABLE_STYLE, horizontalAlignment: "Center" as const };
  return ctx.cols.ratings.flatMap((c, y) => {
    const src = sources?.ratings[y] ?? null;
    const year = poles.ratedYears[y];
    return [
      formulaBlock(
        formulas,
        first,
        c.index,
        refs(src?.index, regions),
        () => regions.map((r) => [r.ratings[y]?.index ?? ""]),
        { numberFormat: "0.00", style: TABLE_STYLE, role: `index:${year}` }
      ),
      formulaBlock(
        formulas,
        first,
        c.class,
        refs(src?.class, regions),
        () => regions.map((r) => [r.ratings[y] ? shown(r.ratings[y]!.class) : ""]),
        { style: centred, role: `class:${year}` }
      ),
      formulaBlock(
        formulas,
        first,
        c.rank,
        refs(src?.rank, regions),
        () => regions.map((r) => [r.ratings[y]?.rank ?? ""]),
        { numberFormat: "0", style: centred, role: `rank:${year}` }
      ),
    ];
  });
}

/**
 * The last rated year's index in percent of the first's; where borders changed between the years,
 * the note, never a ratio of two territories (then the column goes cell by cell).
 */
export function dynamicsBlocks(ctx: GrowthSheetContext): PlanBlock[] {
  const { cols, first, regions, formulas } = ctx;
  if (cols.dynamics === null) return [];
  const a = cols.ratings[0].index;
  const b = cols.ratings[cols.ratings.length - 1].index;
  const ratio = (row: number) => {
    const x1 = cellRef(row, a);
    const x2 = cellRef(row, b);
    return `=IF(AND(ISNUMBER(${x1}),ISNUMBER(${x2})),IF(${x1}>0,${x2}/${x1}*100,""),"")`;
  };
  const results = () => regions.map((r) => [r.dynamicsNote ?? r.dynamics ?? ""]);
  const dress = { numberFormat: "0.00", style: TABLE_STYLE, role: "dynamics" };
  if (!regions.some((r) => r.dynamicsNote))
    return [
      rowsBlock(
        ctx,
        first,
        cols.dynamics,
        regions.length,
        (row) => [ratio(row)],
        results,
        dress,
        everyRow
      ),
    ];
  const cells = regions.map((r, i) =>
    r.dynamicsNote ? [`="${r.dynamicsNote.replace(/"/g, '""')}"`] : [ratio(ctx.rowOf(i))]
  );
  return [formulaBlock(formulas, first, cols.dynamics, cells, results, dress)];
}

/** Each specialisation year's IT share, from its specialisation sheet. */
export function shareBlocks({
  cols,
  formulas,
  first,
  regions,
  poles,
  sources,
}: GrowthSheetContext): PlanBlock[] {
  return cols.shares.map((c, s) =>
    formulaBlock(
      formulas,
      first,
      c,
      refs(sources?.itShares[s] ?? null, regions),
      () => regions.map((r) => [r.itShares[s] ?? ""]),
      { numberFormat: "0.000", style: TABLE_STYLE, role: `it-share:${poles.specYears[s]}` }
    )
  );
}

/** An empty column for the economist's own decision, apart from the computed one. */
export function decisionBlock({ cols, first, regions }: GrowthSheetContext): PlanBlock {
  return {
    row: first,
    col: cols.decision,
    values: regions.map(() => [null]),
    style: { ...TABLE_STYLE, fill: "#FFF2CC" },
    role: "economist-decision",
  };
}
