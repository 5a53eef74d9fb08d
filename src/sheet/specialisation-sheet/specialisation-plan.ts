/**
 * The specialisation sheet of one year, described as data, in the shape of its table: a region x
 * industry table (specialisation-industries.ts) or a single IT column
 * (specialisation-it-column.ts). Every computed cell is a native formula over the
 * figures read (the core's value kept as its `results`), so the sheet stays live without the
 * add-in.
 */
import type { Translate } from "../../i18n";
import { safeSheetName } from "../plan";
import { formulaBlock } from "../plan";
import { HEADER_STYLE, TABLE_STYLE } from "../plan";
import type { YearSpecialisation } from "../stage2";
import type { SpecialisationSheet } from "./specialisation-frame";
import { industriesSheet } from "./specialisation-industries";
import { itColumnSheet } from "./specialisation-it-column";
import { specSheetContext } from "./specialisation-layout";
import type { PlanOptions } from "../types";

// The same bricks and styles as the rating sheets; the growth-poles sheet takes them from here.
export { formulaBlock, HEADER_STYLE, TABLE_STYLE };
export { findingBlocks, type SpecialisationSheet } from "./specialisation-frame";
export {
  DEFAULT_LQ_THRESHOLD,
  LQ_HIGHLIGHT,
  PARAM_STYLE,
  SPEC_LAYOUT,
  referenceLabel,
} from "./specialisation-layout";
export { tierFormula, tierLabel } from "./specialisation-tier";

export function specialisationSheetName(t: Translate, year: string): string {
  return safeSheetName(t("growth.spec.sheetName", { year }));
}

export function buildSpecialisationSheet(
  spec: YearSpecialisation,
  name: string,
  options: PlanOptions = {}
): SpecialisationSheet {
  const ctx = specSheetContext(spec, options);
  return spec.kind === "industries" ? industriesSheet(ctx, name) : itColumnSheet(ctx, name);
}
