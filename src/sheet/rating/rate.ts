/**
 * Rating one year: choose for each indicator the values to score (recomputed from the raw
 * figures by default, as the paper's Table 6 was, or the printed derived column), score them with the
 * core, and collect every finding: the reader's, the consistency checks', which values were
 * used, and columns dominated by one extreme leader.
 */
import {
  CoreError,
  EQUAL_WEIGHTS,
  INDICATOR_CODES,
  IndicatorCode,
  indicatorInfo,
  indicatorRecord,
  innovationIndex,
  leaderDominance,
  JRC_KURTOSIS_LIMIT,
  JRC_SKEWNESS_LIMIT,
  type MissingPolicy,
  rankDescending,
  type Weights,
  ratingClass,
} from "../../core";
import { translate, type Lang } from "../../i18n";
import { checkConsistency, recompute } from "./checks";
import { locateFinding } from "../read";
import type { Finding, RateOptions, RatedRegion, RatedYear, YearTable } from "../types";
import { fieldLabel, num as fixed } from "../words";

/** A year that cannot be rated as asked; the findings say exactly where. */
export class RatingError extends Error {
  readonly findings: Finding[];
  constructor(message: string, findings: Finding[] = []) {
    super(message);
    this.name = "RatingError";
    this.findings = findings;
  }
}

type Source = "printed" | "raw";

export function rateYear(table: YearTable, options: RateOptions = {}): RatedYear {
  const prefer = options.prefer ?? "raw";
  const missing = options.missing ?? "error";
  const lang = options.lang ?? "en";
  const year = options.year ?? table.year;
  if (!year) throw new RatingError(translate(lang, "finding.yearUnknown"));
  const checks = checkConsistency(table, lang).map((f) =>
    locateFinding(f, table.places?.[f.cell?.table ?? 0])
  );
  const findings: Finding[] = [...table.findings, ...checks];
  const sources = chooseSources(table, prefer, findings, lang);
  const values = valuesToScore(table, sources, findings, lang);
  if (missing === "error") refuseMissing(table, values, findings, lang);
  const regions = scoreRegions(
    table,
    values,
    { missing, weights: options.weights },
    findings,
    lang
  );
  findings.push(...dominanceFindings(regions, lang));
  return {
    year,
    table,
    regions,
    sources,
    findings,
    weights: options.weights ?? EQUAL_WEIGHTS,
    missing,
  };
}

/**
 * Which values to score, per indicator: the recomputed ones where the raw figures are there (by
 * default; the paper's Table 6 follows them), else the printed column; or printed first.
 */
function chooseSources(
  table: YearTable,
  prefer: Source,
  findings: Finding[],
  lang: Lang
): Record<IndicatorCode, Source> {
  const mapped = new Set(table.columns.map((c) => c.field));
  const sources = {} as Record<IndicatorCode, Source>;
  for (const code of INDICATOR_CODES) {
    const [num, den] = indicatorInfo(code).inputs;
    const printed = mapped.has(code);
    const derivable = mapped.has(num) && mapped.has(den);
    if (!printed && !derivable) {
      const finding: Finding = {
        region: null,
        indicator: code,
        kind: "missing-indicator",
        severity: "error",
        message:
          translate(lang, "finding.neitherPrintedNorDerivable", {
            field: fieldLabel(lang, code),
            numerator: fieldLabel(lang, num),
            denominator: fieldLabel(lang, den),
          }) + sideNote(table, [code, num, den], lang),
      };
      throw new RatingError(finding.message, [...findings, finding]);
    }
    sources[code] =
      prefer === "raw" ? (derivable ? "raw" : "printed") : printed ? "printed" : "raw";
    if (prefer === "raw" && !derivable) {
      findings.push(
        sourceFinding(
          code,
          translate(lang, "finding.printedOnly", { code, denominator: fieldLabel(lang, den) })
        )
      );
    }
  }
  const printedCodes = INDICATOR_CODES.filter((c) => sources[c] === "printed");
  const rawCodes = INDICATOR_CODES.filter((c) => sources[c] === "raw");
  findings.push(sourceFinding(null, scoredMessage(lang, printedCodes, rawCodes, prefer)));
  return sources;
}

/** "GRP is only in a side column (…)": why a figure the tables seem to print is not there. */
function sideNote(table: YearTable, fields: readonly string[], lang: Lang): string {
  const present = new Set(table.columns.map((c) => c.field));
  const side = (table.sideColumns ?? []).find(
    (s) => fields.includes(s.field) && !present.has(s.field)
  );
  if (!side) return "";
  return `. ${translate(lang, "finding.yearbook.onlySide", {
    field: fieldLabel(lang, side.field),
    header: side.header,
  })}`;
}

