/**
 * Turns what Excel throws (OfficeExtension.Error: code, message, debugInfo) into one sentence an
 * economist can act on. No Office types: it reads the fields defensively, so it also serves the
 * stand-in used by the browser test and plain JavaScript errors.
 */
import { paneWordsLoaded, translate, type MessageKey, type Params } from "../i18n";

const HINTS: Readonly<Record<string, string>> = {
  InvalidSelection: "select one block of cells (Excel cannot read several separate areas at once)",
  ItemAlreadyExists: "a sheet of that name appeared meanwhile; try again",
  AccessDenied:
    "the workbook or sheet is protected, or Excel is busy editing a cell; finish editing and try again",
  InvalidOperationInCellEditMode: "Excel is editing a cell; press Enter or Esc and try again",
  RequestPayloadSizeLimitExceeded: "the sheet is too large for one request of Excel on the web",
  ResponsePayloadSizeLimitExceeded:
    "the selected table is too large for one response of Excel on the web: select the table itself, or fewer columns",
  ApiNotFound: "this version of Excel lacks a feature the add-in needs (ExcelApi 1.9)",
  GeneralException: "Excel reported a general error",
};

export function describeOfficeError(error: unknown, doing: string): string {
  const e = (error ?? {}) as {
    code?: unknown;
    message?: unknown;
    debugInfo?: { errorLocation?: unknown };
  };
  const code = typeof e.code === "string" ? e.code : "";
  const message = typeof e.message === "string" && e.message !== "" ? e.message : String(error);
  const hint = HINTS[code];
  const where =
    typeof e.debugInfo?.errorLocation === "string" && e.debugInfo.errorLocation
      ? ` at ${e.debugInfo.errorLocation}`
      : "";
  return `${doing} failed: ${message}${code ? ` (${code}${where})` : ""}${hint ? ` - ${hint}.` : ""}`;
}

/**
 * A refusal of the workbook layer, carrying its words as a dictionary key: the pane words it in
 * its language; `message` is the English wording for logs (the key itself in a Russian pane,
 * which has not fetched the English words).
 */
export class WorkbookError extends Error {
  readonly key: MessageKey;
  readonly params: Params;

  constructor(key: MessageKey, params: Params = {}) {
    super(paneWordsLoaded("en") ? translate("en", key, params) : key);
    this.name = "WorkbookError";
    this.key = key;
    this.params = params;
  }
}

/** A failed write, saying whether the workbook is back as it was before the click. */
export class PlanWriteError extends Error {
  readonly code: string;
  /** True when the workbook is as before: nothing was added, or what was added has been deleted. */
  readonly restored: boolean;
  readonly cause: unknown;

  constructor(cause: unknown, added: boolean, removed: boolean) {
    const restored = !added || removed;
    super(
      `${describeOfficeError(cause, "Writing the rating sheet")} ${
        !added
          ? "Nothing was added to the workbook."
          : removed
            ? "The sheet the add-in had just added was deleted again; the workbook is as it was."
            : "The add-in could not delete the sheet it had just added: delete it by hand."
      }`
    );
    this.name = "PlanWriteError";
    const code = (cause as { code?: unknown } | null)?.code;
    this.code = typeof code === "string" ? code : "";
    this.restored = restored;
    this.cause = cause;
  }
}
