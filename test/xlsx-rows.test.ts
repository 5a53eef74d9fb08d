/**
 * The row writer (src/sheet/node/xlsx-rows.ts) writes the markup exceljs writes for the same
 * cells: the reference here writes the plan's cells through exceljs's public streaming API (a Row
 * and a Cell per cell, mergeCells, commit; the sheet and the block styles as the writer makes
 * them), and the sheets, shared strings and styles of the two files must be the same bytes. The plans cover every kind of cell: text needing escapes, numbers, booleans,
 * empty styled cells, formulas with and without cached results of each type, merges (over
 * blocks and beyond them), row heights without cells and overlapping blocks.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Writable } from "node:stream";
import { buildRatingPlan, expandPlan, rateYear } from "../src/sheet";
import type { CellValue, PlanBlock, SheetPlan, WorkbookPlan } from "../src/sheet/plan/plan-types";
import { addWorksheet, blockStyle, planToXlsxBuffer, toFileFormula } from "../src/xlsx/xlsx-writer";
import { sampleYear } from "./helpers/samples";
import { resolveSharedFormulas } from "./helpers/shared-formulas";

interface Options {
  valuesOnly?: boolean;
  cacheResults?: boolean;
}

function referenceValue(b: PlanBlock, r: number, c: number, o: Options): ExcelJS.CellValue {
  if (!b.formulas) return b.values![r][c];
  const result = b.results?.[r]?.[c] ?? null;
  if (o.valuesOnly) return result;
  const formula = toFileFormula(b.formulas[r][c]);
  return (
    o.cacheResults && result !== null ? { formula, result } : { formula }
  ) as ExcelJS.CellValue;
}

/** A sheet through exceljs's public API, cell by cell, as the writer did before the row writer. */
function referenceSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetPlan, o: Options) {
  const ws = addWorksheet(wb, sheet);
  const slaves = new Set<string>();
  for (const m of sheet.merges ?? []) {
    ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.columns);
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.columns; c++)
        if (r !== m.row || c !== m.col) slaves.add(`${r}:${c}`);
  }
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const blocks = sheet.blocks
    .map((block) => ({
      block,
      rows: (block.formulas ?? block.values ?? []).length,
      style: blockStyle(block.style, block.numberFormat),
    }))
    .filter((b) => b.rows > 0)
    .sort((x, y) => x.block.row - y.block.row);
  const last = Math.max(-1, ...blocks.map((b) => b.block.row + b.rows - 1), ...heights.keys());
  for (let r = 0; r <= last; r++) {
    const active = blocks.filter((b) => b.block.row <= r && r < b.block.row + b.rows);
    if (active.length === 0 && !heights.has(r)) continue;
    const row = ws.getRow(r + 1);
    if (heights.has(r)) row.height = heights.get(r)!;
    for (const { block, style } of active) {
      const line = r - block.row;
      const width = (block.formulas ?? block.values)![line].length;
      for (let c = 0; c < width; c++) {
        const cell = row.getCell(block.col + c + 1);
        if (!slaves.has(`${r}:${block.col + c}`)) cell.value = referenceValue(block, line, c, o);
        cell.style = style as ExcelJS.Style;
      }
    }
    row.commit();
  }
  ws.commit();
}

/** The plan's sheets written by exceljs alone (no charts: the plans here have none). */
async function referenceXlsx(plan: WorkbookPlan, o: Options): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _e, done) {
      chunks.push(chunk);
      done();
    },
  });
  const finished = new Promise((resolve) => stream.on("finish", resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = "growth-poles";
  for (const sheet of plan.sheets) referenceSheet(wb, sheet, o);
  await wb.commit();
  await finished;
  return Buffer.concat(chunks);
}

async function parts(xlsx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort())
    if (/^xl\/(worksheets\/sheet\d+\.xml|sharedStrings\.xml|styles\.xml)$/.test(name))
      out.set(name, await zip.file(name)!.async("string"));
  return out;
}

/** Where two texts part, with some context of each; "none" when they are equal. */
function firstDifference(ours: string, reference: string): string {
  if (ours === reference) return "none";
  let i = 0;
  while (i < ours.length && ours[i] === reference[i]) i++;
  return `at ${i}: ours ...${ours.slice(i - 80, i + 80)}... reference ...${reference.slice(i - 80, i + 80)}...`;
}

/**
 * Our sheets and exceljs's must be the same bytes, but for the shared formulas (exceljs's
 * streaming writer cannot number them across rows): ours are resolved to each cell's own formula
 * first (test/helpers/shared-formulas.ts, by exceljs's own formula sliding), and the reference
 * writes each cell's formula from the per-cell plan. Returns how many cells of ours were children
 * of a shared formula.
 */
async function expectSameSheets(plan: WorkbookPlan, o: Options): Promise<number> {
  const ours = await parts(await planToXlsxBuffer(plan, o));
  const reference = await parts(await referenceXlsx(expandPlan(plan), o));
  expect([...ours.keys()]).toEqual([...reference.keys()]);
  let children = 0;
  for (const [name, xml] of reference) {
    let mine = ours.get(name)!;
    if (name.startsWith("xl/worksheets/")) {
      const resolved = resolveSharedFormulas(mine);
      mine = resolved.xml;
      children += resolved.children;
    }
    expect(`${name}: ${firstDifference(mine, xml)}`).toBe(`${name}: none`);
  }
  return children;
}

const text = (rows: CellValue[][]): CellValue[][] => rows;

