/**
 * Matching region names across tables and years. Yearbooks print the same region as
 * "г. Алматы", "Алматы г.", "Almaty city" or "Алматы қаласы"; a canonical key ties them together
 * while the name the user wrote is kept for display. The known names below are for matching
 * aliases only: an unknown name is still a region (a user's country has other regions), keyed by
 * its spelling without case, extra spaces, ё/е, quotes and markers, and nothing else: "District
 * 1-2" and "District 12" are two regions.
 *
 * Careful: "Алматинская" / "Almaty region" / "Алматы облысы" is another region than
 * "г. Алматы" / "Almaty city" / "Алматы қаласы". The marker (city or region) decides between them.
 */
import { isLetter, isLetterOrDigit } from "./letters";

type Kind = "city" | "region";

export interface KnownRegion {
  key: string;
  kind: Kind;
  /** Spellings without "область"/"г."/"city" markers; normalised before use. */
  names: readonly string[];
}

/** Kazakhstan's regions (samples/kazakhstan/README.md), with renamings and newer regions. */
const KNOWN_REGIONS: readonly KnownRegion[] = [
  {
    key: "akmola",
    kind: "region",
    names: ["Акмолинская", "Akmola", "Aqmola", "Ақмола", "Акмола", "Akmolinsk"],
  },
  {
    key: "aktobe",
    kind: "region",
    names: ["Актюбинская", "Aktobe", "Aqtobe", "Ақтөбе", "Aktyubinsk", "Aktjubinsk"],
  },
  {
    key: "almaty-region",
    kind: "region",
    names: ["Алматинская", "Almaty", "Алматы", "Almatinskaya", "Almaty oblysy"],
  },
  { key: "atyrau", kind: "region", names: ["Атырауская", "Atyrau", "Атырау"] },
  {
    key: "east-kazakhstan",
    kind: "region",
    names: [
      "Восточно-Казахстанская",
      "East Kazakhstan",
      "Eastern Kazakhstan",
      "Шығыс Қазақстан",
      "Shygys Kazakhstan",
      "Shyghys Kazakhstan",
      "Shygys Qazaqstan",
      "Shyghys Qazaqstan",
      "Vostochno-Kazakhstanskaya",
      "ВКО",
      "EKR",
    ],
  },
  {
    key: "zhambyl",
    kind: "region",
    names: ["Жамбылская", "Zhambyl", "Jambyl", "Zhambył", "Жамбыл", "Dzhambul", "Джамбульская"],
  },
  {
    key: "west-kazakhstan",
    kind: "region",
    names: [
      "Западно-Казахстанская",
      "West Kazakhstan",
      "Western Kazakhstan",
      "Батыс Қазақстан",
      "Batys Kazakhstan",
      "Batys Qazaqstan",
      "Zapadno-Kazakhstanskaya",
      "ЗКО",
      "WKR",
    ],
  },
  {
    key: "karaganda",
    kind: "region",
    names: ["Карагандинская", "Karaganda", "Karagandy", "Qaragandy", "Qaraghandy", "Қарағанды"],
  },
  {
    key: "kostanay",
    kind: "region",
    names: ["Костанайская", "Kostanay", "Kostanai", "Qostanay", "Қостанай", "Кустанайская"],
  },
  {
    key: "kyzylorda",
    kind: "region",
    names: ["Кызылординская", "Kyzylorda", "Qyzylorda", "Kzyl-Orda", "Қызылорда"],
  },
  {
    key: "mangystau",
    kind: "region",
    names: ["Мангистауская", "Мангыстауская", "Mangystau", "Mangistau", "Mangghystau", "Маңғыстау"],
  },
  { key: "pavlodar", kind: "region", names: ["Павлодарская", "Pavlodar", "Павлодар"] },
  {
    key: "north-kazakhstan",
    kind: "region",
    names: [
      "Северо-Казахстанская",
      "North Kazakhstan",
      "Northern Kazakhstan",
      "Солтүстік Қазақстан",
      "Soltustik Kazakhstan",
      "Soltustik Qazaqstan",
      "Severo-Kazakhstanskaya",
      "СКО",
      "NKR",
    ],
  },
  // South Kazakhstan was renamed Turkistan region in 2018, when Shymkent city was split off.
  {
    key: "south-kazakhstan",
    kind: "region",
    names: [
      "Южно-Казахстанская",
      "South Kazakhstan",
      "Southern Kazakhstan",
      "Оңтүстік Қазақстан",
      "Ontustik Kazakhstan",
      "Ongtustik Kazakhstan",
      "Ontustik Qazaqstan",
      "Yuzhno-Kazakhstanskaya",
      "ЮКО",
      "SKR",
      "Туркестанская",
      "Turkistan",
      "Turkestan",
      "Түркістан",
      "Туркистанская",
      "Turkestanskaya",
    ],
  },
  // Astana was named Nur-Sultan from 2019 to 2022.
  {
    key: "astana-city",
    kind: "city",
    names: ["Астана", "Astana", "Нур-Султан", "Nur-Sultan", "Nursultan", "Нұр-Сұлтан"],
  },
  { key: "almaty-city", kind: "city", names: ["Алматы", "Almaty", "Alma-Ata", "Алма-Ата"] },
  { key: "shymkent-city", kind: "city", names: ["Шымкент", "Shymkent", "Chimkent", "Чимкент"] },
  { key: "abai", kind: "region", names: ["Абай", "Абайская", "Abai", "Abay", "Abaiskaya"] },
  {
    key: "jetisu",
    kind: "region",
    names: [
      "Жетісу",
      "Жетысу",
      "Жетысуская",
      "Жетісуская",
      "Jetisu",
      "Zhetysu",
      "Zhetisu",
      "Jetysu",
    ],
  },
  {
    key: "ulytau",
    kind: "region",
    names: ["Ұлытау", "Улытау", "Улытауская", "Ұлытауская", "Ulytau", "Ulytauskaya"],
  },
];

