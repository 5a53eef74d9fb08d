/**
 * What must not be cut at a printed page's edge: a long note that runs over empty cells past the
 * page's right edge is wrapped inside the page (merged across the columns it may use, its row made
 * tall enough), and a chart that would straddle the bottom of a page starts on the next one (a
 * manual page break above it). The pages are estimated from the plan's widths and heights, as
 * Excel lays them out on A4 with its normal margins.
 */
import { blockSize } from "./plan-shared";
import type { PageSetupPlan, PlanBlock, SheetPlan } from "./plan-types";
import { wrappedLines } from "./print-layout";

const BODY_PT = 11;
const ROW_PT = 15;
const DEFAULT_WIDTH = 8.43;
const PT_PER_UNIT = 5.6;
/** A4 less Excel's normal margins (0.7 in at the sides, 0.75 in top and bottom), in points. */
const PAGE_PT = {
  portrait: { width: 595 - 2 * 50, height: 842 - 2 * 54 },
  landscape: { width: 842 - 2 * 50, height: 595 - 2 * 54 },
};
/** Headroom for viewers that draw the same widths wider (LibreOffice without Calibri). */
const SAFE_WIDTH = 0.8;
/** Narrower than this, a wrapped note would be a tall thin column: it is left to run on. */
const MIN_WRAP_UNITS = 40;
/** Notes and titles; longer lists (the findings) run on as they are, a merge a row is too many. */
const MAX_NOTE_ROWS = 3;

/** How much of the sheet's own size one page holds (fitted to the width: scaled down). */
function pageSize(setup: PageSetupPlan, sheetWidthPt: number) {
  const page = PAGE_PT[setup.orientation];
  const scale = setup.fitToWidth ? Math.min(1, page.width / Math.max(1, sheetWidthPt)) : 1;
  return { width: page.width / scale, height: page.height / scale, fitted: setup.fitToWidth };
}

/** Column spans printed on one page where they fit one: each block or chart wider than a column. */
function keptTogether(sheet: SheetPlan): Map<number, number> {
  const spans = new Map<number, number>();
  const keep = (col: number, columns: number) => {
    if (columns >= 2) spans.set(col, Math.max(spans.get(col) ?? col, col + columns - 1));
  };
  for (const b of sheet.blocks) keep(b.col, blockSize(b).columns);
  for (const c of sheet.charts ?? []) keep(c.anchor.col, c.anchor.width);
  return spans;
}

/**
 * The first column of each printed page after the first (none when fitted to one page wide): a
 * page ends where the next column would not fit, or before a block or chart that would be cut
 * at the page's edge and fits a page of its own (the legend, the sorted block, a chart).
 */
export function columnBreaks(sheet: SheetPlan, setup: PageSetupPlan, widthPt: number): number[] {
  const page = pageSize(setup, widthPt);
  if (page.fitted) return [];
  const widths = new Map(sheet.columnWidths.map((w) => [w.col, w.width]));
  const widthOf = (c: number) => (widths.get(c) ?? DEFAULT_WIDTH) * PT_PER_UNIT;
  const pageWidth = page.width * SAFE_WIDTH;
  const spans = keptTogether(sheet);
  const spanWidth = (from: number, to: number) => {
    let w = 0;
    for (let c = from; c <= to; c++) w += widthOf(c);
    return w;
  };
  const breaks: number[] = [];
  let used = 0;
  for (let c = 0; c < sheetColumns(sheet); c++) {
    const end = spans.get(c);
    const whole = end === undefined ? 0 : spanWidth(c, end);
    // Moved to the next page only from a page at least half full: never a page of one column.
    const cut =
      whole > 0 && whole <= pageWidth && used >= pageWidth / 2 && used + whole > pageWidth;
    if (used > 0 && (cut || used + widthOf(c) > pageWidth)) {
      breaks.push(c);
      used = 0;
    }
    used += widthOf(c);
  }
  return breaks;
}

/** The columns of each row that hold a cell of some block (or of a merge). */
function occupiedColumns(sheet: SheetPlan, rows: ReadonlySet<number>): Map<number, number[]> {
  const taken = new Map<number, number[]>();
  const mark = (row: number, col: number, columns: number) => {
    if (!rows.has(row)) return;
    const list = taken.get(row) ?? [];
    for (let c = col; c < col + columns; c++) list.push(c);
    taken.set(row, list);
  };
  for (const b of sheet.blocks) {
    const { rows: n, columns } = blockSize(b);
    for (const r of rows) if (r >= b.row && r < b.row + n) mark(r, b.col, columns);
  }
  for (const m of sheet.merges ?? [])
    for (const r of rows) if (r >= m.row && r < m.row + m.rows) mark(r, m.col, m.columns);
  return taken;
}

interface Overflow {
  block: PlanBlock;
  /** The block's last column, whose text may run on over empty cells. */
  textCol: number;
  /** The last column that text may take: up to the page's edge or the next cell that is used. */
  lastCol: number;
}

const fontScale = (block: PlanBlock) =>
  ((block.style?.fontSize ?? BODY_PT) / BODY_PT) * (block.style?.bold ? 1.15 : 1);

/** The texts of a block's column `c`, by row offset. */
const textsAt = (block: PlanBlock, c: number) =>
  block.values!.map((line) => {
    const v = line[c - block.col];
    return typeof v === "string" ? v : "";
  });

/**
 * Whether a text of the block's column `c` is wider than `width` (textsAt's texts, asked without
 * making them: the blocks of 10,000 regions' names, sizes and labels are all asked).
 */
