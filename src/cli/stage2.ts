/**
 * Stage 2 on the command line: `--industries Y FILE...`, `--it-industry`, `--reference`,
 * `--min-it-share`, `--groups`, `--top-ranks`. Reads the specialisation tables, computes each
 * year's specialisation, and adds the specialisation and growth-poles sheets and their JSON.
 * Kept apart from main.ts, which only hands over its tokens and calls these functions.
 */
import { resolve } from "node:path";
import type { KsiReference, NumberLocale } from "../core";
import {
  GrowthPoles,
  GrowthThresholds,
  IndustryReadError,
  SpecialisationError,
  SpecialisationTable,
  YearSpecialisation,
  parseGroups,
  readSpecialisationTable,
  specialiseYear,
} from "../sheet";
import { type Lang, type Translate, formatNumber } from "../i18n/cli";
import { inputError, usageError } from "./errors";
import { parseInputSpec, readGrid } from "./input";

export const STAGE2_OPTIONS = {
  industries: { type: "string", multiple: true },
  "it-industry": { type: "string" },
  reference: { type: "string" },
  "min-it-share": { type: "string" },
  groups: { type: "string" },
  "top-ranks": { type: "string" },
} as const;

export interface IndustryInput {
  year: string;
  files: string[];
}

export interface Stage2Args {
  industries: IndustryInput[];
  itIndustry: string | undefined;
  reference: KsiReference;
  thresholds: Partial<GrowthThresholds>;
}

interface Token {
  kind: string;
  name?: string;
  value?: string;
}

/**
 * Follows the command line's tokens: files after `--industries Y` are that year's industry
 * tables, until the next `--year` or `--industries`. `take` returns true for a token it keeps.
 */
export function stage2Tokens(): { take: (token: Token) => boolean; industries: IndustryInput[] } {
  const industries: IndustryInput[] = [];
  let collecting = false;
  return {
    industries,
    take(token) {
      if (token.kind === "option" && token.name === "industries") {
        const year = String(token.value ?? "").trim();
        if (!/^\S+$/.test(year)) throw usageError("cli.stage2.industriesYear");
        industries.push({ year, files: [] });
        collecting = true;
        return true;
      }
      if (token.kind === "option" && token.name === "year") collecting = false;
      if (token.kind === "positional" && collecting) {
        industries[industries.length - 1].files.push(String(token.value));
        return true;
      }
      return false;
    },
  };
}

function number(
  name: string,
  text: string | undefined,
  check: (x: number) => boolean
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(",", "."));
  if (!Number.isFinite(value) || !check(value))
    throw name === "top-ranks"
      ? usageError("cli.stage2.topRanks", { value: text })
      : usageError("cli.stage2.share", { name, value: text });
  return value;
}

export function parseStage2(
  values: Record<string, unknown>,
  industries: IndustryInput[]
): Stage2Args {
  const empty = industries.find((i) => i.files.length === 0);
  if (empty) throw usageError("cli.stage2.industriesNoFiles", { year: empty.year });
  const years = industries.map((i) => i.year);
  const dup = years.find((y, i) => years.indexOf(y) !== i);
  if (dup) throw usageError("cli.stage2.industriesTwice", { year: dup });
  const reference = (values.reference as string | undefined) ?? "rest";
  if (!["rest", "national", "mean"].includes(reference))
    throw usageError("cli.usage.badValue", {
      name: "reference",
      allowed: "rest, national, mean",
      value: reference,
    });
  const min = number(
    "min-it-share",
    values["min-it-share"] as string | undefined,
    (x) => x >= 0 && x <= 1
  );
  const top = number(
    "top-ranks",
    values["top-ranks"] as string | undefined,
    (x) => Number.isInteger(x) && x >= 1
  );
  const groupsText = values.groups as string | undefined;
  const groups = groupsText === undefined ? undefined : parseGroups(groupsText);
  if (groups && (groups.length === 0 || groups.some((g) => !/^[ABCD]$/.test(g))))
    throw usageError("cli.stage2.groups", { value: groupsText ?? "" });
  return {
    industries,
    itIndustry: values["it-industry"] as string | undefined,
    reference: reference as KsiReference,
    thresholds: {
      ...(min !== undefined ? { minItShare: min } : {}),
      ...(groups ? { groups } : {}),
      ...(top !== undefined ? { topRanks: top } : {}),
    },
  };
}

/** The bundled Table 7 (IT shares of 2010 and 2014), for a run without files. */
export function sampleIndustries(packageRoot: string): IndustryInput[] {
  const file = resolve(packageRoot, "samples", "kazakhstan", "kz-ksi-it-2010-2014.tsv");
  return ["2010", "2014"].map((year) => ({ year, files: [file] }));
}

