/**
 * Recognising yearbook columns by their headers, in Russian, Kazakh and English: the raw figures
 * the indicators are derived from and the six derived indicators themselves. A header naming a
 * money figure "per person" is the derived indicator; without it, the raw figure. A letter in the
 * patterns is LETTER from ./letters, not \p{L}, which is slow to compile (see there). The patterns
 * read normalised headers (normaliseHeader), where one space stands for any run of white space:
 * they say " " (and " ?") where \s+ (and \s*) would take a third longer to compile.
 */
import type { IndicatorCode, RawFigure } from "../../core";
import type { Field } from "../types";
import { LETTER, NOT_LETTER, lettersRegExp } from "./letters";

/** Units that make a figure per person (or per head of population). */
const PER_PERSON =
  /(\/ ?чел|на (одного|1|душу)|per (person|capita|head|employee|employed|worker|inhabitant)|\bper \d|\/ ?(person|capita|head)|\/ ?адам|адамға|жан басына|бір адам)/u;

/** A money figure per head: "ВРП на душу населения", "тенге/чел."; never a raw figure. */
const PER_HEAD =
  /(на душу|на (одного|1) (жителя|человека|занятого|работающего)|per (capita|head|person|inhabitant)|жан басына|бір адамға|тенге ?\/ ?чел|теңге ?\/ ?адам|tenge ?\/ ?(person|capita|head))/u;

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
  return foldHomoglyphs(
    String(text)
      .normalize("NFC")
      .toLowerCase()
      .replace(/ё/g, "е")
      .replace(/[\s\u00a0\u2009\u202f]+/g, " ")
      .trim()
  );
}

/** Lower-case Latin letters that look like Cyrillic ones, and back ("Выброcы" with a Latin c). */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  h: "һ",
  i: "і",
  b: "в",
  t: "т",
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: "a",
  с: "c",
  е: "e",
  о: "o",
  р: "p",
  х: "x",
  у: "y",
  к: "k",
  м: "m",
  і: "i",
};
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;

/**
 * A word written in both scripts is read in the script most of its letters are in: tables keyed
 * in by hand carry Latin "c", "o", "x" inside Cyrillic words and the other way round.
 */
function foldHomoglyphs(text: string): string {
  if (!CYRILLIC.test(text) || !LATIN.test(text)) return text;
  return text.replace(/[a-z\u0400-\u04ff]+/g, (word) => {
    if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
    let cyrillic = 0;
    for (const ch of word) if (CYRILLIC.test(ch)) cyrillic++;
    const map = cyrillic * 2 >= word.length ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
    return [...word].map((ch) => map[ch] ?? ch).join("");
  });
}

/**
 * Columns printed beside a figure that are never the figure: shares, ratios, indices and
 * per-head values ("в % к ВРП", "% к итогу", "удельный вес", "индекс физического объема").
 */
const SIDE_COLUMN =
  /(%|процент|удельн[а-я]* вес|(^|[^а-яәғқңөұүһі])доля|индекс физическ|темп (роста|прироста)|пайыз|үлес|көлем индексі|share|percent|volume index|growth rate|in % |as a % )/u;

/** Whether a header names a side column (a share, ratio or index), not a figure. */
export function isSideHeader(header: string): boolean {
  return SIDE_COLUMN.test(normaliseHeader(header));
}

/** The field a header names, or null; side columns and per-head raw figures are not fields. */
export function recogniseField(header: string): Field | null {
  const text = normaliseHeader(header);
  if (text === "" || SIDE_COLUMN.test(text)) return null;
  const field = matchField(text);
  // "ВРП на душу населения" is a per-head figure: neither GRP nor one of the method's indicators.
  if (field !== null && isRawField(field) && PER_HEAD.test(text)) return null;
  return field;
}

/**
 * The field a side column is printed beside ("ВРП" for "ВРП на душу населения", "в % к ВРП"),
 * for messages saying that a needed figure exists only as such a column; null for other headers.
 */
export function sideColumnField(header: string): Field | null {
  const text = normaliseHeader(header);
  if (text === "" || recogniseField(header) !== null) return null;
  // What the side column is of comes before "в % к ..." / "per head".
  const before = text.split(/(в % к|% к|в процентах к|на душу|на 1 |per |as a % of|% of)/u)[0];
  return earliestField(before) ?? earliestField(text);
}

/** The field whose words come first in the text ("удельный вес инновационной продукции в ВРП"). */
function earliestField(text: string): Field | null {
  let best: { field: Field; at: number } | null = null;
  for (const p of PATTERNS) {
    if (p.perPerson) continue;
    const at = text.search(p.match);
    if (at >= 0 && (best === null || at < best.at)) best = { field: p.field, at };
  }
  return best && isRawField(best.field) ? best.field : null;
}

function matchField(text: string): Field | null {
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

export function isIndicatorField(field: Field): field is IndicatorCode {
  return field.startsWith("S_");
}

export function isRawField(field: Field): field is RawFigure {
  return !isIndicatorField(field);
}
