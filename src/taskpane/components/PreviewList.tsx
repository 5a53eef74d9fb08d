/**
 * The rating as it will be written, sorted by index: rank, region with its group colour, index
 * and class; with two years or more, the first and the last index and the class with its move
 * (or "≠" with the reason where the region's borders changed between them), and the movement
 * counts. Narrow enough for a 320-pixel pane: the change in % is left to the sheet.
 */
import { Alphabet, classMovement } from "../../core";
import { formatNumber } from "../../i18n";
import { dynamicsPairs, type DynamicsPair, type PairRegion } from "../../sheet/dynamics-sheet";
import type { RatedYear } from "../../sheet/types";
import { classLabel, GROUP_COLORS, groupOf } from "../labels";
import { langOf, useLanguage } from "../lang";

export interface PreviewListProps {
  /** One or two rated years, earlier first. */
  years: readonly RatedYear[];
  alphabet: Alphabet;
}

function Movement({ earlier, later }: { earlier: string; later: string }) {
  const { t } = useLanguage();
  const n = classMovement(earlier, later);
  const [sign, label] =
    n === 0
      ? ["=", t("pane.preview.same")]
      : n > 0
        ? [`▲${n}`, t("pane.preview.moveUp", { n })]
        : [`▼${-n}`, t("pane.preview.moveDown", { n: -n })];
  return (
    <span role="img" aria-label={label} className="gp-move">
      {sign}
    </span>
  );
}

/** A region whose borders changed between the two years: no move, the reason in words. */
function NotComparable({ pair }: { pair: PairRegion }) {
  const { t } = useLanguage();
  return (
    <span role="img" aria-label={pair.note!} title={pair.note!} className="gp-move">
      {t("pane.preview.notComparable")}
    </span>
  );
}

/** The movement counts, and each region across a reform with the reason in words. */
function DynamicsNotes({ pair }: { pair: DynamicsPair }) {
  const { t } = useLanguage();
  const notes = pair.regions.filter((r) => !r.comparable);
  return (
    <>
      <p className="gp-counts">
        {t("dynamics.counts", { first: pair.from, last: pair.to, ...pair.counts })}
      </p>
      {notes.length > 0 && (
        <ul className="gp-notes" aria-label={t("sheet.dynamics.countNotComparable")}>
          {notes.map((r) => (
            <li key={r.key} lang={langOf(r.name)}>
              {r.name}: {r.note}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function PreviewList({ years, alphabet }: PreviewListProps) {
  const { t, lang } = useLanguage();
  const latest = years[years.length - 1];
  const earlier = years.length > 1 ? years[0] : null;
  const before = new Map(earlier?.regions.map((r) => [r.key, r]) ?? []);
  // The first to the last year: comparability by borders and the movement counts.
  const pair = earlier ? dynamicsPairs([earlier, latest], lang)[0] : null;
  const pairOf = new Map(pair?.regions.map((r) => [r.key, r]) ?? []);
  const rows = [...latest.regions].sort((a, b) => b.index - a.index);
  const index = (value: number) => formatNumber(lang, value, 2);
  return (
    <section aria-label={t("pane.preview")} className="gp-preview">
      <h3>
        {t("pane.preview.title", {
          years: earlier ? `${earlier.year}, ${latest.year}` : latest.year,
        })}
      </h3>
      {/* Focusable so that a keyboard can scroll it should a long name still overflow. */}
      <div className="gp-scroll" tabIndex={0} role="group" aria-label={t("pane.preview")}>
        <table className="gp-grid">
          <thead>
            <tr>
              <th scope="col" className="gp-num">
                {t("pane.preview.rank")}
              </th>
              <th scope="col">{t("pane.preview.region")}</th>
              {earlier && (
                <th scope="col" className="gp-num">
                  {earlier.year}
                </th>
              )}
              <th scope="col" className="gp-num">
                {earlier ? latest.year : t("pane.preview.index")}
              </th>
              <th scope="col">{t("pane.preview.class")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const old = before.get(r.key);
              const group = groupOf(r.class);
              return (
                <tr key={r.key} data-region={r.name}>
                  {/* The group's colour as a bar beside the rank, as on the sheet. */}
                  <td
                    className="gp-num gp-group"
                    style={{ borderLeftColor: GROUP_COLORS[group] }}
                    title={t("pane.preview.group", { group })}
                  >
                    {r.rank}
                  </td>
                  <td className="gp-region" lang={langOf(r.name)}>
                    {r.name}
                  </td>
                  {earlier && <td className="gp-num">{old ? index(old.index) : "–"}</td>}
                  <td className="gp-num">{index(r.index)}</td>
                  <td className="gp-class">
                    {classLabel(r.class, alphabet)}
                    {earlier &&
                      (old && pairOf.get(r.key)?.comparable === false ? (
                        <>
                          {" "}
                          <NotComparable pair={pairOf.get(r.key)!} />
                        </>
                      ) : old ? (
                        <>
                          {" "}
                          <Movement earlier={old.class} later={r.class} />
                        </>
                      ) : (
                        ` ${t("pane.preview.new")}`
                      ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pair && <DynamicsNotes pair={pair} />}
    </section>
  );
}
