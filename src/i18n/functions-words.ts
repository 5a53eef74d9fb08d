/**
 * The functions' and the core's dictionaries (functions.en.ts, functions.ru.ts) as functions.ts
 * and index.ts read them. Here both are imported at once: for the command line, the tests and the
 * scripts, every language is there from the start. The add-in's webpack build puts
 * functions-words.lazy.ts in this module's place, which fetches each language from a chunk of its
 * own (fwords-en.js, fwords-ru.js), so functions.js carries no dictionary; same exports.
 */
import { functionsEn, type FunctionsKey } from "./functions.en";
import { functionsRu } from "./functions.ru";
import type { Lang, Message } from "./language";

export type FunctionsDictionary = Readonly<Record<FunctionsKey, Message>>;

/** The dictionary of `lang`, or undefined while it is not loaded: never, here. */
export function functionsWords(lang: Lang): FunctionsDictionary | undefined {
  return lang === "ru" ? functionsRu : functionsEn;
}

/** Makes functionsWords(lang) defined: nothing to fetch here. */
export function loadFunctionsWords(lang: Lang): Promise<void> {
  void lang;
  return Promise.resolve();
}
