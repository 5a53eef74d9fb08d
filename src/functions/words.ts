/**
 * When the functions' words of a language arrive: each language is a chunk of its own in the
 * add-in (i18n/functions-words.lazy.ts), fetched once, as soon as Office's display language is
 * known (at load in Excel, else at the first call). A language whose chunk could not be fetched
 * (twice) stays refused until the page reloads: its calls answer at once, without messages,
 * rather than wait for the network again at every recalculation.
 */
import { Lang, loadFunctionsWords } from "../i18n/functions";

const arriving: Partial<Record<Lang, Promise<void>>> = {};

/** Starts fetching the words of `lang`, once; the promise settles when they are there or refused. */
export function wordsArrive(lang: Lang): Promise<void> {
  if (!arriving[lang]) {
    arriving[lang] = loadFunctionsWords(lang);
    // Nobody may be waiting (every result so far needed no words): not an unhandled rejection.
    arriving[lang].catch(() => undefined);
  }
  return arriving[lang];
}