/** The values, cell by cell; a missing cell is taken from the other source when it has one. */
function valuesToScore(
  table: YearTable,
  sources: Record<IndicatorCode, Source>,
  findings: Finding[],
  lang: Lang
): (number | null)[][] {
  return table.regions.map((region) =>
    INDICATOR_CODES.map((code) => {
      const printed = region.printed[code] ?? null;
      // The other source is worked out only when the first has no value.
      const fromPrinted = sources[code] === "printed";
      const first = fromPrinted ? printed : safeRecompute(code, region);
      if (first !== null) return first;
      const other = fromPrinted ? safeRecompute(code, region) : printed;
      if (other !== null) {
        findings.push(
          sourceFinding(
            code,
            translate(
              lang,
              sources[code] === "printed" ? "finding.fallbackPrinted" : "finding.fallbackRaw",
              { region: region.name, code, value: fixed(lang, other) }
            ),
            region.name
          )
        );
      }
      return other;
    })
  );
}

/** With the "error" policy, a value missing from both sources refuses the year, naming them. */
function refuseMissing(
  table: YearTable,
  values: readonly (number | null)[][],
  findings: readonly Finding[],
  lang: Lang
): void {
  const absent: Finding[] = [];
  table.regions.forEach((region, r) =>
    INDICATOR_CODES.forEach((code, c) => {
      if (values[r][c] !== null) return;
      absent.push({
        region: region.name,
        indicator: code,
        kind: "missing",
        severity: "error",
        message: translate(lang, "finding.noValue", { region: region.name, code }),
      });
    })
  );
  if (absent.length === 0) return;
  const list = absent
    .slice(0, 8)
    .map((f) => `${f.region} (${f.indicator})`)
    .join(", ");
  throw new RatingError(
    translate(lang, "finding.missingValues", {
      count: absent.length,
      list: `${list}${absent.length > 8 ? ", ..." : ""}`,
    }),
    [...findings, ...absent]
  );
}

/** A region's values as a record of the six indicators. */
function indicatorsOf(row: readonly (number | null)[]): Record<IndicatorCode, number | null> {
  const out = indicatorRecord();
  for (let c = 0; c < INDICATOR_CODES.length; c++) out[INDICATOR_CODES[c]] = row[c];
  return out;
}

/** The core's scores, ranks and classes for every region. */
function scoreRegions(
  table: YearTable,
  values: (number | null)[][],
  options: { missing: MissingPolicy; weights?: Weights },
  findings: Finding[],
  lang: Lang
): RatedRegion[] {
  let scored;
  try {
    scored = innovationIndex(values, options);
  } catch (e) {
    if (e instanceof CoreError) {
      const region = e.row !== undefined ? table.regions[e.row]?.name : undefined;
      throw new RatingError(
        region ? `${region}: ${e.messageIn(lang)}` : e.messageIn(lang),
        findings
      );
    }
    throw e;
  }
  const ranks = rankDescending(scored.map((s) => s.index));
  return table.regions.map((region, r) => ({
    name: region.name,
    key: region.key,
    indicators: indicatorsOf(values[r]),
    scores: scored[r].scores,
    susceptibility: scored[r].susceptibility,
    activity: scored[r].activity,
    index: scored[r].index,
    class: ratingClass(scored[r].index),
    rank: ranks[r],
  }));
}

/** Which values were scored: "scored the printed S_D, S_F; S_E recomputed from the raw figures". */
function scoredMessage(
  lang: Lang,
  printedCodes: readonly string[],
  rawCodes: readonly string[],
  prefer: "printed" | "raw"
): string {
  const parts: string[] = [];
  if (printedCodes.length)
    parts.push(translate(lang, "finding.scoredPrinted", { codes: printedCodes.join(", ") }));
  if (rawCodes.length)
    parts.push(translate(lang, "finding.scoredRaw", { codes: rawCodes.join(", ") }));
  const list = parts.join("; ");
  const what = prefer === "printed" ? translate(lang, "finding.scoredPaperWay", { list }) : list;
  return translate(lang, "finding.scored", { what });
}

function safeRecompute(code: IndicatorCode, region: YearTable["regions"][number]): number | null {
  try {
    return recompute(code, region);
  } catch {
    return null;
  }
}

function sourceFinding(
  indicator: IndicatorCode | null,
  message: string,
  region: string | null = null
): Finding {
  return { region, indicator, kind: "source", severity: "info", message };
}

/** The JRC skewness/kurtosis rule, as information: the method is not altered. */
function dominanceFindings(regions: readonly RatedRegion[], lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const code of INDICATOR_CODES) {
    const column = regions.map((r) => r.indicators[code]);
    const d = leaderDominance(column);
    if (!d || !d.flagged) continue;
    const leader = regions[d.leaderRow];
    const best = regions.reduce(
      (m, r, i) => (i === d.leaderRow ? m : Math.max(m, r.scores[code] ?? 0)),
      0
    );
    out.push({
      region: leader.name,
      indicator: code,
      kind: "dominant-leader",
      severity: "info",
      message: translate(lang, "finding.dominantLeader", {
        code,
        region: leader.name,
        value: fixed(lang, leader.indicators[code]!),
        ratio: fixed(lang, d.leaderOverRunnerUp, 1),
        best: fixed(lang, best, 1),
        skewness: fixed(lang, d.skewness),
        skewnessLimit: JRC_SKEWNESS_LIMIT,
        kurtosis: fixed(lang, d.kurtosis),
        kurtosisLimit: JRC_KURTOSIS_LIMIT,
      }),
    });
  }
  return out;
}
