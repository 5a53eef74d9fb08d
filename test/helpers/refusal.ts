import { CoreError } from "../../src/core";

/** The CoreError a call throws; fails the test when it returns a value or throws anything else. */
export function refusal(f: () => unknown): CoreError {
  try {
    f();
  } catch (e) {
    if (e instanceof CoreError) return e;
    throw e;
  }
  throw new Error("expected a CoreError, got a value");
}
