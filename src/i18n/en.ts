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

  // --- cli: command-line messages -----------------------------------------------------------
  "cli.seeHelp": "Run growth-poles --help for usage.",

  // --- pane: the task pane ------------------------------------------------------------------
  "pane.title": "Growth poles",

  // --- functions: messages of the worksheet functions ---------------------------------------
  "functions.errorValue": "an input cell holds an error value",
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
