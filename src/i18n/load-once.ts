/**
 * A dictionary fetched once per language (the pane's words, the functions' words): what has
 * arrived, and the one fetch under way; a fetch that fails is forgotten, so a later call may try
 * again.
 */
import type { Lang } from "./language";

export function loadedOncePerLanguage<T>(fetch: (lang: Lang) => Promise<T>) {
  const loaded: Partial<Record<Lang, T>> = {};
  const loading: Partial<Record<Lang, Promise<void>>> = {};
  return {
    get: (lang: Lang): T | undefined => loaded[lang],
    load(lang: Lang): Promise<void> {
      loading[lang] ??= fetch(lang).then(
        (words) => {
          loaded[lang] = words;
        },
        (error: unknown) => {
          delete loading[lang];
          throw error;
        }
      );
      return loading[lang];
    },
  };
}
