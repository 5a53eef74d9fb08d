/**
 * The rating scale as worksheet functions: the class of an index (the paper's Table 1) and, the
 * other way, what a class label printed in either alphabet means.
 */
import {
  Alphabet,
  Band,
  CYRILLIC_SCALE,
  CoreError,
  LATIN_SCALE,
  bandMeaning,
  RatingScale,
  classify,
  customScale,
  defaultScale,
  parseClassLabel,
  toCyrillic,
} from "../core";
import { Lang, phrase, translate } from "../i18n/functions";
import {
  Grid,
  Outcome,
  applyMissing,
  argument,
  asGrid,
  cellAt,
  isOmitted,
  nonEmpty,
  passOnError,
  passOnFirstError,
  perCell,
  quoted,
  readChoice,
  refuseObject,
  readNumber,
  width,
} from "./cells";
import { functionsLang } from "./lang";

const ALPHABETS: readonly Alphabet[] = ["latin", "cyrillic"];

/**
 * The scale a formula asks for: omitted or "latin" for the paper's scale with Latin letters,
 * "cyrillic" for the paper's own letters, or a two-column range of lower bounds and labels.
 */
export function readScale(arg: unknown): RatingScale {
  if (isOmitted(arg)) return LATIN_SCALE;
  const grid = asGrid(arg);
  if (grid.length === 1 && width(grid) === 1)
    return defaultScale(readChoice(grid[0][0], "scale", ALPHABETS, "latin"));
  if (width(grid) !== 2) {
    throw new CoreError("shape", "functions.class.scaleShape", {
      name: "scale",
      count: width(grid),
    });
  }
  passOnFirstError(grid, (r, c) =>
    phrase("functions.where.scaleCell", { row: r + 1, column: c + 1 })
  );
  // Blank rows are left out; a refusal names a row by its place in the range, blanks counted.
  const rows = grid.flatMap((row, r) => (isOmitted(row as unknown[]) ? [] : [{ row, n: r + 1 }]));
  const lowers = rows.map(({ row, n }) => {
    const value = readNumber(row[0], phrase("functions.where.scaleLower", { row: n }));
    if (value === null) throw new CoreError("missing", "functions.class.lowerMissing", { row: n });
    return value;
  });
  const labels = rows.map(({ row, n }) => {
    const label = row[1] === null || row[1] === undefined ? "" : String(row[1]);
    if (label.trim() === "")
      throw new CoreError("missing", "functions.scale.labelEmpty", { row: n }, { row: n - 1 });
    return label;
  });
  return customScale(lowers, labels);
}

/** The class label of each index, in the shape of `index`. */
export function ratingClasses(indexArg: unknown, scaleArg: unknown): Outcome[][] {
  const scale = readScale(scaleArg);
  const index = nonEmpty(asGrid(indexArg), "index");
  return index.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const where = cellAt(phrase("functions.word.index"), index, r, c);
        const value = applyMissing(readNumber(cell, where), "error", where) as number;
        // Below 0 is off the paper's scale; a custom scale may reach below 0 (classify says
        // when an index is below its lowest band).
        if (value < 0 && (scale === LATIN_SCALE || scale === CYRILLIC_SCALE))
          throw new CoreError("negative", "functions.class.negative", { where, value });
        return classify(value, scale).label;
      })
    )
  );
}

export const BAND_PARTS = ["lower", "upper", "latin", "cyrillic", "group", "meaning"] as const;
export type BandPart = (typeof BAND_PARTS)[number];

/** What a class label printed in either alphabet ("В++", "V+", "A") means, cell by cell. */
export function classBands(labelArg: unknown, partArg: unknown): Outcome[][] {
  const part = readChoice<BandPart>(partArg, "part", BAND_PARTS, "lower");
  const labels: Grid = nonEmpty(asGrid(labelArg), "label");
  const lang = functionsLang();
  return labels.map((row) =>
    row.map((cell) =>
      perCell(() => {
        passOnError(cell, argument("label"));
        refuseObject(cell, argument("label"));
        if (isOmitted(cell)) throw new CoreError("missing", "functions.class.labelEmpty");
        if (typeof cell !== "string")
          throw new CoreError("invalid-argument", "functions.class.notLabel", {
            value: quoted(cell),
          });
        return bandPart(parseClassLabel(cell), part, lang);
      })
    )
  );
}

function bandPart(band: Band, part: BandPart, lang: Lang): number | string {
  switch (part) {
    case "lower":
      return band.lower;
    case "upper": {
      // The next band's lower bound; the top band ends at the scale's top.
      const i = LATIN_SCALE.bands.indexOf(band);
      return i === 0 ? LATIN_SCALE.upper : LATIN_SCALE.bands[i - 1].lower;
    }
    case "latin":
      return band.label;
    case "cyrillic":
      return toCyrillic(band.label);
    case "group":
      return band.group;
    case "meaning":
      return translate(lang, "functions.class.meaning", {
        meaning: bandMeaning(band.label, lang),
        group: band.group,
        groupMeaning: translate(lang, `functions.group.${band.group as "A" | "B" | "C" | "D"}`),
      });
  }
}
