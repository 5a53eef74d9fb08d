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
import { describeError } from "./errors";
import { paneLanguage } from "./lang";
import { nextStep } from "./next-step";
import { initialPaneState, paneReducer } from "./pane-state";
import { findingLocation, viewYear, type YearInput, type YearView } from "./session";
import { paneProgress } from "./progress";
// Robustness (issue 15): the check runs beside the rating; its sheets join the plan.
import {
  DEFAULT_ROBUSTNESS,
  type RobustnessChoice,
  robustnessNext,
  useRobustness,
  withRobustness,
} from "./robustness";

export type ReadMode = "replace" | "add" | "industry";

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

/** The years after reading a range into year `index` in the given mode. */
function withRange(
  ys: YearInput[],
  index: number,
  mode: ReadMode,
  source: YearInput["tables"][0]["source"]
) {
  const next = [...ys];
  if (mode === "industry" && next[index])
    next[index] = { ...next[index], industry: { source, itIndustry: null } };
  else if (mode === "replace" || !next[index])
    next[index] = { tables: [{ source, mapping: {} }], year: next[index]?.year ?? null };
  else next[index] = { ...next[index], tables: [...next[index].tables, { source, mapping: {} }] };
  return next;
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

  async function read(index: number, mode: ReadMode) {
    dispatch({ type: "readStart" });
    try {
      if (mode === "industry" && !stage2)
        dispatch({
          type: "stage2",
          stage2: await import(/* webpackChunkName: "stage2" */ "./stage2-chunk"),
        });
      const source = await port.readSelection();
      dispatch({ type: "years", change: (ys) => withRange(ys, index, mode, source) });
    } catch (e) {
      dispatch({ type: "readFailed", text: describeError(t, e, "pane.error.read") });
    } finally {
      dispatch({ type: "readEnd" });
    }
  }

  async function select(item: ListedFinding) {
    const view = views.find((v) => v.findings.includes(item.finding));
    const at = view ? findingLocation(view, item.finding) : null;
    if (!at) return;
    try {
      await port.selectCell(at.sheet, at.row, at.col);
    } catch (e) {
      const text = describeError(t, e, "pane.error.select", { place: item.place ?? "" });
      dispatch({ type: "selectFailed", text });
    }
  }

  async function build() {
    if (!plan || !next.ready) return;
    dispatch({ type: "buildStart", progress: { step: t("pane.progress.layout"), fraction: 0.05 } });
    try {
      const result = await port.writePlan(plan, (p) =>
        dispatch({ type: "buildProgress", progress: paneProgress(t, p) })
      );
      const names = result.sheetNames;
      const quoted = names.map((n) => t("pane.quoted", { text: n })).join(", ");
      const text =
        names.length === 1
          ? t("pane.built", { sheet: names[0] })
          : t("pane.builtMany", { sheets: quoted });
      dispatch({ type: "buildDone", sheets: names, text });
    } catch (e) {
      dispatch({ type: "buildFailed", text: describeError(t, e, "pane.error.build") });
    }
  }

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
    select,
    build,
  };
}

export type Pane = ReturnType<typeof usePane>;
