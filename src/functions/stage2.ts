/**
 * Stage 2 of the method as worksheet functions: how specialised a region's industry mix is (KSI,
 * HHI, location quotients) and a region's share of the national total of one industry (the
 * paper's Table 7 "modified KSI"). Tables hold regions in rows and industries in columns.
 */
import {
  CoreError,
  KSI_REFERENCES,
  KsiReference,
  MissingPolicy,
  herfindahl,
  herfindahlNormalised,
  krugmanIndexOf,
  locationQuotients,
  nationalShare,
  overflowScale,
} from "../core";
import {
  Grid,
  NO_DATA,
  Outcome,
  applyMissing,
  asGrid,
  flatten,
  passOnError,
  passOnFirstError,
  perCell,
  readChoice,
  readList,
  readMissingPolicy,
  readNumber,
  relabelRow,
  width,
} from "./cells";

/** Industry sizes have no meaningful "skip": a region's shares need every industry. */
function readSizesPolicy(arg: unknown): MissingPolicy {
  const policy = readMissingPolicy(arg);
  if (policy === "skip") {
    throw new CoreError(
      "invalid-argument",
      `missing "skip" is not possible for industry sizes (shares need every industry); use "zero" or fill the gaps`
    );
  }
  return policy;
}

function readSizes(grid: Grid, policy: MissingPolicy, rowLabel: (r: number) => string): number[][] {
  return grid.map((row, r) =>
    row.map((cell, c) => {
      const where = `${rowLabel(r)}, industry ${c + 1}`;
      const size = applyMissing(readNumber(cell, where), policy, where) as number;
      if (size < 0) throw new CoreError("negative", `${where}: negative size ${size}`);
      return size;
    })
  );
}

function readTable(tableArg: unknown, policy: MissingPolicy): number[][] {
  const table = asGrid(tableArg);
  if (table.length === 0 || width(table) === 0) throw new CoreError("shape", "table is empty");
  passOnFirstError(table, (r, c) => `table row ${r + 1}, industry ${c + 1}`);
  return readSizes(table, policy, (r) => `table row ${r + 1}`);
}

function checkSameWidth(rows: Grid, table: readonly (readonly number[])[]): void {
  if (width(rows) !== table[0].length) {
    throw new CoreError(
      "shape",
      `rows have ${width(rows)} industries but table has ${table[0].length}; both need the same industry columns`
    );
  }
}

function rowLabel(rows: Grid): (r: number) => string {
  return (r) => (rows.length === 1 ? "this row" : `row ${r + 1}`);
}

/** Krugman specialisation index of each region row, against the reference economy chosen. */
export function ksi(
  rowsArg: unknown,
  tableArg: unknown,
  referenceArg: unknown,
  missingArg: unknown
): Outcome[][] {
  const reference = readChoice<KsiReference>(referenceArg, "reference", KSI_REFERENCES, "rest");
  const policy = readSizesPolicy(missingArg);
  const table = readTable(tableArg, policy);
  const rows = asGrid(rowsArg);
  checkSameWidth(rows, table);
  const label = rowLabel(rows);
  return rows.map((row, r) => [
    perCell(() => {
      const [sizes] = readSizes([row], policy, () => label(r));
      try {
        return krugmanIndexOf(sizes, table, reference);
      } catch (e) {
        throw relabelRow(e, label(r));
      }
    }),
  ]);
}

/** Herfindahl-Hirschman index of each region row, plain (1/K..1) or normalised (0..1). */
export function hhi(rowsArg: unknown, normalisedArg: unknown, missingArg: unknown): Outcome[][] {
  const normalised = readFlag(normalisedArg, "normalised");
  const policy = readSizesPolicy(missingArg);
  const rows = asGrid(rowsArg);
  if (rows.length === 0 || width(rows) === 0) throw new CoreError("shape", "rows is empty");
  const label = rowLabel(rows);
  return rows.map((row, r) => [
    perCell(() => {
      const [sizes] = readSizes([row], policy, () => label(r));
      try {
        return normalised ? herfindahlNormalised(sizes) : herfindahl(sizes);
      } catch (e) {
        // The core calls the row "row"; name the one the user sees.
        if (e instanceof CoreError)
          throw new CoreError(e.kind, e.message.replace(/^row\b/, label(r)));
        throw e;
      }
    }),
  ]);
}

