/* global require, process */
// The baseline of the command-line bench: a plain script computing the same numbers as
// `growth-poles rate` on a synthetic yearbook table (bench/rating.bench.ts writes it), with
// nothing else: read the TSV, parse the six printed indicators, score each as a percent of the
// column leader, R_IS and R_IA as the means of their three scores, the index as their mean, the
// class on the scale (a band includes its lower bound) and the rank. Prints them as JSON, which
// the bench compares with the command line's --json output before timing anything.
"use strict";
const { readFileSync } = require("fs");

const INDICATOR_COLUMNS = [10, 11, 12, 13, 14, 15]; // S_D S_F S_E | S_A S_B S_C, as printed
const SCALE = [
  [90, "A++"],
  [80, "A+"],
  [70, "A"],
  [60, "B++"],
  [50, "B+"],
  [40, "B"],
  [30, "C++"],
  [20, "C+"],
  [10, "C"],
  [0, "D"],
];
const number = (text) => Number(text.replace(/\s/g, "").replace(",", "."));

const lines = readFileSync(process.argv[2], "utf8")
  .split("\n")
  .slice(1)
  .filter((l) => l !== "");
const rows = lines.map((line) => {
  const cells = line.split("\t");
  return { name: cells[1], x: INDICATOR_COLUMNS.map((c) => number(cells[c])) };
});
const leaders = INDICATOR_COLUMNS.map((_, j) => Math.max(...rows.map((r) => r.x[j])));
const rated = rows.map((r) => {
  const s = r.x.map((v, j) => (v / leaders[j]) * 100);
  const susceptibility = (s[0] + s[1] + s[2]) / 3;
  const activity = (s[3] + s[4] + s[5]) / 3;
  const index = (susceptibility + activity) / 2;
  return { name: r.name, index, class: SCALE.find(([lower]) => index >= lower)[1], rank: 0 };
});
[...rated].sort((a, b) => b.index - a.index).forEach((r, i) => (r.rank = i + 1));
process.stdout.write(JSON.stringify(rated));
