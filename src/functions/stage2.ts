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
  RowOutcome,
  krugmanByRow,
  krugmanIndexOf,
  locationQuotientCells,
  nationalShare,
  overflowScale,
  limitFigure,
} from "../core";
import { phrase } from "../i18n/functions";
import {
  Grid,
  NO_DATA,
  Outcome,
  Where,
  applyMissing,
  argument,
  asGrid,
  cellAt,
  flatten,
  nonEmpty,
  passOnError,
  passOnFirstError,
  perCell,
  readChoice,
  readList,
  readMissingPolicy,
  readNumber,
  relabelRow,
  rowOf,
  width,
  withoutBlankTail,
} from "./cells";

/** Industry sizes have no meaningful "skip": a region's shares need every industry. */
function readSizesPolicy(arg: unknown): MissingPolicy {
  const policy = readMissingPolicy(arg);
  if (policy === "skip") {
    throw new CoreError("invalid-argument", "functions.stage2.noSkip");
  }
  return policy;
}

/** Industry k of a row: "table row 3, industry 2". */
function industryAt(row: Where, c: number): Where {
  return phrase("functions.where.industry", { at: row, n: c + 1 });
}

const tableRow = (r: number): Where => phrase("functions.where.tableRow", { n: r + 1 });

function readSizes(grid: Grid, policy: MissingPolicy, rowLabel: (r: number) => Where): number[][] {
  return grid.map((row, r) =>
    row.map((cell, c) => {
      const where = industryAt(rowLabel(r), c);
      const size = applyMissing(readNumber(cell, where), policy, where) as number;
      if (size < 0)
        throw new CoreError("negative", "functions.ksi.negative", {
          label: rowLabel(r),
          n: c + 1,
          value: size,
        });
      return size;
    })
  );
}

function readTable(tableArg: unknown, policy: MissingPolicy): number[][] {
  const table = withoutBlankTail(asGrid(tableArg));
  if (table.length === 0 || width(table) === 0)
    throw new CoreError("shape", "functions.arg.empty", { name: "table" });
  passOnFirstError(table, (r, c) => industryAt(tableRow(r), c));
  return readSizes(table, policy, tableRow);
}

function checkSameWidth(rows: Grid, table: readonly (readonly number[])[]): void {
  if (width(rows) !== table[0].length) {
    throw new CoreError("shape", "functions.stage2.width", {
      rowsName: "rows",
      tableName: "table",
      rows: width(rows),
      table: table[0].length,
    });
  }
}

function rowLabel(rows: Grid): (r: number) => Where {
  return (r) => rowOf(rows.length, r);
}

/**
 * Where each table row is, by its values (the first of equal rows): a map keeps a spilling call
 * linear in its size.
 */
function firstRowByValue(table: readonly (readonly number[])[]): Map<string, number> {
  const index = new Map<string, number>();
  table.forEach((t, j) => {
    const key = t.join("|");
    if (!index.has(key)) index.set(key, j);
  });
  return index;
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
  const rows = nonEmpty(asGrid(rowsArg), "rows");
  checkSameWidth(rows, table);
  const label = rowLabel(rows);
  // Every region's index at once, linear in the table; each row of the call finds its own by
  // value (a map, as in lq), so a spill of 1,000 rows is not 1,000 passes over the table.
  let byRow: RowOutcome<number>[] | null = null;
  try {
    byRow = krugmanByRow(table, reference);
  } catch (e) {
    if (!(e instanceof CoreError)) throw e;
  }
  const rowIndex = firstRowByValue(table);
  return rows.map((row, r) => [
    perCell(() => {
      const [sizes] = readSizes([row], policy, () => label(r));
      const j = rowIndex.get(sizes.join("|"));
      const k = byRow !== null && j !== undefined ? byRow[j] : null;
      if (typeof k === "number") return k;
      // The core names a region by its place in the table; name the row the user sees.
      if (k instanceof CoreError) throw relabelRow(k, label(r), "label");
      // A row not in the table: the core's own refusal for it.
      try {
        return krugmanIndexOf(sizes, table, reference);
      } catch (e) {
        throw relabelRow(e, label(r), "label");
      }
    }),
  ]);
}

