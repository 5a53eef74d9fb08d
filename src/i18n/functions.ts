/**
 * The words of the worksheet functions and the core, in Russian and English: the front they
 * import, with only their own dictionaries (functions.en.ts, functions.ru.ts), so the functions'
 * bundle carries no word of the pane, the sheets or the command line. Same API as index.ts. In
 * the add-in each language arrives later, as a chunk of its own (functions-words.lazy.ts): a
 * message asked for before its language is there throws WordsMissing, never a blank.
 */
import type { FunctionsKey } from "./functions.en";
import { functionsWords, type FunctionsDictionary } from "./functions-words";
import { wordsOf, type Lang, type PhraseOf, type PhraseParamsOf, type Params } from "./language";
import { WordsMissing } from "./words-missing";

export {
  LANGS,
  formatFigure,
  formatNumber,
  langFromLocale,
  localeTag,
  type Lang,
  type Message,
  type Params,
} from "./language";
export type MessageKey = FunctionsKey;
export type Phrase = PhraseOf<MessageKey>;
export type PhraseParams = PhraseParamsOf<MessageKey>;
export type Translate = (key: MessageKey, params?: Params) => string;

export { functionsWords, loadFunctionsWords } from "./functions-words";
export { WordsMissing } from "./words-missing";

/** The functions' dictionary of `lang`; WordsMissing while it has not arrived. */
export function functionsWordsOf(lang: Lang): FunctionsDictionary {
  const words = functionsWords(lang);
  if (!words) throw new WordsMissing(lang);
  return words;
}

/** Whether the functions' words of `lang` are there (always, outside the add-in's build). */
export function functionsWordsLoaded(lang: Lang): boolean {
  return functionsWords(lang) !== undefined;
}

export const { translate, translator, dictionary, phrase, wordPhrase } = wordsOf<MessageKey>({
  get en() {
    return functionsWordsOf("en");
  },
  get ru() {
    return functionsWordsOf("ru");
  },
});
