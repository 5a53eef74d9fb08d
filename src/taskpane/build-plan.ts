/**
 * The workbook the Build button writes: the rating sheets named after their source sheets, then
 * stage 2's sheets when a year has an industry table. Pure: the pane computes it once per change,
 * so the button can say how many sheets it adds.
 */
import type { Lang } from "../i18n";
import { renameSheets } from "../office/sheet-name";
import type { WorkbookPlan } from "../sheet/plan";
import type { YearSpecialisation } from "../sheet/stage2";
import type { RatedYear } from "../sheet/types";
import { buildRatingPlan } from "../sheet/workbook";
import type { BuildOptions } from "./components/BuildPanel";
import { ratingSheetNames, type Stage2, type YearView } from "./session";

export function paneWorkbookPlan(
  ordered: readonly RatedYear[],
  views: readonly YearView[],
  specs: readonly YearSpecialisation[],
  stage2: Stage2 | null,
  options: BuildOptions,
  lang: Lang
): WorkbookPlan {
  const sourceOf = (year: string) =>
    views.find((v) => v.year === year)?.tables[0]?.source.sheet ?? null;
  const named = ordered.map((y) => ({ year: y.year, source: sourceOf(y.year) }));
  const choice = { formulas: options.formulas, alphabet: options.alphabet, lang };
  const laidOut = buildRatingPlan(ordered, choice);
  const rating = renameSheets(laidOut, ratingSheetNames(laidOut, named, lang));
  // Stage 2 after the rating sheets, whose cells its formulas read.
  return stage2 && specs.length > 0
    ? stage2.addStage2Sheets(rating, ordered, specs, choice).plan
    : rating;
}
