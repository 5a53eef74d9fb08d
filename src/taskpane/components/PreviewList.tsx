/**
 * The rating as it will be written: region, index, class and rank, sorted by index, each row
 * marked with its group colour; with two years, both indexes, the change in % and the class move.
 */
import { Text } from "@fluentui/react";
import { Alphabet, classMovement, indexDynamics } from "../../core";
import type { RatedYear } from "../../sheet/types";
import { classLabel, fixed, GROUP_COLORS, groupOf } from "../labels";

export interface PreviewListProps {
  /** One or two rated years, earlier first. */
  years: readonly RatedYear[];
  alphabet: Alphabet;
}

function movement(earlier: string, later: string): string {
  const n = classMovement(earlier, later);
  return n === 0 ? "=" : n > 0 ? `▲${n}` : `▼${-n}`;
}

export function PreviewList({ years, alphabet }: PreviewListProps) {
  const latest = years[years.length - 1];
  const earlier = years.length > 1 ? years[0] : null;
  const before = new Map(earlier?.regions.map((r) => [r.key, r]) ?? []);
  const rows = [...latest.regions].sort((a, b) => b.index - a.index);
  return (
    <section aria-label="Preview" className="gp-card gp-preview">
      <Text variant="large" as="h2">
        Preview, {earlier ? `${earlier.year} and ${latest.year}` : latest.year}
      </Text>
      <table className="gp-grid">
        <thead>
          <tr>
            <th>Rank</th>
            <th>Region</th>
            {earlier && <th>{earlier.year}</th>}
            <th>{earlier ? latest.year : "Index"}</th>
            <th>Class</th>
            {earlier && <th>Change, %</th>}
            {earlier && <th>Move</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const old = before.get(r.key);
            const group = groupOf(r.class);
            return (
              <tr key={r.key} data-region={r.name}>
                <td>{r.rank}</td>
                <td>
                  <span
                    className="gp-swatch"
                    style={{ background: GROUP_COLORS[group] }}
                    title={`group ${group}`}
                  />
                  {r.name}
                </td>
                {earlier && <td className="gp-num">{old ? fixed(old.index) : "–"}</td>}
                <td className="gp-num">{fixed(r.index)}</td>
                <td>{classLabel(r.class, alphabet)}</td>
                {earlier && (
                  <td className="gp-num">
                    {old && old.index > 0 ? fixed(indexDynamics(old.index, r.index)) : "–"}
                  </td>
                )}
                {earlier && <td>{old ? movement(old.class, r.class) : "new"}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
