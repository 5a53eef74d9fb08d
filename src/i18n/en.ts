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
  "sheet.title": "Innovation development of regions, {year}",
  "sheet.titleCustom": "{title}, {year}",
  "sheet.source":
    "Method: Kireeva & Tsoi (2018): scores are % of the leader (1), R_IS (2) and R_IA (3) are their means, index = (R_IS + R_IA) / 2 (4); classes after Karachurina (2010).",
  "sheet.group.raw": "Yearbook figures",
  "sheet.group.indicators": "Indicators scored",
  "sheet.group.scores": "Scores, % of the leader (1)",
  "sheet.group.rating": "Rating",
  "sheet.header.region": "Region",
  "sheet.header.indicator": "{label} ({source})",
  "sheet.header.printed": "printed",
  "sheet.header.recomputed": "recomputed",
  "sheet.header.score": "{code} score",
  "sheet.header.susceptibility": "R_IS susceptibility (2)",
  "sheet.header.activity": "R_IA activity (3)",
  "sheet.header.index": "Index (4)",
  "sheet.header.class": "Class",
  "sheet.header.rank": "Rank",
  "sheet.header.place": "Place (ties by table order)",
  "sheet.legend.title": "Rating scale (Table 1)",
  "sheet.legend.from": "From",
  "sheet.legend.to": "To",
  "sheet.legend.meaning": "Meaning",
  "sheet.scale.A++": "super-high innovation development",
  "sheet.scale.A+": "very high innovation development",
  "sheet.scale.A": "high innovation development",
  "sheet.scale.B++": "above-average innovation development",
  "sheet.scale.B+": "average innovation development",
  "sheet.scale.B": "satisfactory innovation development",
  "sheet.scale.C++": "below-average innovation development",
  "sheet.scale.C+": "low innovation development",
  "sheet.scale.C": "very low innovation development",
  "sheet.scale.D": "unsatisfactory innovation development",
  "sheet.sorted.title": "Regions by index (chart data)",
  "sheet.sorted.place": "Place",
  "sheet.sorted.index": "Index",
  "sheet.chart.title": "Innovation development index, {year}",
  "sheet.findings.title": "Findings ({count})",
  "sheet.findings.indicator": "Indicator",
  "sheet.findings.kind": "Kind",
  "sheet.findings.severity": "Severity",
  "sheet.findings.message": "Message",
  "sheet.dynamics.title": "Innovation development index, {first} to {last}",
  "sheet.dynamics.titleCustom": "{title}: dynamics",
  "sheet.dynamics.source":
    "Index and class of each year (Table 6); change = index {last} / index {first} × 100.",
  "sheet.dynamics.index": "Index {year}",
  "sheet.dynamics.class": "Class {year}",
  "sheet.dynamics.change": "{last} as % of {first}",
  "sheet.dynamics.movement": "Class movement",
  "sheet.field.grp": "GRP, mln tenge",
  "sheet.field.employed": "Employed, persons",
  "sheet.field.fixedAssets": "Fixed assets, mln tenge",
  "sheet.field.emissions": "Air emissions, thousand t",
  "sheet.field.rdExpenditure": "R&D expenditure, mln tenge",
  "sheet.field.techInnovationExpenditure": "Tech-innovation expenditure, mln tenge",
  "sheet.field.innovativeProducts": "Innovative products, mln tenge",
  "sheet.field.population": "Population, persons",
  "sheet.field.S_D": "S_D labour productivity, thousand tenge per employed",
  "sheet.field.S_F": "S_F return on fixed assets",
  "sheet.field.S_E": "S_E eco-efficiency, thousand tenge per t",
  "sheet.field.S_A": "S_A R&D expenditure per employed, tenge",
  "sheet.field.S_B": "S_B tech-innovation expenditure per employed, tenge",
  "sheet.field.S_C": "S_C innovative products per head, tenge",
  "sheet.unit.mlnTenge": "mln tenge",
  "sheet.unit.persons": "persons",
  "sheet.unit.thousandTonnes": "thousand tonnes",
  "sheet.leaderRow": "Leader (column maximum)",
  "sheet.sortedRow": "Row in table",

  // --- findings -----------------------------------------------------------------------------
  "finding.severity.error": "error",
  "finding.severity.warning": "warning",
  "finding.severity.info": "note",
  "finding.kind.mismatch": "mismatch",
  "finding.kind.implausible": "implausible",
  "finding.kind.unreadable": "unreadable",
  "finding.kind.missing": "missing",
  "finding.kind.excluded-row": "excluded row",
  "finding.kind.unmatched-region": "unmatched region",
  "finding.kind.duplicate-region": "duplicate region",
  "finding.kind.missing-indicator": "missing indicator",
  "finding.kind.dominant-leader": "dominant leader",
  "finding.kind.source": "source",
  "finding.mismatch":
    "{region}, {code}: printed {printed} but {formula} = {computed} on the same row ({percent}% apart)",
  "finding.formula.S_D": "GRP × 1000 / employed",
  "finding.formula.S_F": "GRP / fixed assets",
  "finding.formula.S_E": "GRP / emissions",
  "finding.formula.S_A": "R&D expenditure × 10⁶ / employed",
  "finding.formula.S_B": "tech-innovation expenditure × 10⁶ / employed",
  "finding.formula.S_C": "innovative products × 10⁶ / population",
  "finding.populationBelowEmployed":
    "{region}: population {population} is smaller than the {employed} employed",
  "finding.impliedPopulation":
    "{region}, S_C: {perHead} tenge per head with {products} mln tenge of innovative products implies a population of {implied}, fewer than the {employed} employed",
  "finding.negative": "{region}, {field}: negative value {value}",
  "finding.neitherPrintedNorDerivable":
    "{field} is neither printed nor derivable: it needs a column of {numerator} and of {denominator}",
  "finding.printedOnly":
    "{code} scored from the printed column: {denominator} is not in the table, so it cannot be recomputed",
  "finding.scoredPrinted": "the printed {codes}",
  "finding.scoredRaw": "{codes} recomputed from the raw figures",
  "finding.scored": "scored {what}",
  "finding.scoredPaperWay": "{list} (printed values first, as the paper did)",
  "finding.fallbackPrinted": "{region}, {code}: no printed value, the recomputed {value} is scored",
  "finding.fallbackRaw": "{region}, {code}: no raw value, the printed {value} is scored",
  "finding.noValue": "{region}: no value for {code}",
  "finding.missingValues": {
    one: '{count} indicator value is missing: {list}. Fill it in, or choose the missing-value policy "skip" (average what is present) or "zero"',
    other:
      '{count} indicator values are missing: {list}. Fill them in, or choose the missing-value policy "skip" (average what is present) or "zero"',
  },
  "finding.yearUnknown":
    "the year is not known: give it (--year, or the sheet name) or print it in a header",
  "finding.dominantLeader":
    "{code}: {region} leads with {value}, {ratio} times the runner-up, so no other region scores above {best} (skewness {skewness} > {skewnessLimit}, kurtosis {kurtosis} > {kurtosisLimit}: the JRC rule flags the column; the method is not altered)",
  "finding.excluded": 'row {row} "{text}" left out: {reason}',
  "finding.excludedUnnamed": "row {row} left out: {reason}",
  "finding.excluded.blank": "blank row",
  "finding.excluded.noFigures": "no figures (a note or a heading, not a region)",
  "finding.excluded.noName": "no region name",
  "finding.excluded.numberName": "the name cell holds a number (a row of column numbers?)",
  "finding.excluded.total": "a total, not a region",
  "finding.excluded.notRegion": "not a region name",
  "finding.duplicate":
    'row {row} "{name}" is the same region as row {firstRow} "{firstName}"; only the first is used',
  "finding.unreadable": '{region}, {field}: "{text}" is not a number ({reason})',
  "finding.noFigure": "{region}, {field}: no figure",
  "finding.noFigureText": '{region}, {field}: no figure ("{text}")',
  "finding.alsoReadsAs": 'column {column} "{header}" also reads as {field}; column {used} is used',
  "finding.column": '{field} (column {column} "{header}")',
  "finding.unitUnusable":
    "{column}: the unit {unit} cannot be used ({reason}); the values are read as {methodUnit}, as printed. Check the header",
  "finding.unitMultiplied":
    "{column}: the header says {unit}; values multiplied by {factor} to {methodUnit}",
  "finding.unitDivided":
    "{column}: the header says {unit}; values divided by {factor} to {methodUnit}",
  "finding.noUnit":
    'no unit in the header of {list}: read in the method\'s units ({units}); a header such as "(тыс. человек)" or "(billion tenge)" has its values converted',
  "finding.tableMismatch":
    "{region}: {field} is {earlier} in table {first} but {value} in table {table}; the first is used",
  "finding.notInTable":
    '"{region}" is in table {present} but not in table {absent}: no {fields} for it',
  "finding.notRatedInYear": '"{region}" is not rated in {year}: no change can be computed for it',
  "finding.noRegionRow": "no column of region names: no row holds a name next to a number",
  "finding.noRegionColumn":
    'no column of region names: no header like "Регион"/"Region"/"Өңір" and no column of names',
  "finding.noIndicators":
    "no recognisable indicator columns (GRP, employed, fixed assets, emissions, R&D, tech-innovation expenditure, innovative products, population, or S_D..S_C); headers seen: {seen}",
  "finding.none": "none",
  "finding.noRegionRows": "no region rows: every data row is a total, a blank or a note",
  "finding.noTables": "no tables to join",
  "finding.differentYears": "tables of different years cannot be joined: {years}",
  "finding.reason.notNumber": "not a number",
  "finding.reason.notFinite": "not a finite number",
  "finding.reason.boolean": "TRUE/FALSE is not a figure",
  "finding.reason.twoDecimalMarks": "more than one decimal mark",
  "finding.reason.dotButRu": 'dot as decimal mark but the locale is "ru"',
  "finding.reason.commaButEn": 'comma as decimal mark but the locale is "en"',
  "finding.reason.commaGroupingButRu": 'comma grouping but the locale is "ru"',
  "finding.reason.dotGroupingButEn": 'dot grouping but the locale is "en"',
  "finding.reason.ambiguous":
    '"{text}" could be a decimal or a thousands separator: set the number locale ("ru" or "en")',
  "finding.reason.badGrouping": "thousands separators in the wrong places",
  "finding.unitReason.foreign": '"{unit}" is not a unit of {dimension}',
  "finding.unitReason.money": "money in tenge",
  "finding.unitReason.persons": "persons",
  "finding.unitReason.mass": "mass",
  "finding.unitReason.multipliers": "the header gives different multipliers",
  "finding.unitReason.noCurrency": '"{unit}" names no unit (which currency?)',
  "finding.unitReason.noMassUnit": '"{unit}" names no unit (tonnes?)',
  "finding.unitReason.apart": '"{unit}" stands apart from the unit',
  "finding.unitReason.units": {
    one: "the header gives {count} different unit",
    other: "the header gives {count} different units",
  },

  // --- growth poles: specialisation and growth-poles sheets ----------------------------------
  "growth.sheetName": "Growth poles",
  "growth.read.noRows": "no region rows: no row holds a name next to a figure",
  "growth.read.noRegionColumn": "no column of region names",
  "growth.read.noFigures":
    "no column of figures (employment or output by industry, or an IT column)",
  "growth.read.negative":
    '{name}, {column}: "{value}" is negative, not a size; the region is left out',
  "growth.read.unreadable": '{name}, {column}: "{value}" is not a number',
  "growth.read.itNotFound": 'no industry "{name}" in the table; the columns are: {columns}',
  "growth.read.regionLeftOut": "{name} is left out of KSI, HHI and LQ: no figure for {columns}",
  "growth.read.noIt":
    'no IT industry recognised (section J, "Information and communication", IT): choose one of the columns: {columns}',
  "growth.read.itAllZero": 'the IT column "{column}" is 0 for every region: no IT output to share',
  "growth.read.sharesSum": 'the shares of "{column}" add up to {total}, not about 1',
  "growth.read.yearNotFound": "no column of year {year} in the table (years found: {years})",
  "growth.spec.noYear": "the year of the specialisation table is unknown: give it",
  "growth.spec.zeroRegion": "{name} has 0 in every industry: no mix to compare, left out",
  "growth.spec.tooFew":
    "fewer than two regions with every industry's figure: no specialisation can be computed",
  "growth.spec.zeroIndustry":
    'the industry "{column}" is 0 in every region: its location quotients are undefined; leave the column out',
  "growth.spec.cannot": "specialisation cannot be computed: {reason}",
  "growth.reference.rest": "rest of the country (all other regions summed; Krugman)",
  "growth.reference.national": "national total, region included (as EconGeo)",
  "growth.reference.mean": "mean of the other regions' shares (as REAT)",
  "growth.tier.high": "most specialised",
  "growth.tier.medium": "medium",
  "growth.tier.low": "low",
  "growth.tier.none": "no IT output",
  "growth.spec.sheetName": "Specialisation {year}",
  "growth.spec.title": "Specialisation of regions, {year}",
  "growth.spec.note":
    "Shares s = size / region's total; KSI = sum of |s - reference share| (Krugman), 0 to 2; HHI = sum of s², normalised (HHI - 1/K) / (1 - 1/K); LQ = s / national share; IT share = region's share of national IT output (the paper's Table 7 \"modified KSI\").",
  "growth.spec.noteItShares":
    'IT share = the region\'s share of national IT output as printed (the paper\'s Table 7 "modified KSI"); an empty cell is no data ("-"), not 0. One IT column gives no KSI, HHI or LQ.',
  "growth.spec.noteItOutput":
    'IT share = the region\'s IT output / the sum over regions (the paper\'s Table 7 "modified KSI"); an empty cell is no data ("-"), not 0. One IT column gives no KSI, HHI or LQ.',
  "growth.spec.reference": "KSI reference",
  "growth.spec.lqThreshold": "LQ highlighted above",
  "growth.spec.itIndustry": "IT industry",
  "growth.spec.noItIndustry": "none recognised",
  "growth.spec.tierHigh": "Most specialised: IT share from",
  "growth.spec.tierMedium": "Medium: IT share from",
  "growth.spec.groupSizes": "Sizes as read",
  "growth.spec.groupShares": "Industry shares of the region",
  "growth.spec.groupSpecialisation": "Specialisation",
  "growth.spec.groupLq": "Location quotients",
  "growth.spec.region": "Region",
  "growth.spec.ksi": "KSI",
  "growth.spec.hhi": "HHI",
  "growth.spec.hhiNormalised": "HHI normalised",
  "growth.spec.itShare": "IT share of the country",
  "growth.spec.tier": "IT tier",
  "growth.spec.allRegions": "All regions (sum)",
  "growth.spec.noKsi": "none: one IT column gives no industry mix",
  "growth.findings": "Findings",
  "growth.unmatched.notInSpec": "{name} is rated in {year} but not in the IT table of {year}",
  "growth.unmatched.notRated": "{name} is in the IT table of {year} but not rated in {year}",
  "growth.reason.noVerdictYear": "no year has both a rating and an IT share",
  "growth.reason.notRated": "not rated in {year}",
  "growth.reason.leadsFull":
    "leads the rating: class {class}, rank {rank}, index {index} (leading groups {groups}{top})",
  "growth.reason.notLeadsFull":
    "does not lead the rating: class {class}, rank {rank}, index {index} (leading groups {groups}{top})",
  "growth.reason.orTop": " or the top {top} ranks",
  "growth.reason.noItData": "no IT output data in {year}",
  "growth.reason.itAtLeastFull":
    "IT share {share} of the country in {year}, at least the minimum {min}",
  "growth.reason.itBelowFull": "IT share {share} of the country in {year}, below the minimum {min}",
  "growth.reason.notRatedShort": "not rated",
  "growth.reason.leads": "leads the rating",
  "growth.reason.notLeads": "does not lead the rating",
  "growth.reason.rank": "rank",
  "growth.reason.noItDataShort": "no IT output data",
  "growth.reason.itAtLeast": "IT share at least the minimum",
  "growth.reason.itBelow": "IT share below the minimum",
  "growth.poles.title": "Growth poles for IT clusters (promising zones)",
  "growth.poles.note":
    "A candidate leads the innovation rating (its class is in a leading group, or its rank is within the top ranks) and its IT share in {year} is at least the minimum. Change a threshold: the verdicts are formulas. The last column is yours.",
  "growth.poles.minItShare": "Minimum IT share (0-1)",
  "growth.poles.groups": "Leading groups (class letters)",
  "growth.poles.topRanks": "Top ranks also lead (empty: not used)",
  "growth.poles.verdictYear": "Verdict for the year",
  "growth.poles.index": "Index {year}",
  "growth.poles.class": "Class {year}",
  "growth.poles.rank": "Rank {year}",
  "growth.poles.dynamics": "{last} as % of {first}",
  "growth.poles.itShare": "IT share {year}",
  "growth.poles.leads": "Leads the rating",
  "growth.poles.specialised": "Specialised in IT",
  "growth.poles.verdict": "Verdict",
  "growth.poles.reasons": "Reasons",
  "growth.poles.decision": "Economist's decision",
  "growth.poles.candidate": "candidate",
  "growth.poles.notCandidate": "not a candidate",
  "growth.chart.lines": "Matrix lines",
  "growth.chart.x": "Index",
  "growth.chart.y": "IT share",
  "growth.chart.minLine": "Minimum IT share",
  "growth.chart.groupLine": "Leading groups from",
  "growth.chart.title": "Growth-poles matrix, {year}",
  "growth.chart.xTitle": "Innovation development index",
  "growth.chart.yTitle": "Share of national IT output",
  "growth.chart.regions": "Regions",

  // --- cli: command-line messages -----------------------------------------------------------
  "cli.seeHelp": "Run growth-poles --help for usage.",
  "cli.help": `Usage: growth-poles rate [--year Y FILE...]... [options]

Rates regions by the innovation-development index (Kireeva & Tsoi 2018) from yearbook tables
and writes the rating workbook: one sheet per year, plus a dynamics sheet for two or more years.

  --year Y FILE...   the tables of year Y (.xlsx, FILE.xlsx#Sheet, .csv, .tsv); files of one
                     year are joined by region. Repeat for more years. Without files: the
                     bundled Kazakhstan sample, 2010 and 2014.
  --out PATH         workbook to write, an .xlsx file (default {file}; with --json, only
                     if given). Written to a temporary file and renamed into place when complete.
  --force            replace an existing workbook (never one of the input files)
  --json             print the ratings and findings as one JSON document on standard output
  --values-only      write values instead of live Excel formulas
  --locale L         how numbers are printed in the tables: auto (default), ru ("1 054 074,4"),
                     en ("1,054,074.4")
  --prefer P         score the printed derived indicators (printed, default) or recompute them (raw)
  --missing M        missing values: {refuse} (default), skip (average what is present), zero
  --alphabet A       class letters in the workbook: latin (default) or cyrillic
  --lang L           language of messages and of the workbook: ru or en (default: from the
                     system locale, {env})
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
  "pane.addIndustryTable": "Add an industry table to {year}",
  "pane.addIndustryTableThisYear": "Add an industry table to this year",
  "pane.industry.title": "Industry table",
  "pane.industry.count": {
    one: "{count} industry recognised",
    other: "{count} industries recognised",
  },
  "pane.industry.it": "IT industry",
  "pane.industry.chooseIt": "Choose the IT industry",
  "pane.industry.itColumn": "One IT column: {header}",
  "pane.industry.remove": "Remove the industry table",
  "pane.poles.title": "Growth-pole candidates, {year}",
  "pane.poles.none": "No region meets the thresholds.",
  "pane.poles.others": {
    one: "{count} other region is not a candidate.",
    other: "{count} other regions are not candidates.",
  },
  "pane.poles.waiting":
    "Candidates appear once the year is rated and its industry table has an IT industry.",

  // --- functions: messages of the worksheet functions ---------------------------------------
  "functions.pairedOneCell":
    "{b} is one cell but {a} is {aShape}; {b} pairs with {a} region by region, so give a range of the same shape",
  "functions.pairedShape": "{a} ({aShape}) and {b} ({bShape}) must have the same shape",
  "functions.inputError": "{where}: the cell holds {code}",
  "functions.notFinite": "the result is too large or not a number",
  "functions.passedOn": "{message}",
  "functions.within": "{name}: {reason}",
  "functions.choice": '{name} must be {choices}, not "{value}"',
  "functions.arg.empty": "{name} is empty",
  "functions.arg.notList":
    "{name} must be one column or one row; it has {rows} rows and {columns} columns",
  "functions.cell.notFinite": "{where}: not a finite number",
  "functions.cell.boolean": "{where}: TRUE/FALSE is not a figure",
  "functions.cell.errorObject": "{where}: the cell holds an error value",
  "functions.cell.ambiguous":
    '{where}: "{text}" could be {en} or {ru}; type the figure as a number',
  "functions.cell.notNumber": '{where}: "{text}" is not a number',
  "functions.cell.missing": '{where} is missing (blank or "-")',
  "functions.cell.absent": "{where} is missing",
  "functions.where.name": "{name}",
  "functions.where.row": "row {n}",
  "functions.where.thisRow": "this row",
  "functions.where.aRow": "row",
  "functions.where.tableRow": "table row {n}",
  "functions.where.region": "region {n}",
  "functions.where.regionRow": "the region row",
  "functions.where.column": "column",
  "functions.where.indicator": "{at}, {code}",
  "functions.where.industry": "{at}, industry {n}",
  "functions.where.item": "{name} {n}",
  "functions.where.value": "{name} value {n}",
  "functions.where.cell": "{what} {row},{column}",
  "functions.where.scaleCell": "scale row {row}, column {column}",
  "functions.where.scaleLower": "scale row {row}, lower bound",
  "functions.word.value": "value",
  "functions.word.index": "index",
  "functions.word.earlierIndex": "earlier index",
  "functions.word.laterIndex": "later index",
  "functions.word.class": "class",
  "functions.word.itShare": "IT share",
  "functions.word.rank": "rank",
  "functions.figure.grp": "GRP",
  "functions.figure.employed": "employed",
  "functions.figure.fixedAssets": "fixed assets",
  "functions.figure.emissions": "emissions",
  "functions.figure.rdExpenditure": "R&D expenditure",
  "functions.figure.techInnovationExpenditure": "technological-innovation expenditure",
  "functions.figure.innovativeProducts": "innovative products",
  "functions.figure.population": "population",
  "functions.scale.sizes": "a custom scale needs as many labels as lower bounds, at least one",
  "functions.scale.lowerNotNumber": "scale row {row}: the lower bound is not a number",
  "functions.scale.labelEmpty": "scale row {row}: the label is empty",
  "functions.scale.twice": "the scale has the lower bound {lower} twice",
  "functions.scale.indexNotNumber": "the index is not a number",
  "functions.scale.above": "index {index} is above the scale's top ({upper})",
  "functions.scale.below": "index {index} is below the scale's lowest band ({lower})",
  "functions.scale.notClass": '"{label}" is not a class of the rating scale (A++ .. D)',
  "functions.leader.negative": "negative value {value}: percent of the leader is undefined",
  "functions.leader.zero": "the leader's value is 0: percent of the leader is undefined",
  "functions.leader.exceeds": "value {value} exceeds the leader {leader}",
  "functions.leader.negativeInColumn":
    "{label}: negative value {value} in row {row}; percent of the leader is undefined",
  "functions.leader.noValues": "{label}: no values, so no leader",
  "functions.leader.allZero": "{label}: every value is 0, so there is no leader to score against",
  "functions.indicator.unknown": 'unknown indicator "{code}"',
  "functions.indicator.zeroDenominator": "{code}: {figure} is 0, the indicator is undefined",
  "functions.indicator.tooLarge": "{code}: {numerator} / {denominator} is too large for a number",
  "functions.index.negative":
    "{code}: negative value {value} in {row}; percent of the leader is undefined",
  "functions.index.aboveLeader":
    "{code}: value {value} in {row} is above the table's leader {leader}; is the row part of the table?",
  "functions.index.noGroup": "{row}: no {codes} indicator present",
  "functions.index.weights": "weights must be two non-negative numbers",
  "functions.index.weightsZero": "weights must not both be 0",
  "functions.index.notFinite": "{code}: {row} is not a finite number",
  "functions.index.missing": "{code} is missing in {row}",
  "functions.index.width":
    "{name} row {row} has {columns} columns; the six indicators S_D, S_F, S_E, S_A, S_B, S_C are needed",
  "functions.index.earlierZero": "the earlier index is 0: the change in % is undefined",
  "functions.index.dynamicsTooLarge":
    "the later index divided by the earlier one is too large for a number",
  "functions.ksi.allZero": "{label}: every industry is 0, so there are no shares",
  "functions.ksi.rowWidth": "the region row has {row} industries but the table has {table}",
  "functions.ksi.notInTable":
    'the region row is not one of the table\'s rows; the "{reference}" reference leaves the region out of the table',
  "functions.ksi.noRest": "{label}: the rest of the country has no industry, no reference mix",
  "functions.ksi.meanNeedsTwo": "the mean of the other regions needs at least two regions",
  "functions.ksi.unknownReference":
    'unknown reference "{reference}": use "rest", "national" or "mean"',
  "functions.ksi.notSize": "{label}: {value} is not a size (negative or not a number)",
  "functions.ksi.nationalZero": "the national total is 0: shares are undefined",
  "functions.ksi.hhiNeedsTwo": "the normalised HHI needs at least two industries",
  "functions.ksi.lqZero": "industry {n} is 0 in every region: its location quotient is undefined",
  "functions.ksi.tableEmpty": "the table is empty",
  "functions.ksi.tableWidth": "table row {row} has {count} industries, row 1 has {first}",
  "functions.ksi.notNumber": "{label}, industry {n}: not a number",
  "functions.ksi.negative": "{label}, industry {n}: negative size {value}",
  "functions.stage1.width":
    "{name} has {columns} columns; it needs the six indicators {codes}, in this order",
  "functions.stage1.weightsCount":
    "weights needs two numbers (susceptibility, activity), got {count}",
  "functions.stage1.aboveLeader":
    "{where} ({value}) is above the column's leader {leader}; is it part of the column?",
  "functions.stage1.notIndicator": '"{text}" is not an indicator; use one of {codes}',
  "functions.stage1.negativeFigure":
    "{where}: a negative figure; the indicators are ratios of sizes",
  "functions.stage1.negativeIndex": "{where}: a negative index is not on the 0-100 scale",
  "functions.class.scaleShape":
    '{name} must be "latin", "cyrillic" or a two-column range (lower bound, label); it has {columns} columns',
  "functions.class.lowerMissing": "scale row {row}: the lower bound is missing",
  "functions.class.negative": "{where} ({value}) is negative; the index runs from 0 to 100",
  "functions.class.labelEmpty": "the class label is empty",
  "functions.class.notLabel": "{value} is not a class label (A++ .. D)",
  "functions.zone.region": "region {n}: {reason}",
  "functions.zone.oneNumber": "{name} must be one number",
  "functions.zone.minItShare":
    "{name} ({value}) must be a share from 0 to 1, e.g. 0.01 or 1% for 1% of national IT output",
  "functions.zone.topRanks": "{name} ({value}) must be a whole number of places, 1 or more",
  "functions.zone.notGroup":
    'groups: "{token}" is not a group letter; give letters A, B, C, D (e.g. "A,B") or "{none}"',
  "functions.zone.classMissing": "the class is missing",
  "functions.zone.itNegative": "IT share {value} is negative",
  "functions.zone.itAboveOne":
    "IT share {value} is above 1; give the share of national IT output as a fraction (0.634, or 63.4% formatted as a percent)",
  "functions.zone.rankMissing": "the rank is missing",
  "functions.zone.notPlace": "rank {value} is not a place (1, 2, 3, ...)",
  "functions.zone.topRanksNeedsRank": "{name} needs the rank of each region (the {rank} argument)",
  "functions.zone.noneNeedsTop":
    'groups "{none}" needs {name}: with neither, no region can lead the rating',
  "functions.stage2.noSkip":
    'missing "skip" is not possible for industry sizes (shares need every industry); use "zero" or fill the gaps',
  "functions.stage2.width":
    "{rowsName} have {rows} industries but {tableName} has {table}; both need the same industry columns",
  "functions.stage2.flag": '{name} must be TRUE or FALSE, not "{value}"',
  "functions.stage2.lqNotFound":
    "{where} is not one of the table's rows; a quotient compares a region with the table's total",
  "functions.stage2.negativeShare": "{where} ({value}) is negative; a share needs a size",
  "functions.stage2.aboveTotal":
    "{where} ({value}) is above the table's total {total}; is it part of the table?",
  "functions.class.meaning": "{meaning} (group {group}: {groupMeaning})",
  "functions.group.A": "leaders",
  "functions.group.B": "average",
  "functions.group.C": "low",
  "functions.group.D": "unsatisfactory",
  "functions.zone.candidate": "candidate: {rating}; {it}",
  "functions.zone.notCandidate": "not a candidate: {rating}; {it}",
  "functions.zone.leads": "leads the rating ({detail})",
  "functions.zone.notLeads": "does not lead the rating ({detail})",
  "functions.zone.class": "class {label}",
  "functions.zone.classInGroup": "class {label} is in group {group}",
  "functions.zone.classNotInGroups": "class {label} is in group {group}, not {groups}",
  "functions.zone.or": "{list} or {last}",
  "functions.zone.rank": "{detail}, rank {rank}",
  "functions.zone.rankInTop": "{detail}, rank {rank} is in the top {top}",
  "functions.zone.rankNotInTop": "{detail}, rank {rank} is not in the top {top}",
  "functions.zone.noItData": "no IT output data",
  "functions.zone.itAtLeast": "IT share {share}% of the country, at least {min}%",
  "functions.zone.itBelow": "IT share {share}% of the country, below {min}%",
  "functions.word.true": "TRUE",
  "functions.word.false": "FALSE",
  "functions.where.figure": "{value}",
  // --- trust: bad input, round three (issue 16) ---
  "cli.input.xlsxPartTooLarge":
    "{path}: its part {part} unpacks to more than {limit} MB, the most this reader unpacks from one part (a yearbook sheet is far smaller); is it the right file? Save the table alone as .xlsx or .csv",
  "cli.input.xlsxTooFar":
    "{path}: cell {cell} holds a value beyond what this reader takes ({rows} rows, {columns} columns, {cells} cells in all); delete the cells far from the table, or copy the table to a new sheet",
  "cli.input.sheetAmbiguous":
    '{path}: sheet "{sheet}" is not written exactly so, and the workbook has several sheets that differ from it only in case ({sheets}); give the name exactly as written',
  "finding.reason.digitGroups":
    'digits grouped other than in threes ("1 054 074"); a typo, or a footnote digit glued on?',
  "functions.cell.digitGroups":
    '{where}: "{text}" is not a number: its digits are grouped other than in threes ("1 054 074"); a typo, or a footnote digit glued on?',
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
  "functions.cell.dataType":
    "{where}: the cell holds a data type ({type}), not a figure; put the number itself in the cell",
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
