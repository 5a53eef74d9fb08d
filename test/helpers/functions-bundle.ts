/**
 * Loads the BUILT custom functions (dist/functions.js) the way Excel does: in a fresh JavaScript
 * context whose `CustomFunctions` global records every `associate(id, fn)` call, with `Error` and
 * `ErrorCode` shaped like Office's. Functions are then looked up by the ids of dist/functions.json,
 * so a test exercises exactly what ships. Run `npm run build` first (npm test does).
 *
 * The functions' words are chunks of their own (dist/fwords-en.js, fwords-ru.js), which webpack
 * fetches with a <script> element, as in the page: the context's `document` evaluates the chunk's
 * file into the same context a turn later and calls the element's onload (or, for a file a test
 * makes fail, onerror). A call whose result needs words not there yet returns a Promise:
 * `callWhenWorded` waits for it, `wordsArrived` waits for the words of the current language.
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
  /** As `call`, and a Promise result is waited for (its rejection with an Error is the value). */
  callWhenWorded(id: string, ...args: unknown[]): Promise<unknown>;
  /**
   * Resolves when the functions' words of the display language `tag` (default: the current one)
   * are there; the display language is the current one again afterwards.
   */
  wordsArrived(tag?: string): Promise<void>;
  /** The chunk files the page was asked to load, in order ("fwords-ru.js"). */
  readonly chunksRequested: readonly string[];
  /**
   * Gives the bundle an `Office.context.displayLanguage` ("ru-RU"), as Excel's shared runtime
   * does; undefined takes Office away again (the default: no Office global at all).
   */
  setDisplayLanguage(tag: string | undefined): void;
}

let cached: LoadedFunctions | null = null;

export interface LoadOptions {
  /** Chunk files whose fetches fail, as on a dropped connection ("fwords-ru.js"). */
  failing?: readonly string[];
  /** How many fetches of each failing file fail before one loads (default: all of them). */
  failures?: number;
  /** An Office.context.displayLanguage already there when functions.js runs ("ru-RU"). */
  displayLanguage?: string;
}

/**
 * The page of the shared runtime as webpack's chunk loading sees it: `document.head` takes a
 * <script> element, whose file is evaluated into `context` a turn later (then onload), or not
 * found (onerror). `self` is the window, where webpack keeps its chunk list.
 */
function pageDocument(context: vm.Context, requested: string[], options: LoadOptions = {}) {
  type Script = Record<string, unknown> & { src: string };
  const fails = (file: string) =>
    (options.failing ?? []).includes(file) &&
    requested.filter((f) => f === file).length <= (options.failures ?? Infinity);
  const load = (script: Script) => {
    const file = script.src.slice(script.src.lastIndexOf("/") + 1);
    requested.push(file);
    setTimeout(() => {
      const handler = fails(file) ? "onerror" : "onload";
      if (handler === "onload") vm.runInContext(readFileSync(join(DIST, file), "utf8"), context);
      (script[handler] as ((event: unknown) => void) | null)?.({ type: handler.slice(2) });
    }, 0);
  };
  return {
    // The script's own address is where webpack fetches the chunks from.
    currentScript: { tagName: "SCRIPT", src: "https://localhost:3000/functions.js" },
    getElementsByTagName: () => [],
    createElement: (): Script => {
      const attributes: Record<string, string> = {};
      return {
        src: "",
        setAttribute: (name: string, value: string) => (attributes[name] = value),
        getAttribute: (name: string) => attributes[name],
      };
    },
    head: { appendChild: load },
  };
}

export function loadFunctions(options?: LoadOptions): LoadedFunctions {
  if (cached && !options) return cached;
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
  const requested: string[] = [];
  const context = vm.createContext({ CustomFunctions, console, setTimeout, clearTimeout });
  context.self = context;
  context.document = pageDocument(context, requested, options);
  if (options?.displayLanguage)
    context.Office = { context: { displayLanguage: options.displayLanguage } };
  vm.runInContext(readFileSync(script, "utf8"), context, { filename: script });
  const get = (id: string): ExcelFunction => {
    if (!metadata.some((f) => f.id === id))
      throw new Error(`functions.json has no function with id ${id}`);
    const fn = registered.get(id);
    if (!fn) throw new Error(`dist/functions.js does not associate a function with id ${id}`);
    return fn;
  };
  const call = (id: string, ...args: unknown[]): unknown => {
    try {
      return get(id)(...args);
    } catch (e) {
      if (e instanceof FakeExcelError) return e;
      throw e;
    }
  };
  const callWhenWorded = async (id: string, ...args: unknown[]): Promise<unknown> => {
    const result = call(id, ...args);
    if (!isThenable(result)) return result;
    try {
      return await result;
    } catch (e) {
      if (e instanceof FakeExcelError) return e;
      throw e;
    }
  };
  const loaded: LoadedFunctions = {
    metadata,
    get,
    call,
    callWhenWorded,
    chunksRequested: requested,
    // A call whose cell needs a message (a text is not an index) answers once the words are there.
    wordsArrived: async (tag) => {
      const office: unknown = context.Office;
      if (tag !== undefined) loaded.setDisplayLanguage(tag);
      try {
        await callWhenWorded("INNOV_INDEX", [["words?"]], [["words?"]]);
      } finally {
        context.Office = office;
        if (office === undefined) delete context.Office;
      }
    },
    setDisplayLanguage(tag) {
      if (tag === undefined) delete context.Office;
      else context.Office = { context: { displayLanguage: tag } };
    },
  };
  if (!options) cached = loaded;
  return loaded;
}

/** A Promise, also one made in the bundle's own context (not an instance of this one's). */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
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
