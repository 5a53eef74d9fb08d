/**
 * The rating scale (the paper's Table 1, after Karachurina 2010): ten classes A++..D over the
 * index from 0 to 100. A band includes its lower bound. Latin labels by default; the paper's
 * Cyrillic labels (А, В, С) on request; labels in either alphabet (and the paper's "V") are read.
 */
import { translate, type Lang, type MessageKey } from "../i18n/functions";
import { CoreError, limitFigure } from "./errors";

export type Alphabet = "latin" | "cyrillic";

export interface Band {
  /** Lowest index in the band (inclusive). */
  lower: number;
  label: string;
  /** The group the class belongs to: its letter (A, B, C, D) for the default scale. */
  group: string;
  meaning: string;
}

export interface RatingScale {
  /** Bands from the highest lower bound to the lowest. */
  bands: readonly Band[];
  /** Largest index the scale accepts (100 for the default scale). */
  upper: number;
}

/** Lower bounds, labels and groups of the paper's Table 1; the meanings come from the dictionary. */
const TABLE_1: readonly Omit<Band, "meaning">[] = [
  { lower: 90, label: "A++", group: "A" },
  { lower: 80, label: "A+", group: "A" },
  { lower: 70, label: "A", group: "A" },
  { lower: 60, label: "B++", group: "B" },
  { lower: 50, label: "B+", group: "B" },
  { lower: 40, label: "B", group: "B" },
  { lower: 30, label: "C++", group: "C" },
  { lower: 20, label: "C+", group: "C" },
  { lower: 10, label: "C", group: "C" },
  { lower: 0, label: "D", group: "D" },
];

/** What a class means, in the language (English by default): "super-high innovation development". */
export function bandMeaning(label: string, lang: Lang = "en"): string {
  return translate(lang, `sheet.scale.${label}` as MessageKey);
}

/** A band of Table 1 whose English meaning is worded when read (the words may come later). */
function tableBand(band: Omit<Band, "meaning">, latin = band.label): Band {
  return {
    ...band,
    get meaning() {
      return bandMeaning(latin);
    },
  };
}

const LATIN_BANDS: readonly Band[] = TABLE_1.map((b) => tableBand(b));

const TO_CYRILLIC: Readonly<Record<string, string>> = { A: "А", B: "В", C: "С" };
/** Letters that stand for a group in the paper's various spellings. */
const TO_LATIN: Readonly<Record<string, string>> = {
  А: "A",
  В: "B",
  С: "C",
  V: "B",
  Д: "D",
  D: "D",
  A: "A",
  B: "B",
  C: "C",
};

export const LATIN_SCALE: RatingScale = { bands: LATIN_BANDS, upper: 100 };
export const CYRILLIC_SCALE: RatingScale = {
  bands: TABLE_1.map((b) => tableBand({ ...b, label: toCyrillic(b.label) }, b.label)),
  upper: 100,
};

export function defaultScale(alphabet: Alphabet = "latin"): RatingScale {
  return alphabet === "cyrillic" ? CYRILLIC_SCALE : LATIN_SCALE;
}

/** The paper's Cyrillic spelling of a Latin label ("B++" -> "В++"); D has no Cyrillic form there. */
export function toCyrillic(label: string): string {
  return label.replace(/^[ABC]/, (l) => TO_CYRILLIC[l]);
}

/**
 * A custom scale from lower bounds and labels (any order). The group of a label is its first
 * letter. Bounds must be distinct finite numbers.
 */
export function customScale(
  lowers: readonly number[],
  labels: readonly string[],
  upper = Infinity
): RatingScale {
  if (lowers.length === 0 || lowers.length !== labels.length) {
    throw new CoreError("shape", "functions.scale.sizes");
  }
  const bands = lowers.map((lower, i) => {
    if (!Number.isFinite(lower))
      throw new CoreError(
        "not-a-number",
        "functions.scale.lowerNotNumber",
        { row: i + 1 },
        { row: i }
      );
    const label = String(labels[i]).trim();
    if (label === "")
      throw new CoreError("missing", "functions.scale.labelEmpty", { row: i + 1 }, { row: i });
    return { lower, label, group: label.charAt(0), meaning: "" };
  });
  bands.sort((a, b) => b.lower - a.lower);
  for (let i = 1; i < bands.length; i++) {
    if (bands[i].lower === bands[i - 1].lower)
      throw new CoreError("invalid-argument", "functions.scale.twice", { lower: bands[i].lower });
  }
  return { bands, upper };
}

/** The band an index falls in. An index outside the scale is refused, not clamped. */
export function classify(index: number, scale: RatingScale = LATIN_SCALE): Band {
  if (!Number.isFinite(index))
    throw new CoreError("not-a-number", "functions.scale.indexNotNumber");
  if (index > scale.upper + 1e-9)
    throw new CoreError("invalid-argument", "functions.scale.above", {
      index,
      upper: limitFigure(scale.upper, index),
    });
  const band = scale.bands.find((b) => index >= b.lower);
  if (!band)
    throw new CoreError("invalid-argument", "functions.scale.below", {
      index,
      lower: scale.bands[scale.bands.length - 1].lower,
    });
  return band;
}

export function ratingClass(index: number, scale: RatingScale = LATIN_SCALE): string {
  return classify(index, scale).label;
}

/**
 * Reads a class label printed in either alphabet ("В++", "V+", "a+", "С") back to its band of
 * the default scale.
 */
export function parseClassLabel(label: string): Band {
  const text = String(label).trim().replace(/\s+/g, "").replace(/＋/g, "+");
  const match = /^([ABCDVАВСДabcdvавсд])(\+{0,2})$/u.exec(text);
  if (!match)
    throw new CoreError("invalid-argument", "functions.scale.notClass", { label: String(label) });
  const letter = TO_LATIN[match[1].toUpperCase()];
  const latin = letter + match[2];
  const band = LATIN_BANDS.find((b) => b.label === latin);
  if (!band)
    throw new CoreError("invalid-argument", "functions.scale.notClass", { label: String(label) });
  return band;
}

/** How many classes apart two labels are: positive when the later one is higher. */
export function classMovement(earlier: string, later: string): number {
  const order = (l: string) => LATIN_BANDS.length - LATIN_BANDS.indexOf(parseClassLabel(l));
  return order(later) - order(earlier);
}
