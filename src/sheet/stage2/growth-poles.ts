/**
 * The paper's conclusion in one step: regions that lead the innovation rating and are specialised
 * in IT are candidate growth poles (promising zones) for IT clusters. The verdict comes from the
 * core's `promisingZones` for the last year that has both a rating and an IT share; every region
 * gets its reasons in words, in the user's language.
 */
import {
  Alphabet,
  defaultScale,
  indexDynamics,
  parseClassLabel,
  zoneJudge,
  toCyrillic,
} from "../../core";
import { formatNumber, translator, type Lang, type Translate } from "../../i18n";

const translators: Record<Lang, Translate> = { en: translator("en"), ru: translator("ru") };
import type { YearSpecialisation } from "./specialisation";
import { bordersNote, pairBorders } from "../dynamics-sheet";
import type { Finding, RatedYear } from "../types";

export interface GrowthThresholds {
  /** Minimum share of national IT output (0..1) that counts as specialised in IT. */
  minItShare: number;
  /** Rating groups (class letters) that count as leading. */
  groups: string[];
  /** The top N ranks count as leading as well; null: not used. */
  topRanks: number | null;
}

/** The defaults: groups A and B lead (the paper's "leaders and average"), 1% of national IT output. */
export const DEFAULT_GROWTH_THRESHOLDS: GrowthThresholds = {
  minItShare: 0.01,
  groups: ["A", "B"],
  topRanks: null,
};

export interface GrowthRegion {
  name: string;
  key: string;
  /** Index, class (Latin) and rank in each rated year, in the order of `GrowthPoles.ratedYears`. */
  ratings: ({ index: number; class: string; rank: number } | null)[];
  /**
   * Last rated year's index as % of the first's; null with fewer than two years, or when the
   * region's borders changed between them (see `dynamicsNote`).
   */
  dynamics: number | null;
  /** "not comparable: borders changed in 2018 (...)" where a reform lies between the two years. */
  dynamicsNote: string | null;
  /** IT share in each year of `GrowthPoles.specYears`; null = no data. */
  itShares: (number | null)[];
  leadsRating: boolean;
  specialisedInIt: boolean;
  candidate: boolean;
  /** Why, in words, with the figures. */
  reasons: string[];
  /** The same reasons as the sheet's formula writes them (no figures). */
  sheetReasons: string;
}

export interface GrowthPoles {
  /** The year the verdict is for; null when no year has both a rating and an IT share. */
  verdictYear: string | null;
  ratedYears: string[];
  specYears: string[];
  thresholds: GrowthThresholds;
  /** Candidates first, then by rank in the verdict year. */
  regions: GrowthRegion[];
  findings: Finding[];
}

/** The lowest index of the leading groups (A: 70, B: 40, C: 10, D: 0), the matrix's vertical line. */
export function leadingIndexFrom(groups: readonly string[]): number {
  const wanted = new Set(groups.map(groupOf).filter((g) => g !== null));
  const lowers = defaultScale("latin")
    .bands.filter((b) => wanted.has(b.group))
    .map((b) => b.lower);
  return lowers.length === 0 ? 100 : Math.min(...lowers);
}

function groupOf(label: string): string | null {
  try {
    return parseClassLabel(label.trim()).group;
  } catch {
    return null;
  }
}

/** The first to the last rated year, unless the region's borders changed between them. */
function firstToLast(
  key: string,
  rated: readonly RatedYear[],
  ratings: GrowthRegion["ratings"],
  t: Translate
): { dynamics: number | null; dynamicsNote: string | null } {
  const firstR = ratings[0];
  const lastR = ratings[ratings.length - 1];
  if (ratings.length < 2 || !firstR || !lastR) return { dynamics: null, dynamicsNote: null };
  const borders = pairBorders(key, rated[0], rated[rated.length - 1]);
  if (borders.length > 0) return { dynamics: null, dynamicsNote: bordersNote(borders, t) };
  return {
    dynamics: firstR.index > 0 ? indexDynamics(firstR.index, lastR.index) : null,
    dynamicsNote: null,
  };
}

/** Reads "A,B" / "A; B" / "А В" into group letters. */
export function parseGroups(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .filter((s) => s !== "")
    .map((s) => groupOf(s) ?? s);
}

