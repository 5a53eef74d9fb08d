/**
 * Golden test: the paper's Table 6 (2010 index and class of the 16 regions) is reproduced from the
 * printed per-person indicator columns of Tables 2 and 3, matched by region name. The expected
 * values are read from samples/kazakhstan (the published tables), never from our own output.
 * Checked twice: through the scoring core, and through the built custom functions INNOV_INDEX and
 * RATING_CLASS called the way Excel calls them (cells as printed text, fill-down and spilling).
 */
import { CYRILLIC_SCALE, innovationIndex, parseClassLabel, ratingClass } from "../src/core";
import { FakeExcelError, loadFunctions } from "./helpers/functions-bundle";
import { regions2010, yearbookNumber } from "./helpers/samples";

const TOLERANCE = 0.05;
const regions = regions2010();
const table = regions.map((r) => r.indicatorCells.map(yearbookNumber));

describe("Table 6 (2010) from Tables 2 and 3", () => {
  test("the sample holds the 16 regions", () => {
    expect(regions).toHaveLength(16);
    expect(new Set(regions.map((r) => r.name)).size).toBe(16);
  });

  test("the core reproduces every published index within 0.05", () => {
    const scores = innovationIndex(table);
    regions.forEach((region, i) => {
      const gap = Math.abs(scores[i].index - region.publishedIndex);
      if (gap > TOLERANCE)
        throw new Error(`${region.name}: ${scores[i].index} vs published ${region.publishedIndex}`);
    });
  });

  test("the core gives every published class (Cyrillic in the paper)", () => {
    const scores = innovationIndex(table);
    const computed = scores.map((s) => ratingClass(s.index));
    const published = regions.map((r) => parseClassLabel(r.publishedClass).label);
    expect(computed).toEqual(published);
  });

  test("the Cyrillic labels of our classes are the paper's letters", () => {
    const scores = innovationIndex(table);
    expect(scores.map((s) => ratingClass(s.index, CYRILLIC_SCALE))).toEqual(
      regions.map((r) => r.publishedClass)
    );
  });
});

describe("Table 6 (2010) through the built CLUSTER functions", () => {
  const fns = loadFunctions();
  // Excel hands over the cells as they are in the sheet: here the printed text, e.g. "1 417,77".
  const textTable = regions.map((r) => r.indicatorCells);

  test("INNOV_INDEX filled down (one row + the whole table per call) matches within 0.05", () => {
    regions.forEach((region, i) => {
      const result = fns.call("INNOV_INDEX", [textTable[i]], textTable, null, null) as unknown[][];
      expect(result).toHaveLength(1);
      expect(result[0]).toHaveLength(1);
      expect(typeof result[0][0]).toBe("number");
      expect(Math.abs((result[0][0] as number) - region.publishedIndex)).toBeLessThanOrEqual(
        TOLERANCE
      );
    });
  });

  test("INNOV_INDEX spilling over all rows matches within 0.05, and RATING_CLASS gives the published classes", () => {
    const spilled = fns.call("INNOV_INDEX", textTable, textTable) as unknown[][];
    expect(spilled).toHaveLength(16);
    spilled.forEach((row, i) =>
      expect(Math.abs((row[0] as number) - regions[i].publishedIndex)).toBeLessThanOrEqual(
        TOLERANCE
      )
    );

    const latin = fns.call("RATING_CLASS", spilled, null) as unknown[][];
    expect(latin.map((row) => row[0])).toEqual(
      regions.map((r) => parseClassLabel(r.publishedClass).label)
    );
    const cyrillic = fns.call("RATING_CLASS", spilled, [["cyrillic"]]) as unknown[][];
    expect(cyrillic.map((row) => row[0])).toEqual(regions.map((r) => r.publishedClass));
    expect(latin.flat().some((v) => v instanceof FakeExcelError)).toBe(false);
  });

  test("CLASS_BAND reads the published Cyrillic classes back to their bands, which hold the published indexes", () => {
    const labels = regions.map((r) => [r.publishedClass]);
    const lower = fns.call("CLASS_BAND", labels) as number[][];
    const upper = fns.call("CLASS_BAND", labels, "upper") as number[][];
    regions.forEach((r, i) => {
      expect(r.publishedIndex).toBeGreaterThanOrEqual(lower[i][0]);
      expect(r.publishedIndex).toBeLessThan(upper[i][0]);
    });
  });
});
