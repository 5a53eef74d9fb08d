/**
 * Tab-separated input is split by splitTsv (src/cli/input.ts), not by csv-parse, for start-up
 * speed; it must give exactly what csv-parse gives with the options the command line used for
 * tabs (quote: false). csv-parse itself is the reference, on random texts of tabs, every kind of
 * line ending, quotes, spaces and letters.
 */
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { splitTsv, splitTsvBytes } from "../src/cli/input";
import { readFileSync } from "fs";
import { join } from "path";

const CSV_PARSE_TSV = {
  delimiter: "\t",
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  bom: true,
  quote: false,
} as const;

const reference = (text: string): string[][] => parse(text, CSV_PARSE_TSV);

const pieces = fc.constantFrom("a", "Б", "1,5", " ", "\t", "\n", "\r", "\r\n", '"', "\u2028", "");
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(""));

describe("splitTsv", () => {
  it("splits as csv-parse does with quote: false", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(splitTsv(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 }
    );
  });

  it("examples: the first line ending rules, a last empty line is dropped", () => {
    expect(splitTsv("a\tb\r\nc\n\r\n")).toEqual([["a", "b"], ["c\n"]]);
    expect(splitTsv("a\tb\n\n")).toEqual([["a", "b"], [""]]);
    expect(splitTsv("")).toEqual([]);
  });

  it("reads the sample tables as csv-parse does", () => {
    for (const name of ["kz-2010-susceptibility.tsv", "kz-2014-activity.tsv"]) {
      const text = readFileSync(join(__dirname, "..", "samples", "kazakhstan", name), "utf8");
      expect(splitTsv(text)).toEqual(reference(text));
    }
  });
});

describe("splitTsvBytes (a UTF-8 file split line by line)", () => {
  const withBom = fc.tuple(fc.boolean(), texts).map(([bom, text]) => (bom ? "\uFEFF" : "") + text);

  it("gives what splitTsv gives of the decoded text, its BOM left out", () => {
    fc.assert(
      fc.property(withBom, (text) => {
        expect(splitTsvBytes(Buffer.from(text, "utf8"))).toEqual(
          splitTsv(text.replace(/^\uFEFF/, ""))
        );
      }),
      { numRuns: 5000 }
    );
  });

  it("examples: each line ending, a lone \\r inside \\r\\n lines, Cyrillic cells", () => {
    const split = (text: string) => splitTsvBytes(Buffer.from(text, "utf8"));
    expect(split("a\tb\r\nc\rd\r\n")).toEqual([["a", "b"], ["c\rd"]]);
    expect(split("a\rb\r\nc")).toEqual([["a"], ["b"], ["\nc"]]);
    expect(split("Регион\t1,5\nАстана\t2")).toEqual([
      ["Регион", "1,5"],
      ["Астана", "2"],
    ]);
    expect(split("\uFEFFa\n")).toEqual([["a"]]);
    expect(split("")).toEqual([]);
  });

  it("reads the sample tables as splitTsv does", () => {
    for (const name of ["kz-2010-susceptibility.tsv", "kz-2014-activity.tsv"]) {
      const bytes = readFileSync(join(__dirname, "..", "samples", "kazakhstan", name));
      expect(splitTsvBytes(bytes)).toEqual(splitTsv(bytes.toString("utf8")));
    }
  });
});
