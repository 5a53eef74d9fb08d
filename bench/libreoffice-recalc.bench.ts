/**
 * The workbook's own speed: LibreOffice opens the written 10,000-region rating workbook (formulas
 * without cached results, so it computes every one) and converts it to CSV; the baseline is the
 * same sheet written as values. The ratio of the two times is the cost of the live formulas
 * (target: at most 6.6x, what a hand-built sheet of the same method costs). Skipped where
 * LibreOffice is not installed.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildRatingPlan, rateYear, readYearbookTable } from "../src/sheet";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import { syntheticGrid } from "../test/fixtures/synthetic";

const REGIONS = 10_000;
const RUNS = 2;

function convert(profile: string, file: string, outDir: string): number {
  const t0 = performance.now();
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "csv",
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 600_000 }
  );
  if (r.status !== 0) throw new Error(`soffice failed on ${file}: ${r.stderr}`);
  return performance.now() - t0;
}

export default async function (): Promise<void> {
  if (spawnSync("soffice", ["--version"]).status !== 0) {
    console.log("LibreOffice recalculation: soffice not installed, skipped");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "growth-poles-lo-bench-"));
  try {
    const plan = buildRatingPlan([
      rateYear(readYearbookTable(syntheticGrid(REGIONS), { year: "2020" })),
    ]);
    const formulas = join(dir, "formulas.xlsx");
    const values = join(dir, "values.xlsx");
    await writePlanToXlsx(plan, formulas);
    await writePlanToXlsx(plan, values, { valuesOnly: true });
    const profile = join(dir, "profile");
    convert(profile, values, dir); // creates the profile: not timed
    const times = { formulas: [] as number[], values: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      times.values.push(convert(profile, values, dir));
      times.formulas.push(convert(profile, formulas, dir));
    }
    const best = (xs: number[]) => Math.min(...xs);
    const ratio = best(times.formulas) / best(times.values);
    console.log(
      `LibreOffice open+recalculate+save, ${REGIONS.toLocaleString("en")} regions: formulas ${(best(times.formulas) / 1000).toFixed(1)} s, ` +
        `values ${(best(times.values) / 1000).toFixed(1)} s: ${ratio.toFixed(2)}x (target at most 6.6x; best of ${RUNS})`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
