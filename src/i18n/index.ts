/**
 * Every word a user reads, in Russian and English: one dictionary per language (en.ts, ru.ts),
 * looked up by key. Numbers inside messages follow the language as Intl writes them (ordinary
 * ones without Intl, see plain-number.ts), and Russian plural forms come from Intl.PluralRules.
 * Adding Kazakh is one more dictionary here.
 */
import { en, type Message, type MessageKey } from "./en";
import { ru } from "./ru";
import { plainNumber } from "./plain-number";

export type Lang = "ru" | "en";
export const LANGS: readonly Lang[] = ["ru", "en"];
export type { Message, MessageKey };

const DICTIONARIES: Record<Lang, Record<MessageKey, Message>> = { en, ru };

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

/** The message for `key`, with `{name}` filled from params; numbers are formatted for the language. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message = DICTIONARIES[lang][key];
  const template = typeof message === "string" ? message : pluralForm(lang, message, params.count);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}

function pluralForm(lang: Lang, forms: Exclude<Message, string>, count: unknown): string {
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

/** A translator bound to one language: `t("cli.written", { path })`. */
export type Translate = (key: MessageKey, params?: Params) => string;
export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** The raw dictionaries, for the tests that compare their keys. */
export function dictionary(lang: Lang): Readonly<Record<MessageKey, Message>> {
  return DICTIONARIES[lang];
}
