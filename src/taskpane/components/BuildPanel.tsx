/**
 * The build options (what a missing value does, formulas or values, Latin or Cyrillic classes),
 * the button and its progress.
 */
import {
  ChoiceGroup,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  ProgressIndicator,
  Stack,
  Text,
} from "@fluentui/react";
import type { Alphabet, MissingPolicy } from "../../core";
import type { WriteProgress } from "../../office/types";
import { MISSING_CHOICES, MISSING_OPTION_LABEL } from "../session";

export interface BuildPanelProps {
  formulas: boolean;
  alphabet: Alphabet;
  onFormulasChange(formulas: boolean): void;
  onAlphabetChange(alphabet: Alphabet): void;
  /** What a missing indicator value does; changing it re-rates the preview. */
  missing: MissingPolicy;
  onMissingChange(missing: MissingPolicy): void;
  /** Why the sheet cannot be built yet, or null when it can. */
  blocked: string | null;
  progress: WriteProgress | null;
  notice: { kind: "error" | "success"; text: string } | null;
  onBuild(): void;
}

export function BuildPanel(props: BuildPanelProps) {
  const busy = props.progress !== null;
  return (
    <section aria-label="Build" className="gp-card">
      <Stack tokens={{ childrenGap: 8 }}>
        <ChoiceGroup
          label={MISSING_OPTION_LABEL}
          selectedKey={props.missing}
          options={MISSING_CHOICES.map((c) => ({ key: c.key, text: c.text }))}
          onChange={(_, o) => {
            const choice = MISSING_CHOICES.find((c) => c.key === o?.key);
            if (choice) props.onMissingChange(choice.key);
          }}
          disabled={busy}
        />
        <ChoiceGroup
          label="Cells"
          selectedKey={props.formulas ? "formulas" : "values"}
          options={[
            { key: "formulas", text: "Native formulas (recalculate in Excel)" },
            { key: "values", text: "Values only" },
          ]}
          onChange={(_, o) => props.onFormulasChange(o?.key === "formulas")}
          disabled={busy}
        />
        <ChoiceGroup
          label="Class labels"
          selectedKey={props.alphabet}
          options={[
            { key: "latin", text: "Latin (A, B, C, D)" },
            { key: "cyrillic", text: "Cyrillic (А, В, С, D)" },
          ]}
          onChange={(_, o) => props.onAlphabetChange(o?.key === "cyrillic" ? "cyrillic" : "latin")}
          disabled={busy}
        />
        <PrimaryButton
          text="Build rating sheet"
          onClick={props.onBuild}
          disabled={busy || props.blocked !== null}
        />
        {props.blocked && !busy && <Text variant="small">{props.blocked}</Text>}
        {props.progress && (
          <ProgressIndicator
            label="Building the rating sheet"
            description={props.progress.step}
            percentComplete={props.progress.fraction}
          />
        )}
        {props.notice && (
          <MessageBar
            messageBarType={
              props.notice.kind === "error" ? MessageBarType.error : MessageBarType.success
            }
            isMultiline
            role="status"
          >
            {props.notice.text}
          </MessageBar>
        )}
      </Stack>
    </section>
  );
}
