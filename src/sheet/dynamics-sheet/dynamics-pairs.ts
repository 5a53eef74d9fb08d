/**
 * The dynamics between rated years as data, for the sheet, the command line's JSON and the pane:
 * each consecutive pair of years and, with three years or more, the first to the last. A region
 * whose borders changed between the two years (borders.ts) is marked not comparable, gets no
 * change and no class movement, and is left out of the movement counts.
 */
import { classMovement, indexDynamics } from "../../core";
import { translator, type Lang, type MessageKey, type Translate } from "../../i18n";
import { borderChangesBetween, bordersFromRegions, calendarYear } from "../read";
import type { BorderChange } from "../read";
import type { Finding, RatedRegion, RatedYear } from "../types";

export interface PairRegion {
  key: string;
  name: string;
  earlier: number | null;
  later: number | null;
  /** Later index as % of the earlier; null where a year lacks the region, or not comparable. */
  change: number | null;
  /** Classes moved (positive: up); null as `change`. */
  movement: number | null;
  comparable: boolean;
  /** The reforms that make the pair not comparable. */
  borders: BorderChange[];
  /** "not comparable: borders changed in 2018 (Shymkent city separated)", in the language. */
  note: string | null;
}

export interface MovementCounts {
  up: number;
  down: number;
  same: number;
  notComparable: number;
}

export interface DynamicsPair {
  /** Indexes into the rated years. */
  first: number;
  last: number;
  from: string;
  to: string;
  kind: "consecutive" | "first-last";
  regions: PairRegion[];
  counts: MovementCounts;
}

/** Consecutive pairs, then the first to the last year when there are three years or more. */
export function dynamicsPairs(years: readonly RatedYear[], lang: Lang = "en"): DynamicsPair[] {
  const t = translator(lang);
  const pairs: DynamicsPair[] = [];
  for (let i = 0; i + 1 < years.length; i++) pairs.push(pairOf(years, i, i + 1, "consecutive", t));
  if (years.length >= 3) pairs.push(pairOf(years, 0, years.length - 1, "first-last", t));
  return pairs;
}

/** Region keys in the order of the first year, then those that appear later, with their names. */
export function regionsOfAllYears(years: readonly RatedYear[]): {
  keys: string[];
  names: Map<string, string>;
} {
  const keys: string[] = [];
  const names = new Map<string, string>();
  for (const y of years)
    for (const r of y.regions)
      if (!names.has(r.key)) {
        keys.push(r.key);
        names.set(r.key, r.name);
      }
  return { keys, names };
}

/** The reforms between two years for a region: by the years, or by the regions when unnamed. */
export function pairBorders(key: string, a: RatedYear, b: RatedYear): BorderChange[] {
  // A year rated in another year's borders (rateInEarliestBorders) compares as that year.
  const ya = a.bordersOf?.[key] ?? a.year;
  const yb = b.bordersOf?.[key] ?? b.year;
  if (calendarYear(ya) !== null && calendarYear(yb) !== null)
    return borderChangesBetween(key, ya, yb);
  const keysOf = (y: RatedYear) => new Set(y.regions.map((r) => r.key));
  return bordersFromRegions(key, keysOf(a), keysOf(b));
}

/** "not comparable: borders changed in 2018 (Shymkent city separated)". */
export function bordersNote(changes: readonly BorderChange[], t: Translate): string {
  const years = [...new Set(changes.map((c) => c.year))];
  return years
    .map((year) =>
      t("borders.notComparable", {
        year: String(year),
        change: changes
          .filter((c) => c.year === year)
          .map((c) => t(`borders.change.${c.successor}` as MessageKey))
          .join("; "),
      })
    )
    .join("; ");
}

function pairOf(
  years: readonly RatedYear[],
  first: number,
  last: number,
  kind: DynamicsPair["kind"],
  t: Translate
): DynamicsPair {
  const a = years[first];
  const b = years[last];
  const before = new Map(a.regions.map((r) => [r.key, r]));
  const after = new Map(b.regions.map((r) => [r.key, r]));
  const { keys, names } = regionsOfAllYears(years);
  const regions = keys
    .filter((k) => before.has(k) || after.has(k))
    .map((k) => pairRegion(k, names.get(k)!, before.get(k), after.get(k), pairBorders(k, a, b), t));
  const counts: MovementCounts = { up: 0, down: 0, same: 0, notComparable: 0 };
  for (const r of regions) {
    if (!r.comparable) counts.notComparable++;
    else if (r.movement === null) continue;
    else if (r.movement > 0) counts.up++;
    else if (r.movement < 0) counts.down++;
    else counts.same++;
  }
  return { first, last, from: a.year, to: b.year, kind, regions, counts };
}

function pairRegion(
  key: string,
  name: string,
  r1: RatedRegion | undefined,
  r2: RatedRegion | undefined,
  borders: BorderChange[],
  t: Translate
): PairRegion {
  // Only a region printed in both years can be compared; one printed once has nothing to compare.
  const comparable = borders.length === 0 || !r1 || !r2;
  const both = comparable && r1 && r2 ? [r1, r2] : null;
  return {
    key,
    name,
    earlier: r1?.index ?? null,
    later: r2?.index ?? null,
    change: both && both[0].index > 0 ? indexDynamics(both[0].index, both[1].index) : null,
    movement: both ? classMovement(both[0].class, both[1].class) : null,
    comparable,
    borders: comparable ? [] : borders,
    note: comparable ? null : bordersNote(borders, t),
  };
}

/** A finding for each region and pair that is not comparable. */
export function bordersFindings(pairs: readonly DynamicsPair[], t: Translate): Finding[] {
  return pairs.flatMap((p) =>
    p.regions
      .filter((r) => !r.comparable)
      .map((r) => ({
        region: r.name,
        indicator: null,
        kind: "borders-changed" as const,
        severity: "warning" as const,
        message: t("borders.finding", {
          region: r.name,
          first: p.from,
          last: p.to,
          year: [...new Set(r.borders.map((c) => String(c.year)))].join(", "),
          change: r.borders.map((c) => t(`borders.change.${c.successor}` as MessageKey)).join("; "),
        }),
      }))
  );
}
