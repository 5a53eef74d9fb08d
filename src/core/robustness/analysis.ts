/**
 * The robustness analysis of one year's rating, as a job that can run in steps (the task pane
 * yields between them): N uncertainty runs (the rows of Saltelli's A) whose ranks and classes
 * give each region's interval, the B and AB_i rows that, with them, give the sensitivity of the
 * mean rank shift to each assumption, the one-at-a-time exclusions and the coherence check.
 * Seeded: the same input, seed and options give the same result, byte for byte.
 */
import { CoreError } from "../errors";
import { INDICATOR_CODES, type IndicatorCode } from "../indicators";
import {
  EQUAL_WEIGHTS,
  type IndicatorRow,
  type MissingPolicy,
  type Weights,
} from "../innovation-index";
import {
  type Assumption,
  DEFAULT_VARIED,
  type Design,
  type RunChoice,
  WEIGHT_SPREAD,
  choiceAt,
  designOf,
  nominalChoice,
} from "./assumptions";
import { type Coherence, coherenceOf } from "./coherence";
import {
  GEOMETRIC_FLOOR,
  type RunBuffers,
  floorLogs,
  hasMissing,
  meanAbsoluteShift,
  rankInto,
  runBuffers,
  runIndex,
} from "./composite-run";
import { seededUniform } from "./random";
import { CLASS_LABELS, classPosition, classSummary, rankSummary } from "./rank-statistics";
import {
  type SaltelliSample,
  designRow,
  saltelliSample,
  sobolIndices,
  sobolIntervals,
} from "./saltelli";
import { type ScoreVariants, scoreVariants, scoredTable, variantScores } from "./score-variants";

export interface RobustnessInput {
  /** Region names, in the table's order. */
  names: readonly string[];
  /** The six indicator values scored (S_D..S_C) of each region, null where missing. */
  values: readonly IndicatorRow[];
  missing?: MissingPolicy;
  /** The group weights of the rating (default 0.5 / 0.5). */
  weights?: Weights;
}

export interface RobustnessOptions {
  runs?: number;
  seed?: number;
  varied?: readonly Assumption[];
  /** Bootstrap resamples of the sensitivity intervals. */
  resamples?: number;
}

export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = 1;
export const MAX_RUNS = 1_000_000;
/** Bootstrap resamples of the sensitivity intervals (SALib's default number). */
export const DEFAULT_RESAMPLES = 100;

export interface RegionRobustness {
  name: string;
  nominalIndex: number;
  nominalRank: number;
  nominalClass: string;
  medianRank: number;
  meanRank: number;
  q05: number;
  q95: number;
  /** Share of the classed runs in each class; null when every run was min-max normalised. */
  classProbabilities: Record<string, number> | null;
  nominalClassProbability: number | null;
  likelyClass: string | null;
  likelyClassProbability: number | null;
}

export interface SensitivityRow {
  assumption: Assumption;
  first: number | null;
  total: number | null;
  firstInterval: [number, number] | null;
  totalInterval: [number, number] | null;
}

export interface RobustnessResult {
  runs: number;
  seed: number;
  varied: Assumption[];
  weightSpread: number;
  geometricFloor: number;
  /** Percent-of-leader scores below the geometric floor (raised to it in geometric runs). */
  flooredCells: number;
  /** Runs with percent-of-leader scores, the only ones that count in class probabilities. */
  classedRuns: number;
  /** Model evaluations made: N (d + 2), plus the six exclusions. */
  evaluations: number;
  treatments: { code: IndicatorCode; method: "none" | "winsorised" | "log"; points: number }[];
  regions: RegionRobustness[];
  sensitivity: SensitivityRow[];
  exclusion: { code: IndicatorCode; meanAbsRankChange: number }[];
  coherence: Coherence;
}

export interface RobustnessJob {
  /** Rows of the design (each N-th of the work). */
  readonly total: number;
  done(): number;
  /** Runs up to `rows` more rows; true when all are done. */
  step(rows: number): boolean;
  result(): RobustnessResult;
}

