/**
 * The growth-poles sheet's reasons with each region's firmness (issue 15): the probability that
 * it is in a leading class and its 90% rank interval in the verdict year, appended to the reason
 * its sheet already gives (to the formula's text, and to the value it carries). Kept apart from
 * growth-plan.ts: it edits the finished plan's "reasons" block.
 */
import { type RobustnessResult, CLASS_LABELS } from "../../core/robustness";
import { LATIN_SCALE } from "../../core";
import { type Lang, formatNumber, translator } from "../../i18n";
import { expandBlock, type PlanBlock, type WorkbookPlan } from "../plan";
import type { GrowthPoles } from "../stage2";
import type { RatedYear } from "../types";

/** P(a leading class): the runs' share in the classes of the leading groups; null when unclassed. */
export function leadingClassProbability(
  probabilities: Record<string, number> | null,
  groups: readonly string[]
): number | null {
  if (!probabilities) return null;
  const leading = new Set(groups.map((g) => g.trim().toUpperCase()));
  return LATIN_SCALE.bands
    .filter((b) => leading.has(b.group) && CLASS_LABELS.includes(b.label))
    .reduce((p, b) => p + (probabilities[b.label] ?? 0), 0);
}

function firmness(
  poles: GrowthPoles,
  rated: readonly RatedYear[],
  results: readonly (RobustnessResult | null)[],
  lang: Lang
): (string | null)[] {
  const t = translator(lang);
  const y = rated.findIndex((r) => r.year === poles.verdictYear);
  const result = y >= 0 ? results[y] : null;
  if (!result) return poles.regions.map(() => null);
  const byKey = new Map(rated[y].regions.map((r, i) => [r.key, result.regions[i]]));
  return poles.regions.map((region) => {
    const r = byKey.get(region.key);
    if (!r) return null;
    const p = leadingClassProbability(r.classProbabilities, poles.thresholds.groups);
    return t("robust.growth.reason", {
      groups: poles.thresholds.groups.join(", "),
      p: p === null ? "-" : formatNumber(lang, p * 100, 0),
      low: formatNumber(lang, r.q05, 1),
      high: formatNumber(lang, r.q95, 1),
    });
  });
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

function withFirmness(b: PlanBlock, texts: readonly (string | null)[]): PlanBlock {
  const add = (value: unknown, i: number) =>
    texts[i] === null ? value : `${String(value ?? "")}; ${texts[i]}`;
  return {
    ...b,
    ...(b.values ? { values: b.values.map((row, i) => [add(row[0], i) as string]) } : {}),
    ...(b.formulas
      ? {
          formulas: b.formulas.map((row, i) =>
            texts[i] === null ? row : [`${row[0]}&${quoted(`; ${texts[i]}`)}`]
          ),
          results: b.results?.map((row, i) => [add(row[0], i) as string]),
        }
      : {}),
  };
}

/** The plan with the verdict year's firmness added to the growth-poles sheet's reasons. */
export function addRobustnessReasons(
  plan: WorkbookPlan,
  poles: GrowthPoles,
  rated: readonly RatedYear[],
  results: readonly (RobustnessResult | null)[],
  lang: Lang = "en"
): WorkbookPlan {
  const texts = firmness(poles, rated, results, lang);
  if (texts.every((x) => x === null)) return plan;
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const shared = sheet.blocks.find((b) => b.role === "reasons");
      // Each row's reason gets its own text: a shared formula becomes one formula per cell.
      const reasons = shared && expandBlock(shared);
      const rows = reasons?.values ?? reasons?.formulas;
      if (!reasons || rows?.length !== poles.regions.length) return sheet;
      return {
        ...sheet,
        blocks: sheet.blocks.map((b) => (b === shared ? withFirmness(reasons, texts) : b)),
      };
    }),
  };
}
