/**
 * How a dictionary is read, whatever its audience: languages and their locales, numbers and
 * figures as each language writes them (ordinary ones without Intl, see plain-number.ts), Russian
 * plural forms from Intl.PluralRules, `{name}` placeholders, phrases worded in a language. The
 * dictionaries themselves are chosen by the fronts: functions.ts (the worksheet functions and the
 * core) and index.ts (everything).
 */
import { plainNumber } from "./plain-number";

export type Lang = "ru" | "en";
export const LANGS: readonly Lang[] = ["ru", "en"];

export type PluralForms = { one?: string; few?: string; many?: string; other: string };
export type Message = string | PluralForms;

/** BCP 47 tag for Intl and for the `lang` attribute. */
export function localeTag(lang: Lang): string {
  return lang === "ru" ? "ru-RU" : "en-US";
}

/** ru and kk (and their regional forms) read Russian; every other language reads English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const primary = (locale ?? "")
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return primary === "ru" || primary === "kk" ? "ru" : "en";
}

/** A number as the language writes it: "11 103,67" in Russian, "11,103.67" in English. */
export function formatNumber(lang: Lang, value: number, decimals?: number): string {
  const min = decimals ?? 0;
  const max = decimals ?? 2;
  return plainNumber(lang, value, min, max) ?? numberFormat(lang, min, max).format(value);
}

/** Intl formatters by language and digits: building one costs more than formatting with it. */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const id = `${lang}:${min}:${max}`;
  let format = NUMBER_FORMATS.get(id);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(lang), {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    NUMBER_FORMATS.set(id, format);
  }
  return format;
}

export type Params = Record<string, string | number>;

function pluralForm(lang: Lang, forms: PluralForms, count: unknown): string {
  const n = typeof count === "number" ? count : 0;
  const category = pluralRules(lang).select(n) as keyof typeof forms;
  return forms[category] ?? forms.other;
}

const PLURAL_RULES = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = PLURAL_RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(localeTag(lang));
    PLURAL_RULES.set(lang, rules);
  }
  return rules;
}

/** A message with `{name}` filled from params; numbers are formatted for the language. */
export function fillMessage(lang: Lang, message: Message, params: Params = {}): string {
  const template = typeof message === "string" ? message : pluralForm(lang, message, params.count);
  // Sheets word a label in every region's row: most messages have nothing to fill.
  if (!template.includes("{")) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}

/**
 * A message not yet put into words: a key and its parameters, which may be messages themselves
 * ("{where}: the cell holds {code}" with where = "table row 3, S_D"). Errors carry one, so that
 * each adapter words it in its user's language.
 */
export interface PhraseOf<K extends string> {
  readonly key: K;
  readonly params?: PhraseParamsOf<K>;
}
export type PhraseParamsOf<K extends string> = Readonly<
  Record<string, string | number | PhraseOf<K>>
>;

/**
 * A figure inside a message, with the language's decimal sign: "0,634" in Russian, "0.634" in
 * English. Fractions keep the digits that matter ("0,000123", not "0"), huge and tiny ones read
 * 1E308, infinity ∞. Not grouped: messages name rows and quote cells as the sheet shows them, and a grouped
 * "1,234" could not be told from a decimal.
 */
export function formatFigure(lang: Lang, value: number): string {
  // Not finite: Intl writes "∞", and "NaN" in English, "не число" in Russian.
  const size = Math.abs(value);
  const style =
    size !== 0 && (size >= 1e15 || size < 1e-6) ? "scientific" : size < 1 ? "small" : "plain";
  return figureFormat(lang, style).format(value);
}

/** One formatter per language and style: a function filled down may word thousands of errors. */
const FIGURE_FORMATS = new Map<string, Intl.NumberFormat>();
function figureFormat(lang: Lang, style: "scientific" | "small" | "plain"): Intl.NumberFormat {
  const id = `${lang} ${style}`;
  let format = FIGURE_FORMATS.get(id);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      style === "scientific"
        ? { notation: "scientific", maximumSignificantDigits: 6 }
        : style === "small"
          ? { maximumSignificantDigits: 6 }
          : { maximumFractionDigits: 6 };
    format = new Intl.NumberFormat(localeTag(lang), { ...options, useGrouping: false });
    FIGURE_FORMATS.set(id, format);
  }
  return format;
}

/** Reading one set of dictionaries: what each front (functions.ts, index.ts, cli.ts) exports. */
export interface Words<K extends string> {
  /** The message for `key`, with `{name}` filled from params; numbers are formatted for the language. */
  translate(lang: Lang, key: K, params?: Params): string;
  /** A translator bound to one language: `t("cli.written", { path })`. */
  translator(lang: Lang): (key: K, params?: Params) => string;
  /** The raw dictionaries, for the tests that compare their keys. */
  dictionary(lang: Lang): Readonly<Record<K, Message>>;
  phrase(key: K, params?: PhraseParamsOf<K>): PhraseOf<K>;
  /** A phrase in words: inner phrases first, figures as the language writes them. */
  wordPhrase(lang: Lang, p: PhraseOf<K>): string;
}

export function wordsOf<K extends string>(
  dictionaries: Record<Lang, Record<K, Message>>
): Words<K> {
  const translate = (lang: Lang, key: K, params: Params = {}) =>
    fillMessage(lang, dictionaries[lang][key], params);
  const wordPhrase = (lang: Lang, p: PhraseOf<K>): string => {
    const params: Params = {};
    for (const [name, value] of Object.entries(p.params ?? {})) {
      params[name] =
        typeof value === "object"
          ? wordPhrase(lang, value)
          : typeof value === "number" && name !== "count" // a count picks the plural form
            ? formatFigure(lang, value)
            : value;
    }
    return translate(lang, p.key, params);
  };
  return {
    translate,
    translator: (lang) => (key, params) => translate(lang, key, params),
    dictionary: (lang) => dictionaries[lang],
    phrase: (key, params) => ({ key, params }),
    wordPhrase,
  };
}