function checkOptions(options: RobustnessOptions): { runs: number; seed: number } {
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(runs) || runs < 2 || runs > MAX_RUNS)
    throw new CoreError("invalid-argument", "robust.error.runs", { max: MAX_RUNS, value: runs });
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1)
    throw new CoreError("invalid-argument", "robust.error.seed", { value: seed });
  return { runs, seed };
}

/**
 * Everything the runs share: scores, nominal ranks, the design, the outputs. A class, not an
 * object literal: V8 keeps the types of a class's fields from one year's analysis to the next,
 * where the second copy of a literal widens them and throws away the code optimised for the first
 * year's runs (see composite-run's Buffers).
 */
class State {
  readonly design: Design;
  readonly sample: SaltelliSample;
  readonly variants: ScoreVariants;
  readonly weights: Weights;
  readonly nominalIndex: Float64Array;
  readonly nominalRanks: Int32Array;
  readonly buffers: RunBuffers;
  readonly point: Float64Array;
  readonly choice: RunChoice;
  /** floorLogs of each variant's scores. */
  readonly logs = new Map<Float64Array, Float64Array>();
  readonly ranks: Int32Array;
  readonly classCounts: Int32Array;
  classedRuns = 0;
  readonly yA: Float64Array;
  readonly yB: Float64Array;
  readonly yAB: Float64Array[];

  constructor(input: RobustnessInput, options: RobustnessOptions, runs: number, seed: number) {
    const design = designOf(options.varied ?? DEFAULT_VARIED);
    const table = scoredTable(input.values, input.missing ?? "error");
    this.design = design;
    this.variants = scoreVariants(table, {
      outliers: design.varied.includes("outliers"),
      normalisations: design.varied.includes("normalisation") ? ["leader", "minmax"] : ["leader"],
    });
    // Every variant's logs, and whether it has gaps, before the runs: a run's optimised code
    // then never meets a first time (which would throw it away in the second year's analysis).
    for (const scores of [...this.variants.leader, ...this.variants.minmax]) {
      if (scores === null) continue;
      const logs = floorLogs(scores);
      this.logs.set(scores, logs);
      hasMissing(scores);
      hasMissing(logs);
    }
    const n = table.length;
    const { susceptibility, activity } = input.weights ?? EQUAL_WEIGHTS;
    this.weights = { susceptibility, activity };
    const buffers = runBuffers(n);
    this.buffers = buffers;
    this.choice = nominalChoice();
    runIndex(this.variants.leader[0], this.choice, this.weights, buffers.index, null, buffers);
    rankInto(buffers.index, buffers);
    this.sample = saltelliSample(runs, design.dimensions, seededUniform(seed));
    this.nominalIndex = Float64Array.from(buffers.index);
    this.nominalRanks = Int32Array.from(buffers.ranks);
    this.point = new Float64Array(design.dimensions);
    this.ranks = new Int32Array(n * runs);
    this.classCounts = new Int32Array(n * CLASS_LABELS.length);
    this.yA = new Float64Array(runs);
    this.yB = new Float64Array(runs);
    this.yAB = design.slots.map(() => new Float64Array(runs));
  }
}

function evaluate(state: State, choice: RunChoice): number {
  const scores = variantScores(state.variants, choice.normalisation, choice.outliers);
  const logs = state.logs.get(scores)!;
  runIndex(scores, choice, state.weights, state.buffers.index, logs, state.buffers);
  rankInto(state.buffers.index, state.buffers);
  return meanAbsoluteShift(state.buffers.ranks, state.nominalRanks);
}

/** Row j: A (kept for the intervals and classes), B, then each AB_i. */
function runRow(state: State, j: number): void {
  const { design, sample, point, buffers, choice } = state;
  state.yA[j] = evaluate(state, choiceAt(design, designRow(sample, j, "a", point), choice));
  const n = buffers.ranks.length;
  // Run-major: one contiguous copy per run; the summary gathers each region's runs once.
  state.ranks.set(buffers.ranks, j * n);
  if (choice.normalisation === "leader") {
    state.classedRuns++;
    for (let r = 0; r < n; r++) {
      const c = classPosition(buffers.index[r]);
      if (c >= 0) state.classCounts[r * CLASS_LABELS.length + c]++;
    }
  }
  state.yB[j] = evaluate(state, choiceAt(design, designRow(sample, j, "b", point), choice));
  for (let i = 0; i < design.slots.length; i++) {
    const slot = design.slots[i];
    state.yAB[i][j] = evaluate(state, choiceAt(design, designRow(sample, j, slot, point), choice));
  }
}

