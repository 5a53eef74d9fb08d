/**
 * Turning the adapters' outcomes into what Excel shows. Refusals become Excel error values with
 * the reason as their message (Excel shows messages on #VALUE! and #N/A only): #N/A where
 * something looked up is not there, #VALUE! for everything else. Messages are worded here, from
 * the refusal's dictionary key, in the language of Office (see lang.ts). Only this module touches
 * the CustomFunctions global, and only when a function runs.
 */
import { CoreError } from "../core";
import { InputError, Outcome } from "./cells";
import { functionsLang } from "./lang";

/** Excel keeps error messages short. */
const MAX_MESSAGE = 255;

/** Codes Excel shows with a message; Office drops messages on the others. */
const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);

/** Input errors a custom function may pass on (Office refuses #NAME? and #REF! as output). */
const PASSED_ON: Record<string, CustomFunctions.ErrorCode | undefined> = {
  "#N/A": "#N/A" as CustomFunctions.ErrorCode,
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode,
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode,
  "#NULL!": "#NULL!" as CustomFunctions.ErrorCode,
};

function errorCodeOf(e: unknown): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  if (!(e instanceof CoreError)) return codes.invalidValue;
  if (e instanceof InputError) return PASSED_ON[e.code] ?? codes.invalidValue;
  if (e.kind === "not-found") return codes.notAvailable;
  if (e.kind === "overflow") return codes.invalidNumber;
  return codes.invalidValue;
}

export function toExcelError(e: unknown): CustomFunctions.Error {
  const code = errorCodeOf(e);
  if (!WITH_MESSAGE.has(code)) return new CustomFunctions.Error(code);
  const message = wording(e).slice(0, MAX_MESSAGE);
  return new CustomFunctions.Error(code, message);
}

/** A refusal's message in the user's language; anything else (a bug) as it is. */
function wording(e: unknown): string {
  if (e instanceof CoreError) return e.messageIn(functionsLang());
  return e instanceof Error ? e.message : String(e);
}

/**
 * Runs one function call: per-cell refusals stay in their cells; a refusal of the whole call
 * (bad option, shapes that do not fit, a table without a leader) becomes one error.
 */
export function excelCall<V extends number | string | boolean = number | string>(
  compute: () => Outcome<V>[][]
): (V | CustomFunctions.Error)[][] {
  let result: Outcome<V>[][];
  try {
    result = compute();
  } catch (e) {
    throw toExcelError(e);
  }
  return result.map((row) => row.map(toCell));
}

/**
 * One result cell as Excel gets it. A number that is not finite never leaves a function: the
 * cores scale their sums, and anything that still overflows becomes #NUM! here.
 */
function toCell<V>(v: Outcome<V>): V | CustomFunctions.Error {
  if (v instanceof CoreError) return toExcelError(v);
  if (typeof v === "number" && !Number.isFinite(v))
    return toExcelError(new CoreError("overflow", "functions.notFinite"));
  return v;
}
