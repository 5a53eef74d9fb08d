/**
 * Reading what Excel hands a custom function: 2-D arrays of numbers, text, booleans, blanks ("" or
 * null) and error values. Text that a yearbook would print as a number ("1 054 074,4") is read
 * with the core's yearbook reader; text that could be read two ways ("1,234") is refused.
 */
import { CoreError, DIGIT_GROUPS_REASON, MissingPolicy, parseYearbookNumber } from "../core";
import { MessageKey, Phrase, PhraseParams, phrase } from "../i18n/functions";

/** Where a value is, as a message names it: "table row 3, S_D". Worded when an error is shown. */
export type Where = Phrase;

/** A parameter named as the formula names it ("weights"), the same in every language. */
export function argument(name: string): Where {
  return phrase("functions.where.name", { name });
}

/** Row n of a range of several rows, or "this row" when there is only one. */
export function rowOf(rows: number, r: number): Where {
  return rows === 1
    ? phrase("functions.where.thisRow")
    : phrase("functions.where.row", { n: r + 1 });
}

/** A cell of a result's range: `what` alone for a one-cell range, else "what 2,3" (row, column). */
export function cellAt(what: Phrase | string, grid: Grid, r: number, c: number): Where {
  if (grid.length === 1 && width(grid) === 1)
    return typeof what === "string" ? argument(what) : what;
  return phrase("functions.where.cell", { what, row: r + 1, column: c + 1 });
}

/**
 * A cell's value as a message quotes it: text as typed, a number as the language writes it,
 * TRUE/FALSE as the language's Excel shows them (ИСТИНА/ЛОЖЬ).
 */
export function quoted(cell: unknown): string | Phrase {
  if (typeof cell === "boolean")
    return phrase(cell ? "functions.word.true" : "functions.word.false");
  if (typeof cell === "number") return phrase("functions.where.figure", { value: cell });
  return String(cell);
}

/** A refusal with its reason as a phrase (one built from others, or with a place in front). */
export function refusal(kind: CoreError["kind"], reason: Phrase): CoreError {
  return new CoreError(kind, reason.key, reason.params);
}

/** A range as a custom function receives it. */
export type Grid = readonly (readonly unknown[])[];

/**
 * What one output cell holds before it is handed to Excel: a value or the reason it has none.
 * Values are numbers or text unless a function says otherwise (PROMISING_ZONE gives TRUE/FALSE).
 */
export type Outcome<V = number | string> = V | CoreError;

/** Shown in a result cell for a value left out under the "skip" policy: the yearbooks' "no data". */
export const NO_DATA = "-";

/**
 * A scalar passed where a range is expected arrives as a bare value; make every input 2-D, each
 * cell as the value it shows (see basicValue).
 */
export function asGrid(value: unknown): Grid {
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    return plainCells(value.every((row) => Array.isArray(row)) ? (value as unknown[][]) : [value]);
  }
  return [[basicValue(value)]];
}

/** The kinds of data-type cell that stand for one plain value: its basicValue. */
const PLAIN_DATA_TYPES = new Set(["Double", "String", "Boolean", "FormattedNumber"]);

/**
 * A data-type cell as the value it shows. With allowCustomDataForDataTypeAny (the generated
 * metadata sets it) Excel hands a formatted number as {type: "Double", basicValue: 5, ...}, an
 * error as {type: "Error", basicValue: "#DIV/0!", ...}: the number is the number, the error
 * the error. Entities and other kinds stay objects, refused naming the cell (passOnError).
 */
export function basicValue(cell: unknown): unknown {
  if (cell === null || typeof cell !== "object" || Array.isArray(cell)) return cell;
  const { type, basicValue: value } = cell as { type?: unknown; basicValue?: unknown };
  if (type === "Error" && typeof value === "string" && value.startsWith("#"))
    return { code: value };
  if (typeof type === "string" && PLAIN_DATA_TYPES.has(type)) {
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
      return value;
  }
  return cell;
}

/** The grid itself when no cell is an object (the usual case: no copy), else a plain copy. */
function plainCells(grid: unknown[][]): Grid {
  for (const row of grid)
    for (const cell of row)
      if (cell !== null && typeof cell === "object") return grid.map((r) => r.map(basicValue));
  return grid;
}

/** True for an argument Excel passes for an omitted optional parameter or an empty cell. */
export function isOmitted(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (Array.isArray(value)) return asGrid(value).every((row) => row.every((c) => isOmitted(c)));
  return false;
}

/** Excel's error values as they are written; an input cell holding one passes it on. */
export const EXCEL_ERROR_CODES: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
];

/**
 * An input cell's error value, passed on as Excel's own functions pass it (#N/A in, #N/A out).
 * Its message is the input's own (so a chain of CLUSTER functions keeps the first reason) or
 * names the cell.
 */
export class InputError extends CoreError {
  constructor(
    readonly code: string,
    key: MessageKey,
    params?: PhraseParams
  ) {
    super("input-error", key, params);
  }
}

