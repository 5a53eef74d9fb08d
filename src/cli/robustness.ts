/**
 * The robustness analysis on the command line (issue 15): `--robustness [N]`, `--seed S`,
 * `--vary LIST`. Parses them, runs the analysis of each rated year, and gives the JSON
 * (`years[].robustness`) and the printed reading. Kept apart from main.ts and args.ts.
 */
import { type Translate, type Lang, formatNumber } from "../i18n/cli";
import {
  ASSUMPTIONS,
  type Assumption,
  DEFAULT_RUNS,
  DEFAULT_SEED,
  DEFAULT_VARIED,
  MAX_RUNS,
  type RobustnessResult,
} from "../core/robustness";
import { type RatedYear, robustnessReading, yearRobustness } from "../sheet";
import { usageError } from "./errors";

export const ROBUSTNESS_OPTIONS = {
  robustness: { type: "string" },
  seed: { type: "string" },
  vary: { type: "string" },
} as const;

export interface RobustnessArgs {
  /** null: no analysis. */
  runs: number | null;
  seed: number;
  varied: Assumption[];
}

/**
 * `--robustness` takes an optional count, which parseArgs cannot say: a bare `--robustness`
 * (not followed by a number) becomes `--robustness=` (the default count).
 */
export function optionalCount(argv: readonly string[]): string[] {
  return argv.map((a, i) =>
    a === "--robustness" && !/^\d+$/.test(argv[i + 1] ?? "") ? "--robustness=" : a
  );
}

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(n >= min && n <= max))
    throw usageError("cli.robust.number", { name, min, max, value: text });
  return n;
}

export function parseRobustness(values: {
  robustness?: string;
  seed?: string;
  vary?: string;
}): RobustnessArgs {
  const runs =
    values.robustness === undefined
      ? null
      : values.robustness === ""
        ? DEFAULT_RUNS
        : wholeNumber("robustness", values.robustness, 2, MAX_RUNS);
  const seed =
    values.seed === undefined ? DEFAULT_SEED : wholeNumber("seed", values.seed, 0, 2 ** 31 - 1);
  let varied = [...DEFAULT_VARIED];
  if (values.vary !== undefined) {
    const list = values.vary
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const bad = list.find((s) => s !== "none" && !(ASSUMPTIONS as readonly string[]).includes(s));
    if (bad !== undefined)
      throw usageError("cli.robust.vary", {
        allowed: [...ASSUMPTIONS, "none"].join(", "),
        value: bad,
      });
    varied = list.filter((s): s is Assumption => s !== "none");
  }
  if ((values.seed !== undefined || values.vary !== undefined) && runs === null)
    throw usageError("cli.robust.without");
  return { runs, seed, varied };
}

/** Each year's analysis, in the order of the years. */
export function analyseYears(
  years: readonly RatedYear[],
  args: RobustnessArgs
): RobustnessResult[] | null {
  if (args.runs === null) return null;
  return years.map((y) =>
    yearRobustness(y, { runs: args.runs!, seed: args.seed, varied: args.varied })
  );
}

/** The JSON of one year's analysis, as issue 15 names its fields. */
export function robustnessJson(r: RobustnessResult): unknown {
  const varied = (a: Assumption) => r.varied.includes(a);
  return {
    runs: r.runs,
    seed: r.seed,
    assumptions: {
      weights: { varied: varied("weights"), spread: r.weightSpread },
      aggregation: {
        varied: varied("aggregation"),
        geometric_floor: r.geometricFloor,
        floored_cells: r.flooredCells,
      },
      exclusion: { varied: varied("exclusion") },
      outliers: { varied: varied("outliers"), treatment: r.treatments },
      normalisation: { varied: varied("normalisation") },
    },
    classed_runs: r.classedRuns,
    evaluations: r.evaluations,
    regions: r.regions.map((g) => ({
      name: g.name,
      nominal_index: g.nominalIndex,
      nominal_class: g.nominalClass,
      nominal_rank: g.nominalRank,
      median_rank: g.medianRank,
      mean_rank: g.meanRank,
      q05: g.q05,
      q95: g.q95,
      class_probabilities: g.classProbabilities,
      nominal_class_probability: g.nominalClassProbability,
      likely_class: g.likelyClass,
      likely_class_probability: g.likelyClassProbability,
    })),
    sensitivity: r.sensitivity.map((s) => ({
      assumption: s.assumption,
      first_order: s.first,
      total: s.total,
      first_order_interval: s.firstInterval,
      total_interval: s.totalInterval,
    })),
    exclusion: r.exclusion.map((e) => ({
      indicator: e.code,
      mean_abs_rank_change: e.meanAbsRankChange,
    })),
    coherence: {
      indicators: r.coherence.indicators,
      pearson: r.coherence.pearson,
      spearman: r.coherence.spearman,
      negative_in_group: r.coherence.negativeInGroup,
      cronbach_alpha: r.coherence.cronbachAlpha,
    },
  };
}

export function addRobustnessJson(
  doc: { years: object[] },
  results: RobustnessResult[] | null
): unknown {
  if (!results) return doc;
  doc.years.forEach((y, i) => Object.assign(y, { robustness: robustnessJson(results[i]) }));
  return doc;
}

/** The printed reading of each year. */
export function robustnessSummary(
  years: readonly RatedYear[],
  results: RobustnessResult[] | null,
  lang: Lang,
  t: Translate
): string {
  if (!results) return "";
  return (
    results
      .map((r, i) =>
        t("cli.robust.summary", {
          year: years[i].year,
          runs: formatNumber(lang, r.runs, 0),
          seed: r.seed,
          reading: robustnessReading(r, lang).join(" "),
        })
      )
      .join("\n") + "\n"
  );
}
