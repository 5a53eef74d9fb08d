/**
 * The generated dist/functions.json against the built dist/functions.js and the documentation:
 * stable ASCII ids, every function associated, parameter lists as Excel will show them, a
 * description on everything, and help links whose anchors are headings of the README's function reference.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { associatedIds, loadFunctions } from "./helpers/functions-bundle";

const HELP_BASE = "https://github.com/growth-poles/growth-poles#";

/** The public interface: ids and parameter names are what workbooks depend on. */
const EXPECTED: Record<string, string[]> = {
  INNOV_INDEX: ["rows", "table", "weights", "missing"],
  SUSCEPTIBILITY: ["rows", "table", "missing"],
  ACTIVITY: ["rows", "table", "missing"],
  LEADER_SCORE: ["values", "column", "missing"],
  INDICATOR: ["code", "numerator", "denominator", "missing"],
  DYNAMICS: ["earlier", "later"],
  RATING_CLASS: ["index", "scale"],
  CLASS_BAND: ["label", "part"],
  KSI: ["rows", "table", "reference", "missing"],
  HHI: ["rows", "normalised", "missing"],
  LOC_QUOTIENT: ["rows", "table", "missing"],
  IT_SHARE: ["values", "table", "missing"],
  PROMISING_ZONE: ["ratingClass", "itShare", "minItShare", "groups", "rank", "topRanks", "part"],
};

/** GitHub's heading anchors: lower case, punctuation other than "-" and "_" dropped, spaces to "-". */
function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

const fns = loadFunctions();
const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");

/** Markdown headings (ATX style), outside fenced code. */
function headingsOf(markdown: string): string[] {
  const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, "");
  return [...withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]);
}

/** Office's rule for custom-function ids and names: a letter first, then letters, digits, "_" or ".". */
const OFFICE_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
/** Ids are ASCII only. */
const OFFICE_ID = /^[A-Za-z][A-Za-z0-9_.]{2,}$/;

describe("functions.json", () => {
  test("every id and name follows Office's naming rule (letter first, 3+ characters) and ids are unique", () => {
    const shipped = JSON.parse(
      readFileSync(join(__dirname, "..", "dist", "functions.json"), "utf8")
    ) as {
      functions: { id: string; name: string }[];
    };
    const bad = [
      ...shipped.functions.map((f) => f.id).filter((id) => !OFFICE_ID.test(id)),
      ...shipped.functions.map((f) => f.name).filter((name) => !OFFICE_NAME.test(name)),
    ];
    expect(bad).toEqual([]);
    const ids = shipped.functions.map((f) => f.id.toUpperCase());
    expect(new Set(ids).size).toBe(ids.length);
    const names = shipped.functions.map((f) => f.name.toUpperCase());
    expect(new Set(names).size).toBe(names.length);
  });

  test("holds exactly the expected functions, with stable ASCII ids equal to their names", () => {
    expect(fns.metadata.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of fns.metadata) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(f.name).toBe(f.id);
    }
  });

  test("every id is associated with a function in functions.js, once, and nothing else is", () => {
    expect(associatedIds().sort()).toEqual(fns.metadata.map((f) => f.id).sort());
  });

  test.each(Object.entries(EXPECTED))(
    "%s has the parameters %j, optional ones last",
    (id, names) => {
      const f = fns.metadata.find((m) => m.id === id)!;
      expect(f.parameters.map((p) => p.name)).toEqual(names);
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0)
        expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
      // The bundled function takes as many arguments as Excel passes.
      expect(fns.get(id).length).toBe(names.length);
      // Results spill: every function returns a matrix.
      expect(f.result.dimensionality).toBe("matrix");
    }
  );

  test("every function and every parameter has a description", () => {
    for (const f of fns.metadata) {
      expect((f.description ?? "").length).toBeGreaterThan(30);
      for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
    }
  });

  test("ranges are taken as matrices of any cell type, so text and blanks reach the function", () => {
    for (const [id, param] of [
      ["INNOV_INDEX", "rows"],
      ["INNOV_INDEX", "table"],
      ["RATING_CLASS", "index"],
      ["KSI", "table"],
    ]) {
      const p = fns.metadata.find((m) => m.id === id)!.parameters.find((q) => q.name === param)!;
      expect(p.type).toBe("any");
      expect(p.dimensionality).toBe("matrix");
    }
  });

  test("every help URL points to exactly one heading of the README, on the one base URL", () => {
    for (const f of fns.metadata) {
      expect(f.helpUrl?.startsWith(HELP_BASE)).toBe(true);
      const anchor = f.helpUrl!.slice(HELP_BASE.length);
      const matching = headingsOf(readme).filter((h) => githubSlug(h) === anchor);
      // Exactly one: GitHub gives a repeated heading the anchor "...-1".
      expect(matching).toEqual([`CLUSTER.${f.name}`]);
    }
  });
});
