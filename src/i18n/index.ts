/**
 * Every word the task pane and the sheets show, in Russian and English, looked up by key: their
 * own (en.ts, ru.ts) and those of the worksheet functions and the core (functions.en.ts,
 * functions.ru.ts, which the functions' bundle carries alone, see functions.ts). The command line
 * adds its own through cli.ts. Adding Kazakh is one more dictionary of each audience.
 */
import { en, type MessageKey as SheetKey } from "./en";
import { functionsEn, type FunctionsKey } from "./functions.en";
import { functionsRu } from "./functions.ru";
import { wordsOf, type Params, type PhraseOf, type PhraseParamsOf } from "./language";
import { ru } from "./ru";

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
export type MessageKey = SheetKey | FunctionsKey;
export type Phrase = PhraseOf<MessageKey>;
export type PhraseParams = PhraseParamsOf<MessageKey>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const { translate, translator, dictionary, phrase, wordPhrase } = wordsOf<MessageKey>({
  en: { ...functionsEn, ...en },
  ru: { ...functionsRu, ...ru },
});
