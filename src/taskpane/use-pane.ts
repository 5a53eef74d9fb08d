/**
 * The pane as a hook: the reducer's state, what follows from it (each year read and rated, the
 * findings, stage 2's candidates, the plan Build would write, the next step) and the actions that
 * talk to the workbook through the WorkbookPort. No Office calls and no markup here.
 */
import { useEffect, useMemo, useReducer } from "react";
import type { Lang } from "../i18n";
import { cellAddress } from "../office/a1";
import type { WorkbookPort } from "../office/types";
import type { YearSpecialisation } from "../sheet/stage2";
import type { RatedYear } from "../sheet/types";
import { paneWorkbookPlan } from "./build-plan";
import type { BuildOptions } from "./components/BuildPanel";
import type { ListedFinding } from "./components/FindingsList";
import { paneLanguage } from "./lang";
import { nextStep } from "./next-step";
import { initialPaneState, paneReducer } from "./pane-state";
import { findingLocation, viewYear, type YearView } from "./session";
import { paneActions } from "./pane-actions";
// Robustness (issue 15): the check runs beside the rating; its sheets join the plan.
import {
  DEFAULT_ROBUSTNESS,
  type RobustnessChoice,
  robustnessNext,
  useRobustness,
  withRobustness,
} from "./robustness";

export type { ReadMode } from "./pane-actions";

function listFindings(views: readonly YearView[]): ListedFinding[] {
  const year = (view: YearView) => (views.length > 1 ? view.year : null);
  return views.flatMap((view) => [
    ...view.findings.map((finding) => {
      const at = findingLocation(view, finding);
      return {
        finding,
        year: year(view),
        place: at ? `${at.sheet}!${cellAddress(at.row, at.col)}` : null,
      };
    }),
    ...(view.industry?.reading.ok ? view.industry.reading.spec.findings : []).map((finding) => ({
      finding,
      year: year(view),
      place: null,
    })),
  ]);
}

/** What the pane's state shows: each year's view, the rated years in order, the plan, the poles. */
function usePaneModel(state: ReturnType<typeof initialPaneState>, robustChoice: RobustnessChoice) {
  const { lang, years, options, stage2 } = state;
  const { missing } = options;
  const views = useMemo(
    () => years.map((y) => viewYear(y, { missing, lang, stage2 })),
    [years, missing, lang, stage2]
  );
  const ordered = useMemo(() => {
    if (views.length === 0 || views.some((v) => v.rated === null)) return null;
    return views.map((v) => v.rated as RatedYear).sort((a, b) => a.year.localeCompare(b.year));
  }, [views]);
  const specs: YearSpecialisation[] = useMemo(
    () => views.flatMap((v) => (v.industry?.reading.ok ? [v.industry.reading.spec] : [])),
    [views]
  );
  const poles = useMemo(
    () =>
      stage2 && ordered && specs.length > 0 ? stage2.growthPoles(ordered, specs, {}, lang) : null,
    [stage2, ordered, specs, lang]
  );
  const robustness = useRobustness(ordered, robustChoice);
  const plan = useMemo(
    () =>
      ordered
        ? withRobustness(
            paneWorkbookPlan(ordered, views, specs, stage2, options, lang),
            ordered,
            robustness,
            poles,
            { ...options, lang }
          )
        : null,
    [ordered, views, specs, stage2, options, lang, robustness, poles]
  );
  return { views, ordered, plan, poles, robustness };
}

export function usePane(
  port: WorkbookPort,
  lang0: Lang,
  saved: Partial<BuildOptions> = {},
  robustChoice: RobustnessChoice = DEFAULT_ROBUSTNESS
) {
  const [state, dispatch] = useReducer(paneReducer, undefined, () =>
    initialPaneState(lang0, saved)
  );
  const { lang, options, stage2 } = state;
  const language = useMemo(() => paneLanguage(lang), [lang]);
  const { t } = language;
  const { missing } = options;
  const { views, ordered, plan, poles, robustness } = usePaneModel(state, robustChoice);
  // A year refused for missing values is built once a policy is chosen: show where it is.
  const needsPolicy =
    missing === "error" &&
    views.some((v) => v.findings.some((f) => f.kind === "missing" && f.severity === "error"));
  useEffect(() => {
    if (needsPolicy) dispatch({ type: "optionsOpen", open: true });
  }, [needsPolicy]);
  const next = robustnessNext(
    t,
    nextStep(t, {
      views,
      ordered,
      needsPolicy,
      sheetCount: plan?.sheets.length ?? 0,
      built: state.built,
    }),
    robustChoice,
    robustness
  );

  const { read, trySample, select, build } = paneActions({
    port,
    t,
    dispatch,
    stage2,
    views,
    plan,
    ready: next.ready,
  });

  return {
    state,
    dispatch,
    language,
    views,
    ordered,
    poles,
    plan,
    next,
    needsPolicy,
    findings: listFindings(views),
    robustness,
    busy: state.reading || state.progress !== null,
    read,
    trySample,
    select,
    build,
  };
}

export type Pane = ReturnType<typeof usePane>;
