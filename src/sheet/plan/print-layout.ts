/**
 * How a sheet prints, decided once in the plan for every writer: headers that wrap between
 * words (a column is widened to its longest header word, never a word broken) with rows tall
 * enough for their lines, and the page: portrait where the sheet fits, landscape where it is
 * wide, fitted to the page width only while that keeps the text at 8 pt or more (else printed at
 * its natural size over several pages).
 */
import type { CellStyle, PageSetupPlan, SheetPlan, WorkbookPlan } from "./plan-types";
import { chartPageBreaks, columnBreaks, wrapAtPageEdge } from "./print-pages";

/** Excel's default font size, and the smallest printed size that stays legible. */
const BODY_PT = 11;
const MIN_PRINTED_PT = 8;
/** A column width unit is one "0" of the body font; bold letters run about 15% wider. */
const BOLD_FACTOR = 1.15;
/** Points per width unit (Calibri 11: a "0" is 7 px = 5.25 pt, plus the cell's padding). */
const PT_PER_UNIT = 5.6;
/** Printable width of A4 with Excel's normal margins (0.7 in each side), in points. */
const A4_PORTRAIT_PT = 595 - 2 * 50;
const A4_LANDSCAPE_PT = 842 - 2 * 50;

/** The lines a text takes in a column of `capacity` characters, breaking only between words. */
export function wrappedLines(text: string, capacity: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = -1;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (used >= 0 && used + 1 + word.length > capacity) {
        lines++;
        used = word.length;
      } else used = used < 0 ? word.length : used + 1 + word.length;
    }
  }
  return lines;
}

/** Characters of this style that fit in a column `width` units wide. */
function capacityOf(width: number, style: CellStyle | undefined): number {
  const scale = ((style?.fontSize ?? BODY_PT) / BODY_PT) * (style?.bold ? BOLD_FACTOR : 1);
  return Math.max(1, Math.floor((width - 1) / scale));
}

/**
 * Wrapped text blocks (headers): each column at least as wide as its longest word, each row as
 * tall as its most wrapped cell. Only widens and heightens, so it can be applied twice.
 */
export function fitWrappedText(sheet: SheetPlan): SheetPlan {
  const widths = new Map(sheet.columnWidths.map((w) => [w.col, w.width]));
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const merged = (row: number, col: number) =>
    (sheet.merges ?? []).find((m) => m.row === row && m.col === col && m.rows === 1);
  const wrapped = sheet.blocks.filter((b) => b.style?.wrapText && b.values);
  for (const block of wrapped) {
    const scale =
      ((block.style?.fontSize ?? BODY_PT) / BODY_PT) * (block.style?.bold ? BOLD_FACTOR : 1);
    block.values!.forEach((line, r) => {
      line.forEach((value, c) => {
        if (typeof value !== "string" || value.trim() === "") return;
        const col = block.col + c;
        const span = merged(block.row + r, col);
        if (!span) {
          const longest = Math.max(...value.split(/\s+/).map((w) => w.length));
          widths.set(col, Math.max(widths.get(col) ?? 8.43, Math.ceil(longest * scale + 1.5)));
        }
      });
    });
  }
  for (const block of wrapped) {
    const lineHeight = Math.ceil((block.style?.fontSize ?? BODY_PT) * 1.36);
    block.values!.forEach((line, r) => {
      const row = block.row + r;
      let lines = 1;
      line.forEach((value, c) => {
        if (typeof value !== "string") return;
        const col = block.col + c;
        const span = merged(row, col);
        const width = span
          ? Array.from({ length: span.columns }, (_, k) => widths.get(col + k) ?? 8.43).reduce(
              (a, b) => a + b
            )
          : (widths.get(col) ?? 8.43);
        lines = Math.max(lines, wrappedLines(value, capacityOf(width, block.style)));
      });
      if (lines > 1) heights.set(row, Math.max(heights.get(row) ?? 0, lines * lineHeight + 4));
    });
  }
  return {
    ...sheet,
    columnWidths: [...widths.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([col, width]) => ({ col, width })),
    rowHeights: [...heights.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([row, height]) => ({ row, height })),
  };
}

/** The sheet's printed width in points: its columns, and its charts' right edges. */
export function sheetWidthPt(sheet: SheetPlan): number {
  const widths = new Map(sheet.columnWidths.map((w) => [w.col, w.width]));
  const lastCol = Math.max(
    0,
    ...sheet.blocks.map((b) => b.col + ((b.values ?? b.formulas)?.[0]?.length ?? 1)),
    ...(sheet.charts ?? []).map((c) => c.anchor.col + c.anchor.width)
  );
  let units = 0;
  for (let c = 0; c < lastCol; c++) units += widths.get(c) ?? 8.43;
  return units * PT_PER_UNIT;
}

export function pageSetupOf(sheet: SheetPlan): PageSetupPlan {
  const width = sheetWidthPt(sheet);
  // Fitting never enlarges: a sheet that fits is fitted too, so a viewer that draws the columns
  // wider (LibreOffice without Calibri) still prints it one page wide.
  if (width <= A4_PORTRAIT_PT) return { orientation: "portrait", fitToWidth: true };
  const scale = A4_LANDSCAPE_PT / width;
  return { orientation: "landscape", fitToWidth: scale >= 1 || BODY_PT * scale >= MIN_PRINTED_PT };
}

/** Every sheet with its headers fitted and its page set up. */
export function forPrint(plan: WorkbookPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const fitted = fitWrappedText(sheet);
      const pageSetup = pageSetupOf(fitted);
      const width = sheetWidthPt(fitted);
      const colBreaks = columnBreaks(fitted, pageSetup, width);
      const wrapped = wrapAtPageEdge(fitted, colBreaks);
      const rowBreaks = chartPageBreaks(wrapped, pageSetup, width);
      return {
        ...wrapped,
        pageSetup,
        ...(rowBreaks.length > 0 ? { rowBreaks } : {}),
        ...(colBreaks.length > 0 ? { colBreaks } : {}),
      };
    }),
  };
}
