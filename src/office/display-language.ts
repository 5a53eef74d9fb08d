/** Office's display language ("ru-RU"), which the pane opens in until the user picks one. */
export function officeDisplayLanguage(): string | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? null) : null;
  } catch {
    // Outside Office, or before Office reports one.
    return null;
  }
}
