/**
 * The English words of the worksheet functions and of the core they call (its refusals, the
 * scale's meanings): the only dictionary the functions' bundle carries. The pane, the sheets and
 * the command line get these words too, through index.ts. Its keys are the keys of every
 * language (functions.ru.ts must have each one).
 */
import type { Message } from "./language";

export const functionsEn = {
  // --- sheet.scale: the scale's meanings (the core words a class with them) ----------------
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
  "functions.scale.above": "index {index} is above the scale's top {upper}",
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
  "functions.stage1.width": {
    one: "{name} has {count} column; it needs the six indicators {codes}, in this order",
    other: "{name} has {count} columns; it needs the six indicators {codes}, in this order",
  },
  "functions.stage1.weightsCount":
    "weights needs two numbers (susceptibility, activity), got {count}",
  "functions.stage1.aboveLeader":
    "{where} ({value}) is above the column's leader {leader}; is it part of the column?",
  "functions.stage1.notIndicator": '"{text}" is not an indicator; use one of {codes}',
  "functions.stage1.negativeFigure":
    "{where}: a negative figure; the indicators are ratios of sizes",
  "functions.stage1.negativeIndex": "{where}: a negative index is not on the 0-100 scale",
  "functions.class.scaleShape": {
    one: '{name} must be "latin", "cyrillic" or a two-column range (lower bound, label); it has {count} column',
    other:
      '{name} must be "latin", "cyrillic" or a two-column range (lower bound, label); it has {count} columns',
  },
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
  // --- robust: refusals of the robustness analysis (issue 15) ---
  "robust.error.runs": "the number of runs must be a whole number from 2 to {max}, not {value}",
  "robust.error.seed": "the seed must be a whole number from 0 to 2147483647, not {value}",
  "robust.error.unfinished": "{done} of {runs} runs done: no result yet",
  "robust.error.variant": "no {normalisation} scores ({treated})",
  // --- trust: bad input, round three (issue 16) ---
  "functions.cell.digitGroups":
    '{where}: "{text}" is not a number: its digits are grouped other than in threes ("1 054 074"); a typo, or a footnote digit glued on?',
  "functions.cell.dataType":
    "{where}: the cell holds a data type ({type}), not a figure; put the number itself in the cell",
  // --- trust18: refusals that give the true reason (issue 16, item 9) ---
  "functions.cell.notFigure": "{where}: the cell holds neither a number nor text",
  "functions.where.by": "{figure} by {excess}",
  "functions.ksi.oneRegion":
    "{label}: the table has one region, so there is no rest of the country to compare it with",
  "functions.ksi.meanNoMix":
    "{label}: the mean of the other regions' shares is undefined ({other}: every industry is 0)",
} satisfies Record<string, Message>;

export type FunctionsKey = keyof typeof functionsEn;
