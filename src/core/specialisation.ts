/**
 * Stage 2 of the method: how specialised a region's industry mix is. Tables are regions in rows
 * and industries in columns, holding sizes (employment or output), never negative. What only the
 * pane's stage 2 sheet reads (one profile of every measure, IT tiers) is in specialisation-profile.ts,
 * out of the functions' bundle; it shares the helpers exported here.
 */
import { Phrase, phrase } from "../i18n/functions";
import { CoreError } from "./errors";

/** How the messages name a row of sizes: "region 3", "table row 3", "the region row". */
type Label = Phrase;
export const regionLabel = (j: number): Label => phrase("functions.where.region", { n: j + 1 });
const tableRowLabel = (j: number): Label => phrase("functions.where.tableRow", { n: j + 1 });
const REGION_ROW: Label = phrase("functions.where.regionRow");

/** Which reference economy a region's mix is compared with (METHOD.md, "Stage 2"). */
export type KsiReference =
  | "rest" // all regions but j, summed (Krugman 1991); the default
  | "national" // national total, region included (EconGeo's Krugman.index)
  | "mean"; // unweighted mean of the other regions' shares (REAT's krugman.spec2)

export const KSI_REFERENCES: readonly KsiReference[] = ["rest", "national", "mean"];

/** A region's industry shares s_jk = x_jk / sum_k x_jk. */
export function industryShares(
  row: readonly number[],
  label: Label = phrase("functions.where.aRow")
): number[] {
  checkSizes(row, label);
  // Sizes near 1e308 are scaled down first, so their sum does not overflow (see overflowScale).
  const scaled = scaledBy(row, overflowScale(maxOf(row), row.length));
  const total = sum(scaled);
  if (total === 0) throw new CoreError("zero-leader", "functions.ksi.allZero", { label });
  return scaled.map((x) => x / total);
}

/**
 * Shares, KSI and quotients do not change when every size of a table is multiplied by one
 * number. Sizes so large that a sum of `count` of them would overflow to Infinity (and every share
 * become 0) are brought down by a power of two, which is exact: ordinary sizes are left as they
 * are, bit for bit.
 */
export function overflowScale(largest: number, count: number): number {
  if (!(largest > 0) || !Number.isFinite(largest) || largest * (count + 1) < Number.MAX_VALUE)
    return 1;
  return 2 ** -Math.ceil(Math.log2(largest));
}

function maxOf(values: readonly number[]): number {
  let m = 0;
  for (const v of values) if (v > m) m = v;
  return m;
}

function scaledBy(values: readonly number[], f: number): number[] {
  return f === 1 ? [...values] : values.map((v) => v * f);
}

export function scaledTable(table: readonly (readonly number[])[], f: number): number[][] {
  return table.map((row) => scaledBy(row, f));
}

/** The scale of a whole table: its sums run over every cell at most. */
export function tableScale(table: readonly (readonly number[])[]): number {
  let m = 0;
  let count = 0;
  for (const row of table) {
    m = Math.max(m, maxOf(row));
    count += row.length;
  }
  return overflowScale(m, count);
}

/**
 * Krugman specialisation index of every region of a table: sum_k |s_jk - r_k|, from 0 (the same
 * mix as the reference) to 2 (no industry in common).
 */
export function krugmanIndex(
  sizes: readonly (readonly number[])[],
  reference: KsiReference = "rest"
): number[] {
  return krugmanByRow(sizes, reference).map(orThrow);
}

/** What one region's figure is: the number, or why it has none (the others may still have theirs). */
export type RowOutcome<T> = T | CoreError;

/** The figure, or its refusal thrown. */
export function orThrow<T>(x: RowOutcome<T>): T {
  if (x instanceof CoreError) throw x;
  return x;
}