export function growthPoles(
  rated: readonly RatedYear[],
  specs: readonly YearSpecialisation[],
  thresholds: Partial<GrowthThresholds> = {},
  lang: Lang = "en"
): GrowthPoles {
  const t = translator(lang);
  const th: GrowthThresholds = { ...DEFAULT_GROWTH_THRESHOLDS, ...thresholds };
  const specYears = specs.map((s) => s.year);
  const ratedYears = rated.map((y) => y.year);
  const verdictYear = [...ratedYears].reverse().find((y) => specYears.includes(y)) ?? null;
  const names = new Map<string, string>();
  for (const y of rated) for (const r of y.regions) if (!names.has(r.key)) names.set(r.key, r.name);
  for (const s of specs) for (const r of s.regions) if (!names.has(r.key)) names.set(r.key, r.name);
  const ratingOf = rated.map((y) => new Map(y.regions.map((r) => [r.key, r])));
  const shareOf = specs.map((s) => new Map(s.regions.map((r) => [r.key, r.itShare])));
  const vr = verdictYear === null ? -1 : ratedYears.lastIndexOf(verdictYear);
  const vs = verdictYear === null ? -1 : specYears.lastIndexOf(verdictYear);
  const findings: Finding[] =
    verdictYear === null ? [] : unmatched(t, rated[vr], specs[vs], ratingOf[vr], shareOf[vs]);
  const judge =
    verdictYear === null
      ? null
      : zoneJudge({
          groups: th.groups,
          minItShare: th.minItShare,
          ...(th.topRanks !== null ? { topRanks: th.topRanks } : {}),
        });
  const words: Wording = { reasonsOf: reasonsWithFigures(lang, th, verdictYear), t, vr, vs };
  const regions: GrowthRegion[] = [];
  for (const [key, name] of names) {
    const ratings = ratingOf.map((m) => {
      const r = m.get(key);
      return r ? { index: r.index, class: r.class, rank: r.rank } : null;
    });
    const rating = vr >= 0 ? ratings[vr] : null;
    const itShares = shareOf.map((m) => m.get(key) ?? null);
    const share = vs >= 0 ? itShares[vs] : null;
    // The core's verdict for the regions rated in the verdict year.
    const v =
      judge && rating
        ? judge({
            name: key,
            index: rating.index,
            ratingClass: rating.class,
            rank: rating.rank,
            itShare: share,
          })
        : null;
    const { dynamics, dynamicsNote } = firstToLast(key, rated, ratings, t);
    regions.push(
      new RegionWithWords(words, name, key, ratings, dynamics, dynamicsNote, itShares, {
        leads: v?.leadsRating ?? false,
        specialised: v?.specialisedInIt ?? (share !== null && share >= th.minItShare),
        candidate: v?.candidate ?? false,
      })
    );
  }
  regions.sort(
    (a, b) =>
      Number(b.candidate) - Number(a.candidate) ||
      (vr >= 0 ? (a.ratings[vr]?.rank ?? Infinity) - (b.ratings[vr]?.rank ?? Infinity) : 0)
  );
  return { verdictYear, ratedYears, specYears, thresholds: th, regions, findings };
}

/** What a region's reasons are worded with, the same for every region. */
interface Wording {
  reasonsOf: ReturnType<typeof reasonsWithFigures>;
  t: Translate;
  /** The verdict year among the rated years and among the specialisation years; -1: none. */
  vr: number;
  vs: number;
}

/**
 * A region whose reasons are worked out when first read and then kept: the sheets word their own
 * (by formula), the command line reads only the candidates' (its JSON every region's), and at
 * 10,000 regions the words were most of the growth-poles verdict's time. The getters are the
 * class's, so every region shares one shape (a getter of its own per object made each region a
 * dictionary, and the sheets' every read of a region's fields slower).
 */
