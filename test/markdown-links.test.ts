/**
 * Every relative link of the repository's Markdown files points at a file of the repository, and
 * every #anchor at a heading of the file it names (GitHub's anchors). The README's table of
 * recognised headers is checked against the reader: each header it lists is recognised as the
 * figure the row names.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import { recogniseField, isRegionHeader } from "../src/sheet";

const ROOT = join(__dirname, "..");
const SKIP = new Set(["node_modules", "dist", "test-artifacts", ".git", "coverage"]);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

/** GitHub's heading anchors: lower case, punctuation other than "-" and "_" dropped, spaces to "-". */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");

const withoutCode = (markdown: string) =>
  markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");

function anchors(file: string): Set<string> {
  const text = readFileSync(file, "utf8").replace(/^```[\s\S]*?^```/gm, "");
  return new Set([...text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => slug(m[1])));
}

/** Relative links [text](target) outside code. */
function links(markdown: string): { target: string; anchor: string | null }[] {
  return [...withoutCode(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((t) => !/^[a-z]+:/i.test(t))
    .map((t) => {
      const [path, anchor] = t.split("#");
      return { target: path, anchor: anchor ?? null };
    });
}

/** The links of a file's text that do not resolve. */
function brokenLinks(file: string, markdown: string): string[] {
  const broken: string[] = [];
  for (const { target, anchor } of links(markdown)) {
    const path = target === "" ? file : resolve(dirname(file), target);
    const shown = anchor ? `${target}#${anchor}` : target;
    if (relative(ROOT, path).startsWith("..")) broken.push(`${shown}: outside the repository`);
    else if (!existsSync(path)) broken.push(`${shown}: no such file`);
    else if (anchor && path.endsWith(".md") && !anchors(path).has(anchor))
      broken.push(`${shown}: no such heading`);
  }
  return broken;
}

describe("Markdown links", () => {
  const files = markdownFiles(ROOT);

  it("finds the documents", () => {
    const names = files.map((f) => relative(ROOT, f));
    expect(names).toEqual(
      expect.arrayContaining([
        "README.md",
        "README.ru.md",
        "docs/FUNCTIONS.md",
        "docs/DEVELOPMENT.md",
        "docs/METHOD.md",
      ])
    );
  });

  it.each(markdownFiles(ROOT).map((f) => [relative(ROOT, f), f]))(
    "%s: every relative link and anchor resolves inside the repository",
    (_, file) => {
      expect(brokenLinks(file, readFileSync(file, "utf8"))).toEqual([]);
    }
  );

  it("the check sees a broken link, a broken anchor and a link out of the repository", () => {
    const readme = join(ROOT, "README.md");
    const made =
      "[m](METHOD.md) [a](docs/METHOD.md#no-such-heading) [o](../shared/METHOD.md) [ok](docs/METHOD.md#the-method) [s](#quick-start) `[c](nothing.md)`";
    expect(brokenLinks(readme, made)).toEqual([
      "METHOD.md: no such file",
      "docs/METHOD.md#no-such-heading: no such heading",
      "../shared/METHOD.md: outside the repository",
    ]);
  });
});

describe("the README's table of recognised headers", () => {
  const FIGURES: Record<string, string> = {
    "gross regional product": "grp",
    "employed persons": "employed",
    "fixed assets": "fixedAssets",
    "air emissions": "emissions",
    "R&D expenditure": "rdExpenditure",
    "technological-innovation expenditure": "techInnovationExpenditure",
    "innovative products": "innovativeProducts",
    population: "population",
    "S_D labour productivity": "S_D",
    "S_F return on fixed assets": "S_F",
    "S_E eco-efficiency": "S_E",
  };
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const table = readme.slice(readme.indexOf("| figure | Russian | Kazakh | English |"));
  const rows = table
    .split("\n\n")[0]
    .split("\n")
    .slice(2)
    .map((l) =>
      l
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim())
    );

  it("lists every figure", () => {
    expect(rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(["region names", ...Object.keys(FIGURES)])
    );
  });

  it("every header it lists is recognised as its figure", () => {
    const wrong: string[] = [];
    for (const [figure, ru, kk, en] of rows) {
      const headers = [ru, kk, en]
        .flatMap((c) => c.split(", "))
        .filter((h) => h && !h.includes("…"));
      for (const h of headers) {
        if (figure === "region names") {
          if (!isRegionHeader(h)) wrong.push(`${figure}: ${h}`);
        } else if (FIGURES[figure] && recogniseField(h) !== FIGURES[figure])
          wrong.push(`${figure}: ${h} -> ${recogniseField(h)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
