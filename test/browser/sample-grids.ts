/**
 * The published sample tables as a workbook would hold them: each TSV as a grid of cells, with
 * figures turned into numbers the way Excel does when a Russian-locale user pastes them
 * ("585 965,4" -> 585965.4). Header text and region names stay text.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseYearbookNumber } from "../../src/core";

export const SAMPLES = join(__dirname, "..", "..", "samples", "kazakhstan");

export function tsv(file: string): string[][] {
  return readFileSync(join(SAMPLES, file), "utf8")
    .replace(/\r/g, "")
    .trimEnd()
    .split("\n")
    .map((line) => line.split("\t"));
}

/** A TSV as cells: numbers where Excel would see numbers (rows after the header only). */
export function sampleGrid(file: string): (string | number)[][] {
  return tsv(file).map((row, r) =>
    row.map((cell) => {
      if (r === 0) return cell;
      const parsed = parseYearbookNumber(cell, "ru");
      return parsed.kind === "number" ? parsed.value : cell;
    })
  );
}

export interface PublishedIndex {
  region: string;
  index2010: number;
  class2010: string;
  index2014: number;
  class2014: string;
}

/** The paper's Table 6. */
export function table6(): PublishedIndex[] {
  return tsv("kz-index-2010-2014.tsv")
    .slice(1)
    .map((row) => ({
      region: row[1],
      index2010: Number(row[2].replace(",", ".")),
      class2010: row[3],
      index2014: Number(row[4].replace(",", ".")),
      class2014: row[5],
    }));
}
