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
  indexDynamics,
  indicatorInfo,
  indicatorLeaders,
  leaderScore,
  normaliseWeights,
  scoreRowPart,
} from "../core";
import {
  Grid,
  NO_DATA,
  Outcome,
  applyMissing,
  asGrid,
  flatten,
  isOmitted,
  pairShape,
  passOnError,
  passOnFirstError,
  perCell,
  readMissingPolicy,
  readList,
  readNumber,
  relabelRow,
  width,
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
  const table = asGrid(tableArg);
  checkIndicatorWidth(table, "table");
  checkIndicatorWidth(rows, "rows");
  const leaders = tableLeaders(table, missing);
  return rows.map((row, r) => [
    perCell(() => {
      const label = rows.length === 1 ? "this row" : `row ${r + 1}`;
      const values = row.map((cell, c) => readNumber(cell, `${label}, ${INDICATOR_CODES[c]}`));
      try {
        return scoreRowPart(values, leaders, part, { weights, missing });
      } catch (e) {
        throw relabelRow(e, label);
      }
    }),
  ]);
}

function checkIndicatorWidth(grid: Grid, name: string): void {
  if (grid.length === 0) throw new CoreError("shape", `${name} is empty`);
  if (width(grid) !== INDICATOR_CODES.length) {
    throw new CoreError(
      "shape",
      `${name} has ${width(grid)} columns; it needs the six indicators ${INDICATOR_LIST}, in this order`
    );
  }
}

/** The leader of each indicator column; any problem in the table fails the whole call. */
function tableLeaders(table: Grid, missing: MissingPolicy): number[] {
  passOnFirstError(table, (r, c) => `table row ${r + 1}, ${INDICATOR_CODES[c]}`);
  const values = table.map((row, r) =>
    row.map((cell, c) => {
      const where = `table row ${r + 1}, ${INDICATOR_CODES[c]}`;
      return applyMissing(readNumber(cell, where), missing, where);
    })
  );
  try {
    return indicatorLeaders(values, { missing });
  } catch (e) {
    if (e instanceof CoreError) throw new CoreError(e.kind, `table: ${e.message}`);
    throw e;
  }
}

/** Weights of susceptibility and activity: two numbers in any two cells, or omitted for 0.5/0.5. */
export function readWeights(arg: unknown): Weights {
  if (isOmitted(arg)) return EQUAL_WEIGHTS;
  const cells = flatten(asGrid(arg)).filter((c) => !isOmitted(c));
  if (cells.length !== 2) {
    throw new CoreError(
      "invalid-argument",
      `weights needs two numbers (susceptibility, activity), got ${cells.length}`
    );
  }
  const [susceptibility, activity] = cells.map((c, i) => {
    const value = readNumber(c, `weights ${i + 1}`);
    if (value === null) throw new CoreError("missing", `weights ${i + 1} is missing`);
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
  passOnFirstError([list], (_, i) => `column value ${i + 1}`);
  const column = list.map((cell, i) => {
    const where = `column value ${i + 1}`;
    return applyMissing(readNumber(cell, where), missing, where);
  });
  const leader = columnLeader(column, "column");
  const values = asGrid(valuesArg);
  return values.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const where = values.length === 1 && row.length === 1 ? "value" : `value ${r + 1},${c + 1}`;
        const value = applyMissing(readNumber(cell, where), missing, where);
        if (value === null) return NO_DATA;
        if (value > leader * (1 + 1e-12)) {
          throw new CoreError(
            "not-found",
            `${where} (${value}) is above the column's leader ${leader}; is it part of the column?`
          );
        }
        return leaderScore(value, leader);
      })
    )
  );
}

/** Reads an indicator code written as "S_D", "s_d", "SD" or "S D". */
export function readIndicatorCode(arg: unknown): IndicatorCode {
  const cell = Array.isArray(arg) ? flatten(asGrid(arg))[0] : arg;
  passOnError(cell, "code");
  const text = String(cell ?? "")
    .trim()
    .toUpperCase()
    .replace(/[\s_-]/g, "");
  const code = INDICATOR_CODES.find((c) => c.replace("_", "") === text);
  if (!code)
    throw new CoreError(
      "invalid-argument",
      `"${String(cell ?? "")}" is not an indicator; use one of ${INDICATOR_LIST}`
    );
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
  const numerators = asGrid(numeratorArg);
  const denominatorAt = pairShape(numerators, asGrid(denominatorArg), "numerator", "denominator");
  const single = numerators.length === 1 && width(numerators) === 1;
  return numerators.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const at = single ? "" : ` ${r + 1},${c + 1}`;
        const n = applyMissing(
          readNumber(cell, `${info.inputs[0]}${at}`),
          missing,
          `${info.inputs[0]}${at}`
        );
        const d = applyMissing(
          readNumber(denominatorAt(r, c), `${info.inputs[1]}${at}`),
          missing,
          `${info.inputs[1]}${at}`
        );
        if (n === null || d === null) return NO_DATA;
        if (n < 0 || d < 0)
          throw new CoreError(
            "negative",
            `${code}${at}: a negative figure; the indicators are ratios of sizes`
          );
        return deriveIndicator(code, { [info.inputs[0]]: n, [info.inputs[1]]: d }) as number;
      })
    )
  );
}

/** The paper's dynamics column, later / earlier * 100, cell by cell. */
export function dynamics(earlierArg: unknown, laterArg: unknown): Outcome[][] {
  const earlier = asGrid(earlierArg);
  const laterAt = pairShape(earlier, asGrid(laterArg), "earlier", "later");
  const single = earlier.length === 1 && width(earlier) === 1;
  return earlier.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const at = single ? "" : ` ${r + 1},${c + 1}`;
        const first = applyMissing(
          readNumber(cell, `earlier index${at}`),
          "error",
          `earlier index${at}`
        ) as number;
        const second = applyMissing(
          readNumber(laterAt(r, c), `later index${at}`),
          "error",
          `later index${at}`
        ) as number;
        if (first < 0 || second < 0)
          throw new CoreError("negative", `index${at}: a negative index is not on the 0-100 scale`);
        return indexDynamics(first, second);
      })
    )
  );
}
