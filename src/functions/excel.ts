/**
 * Turning the adapters' outcomes into what Excel shows. Refusals become Excel error values with
 * the reason as their message (Excel shows messages on #VALUE! and #N/A only): #N/A where
 * something looked up is not there, #VALUE! for everything else. Only this module touches the
 * CustomFunctions global, and only when a function runs.
 */
import { CoreError } from "../core";
import { Outcome } from "./cells";

/** Excel keeps error messages short. */
const MAX_MESSAGE = 255;

export function toExcelError(e: unknown): CustomFunctions.Error {
  const message = (e instanceof Error ? e.message : String(e)).slice(0, MAX_MESSAGE);
  const code =
    e instanceof CoreError && e.kind === "not-found"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, message);
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
  return result.map((row) => row.map((v) => (v instanceof CoreError ? toExcelError(v) : v)));
}
