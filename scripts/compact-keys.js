/* global require, module, __dirname */
/**
 * Shorter dictionary keys in the add-in's bundles (a Babel plugin that babel.config.js runs for
 * webpack only). The functions' keys ("functions.cell.notNumber", 157 of them) are spelled in
 * both dictionaries and wherever the code names one: some 10,000 of functions.js's bytes. In the
 * bundle each becomes a short id ("a", "b", ... "bA"), the same in every module, so the pane, which
 * shares the functions' modules and dictionaries, reads the same ids. The sources, the tests and
 * the command line keep the keys as written; type checking of keys is TypeScript's, on the sources.
 *
 * Keys the code builds from a prefix (`functions.figure.${figure}`) keep their end: the prefix
 * becomes "$0." and the key "$0.grp". Every such prefix is listed in DYNAMIC_PREFIXES; a key
 * built any other way from a part of a key stops the build, rather than reach a blank message.
 */
const fs = require("fs");
const path = require("path");
const { parseSync } = require("@babel/core");

const DICTIONARY = path.join(__dirname, "..", "src", "i18n", "functions.en.ts");

/** The prefixes the code completes at run time (a template literal or a concatenation). */
const DYNAMIC_PREFIXES = ["sheet.scale.", "functions.figure.", "functions.group."];

/** The keys of `functionsEn` in functions.en.ts, in their order. */
function functionsKeys(file = DICTIONARY) {
  const ast = parseSync(fs.readFileSync(file, "utf8"), {
    filename: file,
    configFile: false,
    babelrc: false,
    presets: [require.resolve("@babel/preset-typescript")],
  });
  for (const statement of ast.program.body) {
    const declaration = statement.declaration;
    const found = declaration?.declarations?.find((d) => d.id.name === "functionsEn");
    if (!found) continue;
    let init = found.init;
    while (init.expression) init = init.expression; // `{...} satisfies ...`, `as const`
    return init.properties.map((p) => (p.key.type === "Identifier" ? p.key.name : p.key.value));
  }
  throw new Error(`${file} has no functionsEn`);
}

/** A short id for index i: a..z, A..Z, then two letters ("do" or "in" are fine as keys). */
function shortId(i) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const n = letters.length;
  return i < n ? letters[i] : letters[Math.floor(i / n) - 1] + letters[i % n];
}

/**
 * Key -> short id, and each dynamic prefix -> its short prefix. Ids start with "$" or a letter,
 * dictionary keys with a lowercase word and a dot, so no id is ever another audience's key.
 */
function compaction(keys = functionsKeys(), dynamic = DYNAMIC_PREFIXES) {
  const ids = new Map();
  const prefixes = new Map(dynamic.map((p, i) => [p, `$${i}.`]));
  let next = 0;
  for (const key of keys) {
    const prefix = dynamic.find((p) => key.startsWith(p));
    ids.set(key, prefix ? prefixes.get(prefix) + key.slice(prefix.length) : shortId(next++));
  }
  return { ids, prefixes };
}

/**
 * The build's compaction, made once per process: every module of a build (and of a watching dev
 * server's rebuilds) reads the same ids, whatever functions.en.ts becomes meanwhile. (Not with
 * babel-loader's cacheDirectory, whose cache would keep ids made from an older dictionary.)
 */
let built;
function buildCompaction() {
  return (built ??= compaction());
}

/** Whether `text` is a part of a functions key from its start, past its first dot ("functions.c"). */
function isKeyPrefix(keys, text) {
  return text.includes(".") && keys.some((k) => k.startsWith(text) && k !== text);
}

/** The Babel plugin: every key as a string, every dynamic prefix where code completes it. */
function compactKeysPlugin({ types: t }, options = {}) {
  const { ids, prefixes } = options.compaction ?? buildCompaction();
  const keys = [...ids.keys()];
  const refuse = (p, text) => {
    throw p.buildCodeFrameError(
      `"${text}" starts a dictionary key the code completes at run time: ` +
        "add it to DYNAMIC_PREFIXES in scripts/compact-keys.js"
    );
  };
  /** A literal's new text, or undefined to leave it. */
  const compact = (p, text, completed) => {
    if (ids.has(text)) return ids.get(text);
    if (!completed || !isKeyPrefix(keys, text)) return undefined;
    return prefixes.get(text) ?? refuse(p, text);
  };
  return {
    name: "compact-keys",
    visitor: {
      StringLiteral(p) {
        // A prefix counts only where code adds to it: "functions.figure." + figure.
        const completed = p.parentPath.isBinaryExpression({ operator: "+", left: p.node });
        const id = compact(p, p.node.value, completed);
        if (id !== undefined) p.replaceWith(t.stringLiteral(id));
      },
      TemplateLiteral(p) {
        const first = p.node.quasis[0];
        const text = first.value.cooked;
        const id = compact(p, text, p.node.expressions.length > 0);
        if (id !== undefined) first.value = { raw: id, cooked: id };
      },
    },
  };
}

module.exports = { compactKeysPlugin, compaction, functionsKeys, shortId, DYNAMIC_PREFIXES };
