/**
 * The rating scale as worksheet functions: the class of an index (the paper's Table 1) and, the
 * other way, what a class label printed in either alphabet means.
 */
import {
  Alphabet,
  Band,
  CoreError,
  GROUP_MEANING,
  LATIN_SCALE,
  RatingScale,
  classify,
  customScale,
  defaultScale,
  parseClassLabel,
  toCyrillic,
} from "../core";
import {
  Grid,
  Outcome,
  applyMissing,
  asGrid,
  isOmitted,
  passOnError,
  passOnFirstError,
  perCell,
  readChoice,
  readNumber,
  width,
} from "./cells";

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
    throw new CoreError(
      "shape",
      `scale must be "latin", "cyrillic" or a two-column range (lower bound, label); it has ${width(grid)} columns`
    );
  }
  passOnFirstError(grid, (r, c) => `scale row ${r + 1}, column ${c + 1}`);
  const rows = grid.filter((row) => !isOmitted(row as unknown[]));
  const lowers = rows.map((row, i) => {
    const value = readNumber(row[0], `scale row ${i + 1}, lower bound`);
    if (value === null)
      throw new CoreError("missing", `scale row ${i + 1}: the lower bound is missing`);
    return value;
  });
  const labels = rows.map((row) => (row[1] === null || row[1] === undefined ? "" : String(row[1])));
  return customScale(lowers, labels);
}

/** The class label of each index, in the shape of `index`. */
export function ratingClasses(indexArg: unknown, scaleArg: unknown): Outcome[][] {
  const scale = readScale(scaleArg);
  const index = asGrid(indexArg);
  const single = index.length === 1 && width(index) === 1;
  return index.map((row, r) =>
    row.map((cell, c) =>
      perCell(() => {
        const where = single ? "index" : `index ${r + 1},${c + 1}`;
        const value = applyMissing(readNumber(cell, where), "error", where) as number;
        if (value < 0)
          throw new CoreError(
            "negative",
            `${where} (${value}) is negative; the index runs from 0 to 100`
          );
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
  const labels: Grid = asGrid(labelArg);
  return labels.map((row) =>
    row.map((cell) =>
      perCell(() => {
        passOnError(cell, "label");
        if (isOmitted(cell)) throw new CoreError("missing", "the class label is empty");
        if (typeof cell !== "string")
          throw new CoreError(
            "invalid-argument",
            `${String(cell)} is not a class label (A++ .. D)`
          );
        return bandPart(parseClassLabel(cell), part);
      })
    )
  );
}

function bandPart(band: Band, part: BandPart): number | string {
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
      return `${band.meaning} (group ${band.group}: ${GROUP_MEANING[band.group]})`;
  }
}