/** Words that mark a city or a region; removed from the name, remembered as a hint. */
const CITY_MARKERS = new Set(["г", "гор", "город", "city", "қаласы", "каласы", "қ"]);
const REGION_MARKERS = new Set([
  "область",
  "обл",
  "облысы",
  "облыс",
  "region",
  "oblast",
  "oblysy",
  "obl",
  "province",
  "reg",
]);

/** Rows that are not regions: the country total and its spellings. */
const TOTAL_WORDS = [
  "всего",
  "итого",
  "total",
  "барлығы",
  "жиыны",
  "в целом",
  "overall",
  "all regions",
  "по республике",
  "по стране",
  "в том числе",
  "including",
  "соның ішінде",
  "оның ішінде",
  "в т.ч.",
  "из них:",
];
const COUNTRY_NAMES = new Set([
  "республикаказахстан",
  "казахстан",
  "kazakhstan",
  "republicofkazakhstan",
  "казакстанреспубликасы",
  "казакстан",
  "рк",
  "rk",
]);

/** Kazakh letters folded to their nearest Russian ones, so "Ақтөбе" meets "Актобе". */
const KAZAKH_FOLD: Readonly<Record<string, string>> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  ё: "е",
  й: "и",
};

export interface NormalisedName {
  /** Letters and digits only, lower case, Kazakh letters folded, markers removed: for the alias table. */
  stem: string;
  /**
   * The name as written, but for what may not tell two regions apart: case, spaces, ё/е, quotes
   * and the city/region markers. "District 1-2" and "District 12" keep different spellings.
   */
  spelling: string;
  marker: Kind | null;
}

