/**
 * The sheet job's words in the user's language: field labels, the method's units, the scale's
 * meanings (core/scale.ts) and the reasons a cell is not a number. The words themselves live in the dictionaries
 * (src/i18n); this module only chooses the key.
 */
import { DIGIT_GROUPS_REASON, type RawFigure } from "../core";
import { formatNumber, translate, type Lang, type MessageKey } from "../i18n";
import type { Field, FindingKind } from "./types";

/** A field's label with its unit: "GRP, mln tenge" / "ВРП, млн тенге". */
export function fieldLabel(lang: Lang, field: Field): string {
  return translate(lang, `sheet.field.${field}` as MessageKey);
}

/** A field's name without its unit: "GRP" / "ВРП". */
export function fieldName(lang: Lang, field: Field): string {
  return fieldLabel(lang, field).split(",")[0];
}

const METHOD_UNIT: Readonly<Record<RawFigure, MessageKey>> = {
  grp: "sheet.unit.mlnTenge",
  fixedAssets: "sheet.unit.mlnTenge",
  rdExpenditure: "sheet.unit.mlnTenge",
  techInnovationExpenditure: "sheet.unit.mlnTenge",
  innovativeProducts: "sheet.unit.mlnTenge",
  employed: "sheet.unit.persons",
  population: "sheet.unit.persons",
  emissions: "sheet.unit.thousandTonnes",
};

/** The unit the method reads a raw figure in. */
export function methodUnit(lang: Lang, field: RawFigure): string {
  return translate(lang, METHOD_UNIT[field]);
}

export function findingKind(lang: Lang, kind: FindingKind): string {
  return translate(lang, `finding.kind.${kind}` as MessageKey);
}

/** A number in a message, with a fixed number of decimals. */
export function num(lang: Lang, value: number, decimals = 2): string {
  return formatNumber(lang, value, decimals);
}

/** The core's reasons for refusing a number, as fixed texts; keyed here until the core returns codes. */
const NUMBER_REASONS: Readonly<Record<string, MessageKey>> = {
  "not a number": "finding.reason.notNumber",
  "not a finite number": "finding.reason.notFinite",
  "TRUE/FALSE is not a figure": "finding.reason.boolean",
  "more than one decimal mark": "finding.reason.twoDecimalMarks",
  'dot as decimal mark but the locale is "ru"': "finding.reason.dotButRu",
  'comma as decimal mark but the locale is "en"': "finding.reason.commaButEn",
  'comma grouping but the locale is "ru"': "finding.reason.commaGroupingButRu",
  'dot grouping but the locale is "en"': "finding.reason.dotGroupingButEn",
  "thousands separators in the wrong places": "finding.reason.badGrouping",
  [DIGIT_GROUPS_REASON]: "finding.reason.digitGroups",
};

/** The core's reason a cell is not a number, in the language (unknown reasons as they are). */
export function numberReason(lang: Lang, reason: string): string {
  const key = NUMBER_REASONS[reason];
  if (key) return translate(lang, key);
  const ambiguous = /^"(.*)" could be a decimal or a thousands separator/.exec(reason);
  if (ambiguous) return translate(lang, "finding.reason.ambiguous", { text: ambiguous[1] });
  return reason;
}

const DIMENSIONS: Readonly<Record<string, MessageKey>> = {
  "money in tenge": "finding.unitReason.money",
  persons: "finding.unitReason.persons",
  mass: "finding.unitReason.mass",
};

/** The unit reader's reason a header's unit cannot be used (units.ts), in the language. */
export function unitReason(lang: Lang, reason: string): string {
  let m = /^"(.*)" is not a unit of (money in tenge|persons|mass)$/.exec(reason);
  if (m)
    return translate(lang, "finding.unitReason.foreign", {
      unit: m[1],
      dimension: translate(lang, DIMENSIONS[m[2]]),
    });
  if (reason === "the header gives different multipliers")
    return translate(lang, "finding.unitReason.multipliers");
  m = /^"(.*)" names no unit \((which currency\?|tonnes\?)\)$/.exec(reason);
  if (m)
    return translate(
      lang,
      m[2] === "tonnes?" ? "finding.unitReason.noMassUnit" : "finding.unitReason.noCurrency",
      { unit: m[1] }
    );
  m = /^"(.*)" stands apart from the unit$/.exec(reason);
  if (m) return translate(lang, "finding.unitReason.apart", { unit: m[1] });
  m = /^the header gives (\d+) different units$/.exec(reason);
  if (m) return translate(lang, "finding.unitReason.units", { count: Number(m[1]) });
  return reason;
}
