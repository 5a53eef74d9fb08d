/**
 * The file written to disk holds the zip's pieces as they came, never joined in memory first
 * (xlsx-writer.ts): it must be the same workbook as the one made in memory, part for part (all
 * but docProps/core.xml, which holds the time of writing), and a whole zip, however many pieces.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { buildStage2Plan, rateYear, readSpecialisationTable, specialiseYear } from "../src/sheet";
import { planToXlsxBuffer, writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import { industryGrid } from "./fixtures/industries";
import { sampleYear } from "./helpers/samples";

async function parts(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort())
    if (name !== "docProps/core.xml") out.set(name, await zip.files[name].async("string"));
  return out;
}

test("the workbook written to a file is the one made in memory, part for part", async () => {
  const rated = [rateYear(sampleYear("2014"))];
  const grid = industryGrid(rated[0].regions.length, 8);
  // The sample's region names, so that the industry table joins the rating.
  rated[0].regions.forEach((r, j) => (grid[j + 1][0] = r.name));
  const spec = specialiseYear(readSpecialisationTable(grid, { year: "2014" }));
  const { plan } = buildStage2Plan(rated, [spec]);
  const dir = mkdtempSync(join(tmpdir(), "growth-poles-pieces-"));
  try {
    const file = join(dir, "book.xlsx");
    await writePlanToXlsx(plan, file);
    const inMemory = await parts(await planToXlsxBuffer(plan));
    const written = await parts(readFileSync(file));
    expect([...written.keys()]).toEqual([...inMemory.keys()]);
    expect(written.size).toBeGreaterThan(10);
    for (const [name, text] of inMemory) expect([name, written.get(name)]).toEqual([name, text]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
