/**
 * The pane's and the sheets' dictionaries (en.ts, ru.ts) as index.ts reads them. Here both are
 * imported at once: for the command line, the tests and the scripts, every language is there from
 * the start. The add-in's webpack build puts pane-words.lazy.ts in this module's place, which
 * fetches only the language in use, each from a chunk of its own (see webpack.config.js); the
 * two modules have the same exports.
 */
import { en, type MessageKey } from "./en";
import type { Lang, Message } from "./language";
import { ru } from "./ru";

export type PaneDictionary = Readonly<Record<MessageKey, Message>>;

/** The dictionary of `lang`. */
export function paneWords(lang: Lang): PaneDictionary {
  return lang === "ru" ? ru : en;
}

/** Whether paneWords(lang) can be called now: always, here. */
export function paneWordsLoaded(lang: Lang): boolean {
  void lang;
  return true;
}

/** Makes paneWords(lang) callable: nothing to fetch here. */
export function loadPaneWords(lang: Lang): Promise<void> {
  void lang;
  return Promise.resolve();
}