/** Every kind of cell, merges over and beyond blocks, heights alone, overlapping blocks. */
function everyKindPlan(): WorkbookPlan {
  const blocks: PlanBlock[] = [
    { row: 0, col: 0, values: [["Title & <notes> \"quoted\" 'single'"]], style: { bold: true } },
    {
      row: 2,
      col: 1,
      values: text([
        ["a\u0001b", 1.5, -0, true, null],
        ["=not a formula", 1e-7, 123456789012, false, ""],
      ]),
      numberFormat: "0.00",
      style: { border: true, fill: "#FFEEDD" },
    },
    {
      row: 2,
      col: 6,
      formulas: [
        ["=SUM(B3:C3)", '=IF(B3>1,"big & <bold>","small")', "=B3>1", "=RANK.EQ(C3,C3:C4)"],
        ["=SUM(B4:C4)", '=IF(B4>1,"big","small")', "=B4>1", "=NA()"],
      ],
      results: [
        [2.5, "big & <bold>", true, 1],
        [null, "small", false, null],
      ],
      style: { italic: true, horizontalAlignment: "Center" },
    },
    // Overlaps the first block's last column: its cells replace those.
    { row: 3, col: 5, values: [["over"]], style: { fontColor: "#112233" } },
    { row: 5, col: 0, values: [[null, null, null]], style: { fill: "#CCCCCC" } },
    { row: 6, col: 0, values: [[null, null]] },
    { row: 7, col: 2, values: [["after a gap"]] },
    // Shared formulas: written as Excel's (a string literal and absolute references in them).
    { row: 12, col: 0, values: [[1], [2], [3], [4]] },
    {
      row: 12,
      col: 1,
      sharedFormulas: {
        rows: 4,
        r1c1: ["=RC[-1]*2", '=IF(RC[-2]>R13C1,"R1C1 & <A1>",SUM(R13C[-2]:RC[-2]))'],
      },
      results: [
        [2, 1],
        [4, "R1C1 & <A1>"],
        [6, "R1C1 & <A1>"],
        [8, true],
      ],
    },
    // One row: a plain formula.
    { row: 17, col: 1, sharedFormulas: { rows: 1, r1c1: ["=RC[-1]+1"] } },
    // Under a later block, and under a merge: plain formulas (the master or a child would be lost).
    { row: 18, col: 1, sharedFormulas: { rows: 3, r1c1: ["=R[-1]C+1"] } },
    { row: 18, col: 1, values: [["over the master"]] },
    { row: 22, col: 1, sharedFormulas: { rows: 3, r1c1: ["=R[-1]C*2", "=RC[-1]"] } },
  ];
  const sheet: SheetPlan = {
    name: "Every kind",
    blocks,
    columnWidths: [{ col: 0, width: 20 }],
    freeze: { rows: 1, columns: 1 },
    merges: [
      { row: 0, col: 0, rows: 1, columns: 4 },
      { row: 9, col: 0, rows: 2, columns: 2 },
      { row: 23, col: 1, rows: 1, columns: 2 },
    ],
    rowHeights: [
      { row: 2, height: 30 },
      { row: 8, height: 12.5 },
    ],
  };
  return { sheets: [sheet] };
}

function samplePlan(): WorkbookPlan {
  const plan = buildRatingPlan([rateYear(sampleYear("2010")), rateYear(sampleYear("2014"))]);
  // Charts and conditional formats are written apart from the rows, by the same code both ways.
  return { sheets: plan.sheets.map((s) => ({ ...s, charts: [], conditionalFormats: [] })) };
}

describe("the row writer writes the bytes exceljs writes", () => {
  test.each<[string, Options]>([
    ["formulas", {}],
    ["cached results", { cacheResults: true }],
    ["values only", { valuesOnly: true }],
  ])("every kind of cell, %s", async (_name, options) => {
    // The two columns of the shared block below the master (the others are written plain).
    expect(await expectSameSheets(everyKindPlan(), options)).toBe(options.valuesOnly ? 0 : 6);
  });

  test("the Kazakhstan sample's rating sheets, formulas and cached results", async () => {
    // Most formula cells are children of shared formulas, resolved before the comparison.
    expect(await expectSameSheets(samplePlan(), {})).toBeGreaterThan(300);
    expect(await expectSameSheets(samplePlan(), { cacheResults: true })).toBeGreaterThan(300);
    expect(await expectSameSheets(samplePlan(), { valuesOnly: true })).toBe(0);
  });
});

describe("rows gathered as bytes", () => {
  /** A row wider than the bytes gathered at once, and rows of Cyrillic text past several sends. */
  function largePlan(): WorkbookPlan {
    const wide = Array.from({ length: 12_000 }, (_, c) => c / 7);
    const rows = 3000;
    const sheet: SheetPlan = {
      name: "Большой",
      blocks: [
        { row: 0, col: 0, values: [wide] },
        { row: 2, col: 0, values: Array.from({ length: rows }, (_, r) => [r * 1.5]) },
        {
          row: 2,
          col: 1,
          formulas: Array.from({ length: rows }, (_, r) => [
            `=IF(A${r + 3}>100,"большой «${r}»","малый")`,
          ]),
        },
        // Rows of some 40,000 characters, two bytes each: one lands where its characters would
        // fit in what is left of the buffer but its bytes would not.
        {
          row: rows + 3,
          col: 0,
          formulas: Array.from({ length: 30 }, (_, r) =>
            Array.from({ length: 100 }, (_, c) => `="${"ж".repeat(400)}${r}:${c}"`)
          ),
        },
      ],
      columnWidths: [],
      freeze: { rows: 0, columns: 0 },
    };
    return { sheets: [sheet] };
  }

  test("a row wider than the buffer and Cyrillic formulas over many sends: exceljs's bytes", async () => {
    await expectSameSheets(largePlan(), {});
  });
});
