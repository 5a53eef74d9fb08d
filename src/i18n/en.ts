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
  "pane.language": "Language",
  "pane.steps": "Steps",
  "pane.step.table": "Table",
  "pane.step.check": "Check",
  "pane.step.build": "Build",
  "pane.intro":
    "Select a yearbook table (region names and indicator columns with their headers), then press “Use selection”.",
  "pane.useSelection": "Use selection",
  "pane.addTable": "Add a table to {year}",
  "pane.addTableThisYear": "Add a table to this year",
  "pane.addSecondYear": "Add a second year",
  "pane.reading": "Reading the selection…",
  "pane.recognised": "What was recognised",
  "pane.yearN": "Year {n}",
  "pane.year.fromHeader": "Found in a header; type to change.",
  "pane.year.fromSheet": "Found in the sheet name; type to change.",
  "pane.year.typed": "As typed.",
  "pane.year.notFound": "Not found: type the year.",
  "pane.tableN": "Table {n}",
  "pane.remove": "Remove",
  "pane.removeTable": "Remove table {n}",
  "pane.usedRange": "Nothing useful was selected, so the sheet’s used range was read.",
  "pane.regionColumn": "Regions: column {column} “{header}”",
  "pane.noHeader": "(no header)",
  "pane.columns": { one: "{count} column recognised", other: "{count} columns recognised" },
  "pane.notUsed": "(not used)",
  "pane.chooseColumn": "Choose a column",
  "pane.columnOf": "Column of {field}",
  "pane.leftOut": { one: "{count} row left out", other: "{count} rows left out" },
  "pane.rowLeftOut": "Row {row}{text}: {reason}",
  "pane.missingGroup": "{code} missing",
  "pane.missingIndicator":
    "{code} ({name}) is missing: map a column of it, or columns of {inputs} to derive it. Not found: {absent}.",
  "pane.and": " and ",
  "pane.missingValues": {
    one: "{count} indicator value is missing: {list}. Fill it in and use the selection again, or choose under “{option}” below: “{skip}” or “{zero}”.",
    other:
      "{count} indicator values are missing: {list}. Fill them in and use the selection again, or choose under “{option}” below: “{skip}” or “{zero}”.",
  },
  "pane.yearUnknown":
    "The year is not known: type it in the Year box (it was found neither in a header nor in the sheet name).",
  "pane.blocked.start": "Select the yearbook table and press “Use selection”.",
  "pane.blocked.inYear": "Year {n}: {message}",
  "pane.blocked.sameYear": "Both years are {year}: change one of them.",
  "pane.options": "Options",
  "pane.missing.label": "Missing values",
  "pane.missing.error": "Refuse (default)",
  "pane.missing.skip": "Skip: average the indicators present",
  "pane.missing.zero": "Count as 0",
  "pane.cells.label": "Cells",
  "pane.cells.formulas": "Native formulas (recalculate in Excel)",
  "pane.cells.values": "Values only",
  "pane.classes.label": "Class letters",
  "pane.classes.latin": "Latin letters: {letters}",
  "pane.classes.cyrillic": "Cyrillic letters, as in the paper: {letters} (D has no Cyrillic form)",
  "pane.build": "Build rating sheet",
  "pane.building": "Building the rating sheet",
  "pane.progress.layout": "Laying out the sheet",
  "pane.progress.names": "Checking sheet names",
  "pane.progress.adding": "Adding the sheet",
  "pane.progress.writing": "Writing the cells",
  "pane.progress.done": "Done",
  "pane.built": "Added the sheet “{sheet}”. The source sheets were not changed.",
  "pane.builtMany": "Added the sheets {sheets}. The source sheets were not changed.",
  "pane.error.read": "Reading the selection failed: {message}",
  "pane.error.select": "Selecting {place} failed: {message}",
  "pane.error.build": "Building the rating sheet failed: {message}",
  "pane.error.write": "Writing the sheet failed: {message}",
  "pane.error.restored": "Nothing was left in the workbook: it is as it was.",
  "pane.error.leftBehind":
    "The add-in could not delete the sheet it had just added: delete it by hand.",
  "pane.hint.InvalidSelection":
    "select one block of cells (Excel cannot read several separate areas at once)",
  "pane.hint.ItemAlreadyExists": "a sheet of that name appeared meanwhile; try again",
  "pane.hint.AccessDenied":
    "the workbook or sheet is protected, or Excel is busy editing a cell; finish editing and try again",
  "pane.hint.InvalidOperationInCellEditMode":
    "Excel is editing a cell; press Enter or Esc and try again",
  "pane.hint.RequestPayloadSizeLimitExceeded":
    "the sheet is too large for one request of Excel on the web",
  "pane.hint.ResponsePayloadSizeLimitExceeded":
    "the selection is too large for one answer of Excel on the web; select a smaller block",
  "pane.hint.ApiNotFound": "this version of Excel lacks a feature the add-in needs (ExcelApi 1.9)",
  "pane.hint.GeneralException": "Excel reported a general error",
  "pane.findings": "Findings",
  "pane.findings.none": "Nothing to report.",
  "pane.findings.errors": { one: "{count} error", other: "{count} errors" },
  "pane.findings.warnings": { one: "{count} warning", other: "{count} warnings" },
  "pane.findings.notes": { one: "{count} note", other: "{count} notes" },
  "pane.findings.show": "Show details",
  "pane.findings.hide": "Hide details",
  "pane.findings.select": "Select {place}",
  "pane.preview": "Preview",
  "pane.preview.title": "Preview, {years}",
  "pane.preview.rank": "Rank",
  "pane.preview.region": "Region",
  "pane.preview.index": "Index",
  "pane.preview.class": "Class",
  "pane.preview.new": "new",
  "pane.preview.group": "group {group}",
  "pane.preview.moveUp": "up {n}",
  "pane.preview.moveDown": "down {n}",
  "pane.preview.same": "same class",
  "pane.notInOffice":
    "Open this in Excel: the pane reads and writes the workbook through Excel, and there is no Excel here. Add the add-in to Excel from its manifest.",
  "pane.notInOfficeHost": "This pane works in Excel only; it was opened in {host}.",
  "pane.field.grp": "GRP, mln tenge",
  "pane.field.employed": "Employed, persons",
  "pane.field.fixedAssets": "Fixed assets, mln tenge",
  "pane.field.emissions": "Air emissions, thousand t",
  "pane.field.rdExpenditure": "R&D expenditure, mln tenge",
  "pane.field.techInnovationExpenditure": "Tech-innovation expenditure, mln tenge",
  "pane.field.innovativeProducts": "Innovative products, mln tenge",
  "pane.field.population": "Population, persons",
  "pane.field.S_D": "S_D labour productivity, thousand tenge per employed",
  "pane.field.S_F": "S_F return on fixed assets",
  "pane.field.S_E": "S_E eco-efficiency, thousand tenge per t",
  "pane.field.S_A": "S_A R&D expenditure per employed, tenge",
  "pane.field.S_B": "S_B tech-innovation expenditure per employed, tenge",
  "pane.field.S_C": "S_C innovative products per head, tenge",
  "pane.indicator.S_D": "Labour productivity",
  "pane.indicator.S_F": "Return on fixed assets",
  "pane.indicator.S_E": "Eco-efficiency of production",
  "pane.indicator.S_A": "R&D expenditure per employed person",
  "pane.indicator.S_B": "Technological-innovation expenditure per employed person",
  "pane.indicator.S_C": "Innovative products per head of population",
  "pane.sheet.rating": "Rating {name}",
  "pane.sheet.dynamics": "Dynamics {from}-{to}",

  // --- functions: messages of the worksheet functions ---------------------------------------
  "functions.errorValue": "an input cell holds an error value",
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
