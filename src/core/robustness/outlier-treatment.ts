/**
 * Outlier treatment by the JRC/COINr rule: an indicator whose |skew| >= 2 and kurtosis >= 3.5
 * (Excel's SKEW and KURT) is winsorised one point at a time, its most extreme value on the side
 * of the skew becoming the next one in, up to 5 points; if it still fails, the original values
 * are log-transformed instead (COINr's winsorise, then log_CT). The log is shifted so the smallest
 * value becomes 0: ln(1 + (x - min) / (0.01 (max - min))), the COIN Tool's log up to a constant,
 * which keeps values non-negative for percent-of-leader scores.
 */
import { excelKurt, excelSkew } from "./excel-stats";

export const SKEW_LIMIT = 2;
export const KURT_LIMIT = 3.5;
export const MAX_WINSORISED = 5;

/** The rule: true when the values fail it (need treatment). */
export function failsOutlierRule(values: readonly number[]): boolean {
  const skew = excelSkew(values);
  const kurt = excelKurt(values);
  return skew !== null && kurt !== null && Math.abs(skew) >= SKEW_LIMIT && kurt >= KURT_LIMIT;
}

export interface Treatment {
  /** The treated column, nulls where the input had them. */
  values: (number | null)[];
  method: "none" | "winsorised" | "log";
  /** How many points were winsorised (0 unless method is "winsorised"). */
  points: number;
}

/** Treats one column (nulls are left out of the statistics and kept in place). */
export function treatOutliers(column: readonly (number | null)[]): Treatment {
  const present = column.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!failsOutlierRule(present)) return { values: [...column], method: "none", points: 0 };
  const work = [...present];
  for (let points = 1; points <= MAX_WINSORISED; points++) {
    winsoriseOne(work, Math.sign(excelSkew(work) ?? 0));
    if (!failsOutlierRule(work))
      return { values: refill(column, work), method: "winsorised", points };
  }
  const min = Math.min(...present);
  const range = Math.max(...present) - min;
  const logged = present.map((v) => Math.log1p((v - min) / (0.01 * range)));
  return { values: refill(column, logged), method: "log", points: 0 };
}

/** The most extreme value on the skewed side becomes the next one in (ties move together). */
function winsoriseOne(values: number[], side: number): void {
  const sorted = [...values].sort((a, b) => a - b);
  const extreme = side >= 0 ? sorted[sorted.length - 1] : sorted[0];
  const next =
    side >= 0 ? [...sorted].reverse().find((v) => v < extreme) : sorted.find((v) => v > extreme);
  if (next === undefined) return;
  for (let i = 0; i < values.length; i++) if (values[i] === extreme) values[i] = next;
}

function refill(column: readonly (number | null)[], values: readonly number[]): (number | null)[] {
  let k = 0;
  return column.map((v) => (v !== null && Number.isFinite(v) ? values[k++] : v));
}