export function robustnessJob(
  input: RobustnessInput,
  options: RobustnessOptions = {}
): RobustnessJob {
  const { runs, seed } = checkOptions(options);
  if (input.values.length === 0)
    throw new CoreError("shape", "functions.arg.empty", { name: "table" });
  const state = new State(input, options, runs, seed);
  let done = 0;
  return {
    total: runs,
    done: () => done,
    step(rows: number) {
      const end = Math.min(runs, done + Math.max(1, Math.floor(rows)));
      for (; done < end; done++) runRow(state, done);
      return done === runs;
    },
    result() {
      // A caller's mistake (result before the last step), not a user's input: worded as a refusal.
      if (done < runs)
        throw new CoreError("invalid-argument", "robust.error.unfinished", { done, runs });
      return summarise(input, options, state, runs, seed);
    },
  };
}

/** The whole analysis at once (the command line; the pane steps the job instead). */
export function analyseRobustness(
  input: RobustnessInput,
  options: RobustnessOptions = {}
): RobustnessResult {
  const job = robustnessJob(input, options);
  job.step(job.total);
  return job.result();
}

function summarise(
  input: RobustnessInput,
  options: RobustnessOptions,
  state: State,
  runs: number,
  seed: number
): RobustnessResult {
  const k = CLASS_LABELS.length;
  const n = state.nominalRanks.length;
  const gathered = new Int32Array(runs);
  const regions = input.names.map((name, r) => {
    for (let j = 0; j < runs; j++) gathered[j] = state.ranks[j * n + r];
    const rank = rankSummary(gathered);
    const classes = classSummary(state.classCounts.subarray(r * k, (r + 1) * k), state.classedRuns);
    const nominalClass = CLASS_LABELS[classPosition(state.nominalIndex[r])];
    return {
      name,
      nominalIndex: state.nominalIndex[r],
      nominalRank: state.nominalRanks[r],
      nominalClass,
      medianRank: rank.median,
      meanRank: rank.mean,
      q05: rank.q05,
      q95: rank.q95,
      classProbabilities: classes.probabilities,
      nominalClassProbability: classes.probabilities ? classes.probabilities[nominalClass] : null,
      likelyClass: classes.likely?.label ?? null,
      likelyClassProbability: classes.likely?.probability ?? null,
    };
  });
  const indices = sobolIndices(state.yA, state.yB, state.yAB);
  // The bootstrap draws from its own stream, so its count never shifts the runs.
  const intervals = sobolIntervals(
    state.yA,
    state.yB,
    state.yAB,
    options.resamples ?? DEFAULT_RESAMPLES,
    seededUniform(seed ^ 0x5f3759df)
  );
  const leader = state.variants.leader[0];
  let flooredCells = 0;
  for (let i = 0; i < leader.length; i++) if (leader[i] < GEOMETRIC_FLOOR) flooredCells++;
  return {
    runs,
    seed,
    varied: [...state.design.varied],
    weightSpread: WEIGHT_SPREAD,
    geometricFloor: GEOMETRIC_FLOOR,
    flooredCells,
    classedRuns: state.classedRuns,
    evaluations: runs * (state.design.slots.length + 2) + INDICATOR_CODES.length,
    treatments: state.variants.treatments.map((t, c) => ({
      code: INDICATOR_CODES[c],
      method: t.method,
      points: t.points,
    })),
    regions,
    sensitivity: state.design.slots.map((slot, i) => ({
      assumption: slot.assumption,
      first: indices[i].first,
      total: indices[i].total,
      firstInterval: intervals[i].first,
      totalInterval: intervals[i].total,
    })),
    exclusion: INDICATOR_CODES.map((code, c) => {
      const choice = nominalChoice();
      choice.excluded = c;
      return { code, meanAbsRankChange: evaluate(state, choice) };
    }),
    coherence: coherenceOf(leader),
  };
}
