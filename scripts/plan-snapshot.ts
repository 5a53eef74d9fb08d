/**
 * Fingerprints of the workbook plans of the bundled sample and of synthetic tables (both
 * languages, formulas and values, both shapes of stage 2, 10,000 regions), one line per case, so
 * a refactoring of the plan builders can be checked to change no cell: run it before and after
 * and compare the lines (`npx tsx scripts/plan-snapshot.ts`). Compact formula blocks are expanded
 * to one formula per cell first, so the per-cell and the compact plans print the same lines.
 */
import { createHash } from "crypto";
import * as sheet from "../src/sheet";
import type { PlanOptions, RatedYear, WorkbookPlan } from "../src/sheet";
import { industryGrid } from "../test/fixtures/industries";
import { syntheticGrid } from "../test/fixtures/synthetic";
import { readTsv, sampleYear } from "../test/helpers/samples";

/** The plan with every compact block written out per cell, where this tree has compact blocks. */
function perCell(plan: WorkbookPlan): WorkbookPlan {
  const expand = (sheet as { expandPlan?: (p: WorkbookPlan) => WorkbookPlan }).expandPlan;
  return expand ? expand(plan) : plan;
}

/** JSON with every object's keys sorted, so the order a builder spreads a style in does not count. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v
  );
}

function fingerprint(label: string, plan: WorkbookPlan): void {
  const json = canonical(perCell(plan));
  const hash = createHash("sha256").update(json).digest("hex").slice(0, 16);
  console.log(`${label.padEnd(44)} ${hash} ${json.length}`);
}

function syntheticYear(n: number, year: string): RatedYear {
  return sheet.rateYear(sheet.readYearbookTable(syntheticGrid(n), { year }));
}

const sample = ["2010", "2014"].map((y) => sheet.rateYear(sampleYear(y)));
const table7 = sheet.readSpecialisationTable(readTsv("kz-ksi-it-2010-2014.tsv"));
const sampleSpecs = ["2010", "2014"].map((year) => sheet.specialiseYear(table7, { year }));
const variants: [string, PlanOptions][] = [
  ["en formulas", { lang: "en" }],
  ["en values", { lang: "en", formulas: false }],
  ["ru formulas", { lang: "ru" }],
  ["ru values", { lang: "ru", formulas: false }],
  ["ru formulas cyrillic", { lang: "ru", alphabet: "cyrillic" }],
];
for (const [label, options] of variants) {
  fingerprint(`sample rating ${label}`, sheet.buildRatingPlan(sample, options));
  fingerprint(`sample 2010 alone ${label}`, sheet.buildRatingPlan([sample[0]], options));
  fingerprint(`sample stage 2 ${label}`, sheet.buildStage2Plan(sample, sampleSpecs, options).plan);
}
const small = [syntheticYear(300, "2019"), syntheticYear(300, "2020")];
const industries = sheet.readSpecialisationTable(industryGrid(300, 12));
const smallSpecs = [sheet.specialiseYear(industries, { year: "2020" })];
for (const [label, options] of variants)
  fingerprint(`300 x 12 stage 2 ${label}`, sheet.buildStage2Plan(small, smallSpecs, options).plan);
fingerprint("10000 rating en formulas", sheet.buildRatingPlan([syntheticYear(10_000, "2020")]));