class RegionWithWords implements GrowthRegion {
  leadsRating: boolean;
  specialisedInIt: boolean;
  candidate: boolean;
  private kept: string[] | undefined = undefined;
  private keptSheet: string | undefined = undefined;
  constructor(
    private readonly words: Wording,
    public name: string,
    public key: string,
    public ratings: GrowthRegion["ratings"],
    public dynamics: number | null,
    public dynamicsNote: string | null,
    public itShares: (number | null)[],
    verdict: { leads: boolean; specialised: boolean; candidate: boolean }
  ) {
    this.leadsRating = verdict.leads;
    this.specialisedInIt = verdict.specialised;
    this.candidate = verdict.candidate;
  }
  private get rating() {
    return this.words.vr >= 0 ? this.ratings[this.words.vr] : null;
  }
  private get share() {
    return this.words.vs >= 0 ? this.itShares[this.words.vs] : null;
  }
  get reasons(): string[] {
    return (this.kept ??= this.words.reasonsOf(
      this.rating,
      this.leadsRating,
      this.share,
      this.specialisedInIt
    ));
  }
  set reasons(value: string[]) {
    this.kept = value;
  }
  get sheetReasons(): string {
    const { rating, share } = this;
    return (this.keptSheet ??= sheetReasons(
      this.words.t,
      rating?.class ?? null,
      rating?.rank ?? null,
      this.leadsRating,
      share,
      this.specialisedInIt
    ));
  }
  set sheetReasons(value: string) {
    this.keptSheet = value;
  }
  /** As JSON, the plain region it stands for: its fields, the reasons among them. */
  toJSON(): GrowthRegion {
    const { name, key, ratings, dynamics, dynamicsNote, itShares } = this;
    const { leadsRating, specialisedInIt, candidate, reasons, sheetReasons } = this;
    return {
      name,
      key,
      ratings,
      dynamics,
      dynamicsNote,
      itShares,
      leadsRating,
      specialisedInIt,
      candidate,
      reasons,
      sheetReasons,
    };
  }
}

function unmatched(
  t: Translate,
  rated: RatedYear,
  spec: YearSpecialisation,
  inRating: ReadonlyMap<string, unknown>,
  inSpec: ReadonlyMap<string, unknown>
): Finding[] {
  // Each side's regions the other lacks, said once each, the rating's first.
  const lacking = (
    regions: readonly { key: string; name: string }[],
    other: ReadonlyMap<string, unknown>,
    key: "notInSpec" | "notRated",
    year: string
  ): Finding[] =>
    regions
      .filter((r) => !other.has(r.key))
      .map((r) => ({
        region: r.name,
        indicator: null,
        kind: "unmatched-region",
        severity: "warning",
        message: t(`growth.unmatched.${key}`, { name: r.name, year }),
      }));
  return [
    ...lacking(rated.regions, inSpec, "notInSpec", rated.year),
    ...lacking(spec.regions, inRating, "notRated", spec.year),
  ];
}

/** A figure in a reason, with a fixed number of decimals. */
function fixed(lang: Lang, value: number, decimals: number): string {
  return formatNumber(lang, value, decimals);
}

/**
 * A region's reasons with its figures. What every region's reasons share (the thresholds, the
 * groups, the year) is worded once, not once per region (10,000 regions formatted the same
 * threshold 10,000 times).
 */
function reasonsWithFigures(
  lang: Lang,
  th: GrowthThresholds,
  year: string | null
): (
  rating: { index: number; class: string; rank: number } | null,
  leads: boolean,
  share: number | null,
  specialised: boolean
) => string[] {
  const t = translators[lang];
  if (year === null) return () => [t("growth.reason.noVerdictYear")];
  const notRated = t("growth.reason.notRated", { year });
  const noItData = t("growth.reason.noItData", { year });
  const groups = th.groups.join(", ");
  const top = th.topRanks === null ? "" : t("growth.reason.orTop", { top: String(th.topRanks) });
  const min = fixed(lang, th.minItShare, 3);
  return (rating, leads, share, specialised) => [
    rating === null
      ? notRated
      : t(leads ? "growth.reason.leadsFull" : "growth.reason.notLeadsFull", {
          class: rating.class,
          rank: String(rating.rank),
          index: fixed(lang, rating.index, 2),
          groups,
          top,
        }),
    share === null
      ? noItData
      : t(specialised ? "growth.reason.itAtLeastFull" : "growth.reason.itBelowFull", {
          share: fixed(lang, share, 3),
          min,
          year,
        }),
  ];
}

/** The reasons as the verdict formula of the sheet spells them (see growth-plan.ts). */
export function sheetReasons(
  t: Translate,
  cls: string | null,
  rank: number | null,
  leads: boolean,
  share: number | null,
  specialised: boolean,
  alphabet: Alphabet = "latin"
): string {
  const shown = cls === null ? null : alphabet === "cyrillic" ? toCyrillic(cls) : cls;
  const rating =
    shown === null
      ? t("growth.reason.notRatedShort")
      : leads
        ? `${t("growth.reason.leads")} (${shown})`
        : `${t("growth.reason.notLeads")} (${shown}, ${t("growth.reason.rank")} ${rank})`;
  const it =
    share === null
      ? t("growth.reason.noItDataShort")
      : specialised
        ? t("growth.reason.itAtLeast")
        : t("growth.reason.itBelow");
  return `${rating}; ${it}`;
}
