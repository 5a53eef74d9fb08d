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
} from "../core";
import { checkConsistency, formatNumber, recompute } from "./checks";
import { FIELD_LABELS } from "./headers";
import type { Finding, RateOptions, RatedRegion, RatedYear, YearTable } from "./types";

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
  const year = options.year ?? table.year;
  if (!year)
    throw new RatingError(
      "the year is not known: give it (--year, or the sheet name) or print it in a header"
    );
  const findings: Finding[] = [...table.findings, ...checkConsistency(table)];
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
        message: `${FIELD_LABELS[code]} is neither printed nor derivable: it needs a column of ${FIELD_LABELS[num]} and of ${FIELD_LABELS[den]}`,
      };
      throw new RatingError(finding.message, [...findings, finding]);
    }
    sources[code] =
      prefer === "raw" ? (derivable ? "raw" : "printed") : printed ? "printed" : "raw";
    if (prefer === "raw" && !derivable) {
      findings.push(
        sourceFinding(
          code,
          `${code} scored from the printed column: ${FIELD_LABELS[den]} is not in the table, so it cannot be recomputed`
        )
      );
    }
  }
  const printedCodes = INDICATOR_CODES.filter((c) => sources[c] === "printed");
  const rawCodes = INDICATOR_CODES.filter((c) => sources[c] === "raw");
  findings.push(
    sourceFinding(
      null,
      `scored ${printedCodes.length ? `the printed ${printedCodes.join(", ")}` : ""}${printedCodes.length && rawCodes.length ? "; " : ""}${rawCodes.length ? `${rawCodes.join(", ")} recomputed from the raw figures` : ""}${prefer === "printed" ? " (printed values first, as the paper did)" : ""}`
    )
  );

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
            `${region.name}, ${code}: no ${sources[code]} value, the ${sources[code] === "printed" ? "recomputed" : "printed"} ${formatNumber(other)} is scored`,
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
            message: `${region.name}: no value for ${code}`,
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
        `${absent.length} indicator value${absent.length > 1 ? "s are" : " is"} missing: ${list}${absent.length > 8 ? ", ..." : ""}. Fill them in, or choose the missing-value policy "skip" (average what is present) or "zero"`,
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
      throw new RatingError(region ? `${region}: ${e.message}` : e.message, findings);
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

  findings.push(...dominanceFindings(regions));
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
function dominanceFindings(regions: readonly RatedRegion[]): Finding[] {
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
      message: `${code}: ${leader.name} leads with ${formatNumber(leader.indicators[code]!)}, ${d.leaderOverRunnerUp.toFixed(1)} times the runner-up, so no other region scores above ${best.toFixed(1)} (skewness ${d.skewness.toFixed(2)} > ${JRC_SKEWNESS_LIMIT}, kurtosis ${d.kurtosis.toFixed(2)} > ${JRC_KURTOSIS_LIMIT}: the JRC rule flags the column; the method is not altered)`,
    });
  }
  return out;
}
