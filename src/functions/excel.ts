/**
 * Turning the adapters' outcomes into what Excel shows. Refusals become Excel error values with
 * the reason as their message (Excel shows messages on #VALUE! and #N/A only): #N/A where
 * something looked up is not there, #VALUE! for everything else. Messages are worded here, from
 * the refusal's dictionary key, in the language of Office (see lang.ts). Only this module touches
 * the CustomFunctions global, and only when a function runs.
 *
 * The words arrive after functions.js (each language is a chunk of its own, see words.ts): a
 * result that needs none (numbers, #NUM!) is returned at once; one that needs words not there yet
 * is a Promise that Excel waits for, answered when they have arrived.
 */
import { CoreError } from "../core";
import { Lang, WordsMissing } from "../i18n/functions";
import { InputError, Outcome } from "./cells";
import { functionsLang } from "./lang";
import { wordsArrive } from "./words";

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

/** What Excel gets from a call: its cells, or a Promise of them while its words are on the way. */
export type ExcelResult<V> =
  (V | CustomFunctions.Error)[][] | Promise<(V | CustomFunctions.Error)[][]>;

function errorCodeOf(e: unknown): CustomFunctions.ErrorCode {
  const codes = CustomFunctions.ErrorCode;
  if (!(e instanceof CoreError)) return codes.invalidValue;
  if (e instanceof InputError) return PASSED_ON[e.code] ?? codes.invalidValue;
  if (e.kind === "not-found") return codes.notAvailable;
  if (e.kind === "overflow") return codes.invalidNumber;
  return codes.invalidValue;
}

/**
 * The error value of a refusal, with its message in `worded`'s language; with none when `worded`
 * is null (its words could not be fetched). Throws WordsMissing while they are on the way.
 */
export function toExcelError(e: unknown, worded: Worded = functionsLang()): CustomFunctions.Error {
  const code = errorCodeOf(e);
  if (!WITH_MESSAGE.has(code) || worded === null) return new CustomFunctions.Error(code);
  const message = wording(e, worded).slice(0, MAX_MESSAGE);
  return new CustomFunctions.Error(code, message);
}

/** The language to word in, or null to give error values without messages. */
type Worded = Lang | null;

/** A refusal's message in the user's language; anything else (a bug) as it is. */
function wording(e: unknown, lang: Lang): string {
  if (e instanceof CoreError) return e.messageIn(lang);
  return e instanceof Error ? e.message : String(e);
}

/**
 * Runs one function call: per-cell refusals stay in their cells; a refusal of the whole call
 * (bad option, shapes that do not fit, a table without a leader) becomes one error. Where the
 * result needs words of Office's language that have not arrived, the call is answered again
 * when they have (the adapters are pure: running one twice gives the same cells); if they
 * cannot be fetched, with error values without messages, and #N/A for a text made of words.
 */
export function excelCall<V extends number | string | boolean = number | string>(
  compute: () => Outcome<V>[][]
): ExcelResult<V> {
  const lang = functionsLang();
  const arriving = wordsArrive(lang);
  try {
    return cellsOf(compute, lang);
  } catch (e) {
    if (!(e instanceof WordsMissing)) throw e;
    return arriving.then(
      () => cellsOf(compute, lang),
      () => cellsOf(compute, null, CustomFunctions.ErrorCode.notAvailable)
    );
  }
}

/** The call's cells, worded in `worded`; WordsMissing passes through, to wait for the words. */
function cellsOf<V>(
  compute: () => Outcome<V>[][],
  worded: Worded,
  unworded?: CustomFunctions.ErrorCode
): (V | CustomFunctions.Error)[][] {
  let result: Outcome<V>[][];
  try {
    result = compute();
  } catch (e) {
    if (e instanceof WordsMissing && unworded) throw new CustomFunctions.Error(unworded);
    throw e instanceof WordsMissing ? e : toExcelError(e, worded);
  }
  return result.map((row) => row.map((v) => toCell(v, worded)));
}

/**
 * One result cell as Excel gets it. A number that is not finite never leaves a function: the
 * cores scale their sums, and anything that still overflows becomes #NUM! here.
 */
function toCell<V>(v: Outcome<V>, worded: Worded): V | CustomFunctions.Error {
  if (v instanceof CoreError) return toExcelError(v, worded);
  if (typeof v === "number" && !Number.isFinite(v))
    return toExcelError(new CoreError("overflow", "functions.notFinite"), worded);
  return v;
}
