/**
 * The pane's language: Office's display language at start (ru/kk read Russian, the rest
 * English), then whatever the user picks in the switch. Components take `t` and `lang` from here.
 */
import { createContext, useContext } from "react";
import { loadPaneWords, paneWordsLoaded, translator, type Lang, type Translate } from "../i18n";

export interface PaneLanguage {
  lang: Lang;
  t: Translate;
}

export function paneLanguage(lang: Lang): PaneLanguage {
  return { lang, t: translator(lang) };
}

/**
 * The switch to `lang`: at once when its words are here, else once they are fetched (the add-in
 * fetches only the language in use); `failed` gets the error's message when they cannot be.
 */
export function switchLanguage(lang: Lang, apply: () => void, failed: (message: string) => void) {
  if (paneWordsLoaded(lang)) apply();
  else
    loadPaneWords(lang).then(apply, (error: unknown) =>
      failed(error instanceof Error ? error.message : String(error))
    );
}

export const LanguageContext = createContext<PaneLanguage>(paneLanguage("en"));

export function useLanguage(): PaneLanguage {
  return useContext(LanguageContext);
}

/** `lang` for text that is Russian whatever the pane's language (region names, sheet names). */
export function langOf(text: string): "ru" | undefined {
  return /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(text) ? "ru" : undefined;
}
