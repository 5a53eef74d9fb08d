/**
 * Step 2: the findings (with the reasons a year cannot be rated yet, in full: the footer has only
 * one line), the preview of the rating and stage 2's candidates.
 */
import type { Alphabet } from "../../core";
import type { RatedYear } from "../../sheet/types";
import { useLanguage } from "../lang";
import type { Pane } from "../use-pane";
import { FindingsList, type ListedFinding } from "./FindingsList";
import { GrowthList } from "./GrowthList";
import { PreviewList } from "./PreviewList";

export interface CheckStepProps {
  findings: readonly ListedFinding[];
  /** Why a year cannot be rated yet (blockingReasons). */
  reasons: readonly string[];
  ordered: readonly RatedYear[] | null;
  poles: Pane["poles"];
  alphabet: Alphabet;
  busy: boolean;
  onSelect(item: ListedFinding): void;
}

export function CheckStep(props: CheckStepProps) {
  const { t } = useLanguage();
  return (
    <div className="gp-step">
      <h2>
        <span className="gp-n">2</span> {t("pane.step.check")}
      </h2>
      <FindingsList
        findings={props.findings}
        reasons={props.reasons}
        onSelect={props.onSelect}
        busy={props.busy}
      />
      {props.ordered && <PreviewList years={props.ordered} alphabet={props.alphabet} />}
      {props.poles && <GrowthList poles={props.poles} />}
    </div>
  );
}