function widerThan(block: PlanBlock, c: number, width: number): boolean {
  const scale = fontScale(block);
  const lines = block.values!;
  const at = c - block.col;
  // An index, not an iterator: every block of the sheet is asked, cold, once per run.
  for (let i = 0; i < lines.length; i++) {
    const v = lines[i][at];
    if (typeof v === "string" && v.length * scale > width) return true;
  }
  return false;
}

/** Text blocks whose last column's text runs past the page's right edge (or the sheet's). */
function overflowingBlocks(
  sheet: SheetPlan,
  widthOf: (c: number) => number,
  edges: number[]
): Overflow[] {
  const lastOf = (b: PlanBlock) => b.col + (b.values?.[0]?.length ?? 1) - 1;
  const candidates = sheet.blocks.filter(
    (b) => b.values && !b.style?.wrapText && widerThan(b, lastOf(b), widthOf(lastOf(b)))
  );
  if (candidates.length === 0) return [];
  const rows = new Set(candidates.flatMap((b) => b.values!.map((_, i) => b.row + i)));
  const taken = occupiedColumns(sheet, rows);
  const result: Overflow[] = [];
  for (const block of candidates) {
    const textCol = lastOf(block);
    const lastCol = edges.find((e) => e > textCol)! - 1;
    // Only rows of their own (notes, findings): a taller row must not stretch a table beside it.
    const alone = block.values!.every((line, i) =>
      (taken.get(block.row + i) ?? []).every((c) => c >= block.col && c < block.col + line.length)
    );
    let room = 0;
    for (let c = textCol; c <= lastCol; c++) room += widthOf(c);
    const runsOn = textsAt(block, textCol).some((t) => t.length * fontScale(block) + 1 > room);
    const note = block.values!.length <= MAX_NOTE_ROWS;
    if (note && alone && room >= MIN_WRAP_UNITS && runsOn) result.push({ block, textCol, lastCol });
  }
  return result;
}

/** The lines of a block's tallest cell in row offset `i`, its last column `units` wide. */
function rowLines(block: PlanBlock, i: number, widthOf: (c: number) => number, units: number) {
  const scale = fontScale(block);
  return Math.max(
    1,
    ...block.values![i].map((v, k) => {
      if (typeof v !== "string") return 1;
      const width = k === block.values![i].length - 1 ? units : widthOf(block.col + k);
      return wrappedLines(v, Math.max(1, Math.floor((width - 1) / scale)));
    })
  );
}

/** Long notes wrapped inside the page they start on; rows made tall enough for their lines. */
export function wrapAtPageEdge(sheet: SheetPlan, breaks: readonly number[]): SheetPlan {
  const widths = new Map(sheet.columnWidths.map((w) => [w.col, w.width]));
  const widthOf = (c: number) => widths.get(c) ?? DEFAULT_WIDTH;
  const edges = [...breaks, sheetColumns(sheet)];
  const overflows = overflowingBlocks(sheet, widthOf, edges);
  if (overflows.length === 0) return sheet;
  const merges = [...(sheet.merges ?? [])];
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const wrapped = new Map<PlanBlock, PlanBlock>();
  for (const { block, textCol, lastCol } of overflows) {
    let units = 0;
    for (let c = textCol; c <= lastCol; c++) units += widthOf(c);
    const lineHeight = Math.ceil((block.style?.fontSize ?? BODY_PT) * 1.36);
    block.values!.forEach((_, i) => {
      const row = block.row + i;
      if (lastCol > textCol)
        merges.push({ row, col: textCol, rows: 1, columns: lastCol - textCol + 1 });
      const lines = rowLines(block, i, widthOf, units);
      const height = lines * lineHeight + 4;
      if (lines > 1 && height > (heights.get(row) ?? ROW_PT)) heights.set(row, height);
    });
    wrapped.set(block, { ...block, style: { ...block.style, wrapText: true } });
  }
  return {
    ...sheet,
    blocks: sheet.blocks.map((b) => wrapped.get(b) ?? b),
    merges,
    rowHeights: [...heights.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, height]) => ({ row, height })),
  };
}

/** One past the last column any block or chart of the sheet uses. */
function sheetColumns(sheet: SheetPlan): number {
  return Math.max(
    1,
    ...sheet.blocks.map((b) => b.col + blockSize(b).columns),
    ...(sheet.charts ?? []).map((c) => c.anchor.col + c.anchor.width)
  );
}

/** Rows that start a new page so that no chart is cut at a page's bottom edge. */
export function chartPageBreaks(sheet: SheetPlan, setup: PageSetupPlan, widthPt: number): number[] {
  const charts = [...(sheet.charts ?? [])].sort((a, b) => a.anchor.row - b.anchor.row);
  if (charts.length === 0) return [];
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const heightOf = (r: number) => heights.get(r) ?? ROW_PT;
  const pageHeight = pageSize(setup, widthPt).height;
  const lastRow = Math.max(...charts.map((c) => c.anchor.row + c.anchor.height));
  const breaks: number[] = [];
  let used = 0;
  let next = 0;
  for (let r = 0; r < lastRow; r++) {
    if (used > 0 && used + heightOf(r) > pageHeight) used = 0;
    while (next < charts.length && charts[next].anchor.row < r) next++;
    const chart = charts[next];
    if (chart && chart.anchor.row === r && used > 0) {
      let tall = 0;
      for (let k = r; k < r + chart.anchor.height; k++) tall += heightOf(k);
      // The row above the chart starts the page: a chart on a page's very first row is drawn
      // on the previous page's bottom edge too (LibreOffice), and one row of air is kept above.
      const start = Math.max(1, r - 1);
      const above = start < r ? heightOf(start) : 0;
      if (tall + above <= pageHeight && used + tall > pageHeight) {
        breaks.push(start);
        used = above;
      }
    }
    used += heightOf(r);
  }
  return breaks;
}
