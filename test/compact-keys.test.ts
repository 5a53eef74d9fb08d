/**
 * The build's short dictionary ids (scripts/compact-keys.js): one id per functions key, unique,
 * never another audience's key; keys the code completes at run time keep their end; code that
 * completes a key from an unlisted prefix stops the build. The plugin is run here on made-up code;
 * test/build-output.test.ts checks the bundle it makes.
 */
import { transformSync } from "@babel/core";
import { AUDIENCES } from "../src/i18n/audiences";
import { functionsEn } from "../src/i18n/functions.en";

const compactKeys = require("../scripts/compact-keys") as {
  compactKeysPlugin: unknown;
  compaction(): { ids: Map<string, string>; prefixes: Map<string, string> };
  functionsKeys(): string[];
  DYNAMIC_PREFIXES: string[];
};

const { ids, prefixes } = compactKeys.compaction();

/** Made-up code as the build compacts it. */
function compact(code: string): string {
  const out = transformSync(code, {
    filename: "made-up.ts",
    configFile: false,
    babelrc: false,
    plugins: [compactKeys.compactKeysPlugin as never],
  });
  return out?.code ?? "";
}

describe("short ids of the functions' keys", () => {
  it("reads every key of functions.en.ts, in order", () => {
    expect(compactKeys.functionsKeys()).toEqual(Object.keys(functionsEn));
  });

  it("gives each key its own id, which is no key of any audience", () => {
    const all = [...ids.values()];
    expect(all).toHaveLength(Object.keys(functionsEn).length);
    expect(new Set(all).size).toBe(all.length);
    const keys = new Set(Object.values(AUDIENCES).flatMap((a) => Object.keys(a.en)));
    expect(all.filter((id) => keys.has(id))).toEqual([]);
    // Short: one or two letters, or a prefix's id and the key's end.
    expect(all.filter((id) => !/^([a-zA-Z]{1,2}|\$\d+\..+)$/.test(id))).toEqual([]);
  });

  it("keeps the end of a key the code completes at run time", () => {
    for (const prefix of compactKeys.DYNAMIC_PREFIXES) {
      const under = Object.keys(functionsEn).filter((k) => k.startsWith(prefix));
      expect(under.length).toBeGreaterThan(0);
      for (const key of under)
        expect(ids.get(key)).toBe(prefixes.get(prefix) + key.slice(prefix.length));
    }
  });

  it("rewrites keys in strings, dictionaries and completed prefixes, nothing else", () => {
    const id = ids.get("functions.cell.notNumber");
    const grp = ids.get("functions.figure.grp");
    const figure = prefixes.get("functions.figure.");
    expect(compact('t("functions.cell.notNumber", { where });')).toBe(`t("${id}", {\n  where\n});`);
    expect(compact('const d = { "functions.cell.notNumber": "x" };')).toBe(
      `const d = {\n  "${id}": "x"\n};`
    );
    expect(compact("p(`functions.figure.${f}`);")).toBe(`p(\`${figure}\${f}\`);`);
    expect(compact('p("functions.figure." + f);')).toBe(`p("${figure}" + f);`);
    expect(compact('p("functions.figure.grp");')).toBe(`p("${grp}");`);
    // Not keys: left as written.
    for (const code of ['p("functions.cell");', 'p("pane.title");', 'p("functions.figure.");'])
      expect(compact(code)).toBe(code);
  });

  it("stops the build where code completes a key from a prefix it does not list", () => {
    expect(() => compact("p(`functions.cell.${kind}`);")).toThrow(/DYNAMIC_PREFIXES/);
    expect(() => compact('p("functions.ksi." + kind);')).toThrow(/DYNAMIC_PREFIXES/);
    expect(() => compact("p(`functions.c${x}`);")).toThrow(/DYNAMIC_PREFIXES/);
  });
});
