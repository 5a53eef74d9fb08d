/**
 * The pane's chunk: renders the pane (in Excel) or the note that it needs Excel, once the words
 * of the language it opens in are here (the entry has started fetching them alongside this chunk).
 */
import type { Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { loadPaneWords } from "../i18n";
import { officeChoiceStore } from "../office/choice-store";
import { officeThemeIsDark } from "../office/theme";
import { excelWorkbook, loadRuntimeAtStartup } from "../office/excel-workbook";
import { App } from "./App";
import { NotInOffice } from "./NotInOffice";
import { displayLang, startLang } from "./start-lang";

export async function mount(host: string | null): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const lang = displayLang();
  document.documentElement.lang = lang;
  if (host === "Excel") {
    // The custom functions share this runtime: keep it loaded with the document from now on.
    void loadRuntimeAtStartup();
    const store = officeChoiceStore();
    await loadPaneWords(startLang(store));
    const root = createRoot(container);
    const render = (theme?: Theme) =>
      root.render(<App port={excelWorkbook} lang={lang} store={store} theme={theme} />);
    // Fluent's dark theme is fetched only for a dark Office.
    if (officeThemeIsDark())
      void import(/* webpackChunkName: "dark" */ "./dark-theme").then(
        (m) => render(m.webDarkTheme),
        () => render()
      );
    else render();
  } else {
    await loadPaneWords(lang);
    createRoot(container).render(<NotInOffice host={host} lang={lang} />);
  }
}
