/** Shown when the page is opened outside Excel, where there is no workbook to read. */
import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../i18n";
import { translator } from "../i18n";
import { helpUrl } from "./help";

export function NotInOffice({ host, lang = "en" }: { host: string | null; lang?: Lang }) {
  const t = translator(lang);
  return (
    <FluentProvider theme={webLightTheme} className="gp-shell">
      <main className="gp-main">
        <h1>{t("pane.title")}</h1>
        <MessageBar intent="warning">
          <MessageBarBody>
            {host ? t("pane.notInOfficeHost", { host }) : t("pane.notInOffice")}{" "}
            <Link href={helpUrl(lang)} target="_blank" rel="noopener noreferrer">
              {t("pane.notInOffice.help")}
            </Link>
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
