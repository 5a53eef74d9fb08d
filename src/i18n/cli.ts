/**
 * The command line's words: everything index.ts has (the sheets' and the core's words) and the
 * command line's own (cli.en.ts, cli.ru.ts). Same API as index.ts; only src/cli imports it.
 */
import { cliEn, type CliKey } from "./cli.en";
import { cliRu } from "./cli.ru";
import { dictionary, type MessageKey as SheetKey } from "./index";
import { wordsOf, type Params, type PhraseOf, type PhraseParamsOf } from "./language";
import { mergedOnUse } from "./merged-on-use";

export * from "./index";
export type MessageKey = SheetKey | CliKey;
export type Phrase = PhraseOf<MessageKey>;
export type PhraseParams = PhraseParamsOf<MessageKey>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Each language's words with the command line's own, made at its first word (a run speaks one). */
export const { translate, translator, phrase, wordPhrase, ...all } = wordsOf<MessageKey>(
  mergedOnUse((lang) => Object.assign({}, dictionary(lang), lang === "ru" ? cliRu : cliEn))
);
export const cliDictionary = all.dictionary;
