/**
 * The short reading in words on top of the robustness sheet (and the command line's summary):
 * how many regions keep their class in 90% of the runs, which places are not settled, what the
 * groups' alphas say, and which assumption the ranks depend on most.
 */
import type { RobustnessResult } from "../../core/robustness";
import { type Lang, type MessageKey, formatNumber, translator } from "../../i18n";

/** Nominal places whose 90% interval spans more than 2 places, as runs "3-9, 12". */
export function unsettledPlaces(result: RobustnessResult): string {
  const wide = result.regions
    .filter((r) => r.q95 - r.q05 > 2)
    .map((r) => r.nominalRank)
    .sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < wide.length;) {
    let j = i;
    while (j + 1 < wide.length && wide[j + 1] <= wide[j] + 1) j++;
    runs.push(wide[i] === wide[j] ? `${wide[i]}` : `${wide[i]}-${wide[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

export function robustnessReading(result: RobustnessResult, lang: Lang): string[] {
  const t = translator(lang);
  const lines: string[] = [];
  if (result.classedRuns === 0) lines.push(t("robust.reading.noClass"));
  else {
    const keep = result.regions.filter((r) => (r.nominalClassProbability ?? 0) >= 0.9).length;
    lines.push(t("robust.reading.keepClass", { count: keep, total: result.regions.length }));
  }
  const places = unsettledPlaces(result);
  lines.push(places ? t("robust.reading.unsettled", { places }) : t("robust.reading.settled"));
  for (const group of ["susceptibility", "activity"] as const) {
    const alpha = result.coherence.cronbachAlpha[group];
    if (alpha === null) continue;
    const key: MessageKey =
      alpha < 0
        ? "robust.reading.alphaNegative"
        : alpha < 0.7
          ? "robust.reading.alphaLow"
          : "robust.reading.alphaFine";
    lines.push(t(key, { group: t(`robust.group.${group}`), alpha: formatNumber(lang, alpha, 2) }));
  }
  const top = [...result.sensitivity]
    .filter((s) => s.total !== null)
    .sort((a, b) => b.total! - a.total!)[0];
  if (top)
    lines.push(
      t("robust.reading.influence", {
        assumption: t(`robust.assumption.${top.assumption}`),
        value: formatNumber(lang, top.total!, 2),
      })
    );
  return lines;
}