/** Reads and computes every year's specialisation; a problem is an InputError naming the file. */
export async function readSpecialisations(
  args: Stage2Args,
  locale: NumberLocale,
  lang: Lang
): Promise<YearSpecialisation[]> {
  const specs: YearSpecialisation[] = [];
  for (const input of args.industries) {
    if (input.files.length > 1)
      throw inputError("cli.stage2.oneTable", { year: input.year, count: input.files.length });
    const spec = parseInputSpec(input.files[0]);
    const grid = await readGrid(spec);
    let table: SpecialisationTable;
    try {
      table = readSpecialisationTable(grid, {
        locale,
        lang,
        year: input.year,
        ...(args.itIndustry !== undefined ? { itIndustry: args.itIndustry } : {}),
      });
      if (table.kind === "industries" && table.itIndustry === null) {
        const columns = table.industries.map((c) => `"${c.header}"`).join(", ");
        throw inputError("cli.stage2.noIt", { path: spec.label, columns });
      }
      specs.push(specialiseYear(table, { year: input.year, reference: args.reference, lang }));
    } catch (e) {
      if (e instanceof IndustryReadError || e instanceof SpecialisationError)
        throw inputError("cli.input.table", { path: spec.label, message: e.message });
      throw e;
    }
  }
  return specs;
}

function specialisationJson(spec: YearSpecialisation): unknown {
  return {
    reference: spec.reference,
    industries: spec.industries,
    it_industry: spec.itIndustry === null ? null : spec.industries[spec.itIndustry],
    regions: spec.regions.map((r) => ({
      name: r.name,
      it_share: r.itShare,
      // False where a size was not given ("х"): KSI, HHI and LQ are null, the IT share is kept.
      complete: r.complete,
      ksi: r.ksi,
      hhi: r.hhi,
      hhi_normalised: r.hhiNormalised,
      lq: r.lq === null ? null : Object.fromEntries(spec.industries.map((h, k) => [h, r.lq![k]])),
      tier: r.tier,
    })),
    findings: spec.findings.map((f) => ({
      region: f.region,
      kind: f.kind,
      severity: f.severity,
      message: f.message,
    })),
  };
}

/**
 * Adds stage 2 to the command line's JSON: `specialisation` to each year (null where the year has
 * no specialisation table; a year with one but no rating gets an entry of its own) and
 * `growth_poles` at the top (null when no year has both a rating and an IT share).
 */
export function addStage2Json(
  doc: { years: { year: string }[] },
  specs: readonly YearSpecialisation[],
  poles: GrowthPoles | null
): unknown {
  const byYear = new Map(specs.map((s) => [s.year, s]));
  const years: Record<string, unknown>[] = doc.years.map((y) => ({
    ...y,
    specialisation: byYear.has(y.year) ? specialisationJson(byYear.get(y.year)!) : null,
  }));
  for (const s of specs)
    if (!doc.years.some((y) => y.year === s.year))
      years.push({ year: s.year, specialisation: specialisationJson(s) });
  return {
    ...doc,
    years,
    growth_poles:
      poles === null || poles.verdictYear === null
        ? null
        : {
            year: poles.verdictYear,
            thresholds: {
              min_it_share: poles.thresholds.minItShare,
              groups: poles.thresholds.groups,
              top_ranks: poles.thresholds.topRanks,
            },
            regions: poles.regions.map((r) => ({
              name: r.name,
              candidate: r.candidate,
              leads_rating: r.leadsRating,
              specialised_in_it: r.specialisedInIt,
              reasons: r.reasons,
            })),
            findings: poles.findings.map((f) => ({
              region: f.region,
              kind: f.kind,
              severity: f.severity,
              message: f.message,
            })),
          },
  };
}

/** The lines the summary adds: each specialisation year and the candidates with their reasons. */
export function stage2Summary(
  specs: readonly YearSpecialisation[],
  poles: GrowthPoles | null,
  lang: Lang,
  t: Translate
): string {
  const lines: string[] = [];
  for (const s of specs) {
    const top = [...s.regions]
      .filter((r) => r.itShare !== null)
      .sort((a, b) => b.itShare! - a.itShare!)
      .slice(0, 3)
      .map((r) => `${r.name} ${formatNumber(lang, r.itShare!, 3)}`);
    lines.push(
      t("cli.stage2.specYear", {
        year: s.year,
        regions: t("common.region", { count: s.regions.length }),
        top: top.join(", "),
      })
    );
  }
  if (poles !== null && poles.verdictYear !== null) {
    const candidates = poles.regions.filter((r) => r.candidate);
    const { minItShare, groups, topRanks } = poles.thresholds;
    lines.push(
      t("cli.stage2.poles", {
        year: poles.verdictYear,
        min: formatNumber(lang, minItShare, 3),
        groups: groups.join(","),
        top: topRanks !== null ? t("cli.stage2.polesTop", { count: topRanks }) : "",
        candidates: t("cli.stage2.candidates", { count: candidates.length }),
      })
    );
    for (const r of candidates) lines.push(`  ${r.name}: ${r.reasons.join("; ")}`);
  }
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}
