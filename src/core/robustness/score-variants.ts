/**
 * The indicator scores of each variant of normalisation and outlier treatment, computed once
 * before the runs (a run only re-weights and re-aggregates them). Percent-of-leader scores come
 * from the core's own scoring (innovationIndex), so the nominal variant is the rating itself.
 * A score matrix is row-major, six scores per region, NaN where a value is missing and skipped.
 */
import { CoreError } from "../errors";
import { INDICATOR_CODES } from "../indicators";
import { type IndicatorRow, type MissingPolicy } from "../innovation-index";
import { innovationIndex } from "../score-table";
import type { Normalisation } from "./assumptions";
import { type Treatment, treatOutliers } from "./outlier-treatment";

export interface ScoreVariants {
  regions: number;
  /** Scores by normalisation and by outlier treatment (index 0 untreated, 1 treated). */
  leader: [Float64Array, Float64Array | null];
  minmax: [Float64Array | null, Float64Array | null];
  /** What the treatment did to each indicator. */
  treatments: Treatment[];
}

/** The table as the scoring sees it: under "zero" a missing value is a 0, else it stays missing. */
export function scoredTable(
  table: readonly IndicatorRow[],
  missing: MissingPolicy
): (number | null)[][] {
  return table.map((row) =>
    row.map((v) => (v === null || v === undefined ? (missing === "zero" ? 0 : null) : v))
  );
}

function columns(table: readonly (number | null)[][]): (number | null)[][] {
  return INDICATOR_CODES.map((_, c) => table.map((row) => row[c]));
}

function fromColumns(cols: readonly (number | null)[][]): (number | null)[][] {
  return cols[0].map((_, r) => cols.map((col) => col[r]));
}

function leaderScores(table: readonly (number | null)[][]): Float64Array {
  const scored = innovationIndex(table, { missing: "skip" });
  const out = new Float64Array(table.length * 6);
  scored.forEach((region, r) =>
    INDICATOR_CODES.forEach((code, c) => {
      out[r * 6 + c] = region.scores[code] ?? NaN;
    })
  );
  return out;
}

/** Min-max to [1, 100]; a column without spread scores 100 throughout. */
function minMaxScores(table: readonly (number | null)[][]): Float64Array {
  const out = new Float64Array(table.length * 6);
  columns(table).forEach((col, c) => {
    const present = col.filter((v): v is number => v !== null);
    const min = Math.min(...present);
    const range = Math.max(...present) - min;
    col.forEach((v, r) => {
      out[r * 6 + c] = v === null ? NaN : range > 0 ? 1 + (99 * (v - min)) / range : 100;
    });
  });
  return out;
}

export function scoreVariants(
  table: readonly (number | null)[][],
  need: { outliers: boolean; normalisations: readonly Normalisation[] }
): ScoreVariants {
  const treatments = columns(table).map(treatOutliers);
  const treated = fromColumns(treatments.map((t) => t.values));
  const wantsMinMax = need.normalisations.includes("minmax");
  return new Variants(
    table.length,
    [leaderScores(table), need.outliers ? leaderScores(treated) : null],
    [
      wantsMinMax ? minMaxScores(table) : null,
      wantsMinMax && need.outliers ? minMaxScores(treated) : null,
    ],
    treatments
  );
}

/** A class, not a literal: see composite-run's Buffers. */
class Variants implements ScoreVariants {
  constructor(
    readonly regions: number,
    readonly leader: [Float64Array, Float64Array | null],
    readonly minmax: [Float64Array | null, Float64Array | null],
    readonly treatments: Treatment[]
  ) {}
}

export function variantScores(
  variants: ScoreVariants,
  normalisation: Normalisation,
  treated: boolean
): Float64Array {
  const scores = (normalisation === "minmax" ? variants.minmax : variants.leader)[treated ? 1 : 0];
  if (!scores)
    throw new CoreError("invalid-argument", "robust.error.variant", {
      normalisation,
      treated: String(treated),
    });
  return scores;
}
