/**
 * Stage 2 for one year: from a specialisation table (region x industry, or a single IT column)
 * to each region's IT share, KSI, HHI, location quotients and IT tier, through the core. What the
 * input does not allow (KSI from one IT column) is null, never guessed.
 */
import {
  CoreError,
  ItTier,
  KsiReference,
  itTier,
  nationalShare,
  sharesOfTotal,
  specialisationProfile,
} from "../../core";
import { translator, type Lang, type Translate } from "../../i18n";
import type { IndustryRegion, SpecialisationTable } from "../read";
import type { Finding } from "../types";

export interface RegionSpecialisation {
  name: string;
  key: string;
  /** The sizes read, one per industry (for an IT column: the one IT figure); null = not given. */
  sizes: (number | null)[];
  /**
   * Industry shares of the region's own total; null for an IT column. A region with a size not
   * given has none but where its printed total allows (size / total), null elsewhere.
   */
  shares: (number | null)[] | null;
  /** False for a region with a size not given: no full mix, so no KSI, HHI or LQ. */
  complete: boolean;
  /** The printed total over its industries, for a region without a full mix; null otherwise. */
  printedTotal: number | null;
  ksi: number | null;
  hhi: number | null;
  hhiNormalised: number | null;
  /** Location quotient per industry; null for an IT column. */
  lq: number[] | null;
  /** Share of national IT output (the paper's Table 7 "modified KSI"); null = no data. */
  itShare: number | null;
  tier: ItTier;
}

export interface YearSpecialisation {
  year: string;
  kind: "industries" | "it-column";
  /** The KSI reference; null when the input allows no KSI (an IT column). */
  reference: KsiReference | null;
  /** Industry headers (for an IT column, that column's header). */
  industries: string[];
  /** Index into `industries` of the IT industry, null when there is none. */
  itIndustry: number | null;
  /** For an IT column: printed shares of national IT output, or IT output itself. */
  measure: "share" | "output" | null;
  /**
   * Regions computed, in table order. Regions with no IT data (IT column) are kept, itShare null;
   * regions with a size not given are kept with their IT share, KSI, HHI and LQ null.
   */
  regions: RegionSpecialisation[];
  /** Regions of a region x industry table left out (0 in every industry). */
  leftOut: { name: string; key: string }[];
  findings: Finding[];
}

export interface SpecialiseOptions {
  /** The year; for a table of several years, which column. */
  year?: string;
  reference?: KsiReference;
  lang?: Lang;
}

/** A specialisation table that cannot be computed; the message says why. */
export class SpecialisationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SpecialisationError";
  }
}

export function specialiseYear(
  table: SpecialisationTable,
  options: SpecialiseOptions = {}
): YearSpecialisation {
  return table.kind === "industries"
    ? specialiseIndustries(table, options)
    : specialiseItColumn(table, options);
}

