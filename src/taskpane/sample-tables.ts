/**
 * The Kazakhstan sample for the first-run card: the paper's Tables 2 and 3 of 2010 (bundled from
 * samples/kazakhstan, in a chunk of their own loaded on the click) side by side with one empty
 * column between, figures as numbers the way Excel holds them after a Russian-locale paste.
 */
import { parseYearbookNumber } from "../core";
import activity from "../../samples/kazakhstan/kz-2010-activity.tsv?raw";
import susceptibility from "../../samples/kazakhstan/kz-2010-susceptibility.tsv?raw";

function grid(text: string): (string | number)[][] {
  return text
    .replace(/\r/g, "")
    .trimEnd()
    .split("\n")
    .map((line, r) =>
      line.split("\t").map((cell) => {
        if (r === 0) return cell;
        const parsed = parseYearbookNumber(cell, "ru");
        return parsed.kind === "number" ? parsed.value : cell;
      })
    );
}

/** Both tables as one block of cells (Table 2 in A:I, Table 3 in K:S). */
export function sampleBlock(): (string | number)[][] {
  const left = grid(susceptibility);
  const right = grid(activity);
  const pad = (row: (string | number)[], width: number) => [
    ...row,
    ...Array<string>(width - row.length).fill(""),
  ];
  const leftWidth = Math.max(...left.map((r) => r.length));
  const rightWidth = Math.max(...right.map((r) => r.length));
  // A rectangle, as Excel takes a block of values.
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [
    ...pad(left[i] ?? [], leftWidth),
    "",
    ...pad(right[i] ?? [], rightWidth),
  ]);
}
