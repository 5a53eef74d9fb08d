/**
 * The paper's conclusion: regions that lead the innovation rating and are specialised in IT are
 * candidate locations ("promising zones", growth poles) for IT clusters. The economist sets the
 * thresholds; every region gets the reasons it is or is not a candidate.
 */
import { parseClassLabel } from "./scale";

export interface ZoneInput {
  name: string;
  index: number;
  /** Class label in either alphabet. */
  ratingClass: string;
  rank: number;
  /** The region's share of national IT output (Table 7), null when there is no IT output data. */
  itShare: number | null;
}

export interface ZoneThresholds {
  /** Rating groups that count as leading, by default A and B. */
  groups?: readonly string[];
  /** Alternatively (or as well), the top N of the ranking counts as leading. */
  topRanks?: number;
  /** Minimum IT share (0..1) that counts as specialised in IT. Default 0.01 (1% of national IT output). */
  minItShare?: number;
}

export interface ZoneVerdict {
  name: string;
  candidate: boolean;
  leadsRating: boolean;
  specialisedInIt: boolean;
  reasons: string[];
}

export function promisingZones(
  regions: readonly ZoneInput[],
  thresholds: ZoneThresholds = {}
): ZoneVerdict[] {
  const judge = zoneJudge(thresholds);
  const minShare = thresholds.minItShare ?? 0.01;
  return regions.map((r) => {
    const { leadsRating, specialisedInIt, candidate, byGroup, group } = judge(r);
    const reasons = [
      leadsRating
        ? `leads the rating (${byGroup ? `class ${r.ratingClass}, group ${group}` : `rank ${r.rank}`})`
        : `does not lead the rating (class ${r.ratingClass}, rank ${r.rank})`,
      r.itShare === null
        ? "no IT output data"
        : specialisedInIt
          ? `IT share ${(r.itShare * 100).toFixed(1)}% of the country, at least ${(minShare * 100).toFixed(1)}%`
          : `IT share ${(r.itShare * 100).toFixed(1)}% of the country, below ${(minShare * 100).toFixed(1)}%`,
    ];
    return {
      name: r.name,
      candidate,
      leadsRating,
      specialisedInIt,
      reasons,
    };
  });
}

/** A region's verdict without its words, and what the words say of its group. */
export interface ZoneFlags {
  candidate: boolean;
  leadsRating: boolean;
  specialisedInIt: boolean;
  /** Leads by its group (not only by its rank). */
  byGroup: boolean;
  /** The group of its class. */
  group: string;
}

/**
 * The rule of `promisingZones` for one region at a time, without the reasons: the growth-poles
 * sheet words its own, and at 10,000 regions the core's English reasons were made and dropped.
 * Each class label is parsed once (a sheet has a handful of classes).
 */
export function zoneJudge(thresholds: ZoneThresholds = {}): (r: ZoneInput) => ZoneFlags {
  const groups = (thresholds.groups ?? ["A", "B"]).map((g) => parseClassLabel(g).group);
  const minShare = thresholds.minItShare ?? 0.01;
  const groupOf = new Map<string, string>();
  return (r) => {
    let group = groupOf.get(r.ratingClass);
    if (group === undefined)
      groupOf.set(r.ratingClass, (group = parseClassLabel(r.ratingClass).group));
    const byGroup = groups.includes(group);
    const byRank = thresholds.topRanks !== undefined && r.rank <= thresholds.topRanks;
    const leadsRating = byGroup || byRank;
    const specialisedInIt = r.itShare !== null && r.itShare >= minShare;
    return {
      candidate: leadsRating && specialisedInIt,
      leadsRating,
      specialisedInIt,
      byGroup,
      group,
    };
  };
}