/**
 * The error value a cell holds, or null. Excel hands an error in an input range to a custom
 * function as a CustomFunctions.Error object (code and optional message; CustomFunctionsRuntime
 * 1.3 documents #NAME? and #REF! as input errors); an error typed as the exact text "#N/A" is
 * taken as that error too, as some hosts pass errors as text.
 */
export function cellError(cell: unknown): { code: string; message?: string } | null {
  if (typeof cell === "string") return EXCEL_ERROR_CODES.includes(cell) ? { code: cell } : null;
  if (cell === null || typeof cell !== "object" || Array.isArray(cell)) return null;
  const { code, message } = basicValue(cell) as { code?: unknown; message?: unknown };
  // An object of another kind is no error: it is refused as what it is (readNumber), never as
  // "the cell holds #VALUE!".
  if (typeof code !== "string" || !code.startsWith("#")) return null;
  return { code, message: typeof message === "string" && message !== "" ? message : undefined };
}

/** Throws the cell's error value, if it holds one, as an InputError naming the cell. */
export function passOnError(cell: unknown, where: Where): void {
  const type = dataTypeOf(cell);
  if (type !== null)
    throw new CoreError("not-a-number", "functions.cell.dataType", { where, type });
  const error = cellError(cell);
  if (error) {
    throw error.message !== undefined
      ? new InputError(error.code, "functions.passedOn", { message: error.message })
      : new InputError(error.code, "functions.inputError", { where, code: error.code });
  }
}

/** The kind of a data-type cell that stands for no plain value (an entity, an image), or null. */
function dataTypeOf(cell: unknown): string | null {
  const plain = basicValue(cell);
  if (plain === null || typeof plain !== "object" || Array.isArray(plain)) return null;
  const { type, code } = plain as { type?: unknown; code?: unknown };
  return typeof type === "string" && code === undefined ? type : null;
}

/** The first error value of a range in reading order, thrown before anything else is checked. */
export function passOnFirstError(grid: Grid, describe: (row: number, col: number) => Where): void {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      // Numbers are most cells: no error there, and no description to build.
      if (typeof row[c] !== "number" && cellError(row[c])) passOnError(row[c], describe(r, c));
    }
  }
}

/** The number in a cell, null for a blank or a yearbook's "no data" mark; refuses anything else. */
export function readNumber(value: unknown, where: Where): number | null {
  const cell = basicValue(value);
  if (typeof cell === "number") {
    if (Number.isFinite(cell)) return cell;
    throw new CoreError("not-a-number", "functions.cell.notFinite", { where });
  }
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "boolean")
    throw new CoreError("not-a-number", "functions.cell.boolean", { where });
  passOnError(cell, where);
  refuseObject(cell, where);
  return readText(String(cell), where);
}

/**
 * Refuses a cell holding an object that is neither an error value nor a data type (passOnError
 * refuses those, by what they are): as what it is, not as "#VALUE!" or "[object Object]".
 */
export function refuseObject(cell: unknown, where: Where): void {
  if (cell !== null && typeof cell === "object")
    throw new CoreError("not-a-number", "functions.cell.notFigure", { where });
}

/**
 * A number typed as text, read as Excel reads it where its own functions read text as a number:
 * a yearbook number, with a leading plus sign ("+5") or a percent sign ("12%", "63,4 %" is 0.634)
 * around it. A refusal quotes the whole text.
 */
function readText(text: string, where: Where): number | null {
  const wrapped = /^\s*(\+?)\s*((?!\+).*?\d)\s*(%?)\s*$/.exec(text);
  if (!wrapped || (wrapped[1] === "" && wrapped[3] === ""))
    return readYearbookText(text, text, where);
  const value = readYearbookText(wrapped[2], text, where);
  if (value === null || (wrapped[1] !== "" && value < 0))
    throw new CoreError("not-a-number", "functions.cell.notNumber", { where, text: text.trim() });
  return wrapped[3] === "" ? value : value / 100;
}

/** `text` as a yearbook prints a number; refusals quote `cellText`, the whole of the cell. */
function readYearbookText(text: string, cellText: string, where: Where): number | null {
  const quoted = cellText.trim();
  const parsed = parseYearbookNumber(text, "auto");
  if (parsed.kind === "number") return parsed.value;
  if (parsed.kind === "missing") return null;
  if (parsed.reason === DIGIT_GROUPS_REASON)
    throw new CoreError("not-a-number", "functions.cell.digitGroups", { where, text: quoted });
  const ru = parseYearbookNumber(text, "ru");
  const en = parseYearbookNumber(text, "en");
  if (ru.kind === "number" && en.kind === "number") {
    throw new CoreError("not-a-number", "functions.cell.ambiguous", {
      where,
      text: quoted,
      en: en.value,
      ru: ru.value,
    });
  }
  throw new CoreError("not-a-number", "functions.cell.notNumber", { where, text: quoted });
}