function attempt<T>(f: () => T): RowOutcome<T> {
  try {
    return f();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
}

/**
 * KSI of every region of a table, each on its own: a region without a mix (all zeros) has no
 * index, the others keep theirs (under "mean", which needs every region's mix, none has). Linear
 * in the table: the references of all regions come from running sums (sumsWithout).
 */
export function krugmanByRow(
  sizes: readonly (readonly number[])[],
  reference: KsiReference = "rest"
): RowOutcome<number>[] {
  const table = scaledTable(checkTable(sizes), tableScale(sizes));
  return krugmanOfShares(table, rowShares(table), reference);
}

/** Each row's industry shares, or why it has none. */
export function rowShares(table: readonly (readonly number[])[]): RowOutcome<number[]>[] {
  return table.map((row, j) => attempt(() => industryShares(row, regionLabel(j))));
}

/** KSI of every row of a checked, scaled table whose rows' shares are given. */
export function krugmanOfShares(
  table: readonly (readonly number[])[],
  shares: readonly RowOutcome<number[]>[],
  reference: KsiReference
): RowOutcome<number>[] {
  const ksiAgainst = (own: RowOutcome<number[]>, ref: RowOutcome<number[]>) =>
    own instanceof CoreError ? own : ref instanceof CoreError ? ref : distance(own, ref);
  if (reference === "national") {
    const ref = attempt(() => nationalShares(table));
    return shares.map((own) => ksiAgainst(own, ref));
  }
  if (reference === "rest") {
    if (table.length === 1)
      return shares.map((own) =>
        ksiAgainst(
          own,
          attempt(() => restShares([], 0))
        )
      );
    const rests = sumsWithout(table);
    return shares.map((own, j) =>
      ksiAgainst(
        own,
        attempt(() => restShares(rests[j], j))
      )
    );
  }
  if (reference === "mean") {
    if (table.length < 2)
      return table.map(() => new CoreError("shape", "functions.ksi.meanNeedsTwo"));
    // A region without a mix (all zeros) has no shares: the others' reference, the mean of the
    // other regions' shares, is then undefined too; each region's refusal says so.
    const missing = shares.findIndex((x) => x instanceof CoreError);
    if (missing >= 0)
      return shares.map((own, j) =>
        own instanceof CoreError ? own : meanNoMix(regionLabel(j), regionLabel(missing))
      );
    const others = sumsWithout(shares as number[][]);
    return shares.map((own, j) =>
      ksiAgainst(
        own,
        others[j].map((x) => x / (table.length - 1))
      )
    );
  }
  throw new CoreError("invalid-argument", "functions.ksi.unknownReference", {
    reference: String(reference),
  });
}

/** sum_k |a_k - b_k| */
function distance(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  for (let k = 0; k < a.length; k++) d += Math.abs(a[k] - b[k]);
  return d;
}

/**
 * For each row j, the column sums of every other row, summed from those rows (a sum of the rows
 * before j and one of the rows after it). The total minus row j would lose the small rows beside
 * a huge one: KSI([[1e17,1]], [[1e17,1],[1,1]]) came out 2 instead of 1.
 */
export function sumsWithout(rows: readonly (readonly number[])[]): number[][] {
  const n = rows.length;
  const width = n === 0 ? 0 : rows[0].length;
  const after: number[][] = new Array<number[]>(n + 1);
  after[n] = new Array<number>(width).fill(0);
  for (let j = n - 1; j >= 0; j--) after[j] = after[j + 1].map((s, k) => s + rows[j][k]);
  const out: number[][] = new Array<number[]>(n);
  let before = new Array<number>(width).fill(0);
  for (let j = 0; j < n; j++) {
    const next = after[j + 1];
    out[j] = before.map((b, k) => b + next[k]);
    before = before.map((b, k) => b + rows[j][k]);
  }
  return out;
}

function nationalShares(table: readonly (readonly number[])[]): number[] {
  const columnTotals = table[0].map((_, k) => sum(table.map((row) => row[k])));
  const total = sum(columnTotals);
  return columnTotals.map((t) => t / total);
}

/**
 * The rest of the country's shares; refused when it has no industry, or when there is no rest
 * (a table of one region, given as an empty rest).
 */
function restShares(rest: readonly number[], j: number): number[] {
  const label = j >= 0 ? regionLabel(j) : REGION_ROW;
  if (rest.length === 0) throw new CoreError("shape", "functions.ksi.oneRegion", { label });
  const total = sum(rest);
  if (!(total > 0)) throw new CoreError("zero-leader", "functions.ksi.noRest", { label });
  return rest.map((x) => x / total);
}

/** Region `label`'s KSI against the mean reference, undefined because `other` has no mix. */
function meanNoMix(label: Label, other: Label): CoreError {
  return new CoreError("zero-leader", "functions.ksi.meanNoMix", { label, other });
}

/**
 * KSI of one region row against a table that contains it: what a formula filled down the region
 * rows needs. For the "rest" and "mean" references the row must be found in the table, because
 * it is left out of the reference.
 */
export function krugmanIndexOf(
  row: readonly number[],
  table: readonly (readonly number[])[],
  reference: KsiReference = "rest"
): number {
  checkTable(table);
  if (row.length !== table[0].length) {
    throw new CoreError("shape", "functions.ksi.rowWidth", {
      row: row.length,
      table: table[0].length,
    });
  }
  const own = industryShares(row, REGION_ROW);
  const width = row.length;
  if (reference !== "national" && !table.some((r) => r.every((x, k) => x === row[k]))) {
    throw new CoreError("not-found", "functions.ksi.notInTable", { reference });
  }
  // One scale for the row and the table (see scaledTable); shares do not change.
  const f = tableScale([...table, row]);
  const rows = scaledTable(table, f);
  if (reference === "national") return distance(own, nationalShares(rows));
  // The row's own place in the table, left out of the reference; the others are summed.
  const j = table.findIndex((r) => r.every((x, k) => x === row[k]));
  const others = rows.filter((_, i) => i !== j);
  if (reference === "rest") {
    if (others.length === 0) return distance(own, restShares([], -1));
    const rest = new Array<number>(width).fill(0);
    for (const r of others) for (let k = 0; k < width; k++) rest[k] += r[k];
    return distance(own, restShares(rest, -1));
  }
  if (reference === "mean") {
    if (rows.length < 2) throw new CoreError("shape", "functions.ksi.meanNeedsTwo");
    rows.forEach((r, i) => {
      if (sum(r) === 0) throw meanNoMix(REGION_ROW, tableRowLabel(i));
    });
    const shares = others.map((r) => industryShares(r));
    const ref = new Array<number>(width).fill(0);
    for (const s of shares) for (let k = 0; k < width; k++) ref[k] += s[k];
    return distance(
      own,
      ref.map((x) => x / others.length)
    );
  }
  throw new CoreError("invalid-argument", "functions.ksi.unknownReference", {
    reference: String(reference),
  });
}

/**
 * Each region's share of the national total of one industry, x_j / sum_j x_j: the paper's Table 7
 * "modified KSI" (shares of IT output). Nulls (no data) stay null and count as no output in the total.
 */
export function nationalShare(values: readonly (number | null)[]): (number | null)[] {
  values.forEach((v, j) => {
    if (v !== null && (!Number.isFinite(v) || v < 0))
      throw new CoreError(
        "negative",
        "functions.ksi.notSize",
        { label: regionLabel(j), value: v },
        { row: j }
      );
  });
  const f = overflowScale(maxOf(values.map((v) => v ?? 0)), values.length);
  const scaled = values.map((v) => (v === null ? v : v * f));
  const total = sum(scaled.map((v) => v ?? 0));
  if (total === 0) throw new CoreError("zero-leader", "functions.ksi.nationalZero");
  return scaled.map((v) => (v === null ? null : v / total));
}

/** Herfindahl-Hirschman index of a region's mix, sum_k s_jk^2, from 1/K to 1. */
export function herfindahl(row: readonly number[]): number {
  return sum(industryShares(row).map((s) => s * s));
}

/** HHI rescaled to run from 0 (even mix of K industries) to 1 (one industry). */
export function herfindahlNormalised(row: readonly number[]): number {
  const k = row.length;
  if (k < 2) throw new CoreError("shape", "functions.ksi.hhiNeedsTwo");
  return (herfindahl(row) - 1 / k) / (1 - 1 / k);
}

/** Location quotients of every region and industry: s_jk / (national share of k). */
export function locationQuotients(sizes: readonly (readonly number[])[]): number[][] {
  return locationQuotientCells(sizes).map((row) => row.map(orThrow));
}

/**
 * Location quotients cell by cell: an all-zero region has no shares, so its row has no quotients;
 * an industry no region has has no national share, so its column has none. The other cells keep
 * their quotients (a division by zero undefines only the cells it divides).
 */
export function locationQuotientCells(
  sizes: readonly (readonly number[])[]
): RowOutcome<number>[][] {
  const table = scaledTable(checkTable(sizes), tableScale(sizes));
  return quotientsOfShares(table, rowShares(table));
}

/** Location quotients of a checked, scaled table whose rows' shares are given. */
export function quotientsOfShares(
  table: readonly (readonly number[])[],
  rowShares: readonly RowOutcome<number[]>[]
): RowOutcome<number>[][] {
  const width = table[0].length;
  const columnTotals = Array.from({ length: width }, (_, k) => sum(table.map((row) => row[k])));
  const grand = sum(columnTotals);
  const noIndustry = columnTotals.map((t, k) =>
    t === 0
      ? new CoreError("zero-leader", "functions.ksi.lqZero", { n: k + 1 }, { column: k })
      : null
  );
  return rowShares.map((shares) => {
    if (shares instanceof CoreError) return columnTotals.map(() => shares);
    return columnTotals.map((total, k) => noIndustry[k] ?? shares[k] / (total / grand));
  });
}

export function checkTable(table: readonly (readonly number[])[]): readonly (readonly number[])[] {
  if (table.length === 0 || table[0].length === 0)
    throw new CoreError("shape", "functions.ksi.tableEmpty");
  table.forEach((row, j) => {
    if (row.length !== table[0].length)
      throw new CoreError(
        "shape",
        "functions.ksi.tableWidth",
        { row: j + 1, count: row.length, first: table[0].length },
        { row: j }
      );
    checkSizes(row, tableRowLabel(j));
  });
  return table;
}

function checkSizes(row: readonly number[], label: Label): void {
  row.forEach((x, k) => {
    if (typeof x !== "number" || !Number.isFinite(x))
      throw new CoreError(
        "not-a-number",
        "functions.ksi.notNumber",
        { label, n: k + 1 },
        { column: k }
      );
    if (x < 0)
      throw new CoreError(
        "negative",
        "functions.ksi.negative",
        { label, n: k + 1, value: x },
        { column: k }
      );
  });
}

export function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
