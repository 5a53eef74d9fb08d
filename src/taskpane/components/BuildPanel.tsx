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
import type { NextStep } from "../next-step";
import { HelpLink } from "./HelpLink";

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
  /** The next step: its one line, and whether Build can run. */
  next: NextStep;
  /** Sheets Build would add (0 while nothing can be built). */
  sheetCount: number;
  progress: Progress | null;
  onBuild(): void;
}

/**
 * The footer: one line (the progress while building, else the next step), the Build button
 * naming how many sheets it adds, and the help link. The button stays focusable while it cannot
 * run, so focus is never lost; the link after it keeps the next Tab inside the pane.
 */
export function BuildFooter(props: BuildFooterProps) {
  const { t } = useLanguage();
  const busy = props.progress !== null;
  return (
    <section aria-label={t("pane.step.build")} className="gp-footer">
      <div aria-live="polite" className="gp-status">
        {props.progress ? (
          <Field label={t("pane.building")} hint={props.progress.step}>
            <ProgressBar value={props.progress.fraction} />
          </Field>
        ) : (
          <p className="gp-small gp-next" title={props.next.line}>
            {props.next.line}
          </p>
        )}
      </div>
      <div className="gp-row">
        <Button
          appearance="primary"
          onClick={props.onBuild}
          disabledFocusable={busy || !props.next.ready}
          className="gp-build"
          data-action="build"
        >
          {props.sheetCount > 0
            ? t("pane.buildSheets", { count: props.sheetCount })
            : t("pane.build")}
        </Button>
        <HelpLink />
      </div>
    </section>
  );
}

/** The notice of the last build (success with how to undo it, or the failure), in step 3. */
export function BuildNotice({
  notice,
}: {
  notice: { kind: "error" | "success"; text: string } | null;
}) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.kind === "error" ? "error" : "success"} role="status">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
