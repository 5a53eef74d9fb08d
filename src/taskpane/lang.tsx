/**
 * The pane's language: Office's display language at start (ru/kk read Russian, the rest
 * English), then whatever the user picks in the switch. Components take `t` and `lang` from here.
 */
import { createContext, useContext } from "react";
import { langFromLocale, translator, type Lang, type Translate } from "../i18n";

export interface PaneLanguage {
  lang: Lang;
  t: Translate;
}

/** The language for Office's display language ("ru-RU"), else the browser's. */
export function initialLang(displayLanguage: string | null): Lang {
  return langFromLocale(displayLanguage ?? navigator.language);
}

export function paneLanguage(lang: Lang): PaneLanguage {
  return { lang, t: translator(lang) };
}

export const LanguageContext = createContext<PaneLanguage>(paneLanguage("en"));

export function useLanguage(): PaneLanguage {
  return useContext(LanguageContext);
}

/** `lang` for text that is Russian whatever the pane's language (region names, sheet names). */
export function langOf(text: string): "ru" | undefined {
  return /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(text) ? "ru" : undefined;
}
