/**
 * The language the worksheet functions word their messages in: Office's display language where
 * the functions run in Office (the shared runtime has `Office.context`), English where there is no
 * Office (tests, the bundle's test harness). Tests may set it.
 */
import { Lang, langFromLocale } from "../i18n/functions";

let chosen: Lang | null = null;

/** Sets the language for tests; null goes back to Office's display language. */
export function setFunctionsLang(lang: Lang | null): void {
  chosen = lang;
}

export function functionsLang(): Lang {
  return chosen ?? langFromLocale(officeDisplayLanguage());
}

/** The language if it is known yet (set, or told by Office), else null. */
export function knownFunctionsLang(): Lang | null {
  const tag = officeDisplayLanguage();
  return chosen ?? (tag === undefined ? null : langFromLocale(tag));
}

/** Read when a message is worded (not at load, when Office may not be ready yet). */
function officeDisplayLanguage(): string | undefined {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
  try {
    const language = office?.context?.displayLanguage;
    return typeof language === "string" ? language : undefined;
  } catch {
    // Office.context may throw before Office.onReady in some hosts: English then.
    return undefined;
  }
}
