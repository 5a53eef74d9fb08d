/**
 * The pane's dictionaries in the add-in's build (webpack.config.js puts this module in the place
 * of pane-words.ts): each language is a chunk of its own (words-en.js, words-ru.js, served with
 * the add-in's other files), and the pane fetches only the language it shows, before it shows it.
 * Same exports as pane-words.ts; paneWords refuses a language not fetched yet, so a word can
 * never come out blank or in the other language. The pane's dictionary holds the functions' words
 * too (index.ts): their chunk of the same language is fetched along (functions-words.lazy.ts).
 */
import { loadFunctionsWords } from "./functions-words";
import type { Lang } from "./language";
import { loadedOncePerLanguage } from "./load-once";
import type { PaneDictionary } from "./pane-words";

const words = loadedOncePerLanguage(fetchWords);

export function paneWords(lang: Lang): PaneDictionary {
  const loaded = words.get(lang);
  if (!loaded) throw new Error(`The pane's ${lang} words are not loaded (loadPaneWords first)`);
  return loaded;
}

export function paneWordsLoaded(lang: Lang): boolean {
  return words.get(lang) !== undefined;
}

/** Fetches the chunk of `lang` once; a failed fetch may be tried again. */
export function loadPaneWords(lang: Lang): Promise<void> {
  return words.load(lang);
}

function fetchWords(lang: Lang): Promise<PaneDictionary> {
  return Promise.all([fetchPaneWords(lang), loadFunctionsWords(lang)]).then(([words]) => words);
}

function fetchPaneWords(lang: Lang): Promise<PaneDictionary> {
  return lang === "ru"
    ? import(/* webpackChunkName: "words-ru" */ "./ru").then((m) => m.ru)
    : import(/* webpackChunkName: "words-en" */ "./en").then((m) => m.en);
}
