/**
 * What Excel throws, as one sentence in the pane's language: what failed, Excel's own message
 * and code, and a hint where the code has one. PlanWriteError also says whether the workbook is
 * as it was.
 */
import type { MessageKey, Params, Translate } from "../i18n";

const HINTED = new Set([
  "InvalidSelection",
  "ItemAlreadyExists",
  "AccessDenied",
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ApiNotFound",
  "GeneralException",
]);

type Doing = "pane.error.read" | "pane.error.select" | "pane.error.build" | "pane.error.write";

/** Excel's message with its code and the hint for that code. */
function detail(t: Translate, error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; message?: unknown; name?: unknown; key?: unknown };
  // The workbook layer's own refusals carry their words as a key: worded in the pane's language.
  if (e.name === "WorkbookError" && typeof e.key === "string")
    return t(e.key as MessageKey, (error as { params?: Params }).params ?? {});
  const code = typeof e.code === "string" ? e.code : "";
  const message = typeof e.message === "string" && e.message !== "" ? e.message : String(error);
  const hint = HINTED.has(code) ? t(`pane.hint.${code}` as MessageKey) : "";
  return `${message}${code ? ` (${code})` : ""}${hint ? ` — ${hint}.` : ""}`;
}

export function describeError(
  t: Translate,
  error: unknown,
  doing: Doing,
  params: Record<string, string> = {}
): string {
  const e = error as { name?: unknown; cause?: unknown; restored?: unknown } | null;
  if (e && e.name === "PlanWriteError") {
    const outcome = e.restored ? t("pane.error.restored") : t("pane.error.leftBehind");
    return `${t("pane.error.write", { message: detail(t, e.cause) })} ${outcome}`;
  }
  return t(doing, { ...params, message: detail(t, error) });
}
