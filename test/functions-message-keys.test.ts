/**
 * Every refusal the core and the functions can give has its words in the dictionaries: each
 * `new CoreError(...)` / `new InputError(...)` in src names a dictionary key (or passes on the key
 * of a refusal it re-words), every "functions.*" key the code names is in both dictionaries, and
 * nothing in src/core or src/functions throws a plain Error with English text. TypeScript checks
 * the keys too; this test also catches a key cast past it (`"..." as MessageKey`) or text in a
 * template. The scanner itself is checked on made-up code below, so it cannot pass by seeing nothing.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { RAW_FIGURES } from "../src/core";
import { cliDictionary as dictionary } from "../src/i18n/cli";

const ROOT = join(__dirname, "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The top-level arguments of the call whose "(" is at `open`, as written. */
function callArguments(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === "`") {
      // Skip a string literal (the keys hold no quotes; a template's ${} holds no quote either).
      const end = text.indexOf(ch, i + 1);
      i = end < 0 ? text.length : end;
    } else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) {
      depth--;
      if (depth === 0) {
        args.push(text.slice(start, i).trim());
        return args.filter((a) => a !== "");
      }
    } else if (ch === "," && depth === 1) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return args;
}

/** Re-worded refusals pass on a key they were given: these expressions name one. */
const FORWARDED_KEYS = new Set(["e.key", "reason.key", "key"]);

interface Problem {
  file: string;
  call: string;
  why: string;
}

const keys = new Set(Object.keys(dictionary("en")));
const ruKeys = new Set(Object.keys(dictionary("ru")));
const known = (key: string) => keys.has(key) && ruKeys.has(key);

/** The refusals of one file that have no dictionary key. */
function keylessRefusals(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  for (const m of text.matchAll(/new (CoreError|InputError)\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const args = callArguments(text, open);
    const call = `${m[1]}(${args.join(", ")})`.replace(/\s+/g, " ");
    // CoreError(kind, key, ...), InputError(code, key, ...); the declaration itself is skipped.
    if (/^\w+: /.test(args[0] ?? "")) continue;
    const key = args[1];
    const literal = /^"([^"]*)"$/.exec(key ?? "");
    if (literal && known(literal[1])) continue;
    if (!literal && key !== undefined && FORWARDED_KEYS.has(key)) continue;
    problems.push({ file, call, why: literal ? "key not in both dictionaries" : "no key" });
  }
  return problems;
}

/** Every "functions.*" key the code names (phrase("..."), conditional keys) must exist. */
function unknownKeys(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  for (const m of text.matchAll(/"(functions\.[\w.]+)"/g)) {
    if (!known(m[1])) problems.push({ file, call: m[1], why: "key not in both dictionaries" });
  }
  for (const m of text.matchAll(/`(functions\.[\w.]+)\$\{(\w+)\}`/g)) {
    const names = m[2] === "figure" ? RAW_FIGURES.map((f) => m[1] + f) : [];
    if (names.length === 0 || !names.every(known))
      problems.push({ file, call: m[0], why: "template key not in both dictionaries" });
  }
  return problems;
}

/** A plain Error in the core or the functions would reach a user in English only. */
function plainErrors(file: string, text: string): Problem[] {
  return [...text.matchAll(/throw new (Error|TypeError|RangeError)\(/g)].map(() => ({
    file,
    call: "throw new Error(...)",
    why: "a refusal must be a CoreError with a key",
  }));
}

function scan(file: string, text: string): Problem[] {
  const inRefusers = /^src\/(core|functions)\//.test(file);
  return [
    ...keylessRefusals(file, text),
    ...(inRefusers ? unknownKeys(file, text) : []),
    ...(inRefusers ? plainErrors(file, text) : []),
  ];
}

describe("every refusal has a dictionary key", () => {
  const files = sourceFiles(SRC).map((path) => ({
    file: relative(ROOT, path).replace(/\\/g, "/"),
    text: readFileSync(path, "utf8"),
  }));

  test("the scan sees the refusals of the core and the functions", () => {
    const refusals = files.flatMap((f) => [
      ...f.text.matchAll(/new (CoreError|InputError)\(/g),
    ]).length;
    expect(refusals).toBeGreaterThan(80);
  });

  test("no refusal in src without a key in both dictionaries", () => {
    expect(files.flatMap((f) => scan(f.file, f.text))).toEqual([]);
  });

  test("the scan finds a refusal worded in code, a made-up key and a plain Error", () => {
    const bad = [
      'throw new CoreError("shape", `${name} is empty`);',
      'throw new CoreError("shape", "functions.noSuchKey" as MessageKey, { name });',
      "throw new InputError(code, message);",
      "throw new CoreError(e.kind, `table: ${e.message}`, { row });",
      'const k = phrase("functions.where.nowhere");',
      'throw new Error("the table is empty");',
    ].join("\n");
    const found = scan("src/functions/made-up.ts", bad).map((p) => p.why);
    expect(found).toEqual([
      "no key",
      "no key",
      "no key",
      "no key",
      "key not in both dictionaries",
      "key not in both dictionaries",
      "a refusal must be a CoreError with a key",
    ]);
    const good = [
      'throw new CoreError("shape", "functions.arg.empty", { name: "rows" });',
      'throw new InputError(code, "functions.inputError", { where, code });',
      "return new CoreError(e.kind, e.key, { ...e.params, row: label });",
    ].join("\n");
    expect(scan("src/functions/made-up.ts", good)).toEqual([]);
  });
});
