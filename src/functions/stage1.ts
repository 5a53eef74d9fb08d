/**
 * Stage 1 of the method as worksheet functions: percent of the leader (formula 1), the
 * susceptibility and activity ratings (formulas 2, 3), the innovation development index (formula
 * 4), the six indicators from raw yearbook figures, and the dynamics between two years.
 *
 * Region functions take the region's row(s) and the whole table: filled down one row per region,
 * each call reads the table once (linear in its size), scores one row and returns one value.
 */
import {
  CoreError,
  EQUAL_WEIGHTS,
  INDICATOR_CODES,
  IndicatorCode,
  MissingPolicy,
  RegionPart,
  Weights,
  columnLeader,
  deriveIndicator,
  figureName,
  indexDynamics,
  indicatorInfo,
  indicatorLeaders,
  leaderScore,
  normaliseWeights,
  limitFigure,
  scoreRowPart,
} from "../core";
import { MessageKey, Phrase, phrase } from "../i18n/functions";
import {
  Grid,
  NO_DATA,
  Outcome,
  applyMissing,
  argument,
  asGrid,
  cellAt,
  flatten,
  isOmitted,
  nonEmpty,
  pairShape,
  passOnError,
  passOnFirstError,
  perCell,
  readMissingPolicy,
  readList,
  readNumber,
  relabelRow,
  rowOf,
  width,
  withoutBlankTail,
  Where,
} from "./cells";

const INDICATOR_LIST = INDICATOR_CODES.join(", ");

/**
 * Scores region rows against the leaders of a table of the six indicators. One result per row of
 * `rows`, as a column; a bad row gets its own error, a bad table or option fails the whole call.
 */
export function scoreRegions(
  rowsArg: unknown,
  tableArg: unknown,
  weightsArg: unknown,
  missingArg: unknown,
  part: RegionPart
): Outcome[][] {
  const missing = readMissingPolicy(missingArg);
  const weights = readWeights(weightsArg);
  const rows = asGrid(rowsArg);
  const table = withoutBlankTail(asGrid(tableArg));
  checkIndicatorWidth(table, "table");
  checkIndicatorWidth(rows, "rows");
  const leaders = tableLeaders(table, missing);
  return rows.map((row, r) => [
    perCell(() => {
      const label = rowOf(rows.length, r);
      const values = row.every(isPlainNumber)
        ? (row as number[])
        : row.map((cell, c) => readNumber(cell, indicatorAt(label, c)));
      try {
        return scoreRowPart(values, leaders, part, { weights, missing });
      } catch (e) {
        throw relabelRow(e, label);
      }
    }),
  ]);
}

/** One indicator of a row: "row 3, S_D". */
function indicatorAt(row: Where, c: number): Where {
  return phrase("functions.where.indicator", { at: row, code: INDICATOR_CODES[c] });
}

function tableCell(r: number, c: number): Where {
  return indicatorAt(phrase("functions.where.tableRow", { n: r + 1 }), c);
}

function checkIndicatorWidth(grid: Grid, name: string): void {
  if (grid.length === 0) throw new CoreError("shape", "functions.arg.empty", { name });
  if (width(grid) !== INDICATOR_CODES.length) {
    throw new CoreError("shape", "functions.stage1.width", {
      name,
      count: width(grid),
      codes: INDICATOR_LIST,
    });
  }
}

/**
 * The leader of each indicator column; any problem in the table fails the whole call. A table of
 * plain non-negative numbers (the usual case, read by every cell of a filled-down column) is read
 * in one pass; anything else takes the careful path below, which words the refusal.
 */
function tableLeaders(table: Grid, missing: MissingPolicy): number[] {
  return plainLeaders(table) ?? checkedLeaders(table, missing);
}

function isPlainNumber(cell: unknown): boolean {
  return typeof cell === "number" && Number.isFinite(cell);
}

/** The column leaders of a table of finite non-negative numbers with no zero column, else null. */
function plainLeaders(table: Grid): number[] | null {
  const n = INDICATOR_CODES.length;
  const leaders = new Array<number>(n).fill(0);
  for (const row of table) {
    if (row.length !== n) return null;
    for (let c = 0; c < n; c++) {
      const v = row[c];
      if (typeof v !== "number" || !(v >= 0) || v === Infinity) return null;
      if (v > leaders[c]) leaders[c] = v;
    }
  }
  return leaders.every((leader) => leader > 0) ? leaders : null;
}

function checkedLeaders(table: Grid, missing: MissingPolicy): number[] {
  passOnFirstError(table, tableCell);
  const values = table.map((row, r) =>
    row.map((cell, c) => {
      const where = tableCell(r, c);
      return applyMissing(readNumber(cell, where), missing, where);
    })
  );
  try {
    return indicatorLeaders(values, { missing });
  } catch (e) {
    if (e instanceof CoreError)
      throw new CoreError(e.kind, "functions.within", { name: "table", reason: e.reason });
    throw e;
  }
}

