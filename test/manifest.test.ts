/**
 * The manifest, checked offline (scripts/manifest-checks.ts): source manifest.xml and the
 * production dist/manifest.xml written by the build. The checks themselves are tested on broken
 * copies, so a check that could never fail would show here.
 */
import { existsSync, readFileSync } from "fs";
import { inflateSync } from "zlib";
import { join } from "path";
import { DEV_URL, checkManifest } from "../scripts/manifest-checks";

const root = join(__dirname, "..");
const source = readFileSync(join(root, "manifest.xml"), "utf8");
const assetsDir = join(root, "assets");

describe("manifest.xml", () => {
  const { facts, problems } = checkManifest(source, { assetsDir });

  test("passes every offline check", () => {
    expect(problems).toEqual([]);
  });

  test("one long-lived shared runtime, the CLUSTER namespace, a GUID id", () => {
    expect(facts.runtime).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    expect(facts.namespace).toBe("CLUSTER");
    expect(facts.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("the functions' script, metadata and page are the files the build writes", () => {
    expect(facts.urls["Functions.Script.Url"]).toBe(`${DEV_URL}functions.js`);
    expect(facts.urls["Functions.Metadata.Url"]).toBe(`${DEV_URL}functions.json`);
    expect(facts.urls["Taskpane.Url"]).toBe(`${DEV_URL}taskpane.html`);
  });

  test.each([
    [
      "a resid without a resource",
      (x: string) => x.replace('<bt:Url id="Functions.Metadata.Url"', '<bt:Url id="Other.Url"'),
      /refers to no resource/,
    ],
    [
      "an http URL",
      (x: string) =>
        x.replace(
          "https://localhost:3000/assets/icon-16.png",
          "http://localhost:3000/assets/icon-16.png"
        ),
      /is not https/,
    ],
    [
      "a short-lived runtime",
      (x: string) => x.replace('lifetime="long"', 'lifetime="short"'),
      /lifetime="long"/,
    ],
    [
      "another namespace",
      (x: string) => x.replace('DefaultValue="CLUSTER"', 'DefaultValue="CONTOSO"'),
      /namespace is "CONTOSO"/,
    ],
    [
      "an image resid pointing at a string",
      (x: string) =>
        x.replace(
          '<bt:Image size="16" resid="Icon.16x16"/>',
          '<bt:Image size="16" resid="Group.Label"/>'
        ),
      /needs a Images resource/,
    ],
    [
      "no SharedRuntime requirement",
      (x: string) => x.replace('Name="SharedRuntime"', 'Name="CustomFunctionsRuntime"'),
      /SharedRuntime 1.1/,
    ],
    [
      "a missing icon file",
      (x: string) => x.replace("icon-80.png", "icon-81.png"),
      /icon-81.png is not in assets/,
    ],
    ["broken XML", (x: string) => x.replace("</OfficeApp>", ""), /not well-formed/],
  ])("detects %s", (_, breakIt, message) => {
    let found: string[];
    try {
      found = checkManifest(breakIt(source), { assetsDir }).problems;
    } catch (e) {
      found = [(e as Error).message];
    }
    expect(found.some((p) => message.test(p))).toBe(true);
  });
});

describe("dist/manifest.xml (production build)", () => {
  const built = join(root, "dist", "manifest.xml");

  test("exists (npm test builds first)", () => {
    if (!existsSync(built))
      throw new Error("dist/manifest.xml is missing: run `npm run build` first");
  });

  test("has no localhost left and passes the checks", () => {
    const xml = readFileSync(built, "utf8");
    expect(xml).not.toMatch(/localhost/);
    expect(checkManifest(xml, { production: true, assetsDir }).problems).toEqual([]);
  });

  test("is the source manifest with every development URL moved to one production base", () => {
    const dev = checkManifest(source).facts;
    const prod = checkManifest(readFileSync(built, "utf8"), { production: true }).facts;
    expect(prod.id).toBe(dev.id);
    const base = prod.urls["Taskpane.Url"].replace(/taskpane\.html$/, "");
    expect(base).toMatch(/^https:\/\/(?!localhost)/);
    expect(prod.allUrls).toEqual(dev.allUrls.map((u) => u.replace(DEV_URL, base)));
  });

  test("the production check catches a localhost URL", () => {
    expect(
      checkManifest(source, { production: true }).problems.some((p) => /still points at/.test(p))
    ).toBe(true);
  });
});

describe("manifest.xml: languages, icons, help (issue 18)", () => {
  /** Every Override of a locale: the element it sits in (its id or tag) and its value. */
  function overrides(locale: string): Map<string, string> {
    const found = new Map<string, string>();
    const re = /<((?:bt:)?\w+)(?: [^>]*?id="([^"]+)")?[^>]*>\s*(?:<(?:bt:)?Override[^>]*\/>\s*)*/g;
    for (const m of source.matchAll(re)) {
      const block = m[0];
      const name = m[2] ?? m[1];
      const o = new RegExp(`<(?:bt:)?Override Locale="${locale}" Value="([^"]*)"`).exec(block);
      if (o) found.set(name, o[1]);
    }
    return found;
  }

  test("Kazakh Office (kk-KZ) reads every Russian override: names, descriptions, metadata, help", () => {
    const ru = overrides("ru-RU");
    const kk = overrides("kk-KZ");
    expect(ru.size).toBeGreaterThanOrEqual(9);
    expect([...kk.keys()].sort()).toEqual([...ru.keys()].sort());
    // The same Russian texts and pages; the functions' metadata has a file per locale, which the
    // build writes in Russian for kk-KZ (scripts/localized-assets.js).
    for (const [name, value] of ru)
      expect([name, kk.get(name)]).toEqual([
        name,
        name === "Functions.Metadata.Url" ? value.replace("ru-RU", "kk-KZ") : value,
      ]);
  });

  test("ribbon icons in every size Office asks for, each a PNG with a transparent background", () => {
    const sizes = [16, 20, 24, 32, 40, 48, 64, 80];
    for (const size of sizes) {
      expect(source).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
      const png = readFileSync(join(assetsDir, `icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      expect(png[25]).toBe(6); // RGBA
      // The top-left pixel (row filter byte, then RGBA) is fully transparent.
      const raw = inflateSync(png.subarray(41, 41 + png.readUInt32BE(33)));
      expect(raw[0]).toBe(0);
      expect(raw[4]).toBe(0);
    }
  });

  test("SupportUrl is the user guide in the user's language, not the function reference", () => {
    const support = /<SupportUrl DefaultValue="([^"]+)">([^]*?)<\/SupportUrl>/.exec(source)!;
    expect(support[1]).toBe(`${DEV_URL}help/guide.en.html`);
    expect(support[2]).toContain(`Locale="ru-RU" Value="${DEV_URL}help/guide.ru.html"`);
    expect(support[2]).toContain(`Locale="kk-KZ" Value="${DEV_URL}help/guide.ru.html"`);
    // The build writes the guide from the READMEs (scripts/localized-assets.js).
    const { GUIDES } = require("../scripts/localized-assets") as { GUIDES: Record<string, string> };
    expect(Object.keys(GUIDES).sort()).toEqual(["en", "ru"]);
    for (const file of Object.values(GUIDES)) expect(existsSync(file)).toBe(true);
  });
});
