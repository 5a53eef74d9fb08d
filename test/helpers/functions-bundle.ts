/**
 * Loads the BUILT custom functions (dist/functions.js) the way Excel does: in a fresh JavaScript
 * context whose `CustomFunctions` global records every `associate(id, fn)` call, with `Error` and
 * `ErrorCode` shaped like Office's. Functions are then looked up by the ids of dist/functions.json,
 * so a test exercises exactly what ships. Run `npm run build` first (npm test does).
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import vm from "vm";

export const DIST = join(__dirname, "..", "..", "dist");

/** Office's CustomFunctions.ErrorCode values (what Excel displays). */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Mimics CustomFunctions.Error: an error code and an optional message. */
export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

export type ExcelFunction = (...args: unknown[]) => unknown;

export interface LoadedFunctions {
  metadata: FunctionMetadata[];
  /** The function registered under an id of functions.json; a test fails if there is none. */
  get(id: string): ExcelFunction;
  /** Calls a function as Excel does: a thrown CustomFunctions.Error becomes the cell's value. */
  call(id: string, ...args: unknown[]): unknown;
  /**
   * Gives the bundle an `Office.context.displayLanguage` ("ru-RU"), as Excel's shared runtime
   * does; undefined takes Office away again (the default: no Office global at all).
   */
  setDisplayLanguage(tag: string | undefined): void;
}

let cached: LoadedFunctions | null = null;

export function loadFunctions(): LoadedFunctions {
  if (cached) return cached;
  const script = join(DIST, "functions.js");
  const json = join(DIST, "functions.json");
  if (!existsSync(script) || !existsSync(json)) {
    throw new Error(
      "dist/functions.js or dist/functions.json is missing: run `npm run build` first (npm test builds)"
    );
  }
  const metadata = (JSON.parse(readFileSync(json, "utf8")) as { functions: FunctionMetadata[] })
    .functions;
  const registered = new Map<string, ExcelFunction>();
  const CustomFunctions = {
    associate(id: string, fn: ExcelFunction) {
      if (registered.has(id)) throw new Error(`function id ${id} associated twice`);
      registered.set(id, fn);
    },
    Error: FakeExcelError,
    ErrorCode,
  };
  // A page of the shared runtime: `self` is the window, where webpack keeps its chunk list, and
  // the script's own address is where webpack would fetch the pane's chunks from.
  const document = {
    currentScript: { tagName: "SCRIPT", src: "https://localhost:3000/functions.js" },
  };
  const context = vm.createContext({ CustomFunctions, console, document });
  context.self = context;
  vm.runInContext(readFileSync(script, "utf8"), context, { filename: script });
  const get = (id: string): ExcelFunction => {
    if (!metadata.some((f) => f.id === id))
      throw new Error(`functions.json has no function with id ${id}`);
    const fn = registered.get(id);
    if (!fn) throw new Error(`dist/functions.js does not associate a function with id ${id}`);
    return fn;
  };
  cached = {
    metadata,
    get,
    setDisplayLanguage(tag) {
      if (tag === undefined) delete context.Office;
      else context.Office = { context: { displayLanguage: tag } };
    },
    call(id, ...args) {
      try {
        return get(id)(...args);
      } catch (e) {
        if (e instanceof FakeExcelError) return e;
        throw e;
      }
    },
  };
  return cached;
}

/** The registered ids (to check every id of functions.json is associated and vice versa). */
export function associatedIds(): string[] {
  const ids: string[] = [];
  const context = vm.createContext({
    CustomFunctions: { associate: (id: string) => ids.push(id), Error: FakeExcelError, ErrorCode },
    console,
    // As in loadFunctions: the shared runtime's page, where webpack finds its own address.
    document: { currentScript: { tagName: "SCRIPT", src: "https://localhost:3000/functions.js" } },
  });
  context.self = context;
  vm.runInContext(readFileSync(join(DIST, "functions.js"), "utf8"), context);
  return ids;
}

/** True for an Excel error value with the given code whose message matches. */
export function isExcelError(value: unknown, code: string, message?: RegExp): boolean {
  return (
    value instanceof FakeExcelError &&
    value.code === code &&
    (!message || message.test(value.message ?? ""))
  );
}

/** Asserts an Excel error value: its code, and a message naming the problem. */
export function expectExcelError(value: unknown, code: string, message: RegExp): void {
  expect(value).toBeInstanceOf(FakeExcelError);
  const error = value as FakeExcelError;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
}
