/**
 * The functions' dictionaries in the add-in's build (webpack.config.js puts this module in the
 * place of functions-words.ts): each language is a chunk of its own (fwords-en.js, fwords-ru.js),
 * fetched when the functions learn Office's language or the pane shows one. Same exports as
 * functions-words.ts; functionsWords is undefined until the language has arrived.
 */
import type { FunctionsDictionary } from "./functions-words";
import type { Lang } from "./language";
import { loadedOncePerLanguage } from "./load-once";

const words = loadedOncePerLanguage((lang) => fetchWords(lang).catch(() => fetchWords(lang)));

export function functionsWords(lang: Lang): FunctionsDictionary | undefined {
  return words.get(lang);
}

/**
 * Fetches the chunk of `lang` once, trying a failed fetch once more (a dropped connection); when
 * both fail the promise rejects and a later call may fetch again.
 */
export function loadFunctionsWords(lang: Lang): Promise<void> {
  return words.load(lang);
}

function fetchWords(lang: Lang): Promise<FunctionsDictionary> {
  return lang === "ru"
    ? import(/* webpackChunkName: "fwords-ru" */ "./functions.ru").then((m) => m.functionsRu)
    : import(/* webpackChunkName: "fwords-en" */ "./functions.en").then((m) => m.functionsEn);
}