function specialiseIndustries(
  table: Extract<SpecialisationTable, { kind: "industries" }>,
  options: SpecialiseOptions
): YearSpecialisation {
  const t = translator(options.lang ?? "en");
  const year = options.year ?? table.year;
  if (year === null || year === undefined) throw new SpecialisationError(t("growth.spec.noYear"));
  const reference = options.reference ?? "rest";
  const findings = [...table.findings];
  const { usable, leftOut } = usableRegions(table, findings, t);
  const complete = usable.filter((r) => r.sizes.every((s) => s !== null));
  if (complete.length < 2) throw new SpecialisationError(t("growth.spec.tooFew"));
  const sizes = complete.map((r) => r.sizes as number[]);
  let profile;
  try {
    profile = specialisationProfile(sizes, reference);
  } catch (e) {
    if (e instanceof CoreError) {
      const column = e.column !== undefined ? table.industries[e.column]?.header : undefined;
      throw new SpecialisationError(
        column && e.kind === "zero-leader"
          ? t("growth.spec.zeroIndustry", { column })
          : t("growth.spec.cannot", { reason: e.messageIn(options.lang ?? "en") })
      );
    }
    throw e;
  }
  // Each full-mix region's place among them (indexOf per region made this quadratic).
  const completeAt = new Map(complete.map((r, c) => [r, c]));
  const it = table.itIndustry;
  // The IT share needs only the IT column: every region with an IT figure counts in the total.
  const itShares = it === null ? null : safeNationalShare(usable.map((r) => r.sizes[it]));
  return {
    year,
    kind: "industries",
    reference,
    industries: table.industries.map((c) => c.header),
    itIndustry: it,
    measure: null,
    regions: usable.map((r, j) => {
      const itShare = itShares?.[j] ?? null;
      const c = completeAt.get(r) ?? -1;
      const full = c >= 0;
      return {
        name: r.name,
        key: r.key,
        sizes: r.sizes,
        shares: full ? profile.shares[c] : sharesOfTotal(r.sizes, r.total ?? null),
        complete: full,
        printedTotal: full ? null : (r.total ?? null),
        ksi: full ? profile.ksi[c] : null,
        hhi: full ? profile.hhi[c] : null,
        hhiNormalised: full ? profile.hhiNormalised[c] : null,
        lq: full ? profile.lq[c] : null,
        itShare,
        tier: itTier(itShare),
      };
    }),
    leftOut: leftOut.map((r) => ({ name: r.name, key: r.key })),
    findings,
  };
}

/** Regions with some size above 0; those with 0 in every industry given are left out, said. */
function usableRegions(
  table: Extract<SpecialisationTable, { kind: "industries" }>,
  findings: Finding[],
  t: Translate
): { usable: IndustryRegion[]; leftOut: IndustryRegion[] } {
  const leftOut: IndustryRegion[] = [];
  const usable = table.regions.filter((r) => {
    if (r.sizes.some((s) => s !== null && s > 0)) return true;
    leftOut.push(r);
    findings.push({
      region: r.name,
      indicator: null,
      kind: "implausible",
      severity: "warning",
      message: t("growth.spec.zeroRegion", { name: r.name }),
    });
    return false;
  });
  return { usable, leftOut };
}

/** Shares of a national total; all null when the total is 0 (the reader reported it). */
function safeNationalShare(values: readonly (number | null)[]): (number | null)[] | null {
  try {
    return nationalShare(values);
  } catch (e) {
    if (e instanceof CoreError) return values.map(() => null);
    throw e;
  }
}

function specialiseItColumn(
  table: Extract<SpecialisationTable, { kind: "it-column" }>,
  options: SpecialiseOptions
): YearSpecialisation {
  const t = translator(options.lang ?? "en");
  let k = 0;
  if (table.years.length > 1) {
    k = table.years.findIndex((y) => y.year === options.year);
    if (k < 0)
      throw new SpecialisationError(
        t("growth.read.yearNotFound", {
          year: options.year ?? "?",
          years: table.years.map((y) => y.year ?? "?").join(", "),
        })
      );
  }
  const column = table.years[k];
  const year = options.year ?? column.year;
  if (year === null || year === undefined) throw new SpecialisationError(t("growth.spec.noYear"));
  const values = table.regions.map((r) => r.sizes[k]);
  const shares = column.measure === "share" ? values : (safeNationalShare(values) ?? values);
  return {
    year,
    kind: "it-column",
    reference: null,
    industries: [column.header],
    itIndustry: 0,
    measure: column.measure,
    regions: table.regions.map((r, j) => ({
      name: r.name,
      key: r.key,
      sizes: values[j] === null ? [] : [values[j] as number],
      shares: null,
      complete: values[j] !== null,
      printedTotal: null,
      ksi: null,
      hhi: null,
      hhiNormalised: null,
      lq: null,
      itShare: shares[j],
      tier: itTier(shares[j]),
    })),
    leftOut: [],
    findings: [...table.findings],
  };
}
