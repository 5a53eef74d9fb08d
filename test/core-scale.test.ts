/** The rating scale (the paper's Table 1) and class labels in both alphabets. */
import {
  CYRILLIC_SCALE,
  classMovement,
  classify,
  customScale,
  parseClassLabel,
  ratingClass,
} from "../src/core";
import { readTsv } from "./helpers/samples";
import { refusal } from "./helpers/refusal";

describe("band bounds", () => {
  test.each([
    [100, "A++"],
    [90, "A++"],
    [89.999, "A+"],
    [80, "A+"],
    [70, "A"],
    [69.99, "B++"],
    [50, "B+"],
    [40, "B"],
    [30, "C++"],
    [20, "C+"],
    [10, "C"],
    [9.999, "D"],
    [0, "D"],
  ])("%d is %s", (index, label) => {
    expect(ratingClass(index)).toBe(label);
  });

  test("an index outside 0..100 is refused, not clamped", () => {
    expect(refusal(() => ratingClass(100.5)).kind).toBe("invalid-argument");
    expect(refusal(() => ratingClass(-0.1)).kind).toBe("invalid-argument");
    expect(refusal(() => ratingClass(Number.NaN)).kind).toBe("not-a-number");
  });

  test("the bands agree with the printed Table 1 (rating-scale.tsv)", () => {
    // Rows like "A++ | от 90 до 100 | ...": the label and the two bounds.
    const rows = readTsv("rating-scale.tsv").filter((r) =>
      /^от \d+ до \d+$/i.test((r[1] ?? "").trim())
    );
    expect(rows).toHaveLength(10);
    for (const [label, band] of rows) {
      const [, lower, upper] = /^от (\d+) до (\d+)$/i.exec(band.trim())!.map(Number);
      const expected = parseClassLabel(label).label;
      expect(ratingClass(lower)).toBe(expected);
      expect(ratingClass(upper - 0.001)).toBe(expected);
      expect(parseClassLabel(label).lower).toBe(lower);
    }
  });
});

describe("labels in both alphabets", () => {
  test("Cyrillic labels are the paper's letters for A, B, C; D stays D", () => {
    expect(ratingClass(95, CYRILLIC_SCALE)).toBe("А++");
    expect(ratingClass(65, CYRILLIC_SCALE)).toBe("В++");
    expect(ratingClass(15, CYRILLIC_SCALE)).toBe("С");
    expect(ratingClass(5, CYRILLIC_SCALE)).toBe("D");
    expect(ratingClass(65, CYRILLIC_SCALE)).not.toBe("B++"); // Cyrillic В, not Latin B
  });

  test.each([
    ["В++", "B++"],
    ["V+", "B+"],
    ["v", "B"],
    ["С+", "C+"],
    ["А", "A"],
    ["a++", "A++"],
    [" C + + ", "C++"],
    ["Д", "D"],
    ["D", "D"],
  ])("%j is read as %s", (text, latin) => {
    expect(parseClassLabel(text).label).toBe(latin);
  });

  test.each(["E", "A+++", "D+", "", "B-"])("%j is not a class", (text) => {
    expect(refusal(() => parseClassLabel(text)).kind).toBe("invalid-argument");
  });

  test("class movement counts classes between labels in either alphabet", () => {
    expect(classMovement("С", "С++")).toBe(2);
    expect(classMovement("В+", "C")).toBe(-4); // B+, B, C++, C+, C
  });
});

describe("custom scales", () => {
  test("lower bounds in any order, bounds included", () => {
    const scale = customScale([0, 50], ["low", "high"]);
    expect(classify(50, scale).label).toBe("high");
    expect(classify(49.9, scale).label).toBe("low");
    expect(refusal(() => classify(-1, scale)).kind).toBe("invalid-argument");
  });

  test("duplicate bounds, empty labels and unequal lists are refused", () => {
    expect(refusal(() => customScale([0, 0], ["a", "b"])).kind).toBe("invalid-argument");
    expect(refusal(() => customScale([0, 1], ["a", " "])).kind).toBe("missing");
    expect(refusal(() => customScale([0], ["a", "b"])).kind).toBe("shape");
  });
});
