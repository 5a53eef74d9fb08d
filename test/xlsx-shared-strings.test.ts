/**
 * The shared strings part written in one pass (src/xlsx/shared-strings.ts) is byte for byte the
 * one exceljs renders, and a workbook written with it reads back with every text in its cell.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { sharedStringsXml } from "../src/xlsx/shared-strings";
import { writePlanToXlsx } from "../src/xlsx/xlsx-writer";
import type { WorkbookPlan } from "../src/sheet/plan";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SharedStringsXform = require("exceljs/lib/xlsx/xform/strings/shared-strings-xform");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SharedStrings = require("exceljs/lib/utils/shared-strings");

function exceljsXml(values: readonly string[]): string {
  const strings = new SharedStrings();
  for (const v of values) strings.add(v);
  return new SharedStringsXform().toXml(strings);
}

describe("the shared strings part", () => {
  // Never asked for none: a workbook without strings has no such part.
  it("is exceljs's, byte for byte, for any strings (property)", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.constantFrom("", " a", "a ", "\t", "a\nb", "a\r", "<&>\"'", "\u0001x\u007f", "Алматы")
    );
    fc.assert(
      fc.property(fc.uniqueArray(text, { minLength: 1, maxLength: 30 }), (values) => {
        expect(sharedStringsXml(values)).toBe(exceljsXml(values));
      }),
      { numRuns: 500 }
    );
  });

  it("is what a written workbook holds: its texts read back in their cells", async () => {
    const dir = mkdtempSync(join(tmpdir(), "growth-poles-sst-"));
    try {
      const names = ["Алматы", " padded ", "a&b <c>", "line\nbreak", "Алматы"];
      const plan: WorkbookPlan = {
        sheets: [
          {
            name: "S",
            columnWidths: [],
            freeze: { rows: 0, columns: 0 },
            blocks: [{ row: 0, col: 0, values: names.map((n) => [n]) }],
          },
        ],
      };
      const file = join(dir, "s.xlsx");
      // Written by the one pass: exceljs's renderer is not asked.
      const rendered = jest.spyOn(SharedStringsXform.prototype, "toXml");
      await writePlanToXlsx(plan, file);
      expect(rendered).not.toHaveBeenCalled();
      rendered.mockRestore();
      const zip = await JSZip.loadAsync(readFileSync(file));
      const xml = await zip.file("xl/sharedStrings.xml")!.async("string");
      expect(xml).toBe(exceljsXml(names));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet("S")!;
      expect(names.map((_, i) => ws.getCell(i + 1, 1).value)).toEqual(names);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
