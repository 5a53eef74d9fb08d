/**
 * The unit a yearbook header prints for a raw figure ("Занятое население (тыс. человек)",
 * "GRP, KZT bn", "Шығарындылар (мың тонна)") and the power of ten that takes its values to the
 * method's unit: mln tenge for money, persons for people, thousand tonnes for emissions.
 * Yearbooks change units between editions and languages; reading them as the method's units
 * would make labour productivity a thousand times too large without any visible error.
 */
import type { RawFigure } from "../../core";
import { normaliseHeader } from "./headers";
import { LETTER, globalLettersRegExp } from "./letters";

type Dimension = "money" | "persons" | "mass";

const DIMENSION: Readonly<Record<RawFigure, Dimension>> = {
  grp: "money",
  fixedAssets: "money",
  rdExpenditure: "money",
  techInnovationExpenditure: "money",
  innovativeProducts: "money",
  employed: "persons",
  population: "persons",
  emissions: "mass",
};

/** The method's unit of each dimension, as a power of ten of the base unit, and its name. */
const CANONICAL: Readonly<Record<Dimension, { exponent: number; name: string }>> = {
  money: { exponent: 6, name: "mln tenge" },
  persons: { exponent: 0, name: "persons" },
  mass: { exponent: 3, name: "thousand tonnes" },
};

/** Multiplier words (Russian, Kazakh, English) as powers of ten. */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ...[
    "тыс",
    "тысяча",
    "тысячи",
    "тысяч",
    "тысячах",
    "мың",
    "thousand",
    "thousands",
    "ths",
    "thsd",
    "'000",
  ].map((w) => [w, 3] as const),
  ...[
    "млн",
    "миллион",
    "миллиона",
    "миллионов",
    "миллионах",
    "million",
    "millions",
    "mln",
    "mn",
  ].map((w) => [w, 6] as const),
  ...[
    "млрд",
    "миллиард",
    "миллиарда",
    "миллиардов",
    "миллиардах",
    "billion",
    "billions",
    "bn",
    "bln",
  ].map((w) => [w, 9] as const),
  ...["трлн", "триллион", "триллиона", "триллионов", "trillion", "trillions", "trn"].map(
    (w) => [w, 12] as const
  ),
]);

/** One-letter abbreviations read as multipliers only right beside a currency ("KZT m", "KZT bn"). */
const WEAK_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ["k", 3],
  ["th", 3],
  ["m", 6],
  ["b", 9],
]);

interface Noun {
  /** null: a unit of no dimension the method uses (a foreign currency). */
  dimension: Dimension | null;
  /** Power of ten of the dimension's base unit (tenge, person, tonne). */
  exponent: number;
  name: string;
  /** A single letter ("т", "t") counts as a unit only beside a multiplier or alone in brackets. */
  weak?: boolean;
}

const NOUNS: ReadonlyMap<string, Noun> = new Map<string, Noun>([
  ...["тенге", "теңге", "тг", "kzt", "tenge", "₸"].map(
    (w) => [w, { dimension: "money", exponent: 0, name: "tenge" }] as const
  ),
  ...[
    "доллар",
    "долларов",
    "долларах",
    "долл",
    "usd",
    "us$",
    "$",
    "dollars",
    "евро",
    "eur",
    "euro",
    "рубль",
    "рублей",
    "руб",
    "rub",
  ].map((w) => [w, { dimension: null, exponent: 0, name: `"${w}" (not tenge)` }] as const),
  ...["человек", "человека", "чел", "persons", "person", "people", "адам"].map(
    (w) => [w, { dimension: "persons", exponent: 0, name: "persons" }] as const
  ),
  ...["тонн", "тонна", "тонны", "тоннах", "тонналар", "tonnes", "tonne", "tons", "ton"].map(
    (w) => [w, { dimension: "mass", exponent: 0, name: "tonnes" }] as const
  ),
  ...["т", "t"].map(
    (w) => [w, { dimension: "mass", exponent: 0, name: "tonnes", weak: true }] as const
  ),
  ["kt", { dimension: "mass", exponent: 3, name: "thousand tonnes" }],
  ["кг", { dimension: "mass", exponent: -3, name: "kg" }],
  ["kg", { dimension: "mass", exponent: -3, name: "kg" }],
]);

const MULTIPLIER_NAMES: Readonly<Record<number, string>> = {
  3: "thousand",
  6: "million",
  9: "billion",
  12: "trillion",
};

/** Words that may stand between a multiplier and its unit: "thousands of persons". */
const FILLERS = new Set([".", "of"]);
/** Marks that end a unit phrase: brackets, the " / " between header rows, commas. */
const SEPARATORS = new Set(["(", ")", "[", "]", "/", ",", ";", ":"]);

export type UnitReading =
  /** No unit printed: the method's unit is assumed. */
  | { status: "none" }
  /** `scale` takes the printed values to the method's unit (1 when it is already that unit). */
  | { status: "recognised"; unit: string; name: string; scale: number; exponent: number }
  /** A unit that does not fit the figure, or two that disagree: the values are left as printed. */
  | { status: "unusable"; /** The units found, quoted. */ unit: string; reason: string };

interface Token {
  text: string;
  start: number;
  end: number;
}

interface Phrase {
  noun: Noun | null;
  multiplier: number;
  start: number;
  end: number;
}

/** Words (letters, $ and ₸), numbers, '000 and single marks of a lower-cased header. */
const UNIT_TOKEN = globalLettersRegExp`'000|(?:${LETTER}|[$₸])+|\d+|(?!${LETTER})[^\s\d]`;

