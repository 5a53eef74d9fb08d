import { formatNumber, langFromLocale, translate } from "../src/i18n";
import { AUDIENCES } from "../src/i18n/audiences";
import { cliDictionary as dictionary } from "../src/i18n/cli";
import * as functionsWords from "../src/i18n/functions";
import * as paneWords from "../src/i18n";

/** Codes and names a Russian text may keep in Latin letters. */
const ALLOWED_LATIN = new Set([
  // Ctrl+Z (pluses are dropped before the check): key labels on every keyboard.
  "CtrlZ",
  "S_D",
  "S_F",
  "S_E",
  "S_A",
  "S_B",
  "S_C",
  "R_IS",
  "R_IA",
  "KSI",
  "HHI",
  "LQ",
  "IT",
  "JRC",
  "A",
  "B",
  "C",
  "D",
  "J",
  "Excel",
  "xlsx",
  "csv",
  "tsv",
  "json",
  "growth",
  "poles",
  "help",
  "lang",
  "out",
  "force",
  "year",
  "industries",
  "it",
  "industry",
  "reference",
  "min",
  "share",
  "groups",
  "top",
  "ranks",
  "prefer",
  "raw",
  "printed",
  "missing",
  "skip",
  "zero",
  "rest",
  "national",
  "mean",
  "ru",
  "en",
  "version",
  "weights",
  "alphabet",
  "latin",
  "cyrillic",
  "formulas",
  "values",
  "title",
  "source",
  "locale",
  "auto",
  "rate",
  "CLUSTER",
  "NACE",
  "OECD",
  "EconGeo",
  "REAT",
  "Office",
  "PDF",
  "PNG",
  "URL",
  "RANK",
  "EQ",
  "MAX",
  "ИТ",
  // robust: the values of --vary, the file format and the package named in the method
  "weights",
  "aggregation",
  "exclusion",
  "outliers",
  "normalisation",
  "none",
  "JSON",
  "COINr",
]);

function texts(message: unknown): string[] {
  return typeof message === "string" ? [message] : Object.values(message as Record<string, string>);
}

describe("dictionaries", () => {
  it("Russian has every English key and no other", () => {
    expect(Object.keys(dictionary("ru")).sort()).toEqual(Object.keys(dictionary("en")).sort());
  });

  it.each(Object.entries(AUDIENCES))("%s: Russian has every English key and no other", (_, d) => {
    expect(Object.keys(d.en).length).toBeGreaterThan(0);
    expect(Object.keys(d.ru).sort()).toEqual(Object.keys(d.en).sort());
  });

  it("no key belongs to two audiences, and together they are every word", () => {
    const all = Object.values(AUDIENCES).flatMap((d) => Object.keys(d.en));
    expect(all.length).toBe(new Set(all).size);
    expect(all.sort()).toEqual(Object.keys(dictionary("en")).sort());
  });

  it("each front reads its audiences' words: the functions' only theirs, the pane's no command line's", () => {
    const keysOf = (...names: string[]) =>
      names
        .flatMap((n) =>
          Object.keys(Object.entries(AUDIENCES).find(([k]) => k.startsWith(n))![1].en)
        )
        .sort();
    for (const lang of ["en", "ru"] as const) {
      expect(Object.keys(functionsWords.dictionary(lang)).sort()).toEqual(keysOf("functions"));
      expect(Object.keys(paneWords.dictionary(lang)).sort()).toEqual(keysOf("pane", "functions"));
    }
  });

  it("Russian strings hold no English words other than codes", () => {
    const offenders: string[] = [];
    for (const [key, message] of Object.entries(dictionary("ru"))) {
      for (const text of texts(message)) {
        const withoutPlaceholders = text.replace(/\{\w+\}/g, "").replace(/--[\w-]+/g, "");
        for (const word of withoutPlaceholders.match(/[A-Za-z_+]+/g) ?? []) {
          const bare = word.replace(/\+/g, "");
          // One letter is a formula's symbol (s_jk, K, N), not an English word.
          if (bare.length > 1 && !ALLOWED_LATIN.has(bare)) offenders.push(`${key}: ${word}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("every Russian message has Cyrillic letters", () => {
    const bare = Object.entries(dictionary("ru"))
      .filter(([, m]) =>
        texts(m).some((t) => {
          const words = t.replace(/\{\w+\}/g, "").match(/[A-Za-z_]+/g) ?? [];
          const prose = words.filter((w) => !ALLOWED_LATIN.has(w));
          return prose.some((w) => w.length >= 3) && !/[А-Яа-яЁё]/.test(t);
        })
      )
      .map(([k]) => k);
    expect(bare).toEqual([]);
  });

  it("placeholders are the same in both languages", () => {
    const names = (m: unknown) =>
      [
        ...new Set(
          texts(m)
            .join(" ")
            .match(/\{\w+\}/g) ?? []
        ),
      ].sort();
    const en = dictionary("en");
    const ru = dictionary("ru");
    const differ = Object.keys(en).filter(
      (k) =>
        JSON.stringify(names(en[k as keyof typeof en])) !==
        JSON.stringify(names(ru[k as keyof typeof ru]))
    );
    expect(differ).toEqual([]);
  });
});

describe("numbers and plurals follow the language", () => {
  it("formats 11103.67 as each language writes it", () => {
    expect(formatNumber("ru", 11103.67).replace(/\s/g, " ")).toBe("11 103,67");
    expect(formatNumber("en", 11103.67)).toBe("11,103.67");
  });

  it("chooses Russian plural forms", () => {
    expect(translate("ru", "common.region", { count: 1 })).toBe("1 регион");
    expect(translate("ru", "common.region", { count: 2 })).toBe("2 региона");
    expect(translate("ru", "common.region", { count: 5 })).toBe("5 регионов");
    expect(translate("ru", "common.region", { count: 21 })).toBe("21 регион");
    expect(translate("en", "common.region", { count: 1 })).toBe("1 region");
    expect(translate("en", "common.region", { count: 5 })).toBe("5 regions");
  });

  it("reads the language from a locale", () => {
    expect(langFromLocale("ru-RU")).toBe("ru");
    expect(langFromLocale("kk-KZ")).toBe("ru");
    expect(langFromLocale("ru_RU.UTF-8")).toBe("ru");
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("de")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
  });
});
