/**
 * The language the pane opens in, known before the pane's chunk arrives: the user's remembered
 * pick, else Office's display language (ru/kk read Russian), else the browser's. The entry
 * (index.tsx) fetches that language's words together with the pane; mount.tsx opens in it.
 */
import { langFromLocale, type Lang } from "../i18n/language";
import { officeChoiceStore } from "../office/choice-store";
import { officeDisplayLanguage } from "../office/display-language";
import type { ChoiceStore } from "../office/types";
import { loadChoices } from "./choices";

/** Office's language, else the browser's: the pane's language until the user picks one. */
export function displayLang(): Lang {
  return langFromLocale(officeDisplayLanguage() ?? navigator.language);
}

/** The language App starts in (its `saved.lang ?? initial`). */
export function startLang(store: ChoiceStore = officeChoiceStore()): Lang {
  return loadChoices(store).lang ?? displayLang();
}
