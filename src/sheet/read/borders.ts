/**
 * A region's borders by year. A region keeps its key across renamings (South Kazakhstan became
 * Turkistan region), but its territory changed with the reforms below: figures of years on either
 * side of a reform describe different territories and are never compared as if they did not.
 * Keys are those of regions.ts.
 */

/** One part separated from a region by a reform. */
export interface BorderChange {
  /** The year from which the yearbooks print the new borders. */
  year: number;
  /** The date of the decree, ISO. */
  date: string;
  /** The region that lost territory. */
  region: string;
  /** The region or city made of it. */
  successor: string;
}

/**
 * 19 June 2018: Shymkent became a city of republican significance and South Kazakhstan region,
 * without it, Turkistan region. 8 June 2022: Abai region out of East Kazakhstan, Jetisu out of
 * Almaty region, Ulytau out of Karaganda region. The yearbooks print each reform's year in the
 * new borders.
 */
export const BORDER_CHANGES: readonly BorderChange[] = [
  { year: 2018, date: "2018-06-19", region: "south-kazakhstan", successor: "shymkent-city" },
  { year: 2022, date: "2022-06-08", region: "east-kazakhstan", successor: "abai" },
  { year: 2022, date: "2022-06-08", region: "almaty-region", successor: "jetisu" },
  { year: 2022, date: "2022-06-08", region: "karaganda", successor: "ulytau" },
];

/** The calendar year a rated year's label names ("2014", "2014 год"), or null. */
export function calendarYear(label: string): number | null {
  const m = /(?:^|\D)(1[89]\d\d|20\d\d)(?!\d)/.exec(String(label));
  return m ? Number(m[1]) : null;
}

/**
 * The reforms that changed the territory of region `key` (the region that lost a part, or the
 * part itself) between two years, in either order. Years whose labels name no calendar year are
 * compared by the regions their tables hold: see `bordersFromRegions`.
 */
export function borderChangesBetween(key: string, from: string, to: string): BorderChange[] {
  const a = calendarYear(from);
  const b = calendarYear(to);
  if (a === null || b === null) return [];
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return BORDER_CHANGES.filter(
    (c) => (c.region === key || c.successor === key) && lo < c.year && c.year <= hi
  );
}

/**
 * The reforms a pair of years' regions show, whatever their labels: a part printed in one year
 * and not in the other, while the region it was separated from is printed in both.
 */
export function bordersFromRegions(
  key: string,
  earlier: ReadonlySet<string>,
  later: ReadonlySet<string>
): BorderChange[] {
  return BORDER_CHANGES.filter(
    (c) =>
      (c.region === key || c.successor === key) &&
      earlier.has(c.region) &&
      later.has(c.region) &&
      earlier.has(c.successor) !== later.has(c.successor)
  );
}
