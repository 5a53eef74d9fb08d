/**
 * What the pane's buttons do to the workbook, through the WorkbookPort: read a range into a year,
 * write the first-run sample, select a finding's cell, build. Each reports through the reducer's
 * actions and never throws: a failure becomes a message in the pane's language.
 */
import type { Translate } from "../i18n";
import type { WorkbookPort } from "../office/types";
import type { WorkbookPlan } from "../sheet/plan";
import type { ListedFinding } from "./components/FindingsList";
import { describeError } from "./errors";
import type { PaneAction } from "./pane-state";
import { paneProgress } from "./progress";
import { findingLocation, type Stage2, type YearInput, type YearView } from "./session";

export type ReadMode = "replace" | "add" | "industry";

/**
 * What a build added, and how to take it back: one undo step where Excel merged the write into
 * one (ExcelApi 1.20), else the sheets to delete.
 */
export function builtMessage(t: Translate, names: readonly string[], undoGroup: boolean): string {
  const quoted = names.map((n) => t("pane.quoted", { text: n })).join(", ");
  const added =
    names.length === 1
      ? t("pane.built", { sheet: names[0] })
      : t("pane.builtMany", { sheets: quoted });
  const undo = undoGroup
    ? t("pane.builtUndo")
    : names.length === 1
      ? t("pane.builtDeleteOne", { sheets: quoted })
      : t("pane.builtDelete", { sheets: quoted });
  return `${added} ${undo}`;
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

export interface ActionContext {
  port: WorkbookPort;
  t: Translate;
  dispatch: (action: PaneAction) => void;
  stage2: Stage2 | null;
  views: readonly YearView[];
  plan: WorkbookPlan | null;
  /** Build can run now (next-step.ts). */
  ready: boolean;
}

export function paneActions({ port, t, dispatch, stage2, views, plan, ready }: ActionContext) {
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

  /** The first-run card's sample: the paper's 2010 tables on a new sheet, selected. */
  async function trySample() {
    dispatch({ type: "readStart" });
    try {
      const { sampleBlock } = await import(/* webpackChunkName: "sample" */ "./sample-tables");
      const written = await port.writeTable(t("pane.sample.sheet"), sampleBlock());
      dispatch({ type: "sampleWritten", sheet: written.sheet });
    } catch (e) {
      dispatch({ type: "readFailed", text: describeError(t, e, "pane.error.sample") });
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
    if (!plan || !ready) return;
    dispatch({ type: "buildStart", progress: { step: t("pane.progress.layout"), fraction: 0.05 } });
    try {
      const result = await port.writePlan(plan, (p) =>
        dispatch({ type: "buildProgress", progress: paneProgress(t, p) })
      );
      const text = builtMessage(t, result.sheetNames, result.undoGroup === true);
      dispatch({ type: "buildDone", sheets: result.sheetNames, text });
    } catch (e) {
      dispatch({ type: "buildFailed", text: describeError(t, e, "pane.error.build") });
    }
  }

  return { read, trySample, select, build };
}
