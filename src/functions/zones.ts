/**
 * The paper's conclusion as a worksheet function: is a region a promising zone (a candidate
 * location for an IT cluster)? It must lead the innovation rating (its class in the chosen groups,
 * or its rank within the top N) and be specialised in IT (its share of national IT output at least
 * a threshold). The core decides; this adapter reads the cells and words the reasons, so the
 * economist sees why each region is or is not a candidate.
 */
import { Band, CoreError, parseClassLabel, zoneJudge } from "../core";
import {
  Lang,
  MessageKey,
  Phrase,
  Translate,
  formatNumber,
  phrase,
  translate,
  translator,
} from "../i18n/functions";
import {
  Grid,
  Outcome,
  argument,
  asGrid,
  flatten,
  isOmitted,
  pairShape,
  passOnError,
  perCell,
  quoted,
  readChoice,
  readNumber,
  refusal,
  refuseObject,
  width,
} from "./cells";
import { functionsLang } from "./lang";

/** The paper's choice: groups A (leaders) and B (average) lead the rating. */
const DEFAULT_GROUPS: readonly string[] = ["A", "B"];
/** 1% of national IT output counts as specialised unless the economist says otherwise. */
const DEFAULT_MIN_IT_SHARE = 0.01;
/** Written in `groups` to let the ranking alone decide who leads. */
const NO_GROUPS = "none";

export const ZONE_PARTS = ["reasons", "verdict"] as const;
export type ZonePart = (typeof ZONE_PARTS)[number];

/** One cell of an option that must be a single value; blank gives null. */
function optionCell(arg: unknown, name: string): unknown {
  if (isOmitted(arg)) return null;
  const cells = flatten(asGrid(arg));
  if (cells.length === 1) passOnError(cells[0], argument(name));
  return cells.length === 1 ? cells[0] : cells;
}

function readMinItShare(arg: unknown): number {
  const name = "minItShare";
  const cell = optionCell(arg, name);
  if (Array.isArray(cell)) throw new CoreError("shape", "functions.zone.oneNumber", { name });
  const value = readNumber(cell, argument(name));
  if (value === null) return DEFAULT_MIN_IT_SHARE;
  if (value < 0 || value > 1) {
    throw new CoreError("invalid-argument", "functions.zone.minItShare", { name, value });
  }
  return value;
}

function readTopRanks(arg: unknown): number | undefined {
  const name = "topRanks";
  const cell = optionCell(arg, name);
  if (Array.isArray(cell)) throw new CoreError("shape", "functions.zone.oneNumber", { name });
  const value = readNumber(cell, argument(name));
  if (value === null) return undefined;
  if (!Number.isInteger(value) || value < 1) {
    throw new CoreError("invalid-argument", "functions.zone.topRanks", { name, value });
  }
  return value;
}

/**
 * Group letters from text ("A,B", "A B", "А;В") or a range of letters, in either alphabet;
 * "none" for no group (the ranking alone decides). Blank gives the paper's A and B.
 */
function readGroups(arg: unknown): string[] {
  const cells = flatten(asGrid(arg));
  cells.forEach((cell) => passOnError(cell, argument("groups")));
  const tokens = cells
    .filter((cell) => !isOmitted(cell))
    .flatMap((cell) => String(cell).split(/[\s,;]+/))
    .filter((token) => token !== "");
  if (tokens.length === 0) return [...DEFAULT_GROUPS];
  if (tokens.length === 1 && tokens[0].toLowerCase() === NO_GROUPS) return [];
  const groups = tokens.map((token) => {
    // A group is a bare letter; "B+" is a class, and taking it as group B would hide a slip.
    if (token.length === 1) {
      try {
        return parseClassLabel(token).group;
      } catch {
        // falls through to the refusal below
      }
    }
    throw new CoreError("invalid-argument", "functions.zone.notGroup", { token, none: NO_GROUPS });
  });
  return [...new Set(groups)];
}

function readPart(arg: unknown): ZonePart {
  return readChoice<ZonePart>(arg, "part", ZONE_PARTS, "reasons");
}

/** Puts the region in front of a reason ("region 3: ..."); a one-cell call needs none. */
type At = (reason: Phrase) => Phrase;
const word = (key: MessageKey): Phrase => phrase(key);

function readBand(cell: unknown, at: At): Band {
  passOnError(cell, at(word("functions.word.class")));
  refuseObject(cell, at(word("functions.word.class")));
  if (isOmitted(cell)) throw refusal("missing", at(word("functions.zone.classMissing")));
  if (typeof cell !== "string") {
    throw refusal(
      "invalid-argument",
      at(phrase("functions.class.notLabel", { value: quoted(cell) }))
    );
  }
  try {
    return parseClassLabel(cell);
  } catch (e) {
    if (e instanceof CoreError) throw refusal(e.kind, at(e.reason));
    throw e;
  }
}

/** A share of national IT output from 0 to 1; null when there is no data (blank or "-"). */
function readItShare(cell: unknown, at: At): number | null {
  const value = readNumber(cell, at(word("functions.word.itShare")));
  if (value === null) return null;
  if (value < 0) throw refusal("negative", at(phrase("functions.zone.itNegative", { value })));
  if (value > 1)
    throw refusal("invalid-argument", at(phrase("functions.zone.itAboveOne", { value })));
  return value;
}

