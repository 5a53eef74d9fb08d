/**
 * Recognising yearbook columns by their headers, in Russian, Kazakh and English: the raw figures
 * the indicators are derived from and the six derived indicators themselves. A header naming a
 * money figure "per person" is the derived indicator; without it, the raw figure. A letter in the
 * patterns is LETTER from ./letters, not \p{L}, which is slow to compile (see there). The patterns
 * read normalised headers (normaliseHeader), where one space stands for any run of white space:
 * they say " " (and " ?") where \s+ (and \s*) would take a third longer to compile.
 */
import { INDICATOR_CODES, RAW_FIGURES, type IndicatorCode, type RawFigure } from "../../core";
import type { Field } from "../types";
import { fieldLabel } from "../words";
import { LETTER, NOT_LETTER, lettersRegExp } from "./letters";

/** Units that make a figure per person (or per head of population). */
const PER_PERSON =
  /(\/ ?чел|на (одного|1|душу)|per (person|capita|head|employee|employed|worker|inhabitant)|\bper \d|\/ ?(person|capita|head)|\/ ?адам|адамға|жан басына|бір адам)/u;

interface Pattern {
  field: Field;
  match: RegExp;
  /** The derived indicators need a per-person unit to tell them from their raw figures. */
  perPerson?: boolean;
}

const R_AND_D = lettersRegExp`(исследован${LETTER}* и разработ|(?:^|${NOT_LETTER})ниокр|research and development|\br ?& ?d\b|\br and d\b|зерттеулер${LETTER}* мен әзірлеме|ғзткж)`;
const TECH_INNOVATION = lettersRegExp`(технологическ${LETTER}* инновац|technolog${LETTER}* innovation|tech(nology)?[- ]innovation|технологиялық инновация)`;
const INNOVATIVE_PRODUCTS = lettersRegExp`(инновационн${LETTER}* продукц|innovative (products?|production|goods|output)|инновациялық өнім)`;

/** Derived indicators first: their headers often contain a raw figure's words ("ВРП" in S_F). */
const PATTERNS: readonly Pattern[] = [
  {
    field: "S_D",
    match: /(производительность труда|labou?r productivity|еңбек өнімділігі|^s_d\b)/u,
  },
  {
    field: "S_F",
    match: lettersRegExp`(отдача основных|фондоотдача|return on (fixed )?assets|capital productivity|asset productivity|негізгі құралдар${LETTER}* қайтарым|қор қайтарымы|^s_f\b)`,
  },
  {
    field: "S_E",
    match:
      /(экологичность|eco[- ]?efficiency|ecological efficiency|экологиялық тиімділі|экологиялылығы|^s_e\b)/u,
  },
  { field: "S_A", match: R_AND_D, perPerson: true },
  { field: "S_B", match: TECH_INNOVATION, perPerson: true },
  { field: "S_C", match: INNOVATIVE_PRODUCTS, perPerson: true },
  { field: "S_A", match: /^s_a\b/u },
  { field: "S_B", match: /^s_b\b/u },
  { field: "S_C", match: /^s_c\b/u },
  {
    field: "grp",
    match: lettersRegExp`(валов${LETTER}* регионал${LETTER}* продукт|(?:^|${NOT_LETTER})врп(?!${LETTER})|gross regional product|\bgrp\b|жалпы өңірлік өнім|(?:^|${NOT_LETTER})жөө(?!${LETTER}))`,
  },
  {
    field: "employed",
    match: lettersRegExp`(занят${LETTER}* населени|численность занятых|(?:^|${NOT_LETTER})занятые(?!${LETTER})|employed|employment|жұмыспен қамтылған|жұмыспен қамтылғандар)`,
  },
  {
    field: "fixedAssets",
    match: lettersRegExp`(основн${LETTER}* (средств|фонд)|fixed (assets|capital)|негізгі құралдар|негізгі қорлар)`,
  },
  { field: "emissions", match: /(выброс|emission|pollutant|шығарынды|ластаушы заттар)/u },
  { field: "rdExpenditure", match: R_AND_D },
  { field: "techInnovationExpenditure", match: TECH_INNOVATION },
  { field: "innovativeProducts", match: INNOVATIVE_PRODUCTS },
  {
    field: "population",
    match: lettersRegExp`(численность населени|(?:^|${NOT_LETTER})население(?!${LETTER})|\bpopulation\b|халық саны|халқының саны|(?:^|${NOT_LETTER})халық(?!${LETTER}))`,
  },
];

/** Headers of the region-name column. */
const REGION_HEADER =
  /(регион|област|region|oblast|өңір|аймақ|облыс|territor|территор|name|наименование|атауы)/u;
/** Headers of a row-number column, never data. */
const NUMBER_HEADER = /^(№|no\.?|n|#|№ ?п\/п|p\/p|рет саны)$/u;

export function normaliseHeader(text: string): string {
  return String(text)
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s\u00a0\u2009\u202f]+/g, " ")
    .trim();
}

/** The field a header names, or null. */
export function recogniseField(header: string): Field | null {
  const text = normaliseHeader(header);
  if (text === "") return null;
  const perPerson = PER_PERSON.test(text);
  for (const p of PATTERNS) {
    if (!p.match.test(text)) continue;
    if (p.perPerson && !perPerson) continue;
    // "Employed population" is the employed figure, not the population.
    if (p.field === "population" && /(занят|employed|қамтылған)/u.test(text)) continue;
    return p.field;
  }
  return null;
}

export function isRegionHeader(header: string): boolean {
  const text = normaliseHeader(header);
  return text !== "" && REGION_HEADER.test(text) && recogniseField(header) === null;
}

export function isNumberHeader(header: string): boolean {
  return NUMBER_HEADER.test(normaliseHeader(header));
}

/** A label for a field in English messages and headers (other languages: fieldLabel in words.ts). */
export const FIELD_LABELS: Readonly<Record<Field, string>> = Object.fromEntries(
  [...RAW_FIGURES, ...INDICATOR_CODES].map((field) => [field, fieldLabel("en", field)])
) as Record<Field, string>;

export function isIndicatorField(field: Field): field is IndicatorCode {
  return field.startsWith("S_");
}

export function isRawField(field: Field): field is RawFigure {
  return !isIndicatorField(field);
}