/** TRUE/FALSE, 1/0 or omitted (FALSE). */
function readFlag(arg: unknown, name: string): boolean {
  const cell = Array.isArray(arg) ? flatten(asGrid(arg))[0] : arg;
  if (cell === null || cell === undefined || cell === "") return false;
  passOnError(cell, name);
  if (typeof cell === "boolean") return cell;
  if (cell === 0 || cell === 1) return cell === 1;
  const text = String(cell).trim().toUpperCase();
  if (text === "TRUE") return true;
  if (text === "FALSE") return false;
  throw new CoreError("invalid-argument", `${name} must be TRUE or FALSE, not "${String(cell)}"`);
}

/**
 * Location quotients of region rows against the national mix of the table, in the shape of
 * `rows`. Each row must be one of the table's rows.
 */
export function lq(rowsArg: unknown, tableArg: unknown, missingArg: unknown): Outcome[][] {
  const policy = readSizesPolicy(missingArg);
  const table = readTable(tableArg, policy);
  const rows = asGrid(rowsArg);
  checkSameWidth(rows, table);
  const quotients = locationQuotients(table);
  // Region rows are found by their values; a map keeps a spilling call linear in its size.
  const rowIndex = new Map<string, number>();
  table.forEach((t, j) => rowIndex.set(t.join("|"), rowIndex.get(t.join("|")) ?? j));
  const label = rowLabel(rows);
  return rows.map((row, r) => {
    let found: number[] | CoreError;
    try {
      const [sizes] = readSizes([row], policy, () => label(r));
      const j = rowIndex.get(sizes.join("|"));
      found =
        j !== undefined
          ? quotients[j]
          : new CoreError(
              "not-found",
              `${label(r)} is not one of the table's rows; a quotient compares a region with the table's total`
            );
    } catch (e) {
      if (!(e instanceof CoreError)) throw e;
      found = e;
    }
    return row.map((_, k) => (found instanceof CoreError ? found : found[k]));
  });
}

/**
 * Each value's share of the total of `table` (one industry, all regions): the paper's Table 7
 * "modified KSI". With missing "skip", a region without data shows "-" and counts as no output.
 */
export function itShare(valuesArg: unknown, tableArg: unknown, missingArg: unknown): Outcome[][] {
  const policy = readMissingPolicy(missingArg);
  const list = readList(tableArg, "table");
  passOnFirstError([list], (_, i) => `table value ${i + 1}`);
  const column = list.map((cell, i) => {
    const where = `table value ${i + 1}`;
    return applyMissing(readNumber(cell, where), policy, where);
  });
  // The core checks the sizes (no negatives, a non-zero total); the share is then value / total,
  // both scaled down (overflowScale) so that a total of values near 1e308 stays finite.
  nationalShare(column);
  const f = overflowScale(
    column.reduce<number>((m, v) => Math.max(m, v ?? 0), 0),
    column.length
  );
  const total = column.reduce<number>((s, v) => s + (v ?? 0) * f, 0);
  const values = asGrid(valuesArg);
  const single = values.length === 1 && width(values) === 1;
  return values.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const where = single ? "value" : `value ${r + 1},${c + 1}`;
        const value = applyMissing(readNumber(cell, where), policy, where);
        if (value === null) return NO_DATA;
        if (value < 0)
          throw new CoreError("negative", `${where} (${value}) is negative; a share needs a size`);
        if (value * f > total * (1 + 1e-12)) {
          throw new CoreError(
            "not-found",
            `${where} (${value}) is above the table's total ${total / f}; is it part of the table?`
          );
        }
        return (value * f) / total;
      })
    )
  );
}