/** Herfindahl-Hirschman index of each region row, plain (1/K..1) or normalised (0..1). */
export function hhi(rowsArg: unknown, normalisedArg: unknown, missingArg: unknown): Outcome[][] {
  const normalised = readFlag(normalisedArg, "normalised");
  const policy = readSizesPolicy(missingArg);
  const rows = asGrid(rowsArg);
  if (rows.length === 0 || width(rows) === 0)
    throw new CoreError("shape", "functions.arg.empty", { name: "rows" });
  const label = rowLabel(rows);
  return rows.map((row, r) => [
    perCell(() => {
      const [sizes] = readSizes([row], policy, () => label(r));
      try {
        return normalised ? herfindahlNormalised(sizes) : herfindahl(sizes);
      } catch (e) {
        // The core calls the row "row" (its label); name the one the user sees.
        throw relabelRow(e, label(r), "label");
      }
    }),
  ]);
}

/** TRUE/FALSE, 1/0 or omitted (FALSE). */
function readFlag(arg: unknown, name: string): boolean {
  const cell = Array.isArray(arg) ? flatten(asGrid(arg))[0] : arg;
  if (cell === null || cell === undefined || cell === "") return false;
  passOnError(cell, argument(name));
  if (typeof cell === "boolean") return cell;
  if (cell === 0 || cell === 1) return cell === 1;
  const text = String(cell).trim().toUpperCase();
  if (text === "TRUE") return true;
  if (text === "FALSE") return false;
  throw new CoreError("invalid-argument", "functions.stage2.flag", { name, value: String(cell) });
}

/**
 * Location quotients of region rows against the national mix of the table, in the shape of
 * `rows`. Each row must be one of the table's rows.
 */
export function lq(rowsArg: unknown, tableArg: unknown, missingArg: unknown): Outcome[][] {
  const policy = readSizesPolicy(missingArg);
  const table = readTable(tableArg, policy);
  const rows = nonEmpty(asGrid(rowsArg), "rows");
  checkSameWidth(rows, table);
  // Cell by cell: an all-zero region has no quotients, the others keep theirs.
  const quotients = locationQuotientCells(table);
  const rowIndex = firstRowByValue(table);
  const label = rowLabel(rows);
  return rows.map((row, r) => {
    let found: RowOutcome<number>[] | CoreError;
    try {
      const [sizes] = readSizes([row], policy, () => label(r));
      const j = rowIndex.get(sizes.join("|"));
      found =
        j !== undefined
          ? quotients[j]
          : new CoreError("not-found", "functions.stage2.lqNotFound", { where: label(r) });
    } catch (e) {
      if (!(e instanceof CoreError)) throw e;
      found = e;
    }
    // The core names a region by its place in the table; name the row the user sees.
    const outcome = (x: RowOutcome<number> | CoreError) =>
      x instanceof CoreError ? (relabelRow(x, label(r), "label") as CoreError) : x;
    return row.map((_, k) => outcome(found instanceof CoreError ? found : found[k]));
  });
}

/**
 * Each value's share of the total of `table` (one industry, all regions): the paper's Table 7
 * "modified KSI". With missing "skip", a region without data shows "-" and counts as no output.
 */
export function itShare(valuesArg: unknown, tableArg: unknown, missingArg: unknown): Outcome[][] {
  const policy = readMissingPolicy(missingArg);
  const list = readList(tableArg, "table");
  const at = (i: number) => phrase("functions.where.value", { name: "table", n: i + 1 });
  passOnFirstError([list], (_, i) => at(i));
  const column = list.map((cell, i) => {
    const where = at(i);
    const value = applyMissing(readNumber(cell, where), policy, where);
    if (value !== null && value < 0)
      throw new CoreError("negative", "functions.stage2.negativeShare", { where, value });
    return value;
  });
  // The core checks the sizes (no negatives, a non-zero total); the share is then value / total,
  // both scaled down (overflowScale) so that a total of values near 1e308 stays finite.
  nationalShare(column);
  const f = overflowScale(
    column.reduce<number>((m, v) => Math.max(m, v ?? 0), 0),
    column.length
  );
  const total = column.reduce<number>((s, v) => s + (v ?? 0) * f, 0);
  const values = nonEmpty(asGrid(valuesArg), "values");
  return values.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const where = cellAt(phrase("functions.word.value"), values, r, c);
        const value = applyMissing(readNumber(cell, where), policy, where);
        if (value === null) return NO_DATA;
        if (value < 0)
          throw new CoreError("negative", "functions.stage2.negativeShare", { where, value });
        if (value * f > total * (1 + 1e-12)) {
          throw new CoreError("not-found", "functions.stage2.aboveTotal", {
            where,
            value,
            total: limitFigure(total / f, value),
          });
        }
        return (value * f) / total;
      })
    )
  );
}