/** Weights of susceptibility and activity: two numbers in any two cells, or omitted for 0.5/0.5. */
export function readWeights(arg: unknown): Weights {
  if (isOmitted(arg)) return EQUAL_WEIGHTS;
  const weight = (i: number) => phrase("functions.where.item", { name: "weights", n: i + 1 });
  passOnFirstError(asGrid(arg), (_, c) => weight(c));
  const cells = flatten(asGrid(arg)).filter((c) => !isOmitted(c));
  if (cells.length !== 2) {
    throw new CoreError("invalid-argument", "functions.stage1.weightsCount", {
      count: cells.length,
    });
  }
  const [susceptibility, activity] = cells.map((c, i) => {
    const value = readNumber(c, weight(i));
    if (value === null)
      throw new CoreError("missing", "functions.cell.absent", { where: weight(i) });
    return value;
  });
  // Checked here so that bad weights fail the call, not every row.
  normaliseWeights({ susceptibility, activity });
  return { susceptibility, activity };
}

/**
 * Formula (1) for single values: each value as a percent of the largest value of `column`.
 * The result has the shape of `values`.
 */
export function leaderScores(
  valuesArg: unknown,
  columnArg: unknown,
  missingArg: unknown
): Outcome[][] {
  const missing = readMissingPolicy(missingArg);
  const list = readList(columnArg, "column");
  const at = (i: number) => phrase("functions.where.value", { name: "column", n: i + 1 });
  passOnFirstError([list], (_, i) => at(i));
  const column = list.map((cell, i) => {
    const where = at(i);
    return applyMissing(readNumber(cell, where), missing, where);
  });
  const leader = columnLeader(column, "column");
  const values = nonEmpty(asGrid(valuesArg), "values");
  return values.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const where = cellAt(phrase("functions.word.value"), values, r, c);
        const value = applyMissing(readNumber(cell, where), missing, where);
        if (value === null) return NO_DATA;
        if (value > leader * (1 + 1e-12)) {
          throw new CoreError("not-found", "functions.stage1.aboveLeader", {
            where,
            value,
            leader: limitFigure(leader, value),
          });
        }
        // Within the tolerance above, a value computed apart from its column is its leader.
        return leaderScore(Math.min(value, leader), leader);
      })
    )
  );
}

/** Reads an indicator code written as "S_D", "s_d", "SD" or "S D". */
export function readIndicatorCode(arg: unknown): IndicatorCode {
  const cell = Array.isArray(arg) ? flatten(asGrid(arg))[0] : arg;
  passOnError(cell, argument("code"));
  const text = String(cell ?? "")
    .trim()
    .toUpperCase()
    .replace(/[\s_-]/g, "");
  const code = INDICATOR_CODES.find((c) => c.replace("_", "") === text);
  if (!code)
    throw new CoreError("invalid-argument", "functions.stage1.notIndicator", {
      text: String(cell ?? ""),
      codes: INDICATOR_LIST,
    });
  return code;
}

/**
 * One of the six indicators from raw yearbook figures (METHOD.md table), e.g. S_D from GRP (mln
 * tenge) and employed persons. Numerator and denominator are cells or ranges of the same shape.
 */
export function indicatorFromFigures(
  codeArg: unknown,
  numeratorArg: unknown,
  denominatorArg: unknown,
  missingArg: unknown
): Outcome[][] {
  const code = readIndicatorCode(codeArg);
  const missing = readMissingPolicy(missingArg);
  const info = indicatorInfo(code);
  const numerators = nonEmpty(asGrid(numeratorArg), "numerator");
  const denominatorAt = pairShape(numerators, asGrid(denominatorArg), "numerator", "denominator");
  return numerators.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const at = (what: Phrase | string) => cellAt(what, numerators, r, c);
        const nAt = at(figureName(info.inputs[0]));
        const dAt = at(figureName(info.inputs[1]));
        const n = applyMissing(readNumber(cell, nAt), missing, nAt);
        const d = applyMissing(readNumber(denominatorAt(r, c), dAt), missing, dAt);
        if (n === null || d === null) return NO_DATA;
        if (n < 0 || d < 0)
          throw new CoreError("negative", "functions.stage1.negativeFigure", { where: at(code) });
        return deriveIndicator(code, { [info.inputs[0]]: n, [info.inputs[1]]: d }) as number;
      })
    )
  );
}

/** The paper's dynamics column, later / earlier * 100, cell by cell. */
export function dynamics(earlierArg: unknown, laterArg: unknown): Outcome[][] {
  const earlier = nonEmpty(asGrid(earlierArg), "earlier");
  const laterAt = pairShape(earlier, asGrid(laterArg), "earlier", "later");
  return earlier.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const at = (key: MessageKey) => cellAt(phrase(key), earlier, r, c);
        const firstAt = at("functions.word.earlierIndex");
        const secondAt = at("functions.word.laterIndex");
        const first = applyMissing(readNumber(cell, firstAt), "error", firstAt) as number;
        const second = applyMissing(
          readNumber(laterAt(r, c), secondAt),
          "error",
          secondAt
        ) as number;
        if (first < 0 || second < 0)
          throw new CoreError("negative", "functions.stage1.negativeIndex", {
            where: at("functions.word.index"),
          });
        return indexDynamics(first, second);
      })
    )
  );
}
