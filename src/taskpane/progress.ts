/** The writer's progress steps, worded in the pane's language. */
import type { Translate } from "../i18n";
import type { WriteProgress } from "../office/types";
import type { Progress } from "./components/BuildPanel";

export function progressText(t: Translate, p: WriteProgress): string {
  switch (p.step) {
    case "names":
      return t("pane.progress.names");
    case "adding":
      return t("pane.progress.adding");
    case "writing":
      return t("pane.progress.writingCells", { count: p.cells ?? 0 });
    case "done":
      return t("pane.progress.done");
  }
}

export function paneProgress(t: Translate, p: WriteProgress): Progress {
  return { step: progressText(t, p), fraction: p.fraction };
}
