/** The pane's chunk: renders the pane (in Excel) or the note that it needs Excel. */
import type { Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeChoiceStore } from "../office/choice-store";
import { officeThemeIsDark } from "../office/theme";
import { excelWorkbook, loadRuntimeAtStartup } from "../office/excel-workbook";
import { App } from "./App";
import { initialLang } from "./lang";
import { NotInOffice } from "./NotInOffice";

/** Office's display language ("ru-RU"), or null outside Office or before it reports one. */
function officeDisplayLanguage(): string | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? null) : null;
  } catch {
    return null;
  }
}

export function mount(host: string | null): void {
  const container = document.getElementById("container");
  if (!container) return;
  const lang = initialLang(officeDisplayLanguage());
  document.documentElement.lang = lang;
  const root = createRoot(container);
  if (host === "Excel") {
    // The custom functions share this runtime: keep it loaded with the document from now on.
    void loadRuntimeAtStartup();
    const render = (theme?: Theme) =>
      root.render(
        <App port={excelWorkbook} lang={lang} store={officeChoiceStore()} theme={theme} />
      );
    // Fluent's dark theme is fetched only for a dark Office.
    if (officeThemeIsDark())
      void import(/* webpackChunkName: "dark" */ "./dark-theme").then(
        (m) => render(m.webDarkTheme),
        () => render()
      );
    else render();
  } else {
    root.render(<NotInOffice host={host} lang={lang} />);
  }
}