/** Applies the missing-value policy to one value: a number, null (skipped) or a refusal. */
export function applyMissing(
  value: number | null,
  policy: MissingPolicy,
  where: Where
): number | null {
  if (value !== null) return value;
  if (policy === "zero") return 0;
  if (policy === "skip") return null;
  throw new CoreError("missing", "functions.cell.missing", { where });
}

/** Reads a whole range as numbers or nulls (blanks); the first bad cell refuses the range. */
export function readNumbers(
  grid: Grid,
  describe: (row: number, col: number) => Where
): (number | null)[][] {
  return grid.map((row, r) => row.map((cell, c) => readNumber(cell, describe(r, c))));
}

/**
 * A table of several columns without the wholly blank rows at its end: a range drawn past the
 * last region (A2:F100 for 16 regions) holds no region there; a region has some figure. A blank
 * row between regions stays (a region without data, refused or skipped by the missing-value
 * policy), and so does a blank cell at the end of a single column, which could be the last
 * region's missing value (its leader or its output unknown).
 */
export function withoutBlankTail(grid: Grid): Grid {
  if (width(grid) < 2) return grid;
  let end = grid.length;
  while (end > 0 && grid[end - 1].every((cell) => isOmitted(cell))) end--;
  return end === grid.length ? grid : grid.slice(0, end);
}

export function width(grid: Grid): number {
  return grid.length === 0 ? 0 : grid[0].length;
}

/** All cells of a range, row by row. */
export function flatten<T>(grid: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const row of grid) for (const cell of row) out.push(cell);
  return out;
}

/** A text option, matched without regard to case or surrounding spaces; blank gives the default. */
export function readChoice<T extends string>(
  value: unknown,
  name: string,
  choices: readonly T[],
  fallback: T
): T {
  const cell = Array.isArray(value) ? (isOmitted(value) ? null : flatten(asGrid(value))[0]) : value;
  if (cell === null || cell === undefined || cell === "") return fallback;
  passOnError(cell, argument(name));
  const text = String(cell).trim().toLowerCase();
  const found = choices.find((c) => c.toLowerCase() === text);
  if (found === undefined) {
    throw new CoreError("invalid-argument", "functions.choice", {
      name,
      choices: choices.map((c) => `"${c}"`).join(", "),
      value: String(cell),
    });
  }
  return found;
}

export const MISSING_POLICIES: readonly MissingPolicy[] = ["error", "skip", "zero"];

export function readMissingPolicy(value: unknown): MissingPolicy {
  return readChoice(value, "missing", MISSING_POLICIES, "error");
}

/** Calls f for one output cell and keeps its refusal in the cell instead of failing the call. */
export function perCell<V extends number | string | boolean>(f: () => V): Outcome<V> {
  try {
    return f();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
}

/**
 * Re-labels a core refusal about "row 1" of a one-row call with the row the user sees. The core
 * numbers rows within what it was given; a spilling call hands it one row at a time. The core
 * names the row in the parameter `param` of its reason ("row", or "label" for a row of sizes).
 */
export function relabelRow(e: unknown, label: Where, param = "row"): unknown {
  if (!(e instanceof CoreError) || !(param in e.params)) return e;
  return new CoreError(e.kind, e.key, { ...e.params, [param]: label }, { column: e.column });
}

/**
 * The rule for paired parameters: a range that pairs with another region by region (DYNAMICS'
 * later index, PROMISING_ZONE's itShare and rank, INDICATOR's denominator) has exactly its shape.
 * A single cell is not spread over many regions: one number for every region is almost always a
 * reference that was not made absolute or a range that was cut short. Only parameters documented
 * as constants (thresholds, options) take one cell.
 */
export function pairShape(
  a: Grid,
  b: Grid,
  aName: string,
  bName: string
): (r: number, c: number) => unknown {
  if (a.length !== b.length || width(a) !== width(b)) {
    const key =
      b.length === 1 && width(b) === 1 ? "functions.pairedOneCell" : "functions.pairedShape";
    throw new CoreError("shape", key, {
      a: aName,
      b: bName,
      aShape: `${a.length}x${width(a)}`,
      bShape: `${b.length}x${width(b)}`,
    });
  }
  return (r, c) => b[r][c];
}

/** A range of values a result takes its shape from: never empty (Excel cannot show an empty result). */
export function nonEmpty(grid: Grid, name: string): Grid {
  if (grid.length === 0 || width(grid) === 0)
    throw new CoreError("shape", "functions.arg.empty", { name });
  return grid;
}

/** A range that must be one column or one row (a list of values), flattened. */
export function readList(arg: unknown, name: string): unknown[] {
  const grid = asGrid(arg);
  if (grid.length === 0 || width(grid) === 0)
    throw new CoreError("shape", "functions.arg.empty", { name });
  if (grid.length > 1 && width(grid) > 1) {
    throw new CoreError("shape", "functions.arg.notList", {
      name,
      rows: grid.length,
      columns: width(grid),
    });
  }
  return flatten(grid);
}