/** Quotation marks of every kind: «Алматы» is Алматы. */
const QUOTES = /["'«»„“”‘’`]/g;
/** Punctuation a marker may carry: "обл.", "(г.)", "Алматы, г.". */
const MARKER_PUNCTUATION = /^[.,;:()]+|[.,;:()]+$/g;
/** A marker glued to the name by its dot: "г.Алматы" (a letter follows, see gluedMarker). */
const GLUED_MARKER = /^(г|гор|обл)\./;

/** The glued marker at the start of a token and its length, when a letter follows its dot. */
function gluedMarker(token: string): { marker: Kind; length: number } | null {
  const glued = GLUED_MARKER.exec(token);
  const next = glued ? token.codePointAt(glued[0].length) : undefined;
  if (!glued || next === undefined || !isLetter(String.fromCodePoint(next))) return null;
  return { marker: glued[1] === "обл" ? "region" : "city", length: glued[0].length };
}

/**
 * Letters that look alike in Latin and Cyrillic, lower case. The bureau's tables mix them
 * ("Кaragandy" with a Cyrillic К, "Аlmaty", "Kарагандинская"); a word is read in the script most of
 * its letters are in. Only the alias table's stem and the markers use this: an unknown name keeps
 * its spelling, so two names that differ by a letter's script are never merged by it.
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
};
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CYRILLIC_TO_LATIN).map(([c, l]) => [l, c])
);

function inScript(word: string, map: Readonly<Record<string, string>>): string {
  let out = "";
  for (const ch of word) out += map[ch] ?? ch;
  return out;
}

/** A lower-case word with its look-alike letters put in the script of most of its letters. */
export function oneScript(word: string): string {
  let latin = 0;
  let cyrillic = 0;
  for (const ch of word) {
    if (ch >= "a" && ch <= "z") latin++;
    else if (ch >= "\u0400" && ch <= "\u04ff") cyrillic++;
  }
  if (latin === 0 || cyrillic === 0 || latin === cyrillic) return word;
  return inScript(word, latin > cyrillic ? CYRILLIC_TO_LATIN : LATIN_TO_CYRILLIC);
}

function markerOf(token: string): Kind | null {
  const bare = oneScript(token.replace(MARKER_PUNCTUATION, ""));
  if (CITY_MARKERS.has(bare)) return "city";
  if (REGION_MARKERS.has(bare)) return "region";
  return null;
}

/**
 * Splits a name into its stem, its spelling and its city/region marker. Only case, spaces, ё/е,
 * quotes and the markers are dropped from the spelling; the stem (for the alias table of known
 * regions) also drops punctuation and folds Kazakh letters.
 */
export function normaliseRegionName(name: string): NormalisedName {
  const lower = String(name).toLowerCase();
  return SIMPLE_NAME.test(lower) ? simpleName(lower) : normaliseInFull(name);
}

/**
 * Names in one script of plain letters, digits and spaces ("Region 12", "Костанайская область"),
 * most names of a table: nothing to normalise, fold or strip but ё, й and the markers, so they
 * skip the general path's passes (a fifth of reading 10,000 regions). The same result as
 * normaliseInFull (test/sheet-regions.test.ts compares the two on random names).
 */
const SIMPLE_NAME = /^(?:[a-z0-9 ]+|[а-яё0-9 ]+)$/;

function simpleName(lower: string): NormalisedName {
  let marker: Kind | null = null;
  const kept: string[] = [];
  for (const token of lower.replace(/ё/g, "е").split(" ")) {
    if (token === "") continue;
    const kind = CITY_MARKERS.has(token) ? "city" : REGION_MARKERS.has(token) ? "region" : null;
    if (kind) marker = kind;
    else kept.push(token);
  }
  return { stem: kept.join("").replace(/й/g, "и"), spelling: kept.join(" "), marker };
}

/** normaliseRegionName of any name: every step. Exported for the tests. */
export function normaliseInFull(name: string): NormalisedName {
  const tokens = String(name)
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(QUOTES, "")
    .split(/[\s\u00a0\u2007\u2009\u202f]+/u)
    .filter((t) => t !== "");
  let marker: Kind | null = null;
  const kept: string[] = [];
  for (const token of tokens) {
    const glued = gluedMarker(token);
    const rest = glued ? token.slice(glued.length) : token;
    if (glued) marker = glued.marker;
    const kind = markerOf(rest);
    if (kind) {
      marker = kind;
      // "Алматы, г.": the comma belonged to the marker.
      if (kept.length > 0) kept[kept.length - 1] = kept[kept.length - 1].replace(/,$/, "");
    } else kept.push(rest);
  }
  // A footnote mark after the name ("Алматы¹", "Bavaria*") points to a note, not to another region.
  const spelling = kept.join(" ").replace(/[*¹²³⁰⁴-⁹]+$/u, "");
  return { stem: fold(kept.map(oneScript).join("")), spelling, marker };
}

function fold(text: string): string {
  let out = "";
  for (const ch of text) {
    const folded = KAZAKH_FOLD[ch] ?? ch;
    if (isLetterOrDigit(folded)) out += folded;
  }
  return out;
}

/** stem -> the known regions spelled so (two for "алматы"/"almaty": the city and the region). */
const BY_STEM: ReadonlyMap<string, readonly KnownRegion[]> = (() => {
  const map = new Map<string, KnownRegion[]>();
  for (const region of KNOWN_REGIONS) {
    for (const name of region.names) {
      const { stem } = normaliseRegionName(name);
      const list = map.get(stem) ?? [];
      if (!list.includes(region)) list.push(region);
      map.set(stem, list);
    }
  }
  return map;
})();

/** True for the country total and similar rows ("Всего", "Республика Казахстан", "Total"). */
export function isTotalName(name: string): boolean {
  return isTotal(name, () => normaliseRegionName(name).stem);
}

/** isTotalName, given the name's stem (or how to find it, when the words do not already tell). */
function isTotal(name: string, stemOf: () => string): boolean {
  const lower = String(name).toLowerCase().replace(/\s+/g, " ").trim();
  if (TOTAL_WORDS.some((w) => lower.includes(w))) return true;
  if (COUNTRY_NAMES.has(stemOf())) return true;
  return /^(республика|republic|respublika)/.test(lower) || /республикасы$/.test(lower);
}

/**
 * Canonical key of a region name, the same for every spelling of one region; null for names
 * that are not regions (blank, the country total). An unknown name gets a key of its own
 * ("name:" + its normalised spelling), so it still matches itself across tables.
 */
export function regionKey(name: string): string | null {
  if (name === null || name === undefined) return null;
  const text = String(name).trim();
  if (text === "") return null;
  // The name is normalised once, for the total's check and the key.
  const { stem, spelling, marker } = normaliseRegionName(text);
  if (isTotal(text, () => stem)) return null;
  if (stem === "") return null;
  const known = knownByStem(stem);
  if (known && known.length > 0) {
    if (known.length === 1) return known[0].key;
    // "Almaty": the marker decides; bare, it is the city (the region is printed "Алматинская").
    const wanted: Kind = marker ?? "city";
    return (known.find((r) => r.kind === wanted) ?? known[0]).key;
  }
  return `name:${spelling}${marker === "city" ? ":city" : ""}`;
}

/**
 * The known regions spelled `stem`, or with its look-alike letters in the other script (a word of
 * as many letters in one script as in the other keeps both): each script in turn. A stem with a
 * letter of the script that has no look-alike keeps that letter when the others are swapped, and
 * no known stem mixes scripts (test/sheet-regions.test.ts): such a swap is not tried, which spares
 * most names (every unknown one) two copies letter by letter. `everySwap` tries them all (tests).
 */
export function knownByStem(stem: string, everySwap = false): readonly KnownRegion[] | undefined {
  return (
    BY_STEM.get(stem) ??
    (everySwap || swappable(stem, LATIN_TO_CYRILLIC, isLatin)
      ? BY_STEM.get(inScript(stem, LATIN_TO_CYRILLIC))
      : undefined) ??
    (everySwap || swappable(stem, CYRILLIC_TO_LATIN, isCyrillic)
      ? BY_STEM.get(inScript(stem, CYRILLIC_TO_LATIN))
      : undefined)
  );
}

const isLatin = (code: number) => code >= 97 && code <= 122;
const isCyrillic = (code: number) => code >= 0x400 && code <= 0x4ff;

/** Whether the stem has letters of a script, all of them with a look-alike in the other. */
function swappable(
  stem: string,
  map: Readonly<Record<string, string>>,
  inSource: (code: number) => boolean
): boolean {
  let any = false;
  // By char code: it runs for every name of a table (an iterator per name cost more than the rest).
  for (let i = 0; i < stem.length; i++) {
    if (!inSource(stem.charCodeAt(i))) continue;
    if (map[stem[i]] === undefined) return false;
    any = true;
  }
  return any;
}

/** The stems of the known regions' names (tests). */
export const knownStems = (): string[] => [...BY_STEM.keys()];

/** Whether the key came from the known-names list (false for a user's own region names). */
export function isKnownRegionKey(key: string): boolean {
  return !key.startsWith("name:");
}

/** The English name of a known region, for messages; the key itself for others. */
export function englishRegionName(key: string): string {
  const region = KNOWN_REGIONS.find((r) => r.key === key);
  if (!region) return key.replace(/^name:/, "");
  const english = region.names.find((n) => /^[A-Za-z]/.test(n)) ?? region.key;
  return region.kind === "city" ? `${english} city` : english;
}
