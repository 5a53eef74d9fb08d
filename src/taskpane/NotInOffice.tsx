/** Shown when the page is opened outside Excel, where there is no workbook to read. */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../i18n";
import { translator } from "../i18n";

export function NotInOffice({ host, lang = "en" }: { host: string | null; lang?: Lang }) {
  const t = translator(lang);
  return (
    <FluentProvider theme={webLightTheme} className="gp-shell">
      <main className="gp-main">
        <h1>{t("pane.title")}</h1>
        <MessageBar intent="warning">
          <MessageBarBody>
            {host ? t("pane.notInOfficeHost", { host }) : t("pane.notInOffice")}
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
