/**
 * The choices the pane remembers for its user (language, formulas or values, class letters,
 * the missing-value rule), read back with every value checked: a stored value the pane does not
 * know is ignored, never trusted.
 */
import type { Lang } from "../i18n";
import type { ChoiceStore } from "../office/types";
import type { BuildOptions } from "./components/BuildPanel";

export interface Choices {
  lang: Lang | null;
  options: Partial<BuildOptions>;
}

const KEY = "choices";

export function loadChoices(store: ChoiceStore | undefined): Choices {
  const empty: Choices = { lang: null, options: {} };
  if (!store) return empty;
  let saved: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(store.get(KEY) ?? "null");
    if (typeof parsed !== "object" || parsed === null) return empty;
    saved = parsed as Record<string, unknown>;
  } catch {
    return empty;
  }
  const options: Partial<BuildOptions> = {};
  if (typeof saved.formulas === "boolean") options.formulas = saved.formulas;
  if (saved.alphabet === "latin" || saved.alphabet === "cyrillic")
    options.alphabet = saved.alphabet;
  if (saved.missing === "error" || saved.missing === "skip" || saved.missing === "zero")
    options.missing = saved.missing;
  const lang = saved.lang === "ru" || saved.lang === "en" ? saved.lang : null;
  return { lang, options };
}

/** Saves the options, and the language once the user has picked one (else Office's stays in charge). */
export function saveChoices(
  store: ChoiceStore | undefined,
  lang: Lang | null,
  options: BuildOptions
): void {
  store?.set(KEY, JSON.stringify({ ...(lang ? { lang } : {}), ...options }));
}
