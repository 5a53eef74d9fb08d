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
  "growth.read.noRows": "no region rows: no row holds a name next to a figure",
  "growth.read.noRegionColumn": "no column of region names",
  "growth.read.noFigures":
    "no column of figures (employment or output by industry, or an IT column)",
  "growth.read.excluded": 'row {row} "{text}" left out: {reason}',
  "growth.read.blankRow": "blank row",
  "growth.read.noFiguresRow": "no figures (a note or a heading, not a region)",
  "growth.read.totalRow": "a total, not a region",
  "growth.read.notRegion": "not a region name",
  "growth.read.duplicate":
    'row {row} "{name}" is the same region as "{first}"; only the first is used',
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
  "growth.cli.usage":
    "\nStage 2 (specialisation in IT, growth poles):\n  --industries Y FILE...  specialisation tables of year Y: employment or output by industry\n                     (regions x industries), or one IT column (IT output, or shares of national\n                     IT output as the paper's Table 7; a table of several years gives year Y's\n                     column). Repeat for more years. A year with industry tables but no rating\n                     tables gets a specialisation sheet alone. Without any files: the bundled\n                     sample's Tables 2-7.\n  --it-industry NAME  the IT industry's column (its header, or part of it), when the headers do\n                     not say (section J, \"Information and communication\", IT)\n  --reference R      KSI reference: rest (default: the rest of the country), national, mean\n  --min-it-share X   minimum share of national IT output for a candidate (default 0.01)\n  --groups A,B       rating groups that lead (default A,B)\n  --top-ranks N      the top N ranks lead as well (default: not used)\n",
  "growth.cli.industriesNeedsYear": "--industries needs a year, e.g. --industries 2014 table.xlsx",
  "growth.cli.industriesNoFiles": "--industries {year} has no files",
  "growth.cli.industriesTwice":
    "--industries {year} is given twice: put all its files after one --industries",
  "growth.cli.badReference": '--reference must be one of rest, national, mean, not "{value}"',
  "growth.cli.badMinItShare": '--min-it-share must be a number from 0 to 1, not "{value}"',
  "growth.cli.badTopRanks": '--top-ranks must be a whole number from 1, not "{value}"',
  "growth.cli.badGroups": '--groups takes rating groups such as A,B (A, B, C, D), not "{value}"',
  "growth.cli.oneTablePerYear":
    "--industries {year}: give one specialisation table per year ({count} given)",
  "growth.cli.noIt":
    'no IT industry recognised (section J, "Information and communication", IT); give --it-industry with one of the columns: {columns}',
  "growth.cli.specLine": "{year} specialisation: {count} regions; largest IT shares: {top}",
  "growth.cli.polesLine":
    "growth poles {year} (IT share at least {min}, groups {groups}{top}): {count} candidate(s)",
  "growth.cli.polesTop": ", top {top} ranks",

  // --- cli: command-line messages -----------------------------------------------------------
  "cli.seeHelp": "Run growth-poles --help for usage.",

  // --- pane: the task pane ------------------------------------------------------------------
  "pane.title": "Growth poles",

  // --- functions: messages of the worksheet functions ---------------------------------------
  "functions.errorValue": "an input cell holds an error value",
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
