/**
 * The xlsx writer writes the plan's shared-formula blocks as Excel's shared formulas, and every
 * cell of them still means the plan's own formula: each cell's formula, resolved from its master
 * as a spreadsheet does (test/helpers/shared-formulas.ts), is the per-cell plan's (expandBlock)
 * in file syntax, for the rating and stage 2 sheets; exceljs reads them back as the same formulas.
 * LibreOffice's recalculation of such a file is checked in test/libreoffice-rating.test.ts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  buildRatingPlan,
  buildStage2Plan,
  readSpecialisationTable,
  readYearbookTable,
  rateYear,
  specialiseYear,
} from "../src/sheet";
import { columnLetter, expandBlock, type WorkbookPlan } from "../src/sheet/plan";
import { planToXlsxBuffer, toFileFormula } from "../src/xlsx/xlsx-writer";
import { industryGrid } from "./fixtures/industries";
import { syntheticGrid } from "./fixtures/synthetic";
import { sampleYear } from "./helpers/samples";
import { resolveSharedFormulas, type ResolvedSheet } from "./helpers/shared-formulas";

async function written(plan: WorkbookPlan): Promise<{ sheets: ResolvedSheet[]; xlsx: Buffer }> {
  const xlsx = await planToXlsxBuffer(plan, { cacheResults: true });
  const zip = await JSZip.loadAsync(xlsx);
  const sheets: ResolvedSheet[] = [];
  for (let i = 1; i <= plan.sheets.length; i++)
    sheets.push(
      resolveSharedFormulas(await zip.file(`xl/worksheets/sheet${i}.xml`)!.async("string"))
    );
  return { sheets, xlsx };
}

/** Every cell of every shared-formula block: its address and the per-cell plan's formula. */
function* sharedCells(plan: WorkbookPlan) {
  for (const [s, sheet] of plan.sheets.entries())
    for (const block of sheet.blocks) {
      if (!block.sharedFormulas) continue;
      const formulas = expandBlock(block).formulas!;
      for (let line = 0; line < formulas.length; line++)
        for (let c = 0; c < formulas[line].length; c++)
          yield {
            sheet: s,
            address: `${columnLetter(block.col + c)}${block.row + line + 1}`,
            formula: toFileFormula(formulas[line][c]),
          };
    }
}

const ratingPlan = () =>
  buildRatingPlan([rateYear(sampleYear("2010")), rateYear(sampleYear("2014"))]);

function stage2Plan(): WorkbookPlan {
  const n = 40;
  const rated = rateYear(readYearbookTable(syntheticGrid(n), { year: "2020" }));
  const spec = specialiseYear(readSpecialisationTable(industryGrid(n, 6), { year: "2020" }));
  return buildStage2Plan([rated], [spec]).plan;
}

describe("shared formulas in the written xlsx", () => {
  test.each([
    ["the sample's rating", ratingPlan],
    ["stage 2 on a synthetic table", stage2Plan],
  ])("%s: each cell resolves to the plan's own formula", async (_name, make) => {
    const plan = make();
    const { sheets, xlsx } = await written(plan);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx).buffer);
    let cells = 0;
    let viaExceljs = 0;
    for (const { sheet, address, formula } of sharedCells(plan)) {
      expect(`${address}: ${sheets[sheet].formulas.get(address)}`).toBe(`${address}: ${formula}`);
      // exceljs gives a child its master's address and the formula moved to the cell.
      const cell = book.worksheets[sheet].getCell(address);
      expect(`${address}: ${cell.formula}`).toBe(`${address}: ${formula}`);
      if ((cell.value as { sharedFormula?: string }).sharedFormula) viaExceljs++;
      cells++;
    }
    const children = sheets.reduce((n, s) => n + s.children, 0);
    // Nearly every cell of the shared blocks is written as a child of a shared formula.
    expect(cells).toBeGreaterThan(300);
    expect(children).toBeGreaterThan(cells * 0.8);
    expect(viaExceljs).toBe(children);
  });

  test("the year sheet's region rows are shared formulas, si numbered apart in each sheet", async () => {
    const xlsx = await planToXlsxBuffer(ratingPlan());
    const zip = await JSZip.loadAsync(xlsx);
    for (const i of [1, 2]) {
      const raw = await zip.file(`xl/worksheets/sheet${i}.xml`)!.async("string");
      // The first indicator of the 16 regions (rows 6-21): the master holds the first row's.
      expect(raw).toContain('<c r="I6" s="10"><f t="shared" ref="I6:I21" si="0">B6*1000/C6</f>');
      expect(raw).toContain('<c r="I21" s="10"><f t="shared" si="0"/>');
      // The helper refuses an si used by two masters of a sheet.
      const year = resolveSharedFormulas(raw);
      expect(year.masters).toBeGreaterThan(10);
      expect(year.children).toBeGreaterThanOrEqual(year.masters * 15);
    }
  });
});
