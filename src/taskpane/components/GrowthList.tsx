/**
 * Stage 2's preview: the growth-pole candidates of the verdict year with the reasons in words,
 * and how many regions are not candidates (the growth-poles sheet lists them all).
 */
import type { GrowthPoles } from "../../sheet/stage2";
import { langOf, useLanguage } from "../lang";

export function GrowthList({ poles }: { poles: GrowthPoles }) {
  const { t } = useLanguage();
  if (poles.verdictYear === null)
    return (
      <section aria-label={t("growth.sheetName")} className="gp-poles">
        <p className="gp-small">{t("pane.poles.waiting")}</p>
      </section>
    );
  const candidates = poles.regions.filter((r) => r.candidate);
  const others = poles.regions.length - candidates.length;
  return (
    <section aria-label={t("growth.sheetName")} className="gp-poles">
      <h3>{t("pane.poles.title", { year: poles.verdictYear })}</h3>
      {candidates.length === 0 ? (
        <p>{t("pane.poles.none")}</p>
      ) : (
        <ul>
          {candidates.map((r) => (
            <li key={r.key}>
              <strong lang={langOf(r.name)}>{r.name}</strong>
              {r.reasons.length > 0 ? `: ${r.reasons.join("; ")}` : ""}
            </li>
          ))}
        </ul>
      )}
      {others > 0 && <p className="gp-small">{t("pane.poles.others", { count: others })}</p>}
    </section>
  );
}
