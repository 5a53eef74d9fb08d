/**
 * LibreOffice headless as a spreadsheet engine for tests: recalculates a written workbook and
 * gives every sheet's values at full precision. Without soffice the calling suite is skipped
 * (or fails when CI is set).
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parse } from "csv-parse/sync";

export const haveSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

export function describeWithSoffice(what: string): jest.Describe {
  if (!haveSoffice) {
    if (process.env.CI) throw new Error(`LibreOffice (soffice) is required in CI for ${what}`);
    console.warn(`soffice not found: skipping ${what} (install libreoffice-calc)`);
  }
  return haveSoffice ? describe : describe.skip;
}

/** Runs soffice headless with a profile of its own, so parallel runs do not lock each other out. */
export function soffice(args: string[], timeout = 100_000): void {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    const r = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", ...args],
      {
        encoding: "utf8",
        timeout,
      }
    );
    if (r.status !== 0) throw new Error(`soffice ${args.join(" ")} failed: ${r.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The workbook rendered by LibreOffice to PDF in outDir; gives the PDF's path. */
export function renderPdf(xlsx: string, outDir: string, timeout?: number): string {
  soffice(["--convert-to", "pdf", "--outdir", outDir, xlsx], timeout);
  return join(outDir, xlsx.replace(/^.*\//, "").replace(/\.xlsx$/, ".pdf"));
}

/** Every sheet of the workbook as LibreOffice computes it, full precision, by sheet name. */
export function recalculated(xlsx: string, workDir: string): Map<string, string[][]> {
  const outDir = mkdtempSync(join(workDir, "csv-"));
  // Comma, double quote, UTF-8, from row 1, values not "as shown", all sheets (-1).
  soffice([
    "--convert-to",
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
    "--outdir",
    outDir,
    xlsx,
  ]);
  const base = xlsx.replace(/^.*\//, "").replace(/\.xlsx$/, "");
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(outDir)) {
    const name = file.slice(base.length + 1).replace(/\.csv$/, "");
    sheets.set(name, parse(readFileSync(join(outDir, file), "utf8"), { relax_column_count: true }));
  }
  return sheets;
}
