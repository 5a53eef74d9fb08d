/**
 * The one place for the pane's step logic: which step the user is on, whether Build can run,
 * and the footer's single line saying what to do next. The details (every missing column, every
 * refused value) live in step 1 and in the findings list, never in the footer.
 */
import type { Translate } from "../i18n";
import type { RatedYear } from "../sheet/types";
import type { YearView } from "./session";

export interface NextStep {
  /** 0: table, 1: check, 2: build (the step strip). */
  step: 0 | 1 | 2;
  /** True when Build can run now. */
  ready: boolean;
  /** One short line for the footer: the next thing to do, or what is ready. */
  line: string;
}

export interface StepInput {
  views: readonly YearView[];
  /** The rated years, earlier first, when every year is rated. */
  ordered: readonly RatedYear[] | null;
  /** True when a missing value blocks the rating and the policy is still "refuse". */
  needsPolicy: boolean;
  /** Sheets the build would add. */
  sheetCount: number;
  /** Sheets of the last build, while nothing has changed since. */
  built: readonly string[] | null;
}

/** What stops one year, as the next thing to do about it (null: nothing stops it). */
function yearNext(t: Translate, view: YearView): string | null {
  if (view.tables.some((table) => table.error !== null)) return t("pane.next.fixTable");
  if (view.missing.length > 0) {
    const codes = view.missing.map((m) => m.code).join(", ");
    return view.tables.length === 1
      ? t("pane.next.addTable", { codes })
      : t("pane.next.chooseColumns", { codes });
  }
  if (!view.year) return t("pane.next.typeYear");
  if (view.error !== null) return t("pane.next.seeFindings");
  return null;
}

export function nextStep(t: Translate, input: StepInput): NextStep {
  const { views, ordered } = input;
  if (views.length === 0) return { step: 0, ready: false, line: t("pane.blocked.start") };
  if (input.needsPolicy) return { step: 1, ready: false, line: t("pane.next.choosePolicy") };
  for (let i = 0; i < views.length; i++) {
    const next = yearNext(t, views[i]);
    if (next !== null)
      return {
        step: 1,
        ready: false,
        line:
          views.length > 1 ? t("pane.blocked.inYear", { n: String(i + 1), message: next }) : next,
      };
  }
  if (ordered && ordered.length === 2 && ordered[0].year === ordered[1].year)
    return { step: 1, ready: false, line: t("pane.blocked.sameYear", { year: ordered[0].year }) };
  if (input.built)
    return { step: 2, ready: false, line: t("pane.next.built", { count: input.built.length }) };
  return { step: 2, ready: true, line: t("pane.next.ready", { count: input.sheetCount }) };
}

/**
 * The full reason each year cannot be rated, for the findings list (the footer has only a line).
 * A table that cannot be read and missing indicators are said in step 1 already, beside the
 * table and the column choices, so they are not repeated here.
 */
export function blockingReasons(views: readonly YearView[]): string[] {
  return views.flatMap((view) =>
    view.error !== null && view.missing.length === 0 && !view.tables.some((t) => t.error !== null)
      ? [views.length > 1 && view.year ? `${view.year}: ${view.error}` : view.error]
      : []
  );
}
