/**
 * The xlsx writer against the plan it writes (issue 16, item 11): the file is unpacked and read
 * as XML, independently of exceljs, and every block's border, fill and number format, the frozen
 * panes, the column widths and the conditional formats (their priorities and formulas) must be
 * the plan's. Each check fails on one of the writer mutations the audit found no test caught.
 */
import JSZip from "jszip";
import { JSDOM } from "jsdom";
import { buildRatingPlan, rateYear } from "../src/sheet";
import type { SheetPlan, WorkbookPlan } from "../src/sheet/plan/plan-types";
import { expandPlan } from "../src/sheet/plan";
import { planToXlsxBuffer } from "../src/xlsx/xlsx-writer";
import { sampleYear } from "./helpers/samples";

/** Excel's built-in number formats (ECMA-376 18.8.30) a writer may refer to by id. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  49: "@",
};

const xml = (text: string) => new JSDOM(text, { contentType: "text/xml" }).window.document;
const children = (parent: Element | Document, name: string) =>
  Array.from(parent.getElementsByTagName(name));

/** "B7" -> zero-based [6, 1]. */
function position(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, col - 1];
}

interface Written {
  plan: WorkbookPlan;
  sheets: Document[];
  styles: Document;
}

let written: Written;
beforeAll(async () => {
  const plan = buildRatingPlan([rateYear(sampleYear("2010")), rateYear(sampleYear("2014"))], {
    formulas: true,
  });
  const zip = await JSZip.loadAsync(await planToXlsxBuffer(plan));
  const sheets: Document[] = [];
  for (let i = 1; i <= plan.sheets.length; i++)
    sheets.push(xml(await zip.file(`xl/worksheets/sheet${i}.xml`)!.async("string")));
  // The checks walk cells: the compact plan's shared formulas as the per-cell blocks they stand for.
  written = { plan: expandPlan(plan), sheets, styles: xml(await zip.file("xl/styles.xml")!.async("string")) };
});

/** The style record (xf) of each written cell, by zero-based position. */
function cellStyles(sheet: Document, styles: Document): Map<string, Element> {
  const xfs = children(children(styles, "cellXfs")[0], "xf");
  const out = new Map<string, Element>();
  for (const c of children(sheet, "c")) {
    const [r, col] = position(c.getAttribute("r")!);
    out.set(`${r},${col}`, xfs[Number(c.getAttribute("s") ?? 0)]);
  }
  return out;
}

/** Every cell of every block of the plan with the style asked for it. */
function* plannedCells(sheet: SheetPlan) {
  for (const block of sheet.blocks) {
    const rows = (block.formulas ?? block.values)!;
    for (let r = 0; r < rows.length; r++)
      for (let c = 0; c < rows[r].length; c++)
        yield { block, key: `${block.row + r},${block.col + c}` };
  }
}

describe("the xlsx file holds what the plan asks for", () => {
  it("a thin border round every cell of a bordered block", () => {
    const { plan, sheets, styles } = written;
    const borders = children(children(styles, "borders")[0], "border");
    let checked = 0;
    plan.sheets.forEach((sheet, i) => {
      const xfs = cellStyles(sheets[i], styles);
      for (const { block, key } of plannedCells(sheet)) {
        if (!block.style?.border) continue;
        const border = borders[Number(xfs.get(key)?.getAttribute("borderId") ?? 0)];
        for (const side of ["left", "right", "top", "bottom"])
          expect(children(border, side)[0]?.getAttribute("style")).toBe("thin");
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(100);
  });

  it("each block's fill colour, as the plan gives it", () => {
    const { plan, sheets, styles } = written;
    const fills = children(children(styles, "fills")[0], "fill");
    let checked = 0;
    plan.sheets.forEach((sheet, i) => {
      const xfs = cellStyles(sheets[i], styles);
      for (const { block, key } of plannedCells(sheet)) {
        if (!block.style?.fill) continue;
        const fill = fills[Number(xfs.get(key)?.getAttribute("fillId") ?? 0)];
        const rgb = children(fill, "fgColor")[0]?.getAttribute("rgb");
        expect(rgb).toBe(`FF${block.style.fill.slice(1).toUpperCase()}`);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(10);
    // Not every fill the same colour: the check means something.
    const colours = new Set(
      plan.sheets.flatMap((s) => s.blocks.map((b) => b.style?.fill)).filter(Boolean)
    );
    expect(colours.size).toBeGreaterThan(1);
  });

  it("each block's number format", () => {
    const { plan, sheets, styles } = written;
    const custom = new Map(
      children(styles, "numFmt").map((f) => [
        Number(f.getAttribute("numFmtId")),
        f.getAttribute("formatCode"),
      ])
    );
    let checked = 0;
    plan.sheets.forEach((sheet, i) => {
      const xfs = cellStyles(sheets[i], styles);
      for (const { block, key } of plannedCells(sheet)) {
        if (!block.numberFormat || block.numberFormat === "General") continue;
        const id = Number(xfs.get(key)?.getAttribute("numFmtId") ?? 0);
        expect(custom.get(id) ?? BUILT_IN_FORMATS[id]).toBe(block.numberFormat);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(100);
  });

  it("the frozen rows and columns, each where the plan puts it", () => {
    const { plan, sheets } = written;
    plan.sheets.forEach((sheet, i) => {
      const pane = children(sheets[i], "pane")[0];
      if (!sheet.freeze.rows && !sheet.freeze.columns) return expect(pane).toBeUndefined();
      expect(pane.getAttribute("state")).toBe("frozen");
      expect(Number(pane.getAttribute("xSplit") ?? 0)).toBe(sheet.freeze.columns);
      expect(Number(pane.getAttribute("ySplit") ?? 0)).toBe(sheet.freeze.rows);
    });
    expect(plan.sheets.some((s) => s.freeze.rows !== s.freeze.columns)).toBe(true);
  });

  it("each column's width on that column", () => {
    const { plan, sheets } = written;
    plan.sheets.forEach((sheet, i) => {
      const cols = children(sheets[i], "col").map((c) => ({
        min: Number(c.getAttribute("min")),
        max: Number(c.getAttribute("max")),
        width: Number(c.getAttribute("width")),
      }));
      for (const w of sheet.columnWidths) {
        const col = cols.find((c) => c.min <= w.col + 1 && w.col + 1 <= c.max);
        expect(col?.width).toBeCloseTo(w.width, 5);
      }
      // And no width where the plan gives none.
      const planned = new Set(sheet.columnWidths.map((w) => w.col + 1));
      for (const c of cols) for (let n = c.min; n <= c.max; n++) expect(planned.has(n)).toBe(true);
    });
  });

  it('conditional formats in the plan\'s order, each with its own priority and a formula without "="', () => {
    const { plan, sheets } = written;
    let checked = 0;
    plan.sheets.forEach((sheet, i) => {
      const rules = children(sheets[i], "cfRule");
      const planned = sheet.conditionalFormats ?? [];
      expect(rules).toHaveLength(planned.length);
      const priorities = rules.map((r) => Number(r.getAttribute("priority")));
      expect(new Set(priorities).size).toBe(priorities.length);
      expect(priorities).toEqual(planned.map((_, k) => k + 1));
      rules.forEach((rule, k) => {
        const formula = children(rule, "formula")[0].textContent!;
        expect(formula.startsWith("=")).toBe(false);
        expect(formula.replace(/_xlfn\./g, "")).toBe(planned[k].formula.replace(/^=/, ""));
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(3);
  });
});
