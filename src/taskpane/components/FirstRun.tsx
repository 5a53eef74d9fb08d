/**
 * The card a new user sees before any table is read: how the pane works in two sentences, the
 * Kazakhstan sample written into a new sheet and selected in one click, and the help link.
 */
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useLanguage } from "../lang";
import { HelpLink } from "./HelpLink";

export interface FirstRunProps {
  busy: boolean;
  /** The sheet the sample was written to, once it was. */
  sampleSheet: string | null;
  onTrySample(): void;
}

export function FirstRun({ busy, sampleSheet, onTrySample }: FirstRunProps) {
  const { t } = useLanguage();
  return (
    <section aria-label={t("pane.firstRun.title")} className="gp-card">
      <h3>{t("pane.firstRun.title")}</h3>
      <p>{t("pane.firstRun.text")}</p>
      <div className="gp-row">
        <Button onClick={onTrySample} disabledFocusable={busy} data-action="sample">
          {t("pane.firstRun.sample")}
        </Button>
        <HelpLink />
      </div>
      {sampleSheet && (
        <MessageBar intent="info">
          <MessageBarBody>{t("pane.firstRun.sampleDone", { sheet: sampleSheet })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
