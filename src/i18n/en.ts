/**
 * The English dictionary. Its keys are the keys of every language (ru.ts must have each one).
 * A message is a string with `{name}` placeholders, or plural forms chosen by `{count}`.
 * Keys are grouped by where the words appear; add new keys at the end of their group.
 */
export type PluralForms = { one?: string; few?: string; many?: string; other: string };
export type Message = string | PluralForms;

export const en = {
  // --- common -------------------------------------------------------------------------------
  "common.region": { one: "{count} region", other: "{count} regions" },
  "common.year": "Year",
  "common.yes": "yes",
  "common.no": "no",

  // --- sheet: rating and dynamics sheets ----------------------------------------------------
  "sheet.dynamics": "Dynamics",

  // --- findings -----------------------------------------------------------------------------
  "finding.severity.error": "error",
  "finding.severity.warning": "warning",
  "finding.severity.info": "note",

  // --- growth poles: specialisation and growth-poles sheets ----------------------------------
  "growth.sheetName": "Growth poles",

  // --- cli: command-line messages -----------------------------------------------------------
  "cli.seeHelp": "Run growth-poles --help for usage.",

  // --- pane: the task pane ------------------------------------------------------------------
  "pane.title": "Growth poles",

  // --- functions: messages of the worksheet functions ---------------------------------------
  "functions.errorValue": "an input cell holds an error value",
  "functions.pairedOneCell":
    "{b} is one cell but {a} is {aShape}; {b} pairs with {a} region by region, so give a range of the same shape",
  "functions.pairedShape": "{a} ({aShape}) and {b} ({bShape}) must have the same shape",
  "functions.inputError": "{where}: the cell holds {code}",
  "functions.notFinite": "the result is too large or not a number",
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
