/**
 * The refusal to word a message in a language whose words are not there yet: in the add-in each
 * language's functions words are a chunk of their own (functions-words.lazy.ts), fetched after
 * functions.js. The custom functions catch it and answer once the words have arrived (see
 * functions/excel.ts); nothing is ever worded blank or in another language instead.
 */
import type { Lang } from "./language";

export class WordsMissing extends Error {
  readonly lang: Lang;

  constructor(lang: Lang) {
    super(`The functions' ${lang} words are not loaded yet`);
    this.name = "WordsMissing";
    this.lang = lang;
  }
}
