/**
 * The words of the worksheet functions and the core, in Russian and English: the front they
 * import, with only their own dictionaries (functions.en.ts, functions.ru.ts), so the functions'
 * bundle carries no word of the pane, the sheets or the command line. Same API as index.ts.
 */
import { functionsEn, type FunctionsKey } from "./functions.en";
import { functionsRu } from "./functions.ru";
import { wordsOf, type Params, type PhraseOf, type PhraseParamsOf } from "./language";

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

export const { translate, translator, dictionary, phrase, wordPhrase } = wordsOf<MessageKey>({
  en: functionsEn,
  ru: functionsRu,
});
