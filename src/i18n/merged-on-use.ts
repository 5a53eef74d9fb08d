/**
 * A dictionary merged from several audiences' words, built at its language's first word and only
 * for the language a run speaks (not for every language at load: the command line's start-up).
 * Apart from language.ts, which the functions' bundle carries: only the pane and the CLI use it.
 */
import type { Lang, Message } from "./language";

/** Each language's dictionary, made by `make` once, at its first word. */
export function mergedOnUse<K extends string>(
  make: (lang: Lang) => Record<K, Message>
): Record<Lang, Record<K, Message>> {
  const made: Partial<Record<Lang, Record<K, Message>>> = {};
  return {
    get en() {
      return (made.en ??= make("en"));
    },
    get ru() {
      return (made.ru ??= make("ru"));
    },
  };
}