/**
 * A region's place in the rating. Blank is no rank: refused only where topRanks needs it; else the
 * reasons leave the rank out (it is shown, never used).
 */
function readRank(cell: unknown, at: At, needed: boolean): number | null {
  const value = readNumber(cell, at(word("functions.word.rank")));
  if (value === null && !needed) return null;
  if (value === null) throw refusal("missing", at(word("functions.zone.rankMissing")));
  if (!Number.isInteger(value) || value < 1)
    throw refusal("invalid-argument", at(phrase("functions.zone.notPlace", { value })));
  return value;
}

/** ["A", "B", "C"] -> "A, B or C", for "not A or B" in a reason. */
function either(t: Translate, groups: readonly string[]): string {
  if (groups.length <= 1) return groups.join("");
  return t("functions.zone.or", {
    list: groups.slice(0, -1).join(", "),
    last: groups[groups.length - 1],
  });
}

/** Why a region does or does not lead the rating, in the terms of the thresholds chosen. */
function ratingReason(
  t: Translate,
  label: string,
  band: Band,
  rank: number | null,
  groups: readonly string[],
  topRanks: number | undefined,
  leads: boolean
): string {
  const group = band.group;
  let detail =
    groups.length === 0
      ? t("functions.zone.class", { label })
      : groups.includes(group)
        ? t("functions.zone.classInGroup", { label, group })
        : t("functions.zone.classNotInGroups", { label, group, groups: either(t, groups) });
  if (rank !== null && topRanks === undefined) detail = t("functions.zone.rank", { detail, rank });
  if (rank !== null && topRanks !== undefined) {
    const key = rank <= topRanks ? "functions.zone.rankInTop" : "functions.zone.rankNotInTop";
    detail = t(key, { detail, rank, top: topRanks });
  }
  return t(leads ? "functions.zone.leads" : "functions.zone.notLeads", { detail });
}

/** The IT half of the verdict: the share against the threshold, one decimal, or no data. */
function itReason(lang: Lang, itShare: number | null, min: number, specialised: boolean): string {
  if (itShare === null) return translate(lang, "functions.zone.noItData");
  return translate(lang, specialised ? "functions.zone.itAtLeast" : "functions.zone.itBelow", {
    share: formatNumber(lang, itShare * 100, 1),
    min: formatNumber(lang, min * 100, 1),
  });
}

/**
 * The verdict for each region, in the shape of `ratingClass`: "candidate: ..." or "not a
 * candidate: ..." with the reasons, or TRUE/FALSE for part "verdict".
 */
export function promisingZone(
  classArg: unknown,
  itShareArg: unknown,
  minItShareArg: unknown,
  groupsArg: unknown,
  rankArg: unknown,
  topRanksArg: unknown,
  partArg: unknown
): Outcome<string | boolean>[][] {
  const minItShare = readMinItShare(minItShareArg);
  const groups = readGroups(groupsArg);
  const topRanks = readTopRanks(topRanksArg);
  const part = readPart(partArg);
  const lang = functionsLang();
  const t = translator(lang);
  const classes: Grid = asGrid(classArg);
  if (classes.length === 0 || width(classes) === 0)
    throw new CoreError("shape", "functions.arg.empty", { name: "ratingClass" });
  const shareAt = pairShape(classes, asGrid(itShareArg), "ratingClass", "itShare");
  const hasRanks = !isOmitted(rankArg);
  const rankAt = hasRanks ? pairShape(classes, asGrid(rankArg), "ratingClass", "rank") : null;
  if (topRanks !== undefined && !hasRanks)
    throw new CoreError("missing", "functions.zone.topRanksNeedsRank", {
      name: "topRanks",
      rank: "rank",
    });
  if (groups.length === 0 && topRanks === undefined) {
    throw new CoreError("invalid-argument", "functions.zone.noneNeedsTop", {
      none: NO_GROUPS,
      name: "topRanks",
    });
  }
  const single = classes.length === 1 && width(classes) === 1;
  const columns = width(classes);
  return classes.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const n = r * columns + c + 1;
        const at: At = (reason) =>
          single ? reason : phrase("functions.zone.region", { n, reason });
        const band = readBand(cell, at);
        const itShare = readItShare(shareAt(r, c), at);
        const rank = rankAt ? readRank(rankAt(r, c), at, topRanks !== undefined) : null;
        // The core's rule without its English reasons (the function words its own). The core
        // reads the rank only against topRanks, which needs ranks (checked above).
        const verdict = zoneJudge({ groups, topRanks, minItShare })({
          name: "",
          index: NaN,
          ratingClass: band.label,
          rank: rank ?? NaN,
          itShare,
        });
        if (part === "verdict") return verdict.candidate;
        const label = String(cell).trim();
        const rating = ratingReason(t, label, band, rank, groups, topRanks, verdict.leadsRating);
        const it = itReason(lang, itShare, minItShare, verdict.specialisedInIt);
        return t(verdict.candidate ? "functions.zone.candidate" : "functions.zone.notCandidate", {
          rating,
          it,
        });
      })
    )
  );
}
