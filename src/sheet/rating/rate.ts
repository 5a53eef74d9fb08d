/**
 * Rating one year: choose for each indicator the values to score (the printed derived column by
 * default, as the paper did, or the values recomputed from raw figures), score them with the
 * core, and collect every finding: the reader's, the consistency checks', which values were
 * used, and columns dominated by one extreme leader.
 */
import {
  CoreError,
  EQUAL_WEIGHTS,
  INDICATOR_CODES,
  IndicatorCode,
  indicatorInfo,
  innovationIndex,
  leaderDominance,
  JRC_KURTOSIS_LIMIT,
  JRC_SKEWNESS_LIMIT,
  rankDescending,
  ratingClass,
} from "../../core";
import { translate, type Lang } from "../../i18n";
import { checkConsistency, recompute } from "./checks";
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
  const prefer = options.prefer ?? "printed";
  const missing = options.missing ?? "error";
  const lang = options.lang ?? "en";
  const year = options.year ?? table.year;
  if (!year) throw new RatingError(translate(lang, "finding.yearUnknown"));
  const findings: Finding[] = [...table.findings, ...checkConsistency(table, lang)];
  const mapped = new Set(table.columns.map((c) => c.field));

  // Which values to score, per indicator.
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
        message: translate(lang, "finding.neitherPrintedNorDerivable", {
          field: fieldLabel(lang, code),
          numerator: fieldLabel(lang, num),
          denominator: fieldLabel(lang, den),
        }),
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

  // The values, cell by cell; a missing cell is taken from the other source when it has one.
  const values = table.regions.map((region) =>
    INDICATOR_CODES.map((code) => {
      const printed = region.printed[code] ?? null;
      const raw = safeRecompute(code, region);
      const first = sources[code] === "printed" ? printed : raw;
      if (first !== null) return first;
      const other = sources[code] === "printed" ? raw : printed;
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

  if (missing === "error") {
    const absent: Finding[] = [];
    table.regions.forEach((region, r) =>
      INDICATOR_CODES.forEach((code, c) => {
        if (values[r][c] === null) {
          absent.push({
            region: region.name,
            indicator: code,
            kind: "missing",
            severity: "error",
            message: translate(lang, "finding.noValue", { region: region.name, code }),
          });
        }
      })
    );
    if (absent.length > 0) {
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
  }

  let scored;
  try {
    scored = innovationIndex(values, { missing, weights: options.weights });
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
  const regions: RatedRegion[] = table.regions.map((region, r) => ({
    name: region.name,
    key: region.key,
    indicators: Object.fromEntries(
      INDICATOR_CODES.map((code, c) => [code, values[r][c]])
    ) as Record<IndicatorCode, number | null>,
    scores: scored[r].scores,
    susceptibility: scored[r].susceptibility,
    activity: scored[r].activity,
    index: scored[r].index,
    class: ratingClass(scored[r].index),
    rank: ranks[r],
  }));

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
