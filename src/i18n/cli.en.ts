/**
 * The English words of the command line (its messages, help and summaries): only the command
 * line loads them (through cli.ts), so the task pane does not carry them. Its keys are the keys
 * of every language (cli.ru.ts must have each one).
 */
import type { Message } from "./language";

export const cliEn = {
  // --- cli: command-line messages -----------------------------------------------------------
  "cli.seeHelp": "Run growth-poles --help for usage.",
  "cli.help": `Usage: growth-poles rate [--year Y FILE...]... [options]

Rates regions by the innovation-development index (Kireeva & Tsoi 2018) from yearbook tables
and writes the rating workbook: one sheet per year, plus a dynamics sheet for two or more years.

  --year Y FILE...   the tables of year Y (.xlsx, FILE.xlsx#Sheet, .csv, .tsv); files of one
                     year are joined by region; a table with years as columns gives Y's.
                     Repeat for more years. Files without --year: every year all their
                     tables give as columns is rated. Without files: the bundled
                     Kazakhstan sample, 2010 and 2014.
  --out PATH         workbook to write, an .xlsx file (default {file}; with --json, only
                     if given). Written to a temporary file and renamed into place when complete.
  --force            replace an existing workbook (never one of the input files)
  --json             print the ratings and findings as one JSON document on standard output
  --values-only      write values instead of live Excel formulas
  --locale L         how numbers are printed in the input tables: auto (default),
                     ru ("1 054 074,4"), en ("1,054,074.4"); it does not change the language
                     of the messages (that is --lang)
  --prefer P         where a table has the raw figures, score the indicators recomputed from
                     them (raw, default) or the printed derived columns (printed)
  --missing M        missing values: {refuse} (default), skip (average what is present), zero
  --alphabet A       class letters in the workbook: latin (default) or cyrillic
  --lang L           language of messages and of the workbook: ru or en (default: from the
                     system locale, {env}); it does not change how numbers are read (--locale)
  {helpFlags}  this help
  {versionFlags}  the version

Exit codes: 0 done; 1 an input cannot be read or rated; 2 wrong command line; 3 the workbook
or standard output cannot be written (it exists, it is an input, no permission, disk full: any
previous file is unchanged; a reader that stops early, as head does, ends the output quietly); 4 an internal error; 130/143 interrupted ({signals}).
`,
  "cli.usage.noCommand": "no command: use growth-poles rate ...",
  "cli.usage.unknownCommand": 'unknown command "{command}": the command is "rate"',
  "cli.usage.unknownOption": 'unknown option "{option}"',
  "cli.usage.missingValue": "{option} needs a value",
  "cli.usage.noValueTaken": "{option} takes no value",
  "cli.usage.badValue": '--{name} must be one of {allowed}, not "{value}"',
  "cli.usage.yearValue": "--year needs a value, e.g. --year 2010",
  "cli.usage.yearNoFiles":
    "--year {year} has no files: give its tables after it, e.g. --year {year} table.tsv",
  "cli.usage.yearTwice": "--year {year} is given twice: put all its files after one --year",
  "cli.usage.emptyOut": "--out is empty: give the workbook's file name, e.g. --out {example}",
  "cli.usage.outNotXlsx":
    '--out "{path}": the output is an .xlsx workbook; give a name ending in .xlsx (for text, use --json)',
  "cli.input.noFile": "{path}: no such file; check the name and the folder (working folder: {cwd})",
  "cli.input.isFolder": "{path}: is a folder, not a table; give a .xlsx, .csv or .tsv file",
  "cli.input.noAccess":
    "{path}: permission denied; make the file readable for you, or copy it to a folder of yours",
  "cli.input.unreadable": "{path}: cannot be read ({reason})",
  "cli.input.notXlsx":
    "{path}: not a readable .xlsx workbook ({reason}); save it from Excel again as .xlsx, or as .csv",
  "cli.input.unknownType": '{path}: unknown file type "{ext}"; use .xlsx, .csv or .tsv',
  "cli.input.noSheets": "{path}: the workbook has no sheets",
  "cli.input.noSheet": '{path}: no sheet "{sheet}" (the workbook has {sheets})',
  "cli.input.empty": "{path}: the file is empty",
  "cli.input.table": "{path}: {message}",
  "cli.input.sameYear": "two inputs are both year {year}: give each year once with --year",
  "cli.out.exists": "{path} exists; use --force to overwrite it, or --out another path",
  "cli.out.appeared":
    "{path} was created by another program while this ran and is left as it is; use --force to replace it, or --out another path",
  "cli.out.isInput":
    "{path} is one of the input files; give --out another path (--force does not allow this)",
  "cli.out.dangling":
    "{path} is a symbolic link to {target}, which does not exist; remove the link or give --out another path",
  "cli.out.isFolder": "{path} is a folder; give a file name ending in .xlsx, e.g. --out {example}",
  "cli.out.noFolder":
    "cannot write {path}: the folder {folder} does not exist; create it or give --out another path",
  "cli.out.noAccess":
    "cannot write {path}: permission denied; give --out a folder you can write to. Any previous file is unchanged.",
  "cli.out.readOnly":
    "cannot write {path}: the file system is read-only; give --out another place. Any previous file is unchanged.",
  "cli.out.noSpace":
    "cannot write {path}: the disk is full; free some space or give --out another disk. Any previous file is unchanged.",
  "cli.out.tooLarge":
    "cannot write {path}: the file is larger than this system allows (the file-size limit, {limit}); raise the limit or write elsewhere. Any previous file is unchanged.",
  "cli.out.failed": "cannot write {path} ({reason}). Any previous file is unchanged.",
  "cli.progress.reading": "reading {path}: {count} rows",
  "cli.progress.rating": "rating {year}: {regions}",
  "cli.progress.writing": "writing {path}",
  "cli.summary.year": "{year}: {regions}",
  "cli.summary.more": "... {count} more",
  "cli.summary.findings": "findings: {list}",
  "cli.written": "workbook written to {path}",
  "cli.internal": "internal error, a bug (please report it with the command you ran): {message}",
  "cli.kind.mismatch": { one: "{count} mismatch", other: "{count} mismatches" },
  "cli.kind.implausible": { one: "{count} implausible value", other: "{count} implausible values" },
  "cli.kind.unreadable": { one: "{count} unreadable cell", other: "{count} unreadable cells" },
  "cli.kind.missing": { one: "{count} missing value", other: "{count} missing values" },
  "cli.kind.excluded-row": { one: "{count} excluded row", other: "{count} excluded rows" },
  "cli.kind.unmatched-region": {
    one: "{count} unmatched region",
    other: "{count} unmatched regions",
  },
  "cli.kind.duplicate-region": {
    one: "{count} duplicate region",
    other: "{count} duplicate regions",
  },
  "cli.kind.missing-indicator": {
    one: "{count} missing indicator",
    other: "{count} missing indicators",
  },
  "cli.kind.dominant-leader": {
    one: "{count} column with a dominant leader",
    other: "{count} columns with a dominant leader",
  },
  "cli.kind.source": { one: "{count} note on the source", other: "{count} notes on the source" },
  "cli.help.stage2": `
Stage 2 (specialisation in IT, growth poles):
  --industries Y FILE...  specialisation tables of year Y: employment or output by industry
                     (regions x industries), or one IT column (IT output, or shares of national
                     IT output as the paper's Table 7; a table of several years gives year Y's
                     column). Repeat for more years. A year with industry tables but no rating
                     tables gets a specialisation sheet alone. Without any files: the bundled
                     sample's Tables 2-7.
  --it-industry NAME the IT industry's column (its header, or part of it), when the headers do
                     not say (section J, "Information and communication", IT)
  --reference R      KSI reference: rest (default: the rest of the country), national, mean
  --min-it-share X   minimum share of national IT output for a candidate (default 0.01)
  --groups A,B       rating groups that lead (default A,B)
  --top-ranks N      the top N ranks lead as well (default: not used)
`,
  "cli.stage2.industriesYear": "--industries needs a year, e.g. --industries 2014 table.xlsx",
  "cli.stage2.industriesNoFiles": "--industries {year} has no files",
  "cli.stage2.industriesTwice":
    "--industries {year} is given twice: put all its files after one --industries",
  "cli.stage2.share": '--{name} must be a number from 0 to 1, not "{value}"',
  "cli.stage2.topRanks": '--top-ranks must be a whole number from 1, not "{value}"',
  "cli.stage2.groups": '--groups takes rating groups such as A,B (A, B, C, D), not "{value}"',
  "cli.stage2.oneTable":
    "--industries {year}: give one specialisation table per year ({count} given)",
  "cli.stage2.noIt":
    '{path}: no IT industry recognised (section J, "Information and communication", IT); give --it-industry with one of the columns: {columns}',
  "cli.stage2.specYear": "{year} specialisation: {regions}; largest IT shares: {top}",
  "cli.stage2.poles":
    "growth poles {year} (IT share at least {min}, groups {groups}{top}): {candidates}",
  "cli.stage2.polesTop": ", top {count}",
  "cli.stage2.candidates": { one: "{count} candidate", other: "{count} candidates" },
  // --- robust: the command line's robustness options (issue 15) ---
  "cli.robust.number": '--{name} must be a whole number from {min} to {max}, not "{value}"',
  "cli.robust.vary": '--vary takes a list of {allowed}, not "{value}"',
  "cli.robust.without": "--seed and --vary need --robustness",
  "cli.robust.summary": "robustness {year} ({runs} runs, seed {seed}): {reading}",
  "cli.help.robust": `
Robustness (how firm the ranks and classes are):
  --robustness [N]   N Monte Carlo runs (default 1000) per year: each region's median rank, 90%
                     interval and class probabilities, the sensitivity to each assumption, the
                     one-at-a-time exclusions and the indicators' coherence; adds a sheet per
                     year and years[].robustness to the JSON
  --seed S           the generator's seed (default 1): the same seed gives the same result
  --vary LIST        assumptions varied, comma-separated (default weights,aggregation,exclusion,
                     outliers; also normalisation; none for no variation)
`,
  // --- trust: bad input, round three (issue 16) ---
  "cli.input.xlsxPartTooLarge":
    "{path}: its part {part} unpacks to more than {limit} MB, the most this reader unpacks from one part (a yearbook sheet is far smaller); is it the right file? Save the table alone as .xlsx or .csv",
  "cli.input.xlsxTooFar":
    "{path}: cell {cell} holds a value beyond what this reader takes ({rows} rows, {columns} columns, {cells} cells in all); delete the cells far from the table, or copy the table to a new sheet",
  "cli.input.sheetAmbiguous":
    '{path}: sheet "{sheet}" is not written exactly so, and the workbook has several sheets that differ from it only in case ({sheets}); give the name exactly as written',
  "cli.stdout.noSpace":
    "standard output cannot be written: no space left on the device it goes to ({reason}); free some space or send the output elsewhere. A workbook written before this is complete",
  "cli.stdout.failed":
    "standard output cannot be written ({reason}); send the output elsewhere. A workbook written before this is complete",
  "cli.input.mixedEncoding":
    '{path}: line {line} is not in {utf8} ({cp1251}?) but line {utf8Line} is in {utf8}: the file mixes two encodings and some names would be garbled either way; save it again from Excel as "{excelFormat}"',
  "cli.input.cellTooLong":
    "{path}, cell {cell}: {length} characters, more than the {limit} one cell of Excel holds; is it the right cell?",
  "cli.input.controlCharacter":
    "{path}, cell {cell}: the text holds the control character {code}, which a terminal would act on and a workbook cannot hold; delete it from the cell",
  "cli.input.twice": "{path} is given twice (first as {first}); give each table once",

  // --- borders: the --earlier-borders option, not comparable pairs (issue 14) ---
  "cli.help.borders": `
Borders:
  --earlier-borders  rate later years in the borders of the earliest: a part separated by a
                     reform since (Shymkent 2018; Abai, Jetisu, Ulytau 2022) is added back into
                     its region where the tables print every raw figure of both
`,
  "cli.kind.borders-changed": {
    one: "{count} pair not comparable (borders changed)",
    other: "{count} pairs not comparable (borders changed)",
  },

  // --- yearbook: several years as columns ---------------------------------------------------
  "cli.input.noCommonYear": "no year is given by every table: {list}. Choose one with --year",
  "cli.input.tableYears": "{path}: {years}",
  // --- care: options that cannot take effect, or values that would be changed, are refused ---
  "cli.stage2.groupsClass":
    "--groups takes rating groups, not classes: “{value}” is a class of group {group}; write {group}",
  "cli.stage2.itIndustryUnused":
    "--it-industry “{name}”: {path} has a single IT column ({header}), so there is no industry to choose; leave --it-industry out",
} satisfies Record<string, Message>;

export type CliKey = keyof typeof cliEn;
