/**
 * The published tables of samples/kazakhstan, read as text exactly as printed (Russian headers,
 * spaces in numbers, decimal commas). Tests turn the cells into numbers themselves, with the core's
 * yearbook reader, so that what they compare with is the paper, not our own output.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseYearbookNumber } from "../../src/core";
import { joinTables, readYearbookTable, type YearTable } from "../../src/sheet";

export const SAMPLES_DIR = join(__dirname, "..", "..", "samples", "kazakhstan");

/** The sheets of the sample's English workbook, in order: both stages. */
export const SAMPLE_SHEETS_EN = [
  "2010",
  "2014",
  "Dynamics",
  "Specialisation 2010",
  "Specialisation 2014",
  "Growth poles",
];

/** A TSV file as rows of cells, the header row included. */
export function readTsv(file: string): string[][] {
  const text = readFileSync(join(SAMPLES_DIR, file), "utf8");
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t"));
}

/** One year of the sample as the reader joins it: susceptibility and activity tables. */
export function sampleYear(y: string): YearTable {
  return joinTables([
    readYearbookTable(readTsv(`kz-${y}-susceptibility.tsv`), { year: y }),
    readYearbookTable(readTsv(`kz-${y}-activity.tsv`), { year: y }),
  ]);
}

/** A printed figure as a number; a test fails loudly on anything unreadable. */
export function yearbookNumber(cell: string): number {
  const parsed = parseYearbookNumber(cell);
  if (parsed.kind !== "number")
    throw new Error(`sample cell "${cell}" is not a number (${parsed.kind})`);
  return parsed.value;
}

/** Region rows of a numbered table (first column "№", second the region), keyed by region name. */
export function regionRows(file: string): Map<string, string[]> {
  const [, ...rows] = readTsv(file);
  return new Map(rows.map((row) => [row[1].trim(), row]));
}

/** Table 2 (2010 susceptibility): the printed S_D, S_F, S_E columns. */
export const SUSCEPTIBILITY_2010 = { file: "kz-2010-susceptibility.tsv", S_D: 3, S_F: 6, S_E: 8 };
/** Table 3 (2010 activity): the printed S_A, S_B, S_C columns. */
export const ACTIVITY_2010 = { file: "kz-2010-activity.tsv", S_A: 6, S_B: 7, S_C: 8 };
/** Table 6: the published index and class, 2010 and 2014. */
export const INDEX_TABLE = {
  file: "kz-index-2010-2014.tsv",
  index2010: 2,
  class2010: 3,
  index2014: 4,
  class2014: 5,
  dynamics: 6,
};

export interface Region2010 {
  name: string;
  /** The six printed indicator cells, as text, in METHOD.md order S_D, S_F, S_E, S_A, S_B, S_C. */
  indicatorCells: string[];
  publishedIndex: number;
  publishedClass: string;
}

/** The 16 regions of 2010: Tables 2 and 3 joined by region name, with Table 6's published result. */
export function regions2010(): Region2010[] {
  const susceptibility = regionRows(SUSCEPTIBILITY_2010.file);
  const activity = regionRows(ACTIVITY_2010.file);
  const published = regionRows(INDEX_TABLE.file);
  return [...published.entries()].map(([name, result]) => {
    const s = susceptibility.get(name);
    const a = activity.get(name);
    if (!s || !a) throw new Error(`region "${name}" of Table 6 is missing from Table 2 or 3`);
    return {
      name,
      indicatorCells: [
        s[SUSCEPTIBILITY_2010.S_D],
        s[SUSCEPTIBILITY_2010.S_F],
        s[SUSCEPTIBILITY_2010.S_E],
        a[ACTIVITY_2010.S_A],
        a[ACTIVITY_2010.S_B],
        a[ACTIVITY_2010.S_C],
      ],
      publishedIndex: yearbookNumber(result[INDEX_TABLE.index2010]),
      publishedClass: result[INDEX_TABLE.class2010].trim(),
    };
  });
}