/** The unit of a raw figure's column, from its header text (all header rows joined). */
export function recogniseUnit(field: RawFigure, header: string): UnitReading {
  const text = normaliseHeader(header).replace(/[\u2018\u2019`]/g, "'");
  const tokens: Token[] = [...text.matchAll(UNIT_TOKEN)].map((m) => ({
    text: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  const phrases = unitPhrases(tokens);
  if (phrases.length === 0) return { status: "none" };
  const quote = (p: Phrase) => text.slice(p.start, p.end);
  const printed = [...new Set(phrases.map(quote))];
  const listed = printed.map((u) => `"${u}"`).join(", ");
  const dimension = DIMENSION[field];
  const canonical = CANONICAL[dimension];

  const foreign = phrases.filter((p) => p.noun?.dimension !== dimension && p.noun !== null);
  if (foreign.length > 0)
    return {
      status: "unusable",
      unit: listed,
      reason: `"${quote(foreign[0])}" is not a unit of ${dimension === "money" ? "money in tenge" : dimension === "persons" ? "persons" : "mass"}`,
    };
  // A multiplier apart from any unit: "Employed persons (thousands)", or a units row "тыс."
  // under "Занятое население (человек)", goes with the plain unit printed elsewhere. Alone,
  // "Employed (thousands)" can only count persons; money could be in another currency and
  // emissions in other units, so those are not guessed.
  const bare = [...new Set(phrases.filter((p) => p.noun === null).map((p) => p.multiplier))];
  const own = phrases.filter((p): p is Phrase & { noun: Noun } => p.noun !== null);
  const loose = phrases.find((p) => p.noun === null);
  if (bare.length > 1)
    return { status: "unusable", unit: listed, reason: "the header gives different multipliers" };
  if (loose && own.length === 0 && dimension !== "persons")
    return {
      status: "unusable",
      unit: listed,
      reason: `"${quote(loose)}" names no unit (${dimension === "money" ? "which currency?" : "tonnes?"})`,
    };
  if (loose && own.some((p) => p.multiplier !== 0))
    return {
      status: "unusable",
      unit: listed,
      reason: `"${quote(loose)}" stands apart from the unit`,
    };
  const exponents = [
    ...new Set(
      loose
        ? (own.length > 0 ? own.map((p) => p.noun.exponent) : [0]).map((e) => e + loose.multiplier)
        : own.map((p) => p.multiplier + p.noun.exponent)
    ),
  ];
  if (exponents.length > 1)
    return {
      status: "unusable",
      unit: listed,
      reason: `the header gives ${exponents.length} different units`,
    };
  const multiplierName = MULTIPLIER_NAMES[loose ? loose.multiplier : own[0].multiplier];
  const name =
    own.length === 0
      ? `${multiplierName}s (of persons)`
      : multiplierName
        ? `${multiplierName} ${own[0].noun.name}`
        : own[0].noun.name;
  const exponent = exponents[0] - canonical.exponent;
  return { status: "recognised", unit: printed.join(", "), name, exponent, scale: 10 ** exponent };
}

/** Units, each with the multiplier printed just before or just after it; bare multipliers too. */
function unitPhrases(tokens: readonly Token[]): Phrase[] {
  const phrases: Phrase[] = [];
  const used = new Set<number>();
  const neighbour = (i: number, step: 1 | -1): number => {
    let j = i + step;
    while (j >= 0 && j < tokens.length && FILLERS.has(tokens[j].text)) j += step;
    return j >= 0 && j < tokens.length ? j : -1;
  };
  const multiplierAt = (j: number): number | undefined =>
    j < 0 || used.has(j)
      ? undefined
      : (MULTIPLIERS.get(tokens[j].text) ?? WEAK_MULTIPLIERS.get(tokens[j].text));
  const alone = (i: number): boolean => {
    const before = i === 0 || SEPARATORS.has(tokens[i - 1].text);
    const afterIndex = tokens[i + 1]?.text === "." ? i + 2 : i + 1;
    return before && (afterIndex >= tokens.length || SEPARATORS.has(tokens[afterIndex].text));
  };

  tokens.forEach((token, i) => {
    const noun = NOUNS.get(token.text);
    if (!noun) return;
    // A weak multiplier ("m") counts only beside money: "KZT m", never "m" beside persons.
    const usable = (j: number): number | undefined => {
      const multiplier = multiplierAt(j);
      if (multiplier === undefined) return undefined;
      return MULTIPLIERS.has(tokens[j].text) || noun.dimension === "money" ? multiplier : undefined;
    };
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    let multiplier = usable(before);
    let from = i;
    let to = i;
    if (multiplier !== undefined) from = before;
    else {
      multiplier = usable(after);
      if (multiplier !== undefined) to = after;
    }
    if (noun.weak && multiplier === undefined && !alone(i)) return;
    used.add(from).add(to);
    phrases.push({
      noun,
      multiplier: multiplier ?? 0,
      start: tokens[from].start,
      end: tokens[to].end,
    });
  });
  tokens.forEach((token, i) => {
    const multiplier = MULTIPLIERS.get(token.text);
    if (multiplier === undefined || used.has(i)) return;
    phrases.push({ noun: null, multiplier, start: token.start, end: token.end });
  });
  return phrases.sort((a, b) => a.start - b.start);
}

/** A printed value in the method's unit; a power of ten, so no spurious digits are added. */
export function toMethodUnit(value: number, exponent: number): number {
  if (exponent === 0) return value;
  const scaled = exponent > 0 ? value * 10 ** exponent : value / 10 ** -exponent;
  return Number(scaled.toPrecision(15));
}

/** The method's unit of a raw figure, for messages. */
export function methodUnitName(field: RawFigure): string {
  return CANONICAL[DIMENSION[field]].name;
}
