/**
 * What stage 2's sheet reads of a region x industry table and nothing else does (so it is out of
 * the functions' bundle, functions.js): every measure in one pass over the shares, each region's
 * IT tier, shares of a printed total.
 */
import { CoreError } from "./errors";
import {
  checkTable,
  industryShares,
  krugmanIndex,
  krugmanOfShares,
  locationQuotients,
  orThrow,
  quotientsOfShares,
  regionLabel,
  rowShares,
  scaledTable,
  sum,
  tableScale,
  type KsiReference,
} from "./specialisation";

/** Everything stage 2 measures for a region x industry table, in one pass over the shares. */
export interface SpecialisationProfile {
  /** s_jk, one row per region. */
  shares: number[][];
  ksi: number[];
  hhi: number[];
  hhiNormalised: number[];
  /** LQ_jk, one row per region. */
  lq: number[][];
}

/** KSI against `reference`, HHI, normalised HHI and location quotients of every region. */
export function specialisationProfile(
  table: readonly (readonly number[])[],
  reference: KsiReference = "rest"
): SpecialisationProfile {
  // Sizes of ordinary magnitude (no scaling, see overflowScale): each row's shares are computed
  // once for KSI, HHI and the quotients, over the copy of the rows krugmanIndex and
  // locationQuotients made (a hole in a row reads as no number there, refused), instead of three
  // times.
  const rows = checkTable(table) && tableScale(table) === 1 ? scaledTable(table, 1) : null;
  const outcomes = rows && rowShares(rows);
  const ksi = outcomes
    ? krugmanOfShares(rows!, outcomes, reference).map(orThrow)
    : krugmanIndex(table, reference);
  const shares = outcomes
    ? outcomes.map(orThrow)
    : table.map((row, j) => industryShares(row, regionLabel(j)));
  const hhi = shares.map((s) => sum(s.map((x) => x * x)));
  const k = table[0].length;
  if (k < 2) throw new CoreError("shape", "functions.ksi.hhiNeedsTwo");
  return {
    shares,
    ksi,
    hhi,
    hhiNormalised: hhi.map((h) => (h - 1 / k) / (1 - 1 / k)),
    lq: outcomes
      ? quotientsOfShares(rows!, outcomes).map((r) => r.map(orThrow))
      : locationQuotients(table),
  };
}

/**
 * How specialised in IT a region is by its share of national IT output, in the paper's three
 * tiers (Table 7 read as: Almaty city most, Astana, Aktobe, North Kazakhstan medium, "-" none),
 * plus "low" for a share under the medium limit.
 */
export type ItTier = "high" | "medium" | "low" | "none";

/** Lower limits of the tiers: a share of at least 0.25 is high, at least 0.02 medium. */
export const IT_TIER_LIMITS = { high: 0.25, medium: 0.02 } as const;

export function itTier(
  share: number | null,
  limits: { high: number; medium: number } = IT_TIER_LIMITS
): ItTier {
  if (share === null) return "none";
  return share >= limits.high ? "high" : share >= limits.medium ? "medium" : "low";
}

/**
 * A region's industry shares of its printed total where a size is not given ("х"): x_k / total
 * for the sizes given, null for the others; all null without a total above 0. (With every size
 * given, shares are of their sum: industryShares.)
 */
export function sharesOfTotal(
  row: readonly (number | null)[],
  total: number | null
): (number | null)[] {
  if (total === null || !(total > 0) || !Number.isFinite(total)) return row.map(() => null);
  return row.map((x) => (x === null ? null : x / total));
}
