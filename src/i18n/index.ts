/**
 * Every word the task pane and the sheets show, in Russian and English, looked up by key: their
 * own (en.ts, ru.ts, through pane-words.ts: in the add-in only the language in use is fetched,
 * loadPaneWords before its first word) and those of the worksheet functions and the core (functions.en.ts,
 * functions.ru.ts, through functions-words.ts: in the add-in, loadPaneWords fetches them too). The command line
 * adds its own through cli.ts. Adding Kazakh is one more dictionary of each audience.
 */
import type { MessageKey as SheetKey } from "./en";
import type { FunctionsKey } from "./functions.en";
import { functionsWordsOf } from "./functions";
import { wordsOf, type Params, type PhraseOf, type PhraseParamsOf } from "./language";
import { mergedOnUse } from "./merged-on-use";
import { paneWords } from "./pane-words";

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
export { loadPaneWords, paneWordsLoaded } from "./pane-words";
export type MessageKey = SheetKey | FunctionsKey;
export type Phrase = PhraseOf<MessageKey>;
export type PhraseParams = PhraseParamsOf<MessageKey>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Each language's words, the functions' and the pane's together, made at its first word. */
export const { translate, translator, dictionary, phrase, wordPhrase } = wordsOf<MessageKey>(
  mergedOnUse((lang) => Object.assign({}, functionsWordsOf(lang), paneWords(lang)))
);
