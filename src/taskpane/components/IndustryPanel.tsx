/**
 * Stage 2 of a year: the industry table read from the selection, its industries (folded), the
 * IT industry in a dropdown (recognised by its header, or chosen), and why it cannot be used.
 */
import {
  Accordion,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
} from "@fluentui/react-components";
import { langOf, useLanguage } from "../lang";
import type { IndustryView } from "../session";
import { FoldedList } from "./FoldedList";

export interface IndustryPanelProps {
  industry: IndustryView;
  busy: boolean;
  onItChange(column: number): void;
  onRemove(): void;
}

export function IndustryPanel({ industry, busy, onItChange, onRemove }: IndustryPanelProps) {
  const { t } = useLanguage();
  const { source, reading } = industry;
  return (
    <div className="gp-table" role="group" aria-label={t("pane.industry.title")}>
      <div className="gp-row">
        <span>
          {t("pane.industry.title")}:{" "}
          <span lang={langOf(source.sheet)}>
            {source.sheet}!{source.address}
          </span>
        </span>
        <Button
          size="small"
          onClick={onRemove}
          disabledFocusable={busy}
          aria-label={t("pane.industry.remove")}
        >
          {t("pane.remove")}
        </Button>
      </div>
      {!reading.ok && (
        <MessageBar intent="error">
          <MessageBarBody>{reading.message}</MessageBarBody>
        </MessageBar>
      )}
      {reading.ok && reading.table.kind === "it-column" && (
        <p className="gp-small">
          {t("pane.industry.itColumn", {
            header: reading.it?.header ?? reading.choices[0]?.header ?? "",
          })}
        </p>
      )}
      {reading.ok && reading.table.kind === "industries" && (
        <>
          <Field label={t("pane.industry.it")} size="small">
            <Select
              size="small"
              value={reading.it ? String(reading.it.column) : ""}
              disabled={busy}
              onChange={(_, d) => {
                if (d.value !== "") onItChange(Number(d.value));
              }}
            >
              {!reading.it && <option value="">{t("pane.industry.chooseIt")}</option>}
              {reading.choices.map((c) => (
                <option key={c.column} value={String(c.column)}>
                  {c.header}
                </option>
              ))}
            </Select>
          </Field>
          {reading.message && (
            <MessageBar intent="warning">
              <MessageBarBody>{reading.message}</MessageBarBody>
            </MessageBar>
          )}
          <Accordion collapsible>
            <FoldedList
              value="industries"
              title={t("pane.industry.count", { count: reading.choices.length })}
            >
              {reading.choices.map((c) => (
                <li key={c.column} lang={langOf(c.header)}>
                  {c.header}
                </li>
              ))}
            </FoldedList>
          </Accordion>
        </>
      )}
    </div>
  );
}
