/**
 * The add-in in Russian, as built: dist/functions.ru-RU.json (the English metadata with the
 * translations of src/functions/metadata.ru.json), the manifest's ru-RU overrides pointing at
 * files that exist in dist/, and the help pages (dist/help) that every help link opens, built
 * from the one English reference (docs/FUNCTIONS.md) and the Russian translations.
 * Run `npm run build` first (npm test does).
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { JSDOM } from "jsdom";
const {
  localizeFunctions,
  markdownToHtml,
  readTranslations,
} = require("../scripts/localized-assets");

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");
const CYRILLIC = /[А-Яа-яЁё]/;

interface Meta {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: { name: string; description: string; optional?: boolean }[];
  }[];
}
const read = (file: string) => readFileSync(join(DIST, file), "utf8");
const english: Meta = JSON.parse(read("functions.json"));
const russian: Meta = JSON.parse(read("functions.ru-RU.json"));

describe("functions.ru-RU.json", () => {
  it("has every id of functions.json, with the same names and parameters", () => {
    expect(russian.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    russian.functions.forEach((f, i) => {
      expect(f.name).toBe(english.functions[i].name);
      expect(f.parameters.map((p) => p.name)).toEqual(
        english.functions[i].parameters.map((p) => p.name)
      );
    });
  });

  it("describes every function and parameter in Russian", () => {
    const english = russian.functions.flatMap((f) => [
      ...(CYRILLIC.test(f.description) ? [] : [`${f.id}: ${f.description}`]),
      ...f.parameters
        .filter((p) => !CYRILLIC.test(p.description))
        .map((p) => `${f.id}.${p.name}: ${p.description}`),
    ]);
    expect(english).toEqual([]);
  });

  it("the translations match the generated English metadata exactly: no id or parameter missing, none extra", () => {
    expect(localizeFunctions(english, readTranslations()).problems).toEqual([]);
  });

  it("the check names a missing translation, a missing parameter and a translation of nothing", () => {
    const translations = readTranslations();
    const first = english.functions[0];
    const broken = { ...translations, NO_SUCH: translations[first.id] };
    delete broken[english.functions[1].id];
    broken[first.id] = {
      ...translations[first.id],
      parameters: { ...translations[first.id].parameters },
    };
    delete broken[first.id].parameters[first.parameters[0].name];
    const { problems } = localizeFunctions(english, broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        `${english.functions[1].id}: no translation`,
        `${first.id}: no translation of parameter ${first.parameters[0].name}`,
        "NO_SUCH: translated but not in functions.json",
      ])
    );
  });
});

/** The manifest's URL mapped to the file in dist/ it serves. */
function distPath(url: string, host: string): string {
  expect(url.startsWith(host)).toBe(true);
  return join(DIST, url.slice(host.length).split("#")[0]);
}

describe.each([
  ["manifest.xml", readFileSync(join(ROOT, "manifest.xml"), "utf8")],
  ["dist/manifest.xml", read("manifest.xml")],
])("%s in Russian", (_, xml) => {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
  const host = all("bt:Url")
    .find((u) => u.getAttribute("id") === "Taskpane.Url")!
    .getAttribute("DefaultValue")!
    .replace(/taskpane\.html$/, "");
  const override = (el: Element) =>
    Array.from(el.children)
      .find((c) => /(^|:)Override$/.test(c.tagName) && c.getAttribute("Locale") === "ru-RU")
      ?.getAttribute("Value") ?? null;
  const resource = (tag: string, id: string) => all(tag).find((e) => e.getAttribute("id") === id)!;

  it("points the functions' metadata at the Russian file, which exists in dist/", () => {
    const url = override(resource("bt:Url", "Functions.Metadata.Url"));
    expect(url).toBe(`${host}functions.ru-RU.json`);
    expect(existsSync(distPath(url!, host))).toBe(true);
  });

  it("every URL and override points at a file of dist/ on the add-in's own host", () => {
    const urls = [...all("bt:Url"), ...all("SupportUrl")].flatMap((e) =>
      [e.getAttribute("DefaultValue")!, override(e)].filter((u): u is string => !!u)
    );
    expect(urls.length).toBeGreaterThanOrEqual(7);
    const absent = urls.filter((u) => !existsSync(distPath(u, host)));
    expect(absent).toEqual([]);
  });

  it("has Russian display name, description, ribbon group, button and tooltip", () => {
    const strings = [
      override(all("DisplayName")[0]),
      override(all("Description")[0]),
      override(resource("bt:String", "Group.Label")),
      override(resource("bt:String", "TaskpaneButton.Label")),
      override(resource("bt:String", "TaskpaneButton.Tooltip")),
      override(resource("bt:String", "GetStarted.Title")),
      override(resource("bt:String", "GetStarted.Description")),
    ];
    for (const s of strings) expect(s).toMatch(CYRILLIC);
  });
});

describe("help pages", () => {
  const page = (file: string) => new JSDOM(read(file)).window.document;
  const en = page("help/functions.en.html");
  const ru = page("help/functions.ru.html");
  const anchor = (id: string) => `cluster${id.toLowerCase()}`;
  const functionAnchors = (doc: Document) =>
    Array.from(doc.querySelectorAll("h1[id^=cluster], h2[id^=cluster], h3[id^=cluster]")).map(
      (h) => h.id
    );
  const reference = readFileSync(join(ROOT, "docs", "FUNCTIONS.md"), "utf8");
  const referenceFunctions = [...reference.matchAll(/^#{1,6}\s+CLUSTER\.([A-Z_]+)\s*$/gm)].map(
    (m) => m[1]
  );

  it("the reference document, the English page and functions.json name the same functions", () => {
    const ids = english.functions.map((f) => f.id).sort();
    expect([...referenceFunctions].sort()).toEqual(ids);
    expect(functionAnchors(en).sort()).toEqual(ids.map(anchor).sort());
    expect(en.documentElement.lang).toBe("en");
  });

  it("the Russian page has one anchor per function, in Russian", () => {
    expect(functionAnchors(ru).sort()).toEqual(english.functions.map((f) => anchor(f.id)).sort());
    expect(ru.documentElement.lang).toBe("ru");
    expect(ru.querySelector("main")!.textContent).toMatch(/индекс инновационного развития/i);
  });

  it("every help link opens its function's anchor of the page in its language, a file of dist/", () => {
    for (const [meta, file, doc] of [
      [english, "functions.en.html", en],
      [russian, "functions.ru.html", ru],
    ] as const) {
      for (const f of meta.functions) {
        const [url, hash] = f.helpUrl!.split("#");
        expect(url.endsWith(`/help/${file}`)).toBe(true);
        expect(hash).toBe(anchor(f.id));
        expect(doc.getElementById(hash)).not.toBeNull();
      }
    }
  });

  it("converts the reference's Markdown: headings with GitHub anchors, tables, code, lists", () => {
    const html = markdownToHtml(
      "## CLUSTER.KSI\n\nText `a|b` **bold**.\n\n| p | m |\n|---|---|\n| rows | one \\| two |\n\n- one\n- two\n"
    );
    expect(html).toContain('<h2 id="clusterksi">CLUSTER.KSI</h2>');
    expect(html).toContain("<code>a|b</code>");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<td>one | two</td>");
    expect(html).toContain("<ul><li>one</li><li>two</li></ul>");
  });
});
