/**
 * Compares two xlsx workbooks cell for cell: every sheet's cells (value, formula, cached result),
 * their styles (number format, font, fill, alignment, border), merges, column widths, frozen
 * panes and conditional formats, read back with exceljs. Prints the differences (at most 20) and
 * exits 1 when there are any: `npx tsx scripts/compare-workbooks.ts before.xlsx after.xlsx`.
 * Used to show that a change of the plan's form writes the same workbooks as before. Shared
 * formulas count as the per-cell formulas they stand for.
 */
import ExcelJS from "exceljs";
import { fromR1C1, toR1C1 } from "../src/sheet/plan";

/**
 * A cell's value with its own formula: a shared formula's master and children (exceljs gives a
 * child its master's address) read as the per-cell formula they stand for, moved from the master
 * by the project's R1C1 code (string literals and quoted sheet names kept as they are).
 */
function ownValue(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): unknown {
  const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
  if (v === null || typeof v !== "object" || (!("formula" in v) && !("sharedFormula" in v)))
    return cell.value;
  let formula = v.formula;
  if (v.sharedFormula !== undefined) {
    const master = ws.getCell(v.sharedFormula);
    const r1c1 = toR1C1(master.formula, Number(master.row) - 1, Number(master.col) - 1);
    formula = fromR1C1(r1c1, Number(cell.row) - 1, Number(cell.col) - 1);
  }
  return v.result === undefined ? { formula } : { formula, result: v.result };
}

/** One sheet as comparable text: a line per cell and per sheet property. */
function describeSheet(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (row.height) out.set(`row ${r} height`, String(row.height));
    row.eachCell({ includeEmpty: true }, (cell) => {
      out.set(`${cell.address}`, JSON.stringify({ value: ownValue(ws, cell), style: cell.style }));
    });
  });
  ws.columns?.forEach((c, i) => {
    if (c.width !== undefined) out.set(`column ${i + 1} width`, String(c.width));
  });
  out.set("views", JSON.stringify(ws.views));
  out.set("merges", JSON.stringify((ws.model as { merges?: string[] }).merges ?? []));
  const rules = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings;
  out.set("conditional formats", JSON.stringify(rules ?? []));
  return out;
}

async function describe(file: string): Promise<Map<string, Map<string, string>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return new Map(wb.worksheets.map((ws) => [ws.name, describeSheet(ws)]));
}

async function main(): Promise<void> {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) throw new Error("usage: compare-workbooks.ts BEFORE.xlsx AFTER.xlsx");
  const [before, after] = await Promise.all([describe(a), describe(b)]);
  const differences: string[] = [];
  if ([...before.keys()].join("|") !== [...after.keys()].join("|"))
    differences.push(`sheets: ${[...before.keys()]} vs ${[...after.keys()]}`);
  let cells = 0;
  for (const [name, sheetBefore] of before) {
    const sheetAfter = after.get(name) ?? new Map<string, string>();
    for (const key of new Set([...sheetBefore.keys(), ...sheetAfter.keys()])) {
      cells++;
      if (sheetBefore.get(key) !== sheetAfter.get(key))
        differences.push(`${name}!${key}: ${sheetBefore.get(key)} vs ${sheetAfter.get(key)}`);
    }
  }
  console.log(
    `${a} vs ${b}: ${before.size} sheets, ${cells} cells and properties compared, ${differences.length} differ`
  );
  for (const d of differences.slice(0, 20)) console.log(`  ${d}`);
  if (differences.length > 0) process.exitCode = 1;
}

void main();
