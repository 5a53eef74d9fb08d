/**
 * Step 3: the build options (what a missing value does, formulas or values, Latin or Cyrillic
 * class letters), folded until asked for; and the footer that keeps the build button, why it
 * is blocked, the progress and the outcome in view whatever the pane's scroll.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { toCyrillic, type Alphabet, type MissingPolicy } from "../../core";
import { useLanguage } from "../lang";
import { MISSING_CHOICES } from "../session";

export interface BuildOptions {
  formulas: boolean;
  alphabet: Alphabet;
  /** What a missing indicator value does; changing it re-rates the preview. */
  missing: MissingPolicy;
}

export interface OptionsPanelProps extends BuildOptions {
  open: boolean;
  onOpenChange(open: boolean): void;
  onChange(change: Partial<BuildOptions>): void;
  disabled: boolean;
}

const LETTERS = ["A", "B", "C", "D"];

export function OptionsPanel(props: OptionsPanelProps) {
  const { t } = useLanguage();
  const cyrillic = LETTERS.map(toCyrillic).join(", ");
  return (
    <Accordion
      collapsible
      openItems={props.open ? ["options"] : []}
      onToggle={(_, d) => props.onOpenChange(d.openItems.includes("options"))}
    >
      <AccordionItem value="options">
        <AccordionHeader>{t("pane.options")}</AccordionHeader>
        <AccordionPanel>
          <Field label={t("pane.missing.label")}>
            <RadioGroup
              value={props.missing}
              disabled={props.disabled}
              onChange={(_, d) => {
                const choice = MISSING_CHOICES.find((c) => c.key === d.value);
                if (choice) props.onChange({ missing: choice.key });
              }}
            >
              {MISSING_CHOICES.map((c) => (
                <Radio key={c.key} value={c.key} label={t(c.text)} />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t("pane.cells.label")}>
            <RadioGroup
              value={props.formulas ? "formulas" : "values"}
              disabled={props.disabled}
              onChange={(_, d) => props.onChange({ formulas: d.value === "formulas" })}
            >
              <Radio value="formulas" label={t("pane.cells.formulas")} />
              <Radio value="values" label={t("pane.cells.values")} />
            </RadioGroup>
          </Field>
          <Field label={t("pane.classes.label")}>
            <RadioGroup
              value={props.alphabet}
              disabled={props.disabled}
              onChange={(_, d) =>
                props.onChange({ alphabet: d.value === "cyrillic" ? "cyrillic" : "latin" })
              }
            >
              <Radio
                value="latin"
                label={t("pane.classes.latin", { letters: LETTERS.join(", ") })}
              />
              <Radio
                value="cyrillic"
                label={<span lang="ru">{t("pane.classes.cyrillic", { letters: cyrillic })}</span>}
              />
            </RadioGroup>
          </Field>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

export interface Progress {
  step: string;
  fraction: number;
}

export interface BuildFooterProps {
  /** Why the sheet cannot be built yet, or null when it can. */
  blocked: string | null;
  progress: Progress | null;
  notice: { kind: "error" | "success"; text: string } | null;
  onBuild(): void;
}

export function BuildFooter(props: BuildFooterProps) {
  const { t } = useLanguage();
  const busy = props.progress !== null;
  return (
    <section aria-label={t("pane.step.build")} className="gp-footer">
      <div aria-live="polite" className="gp-status">
        {props.blocked && !busy && <p className="gp-small">{props.blocked}</p>}
        {props.progress && (
          <Field label={t("pane.building")} hint={props.progress.step}>
            <ProgressBar value={props.progress.fraction} />
          </Field>
        )}
        {props.notice && (
          <MessageBar intent={props.notice.kind === "error" ? "error" : "success"} role="status">
            <MessageBarBody>{props.notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Button
        appearance="primary"
        onClick={props.onBuild}
        disabled={busy || props.blocked !== null}
        className="gp-build"
      >
        {t("pane.build")}
      </Button>
    </section>
  );
}
