/**
 * The add-in's only Office.js code: reading the selection, selecting a source cell, writing a
 * rating-sheet plan. Everything it writes goes through whole-range setters, and a format (or an
 * R1C1 formula) shared by a whole block is sent once, not once per cell. Excel on the web refuses
 * a request over 5 MB: each queued command carries an estimate of its payload, and the write
 * syncs whenever the next command would take the request over REQUEST_BUDGET, so an ordinary
 * sheet takes SYNCS_PER_WRITE syncs and a 10,000-region one a few more.
 */
import { blockSize, hasFormulas, type SharedFormulas } from "../sheet/plan";
import type {
  LabelPosition,
  CellStyle,
  BarChartPlan,
  ChartAnchor,
  ChartPlan,
  ConditionalFormatPlan,
  PlanBlock,
  ScatterChartPlan,
  WhiskerChartPlan,
  SheetPlan,
  WorkbookPlan,
} from "../sheet/plan";
import { cellAddress, columnLetters, parseAddress, rangeAddress } from "./a1";
import { sharedR1C1 } from "./r1c1";
import { WHISKER_COLORS, sheetPrefix } from "../sheet/plan";
import { PlanWriteError, WorkbookError } from "./errors";
import { renameSheets, uniqueSheetName } from "./sheet-name";
import type { SourceRange, WorkbookPort, WriteProgress, WriteResult } from "./types";

/** Syncs of a successful writePlan: existing names; add the sheets and learn their ids; write. */
export const SYNCS_PER_WRITE = 3;

/**
 * Estimated payload of one request, in bytes (JSON of the values, formulas and formats queued,
 * plus COMMAND_BYTES per command). Excel on the web's limit is 5 MB; the estimate leaves room for
 * what it does not count (object paths, ids), so no request comes near 4 MB.
 */
export const REQUEST_BUDGET = 3_000_000;
/** What one queued command costs beyond its data: its action, object path and ids. */
const COMMAND_BYTES = 200;
/** Cells read per response: at most ~20 bytes a cell stays well under the 5 MB response limit. */
export const CELLS_PER_READ = 150_000;

/** One piece of work to queue, with its estimated share of the request. */
interface Command {
  bytes: number;
  queue: () => void;
}

/** Borders drawn round and inside a block whose style asks for them. */
const BORDER_COLOR = "#A6A6A6";

type Run = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: Excel.RunOptions
) => Promise<T>;

/** Excel.run, looked up when called so that tests and the browser stand-in can provide it. */
const excelRun: Run = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));

/**
 * Whether this Excel can merge a whole batch into one undo step (ExcelApi 1.20, `mergeUndoGroup`;
 * see "Undo support in Excel add-ins"). Older hosts write as before and the pane names the sheets
 * to delete instead.
 */
export function undoGroupSupported(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context.requirements.isSetSupported("ExcelApi", "1.20")
    );
  } catch {
    return false;
  }
}

/** A context.sync() that counts itself. */
function counted(context: Excel.RequestContext): {
  sync: () => Promise<void>;
  count: () => number;
} {
  let n = 0;
  return {
    sync: async () => {
      n++;
      await context.sync();
    },
    count: () => n,
  };
}

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const end = Math.min(a.row + a.rows, b.row + b.rows);
  const endCol = Math.min(a.col + a.cols, b.col + b.cols);
  return end > row && endCol > col ? { row, col, rows: end - row, cols: endCol - col } : null;
}

function rectOf(range: Excel.Range): Rect {
  return {
    row: range.rowIndex,
    col: range.columnIndex,
    rows: range.rowCount,
    cols: range.columnCount,
  };
}

/**
 * The selection trimmed to the sheet's used range (a whole-column selection would otherwise load
 * a million blank rows); a single cell, or a selection outside the data, means the used range.
 * Two syncs: the shapes, then the values of the one range chosen.
 */
export async function readSelection(run: Run = excelRun): Promise<SourceRange> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const selection = context.workbook.getSelectedRange();
    const used = sheet.getUsedRangeOrNullObject(true);
    sheet.load("name");
    selection.load("rowIndex,columnIndex,rowCount,columnCount");
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) throw new WorkbookError("office.sheetEmpty", { sheet: sheet.name });
    const usedRect = rectOf(used);
    const selected = rectOf(selection);
    const single = selected.rows === 1 && selected.cols === 1;
    const overlap = single ? null : intersect(selected, usedRect);
    const chosen = overlap ?? usedRect;
    if (chosen.rows * chosen.cols > CELLS_PER_READ)
      return {
        sheet: sheet.name,
        address: rangeAddress(chosen.row, chosen.col, chosen.rows, chosen.cols),
        row: chosen.row,
        col: chosen.col,
        values: await readInParts(context, sheet, chosen),
        fromUsedRange: overlap === null,
      };
    const range = sheet.getRangeByIndexes(chosen.row, chosen.col, chosen.rows, chosen.cols);
    range.load("values,address");
    await context.sync();
    const address = String(range.address);
    return {
      sheet: sheet.name,
      address: address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address,
      row: chosen.row,
      col: chosen.col,
      values: range.values as unknown[][],
      fromUsedRange: overlap === null,
    };
  });
}

/**
 * A range too large for one response of Excel on the web (5 MB), read as slices of whole rows,
 * one sync each.
 */
async function readInParts(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect
): Promise<unknown[][]> {
  const step = Math.max(1, Math.floor(CELLS_PER_READ / rect.cols));
  const values: unknown[][] = [];
  for (let start = 0; start < rect.rows; start += step) {
    const part = sheet.getRangeByIndexes(
      rect.row + start,
      rect.col,
      Math.min(step, rect.rows - start),
      rect.cols
    );
    part.load("values");
    // One response per slice is the point: together they would exceed the limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const row of part.values) values.push(row);
  }
  return values;
}

/**
 * A new sheet holding `values` from A1 (text formatted as text first, so a name stays a name),
 * activated with the block selected. Two syncs: the names taken, then the write.
 */
export async function writeTable(
  name: string,
  values: readonly (readonly (string | number)[])[],
  run: Run = excelRun
): Promise<SourceRange> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const sheetName = uniqueSheetName(
      name,
      sheets.items.map((s) => s.name)
    );
    const sheet = sheets.add(sheetName);
    const rows = values.length;
    const cols = values[0]?.length ?? 0;
    const range = sheet.getRangeByIndexes(0, 0, rows, cols);
    range.numberFormat = values.map((row) =>
      row.map((v) => (typeof v === "string" ? "@" : "General"))
    );
    range.values = values.map((row) => [...row]);
    sheet.activate();
    range.select();
    await context.sync();
    return {
      sheet: sheetName,
      address: rangeAddress(0, 0, rows, cols),
      row: 0,
      col: 0,
      values: values.map((row) => [...row]),
      fromUsedRange: false,
    };
  });
}

/** Activates the sheet and selects one cell: where a finding's source value sits. One sync. */
export async function selectCell(
  sheetName: string,
  row: number,
  col: number,
  run: Run = excelRun
): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRangeByIndexes(row, col, 1, 1).select();
    await context.sync();
  });
}

/**
 * Writes a plan into new sheets. Sync 1 reads the existing sheet names, sync 2 adds the sheets
 * under free names and reads back their ids, sync 3 writes every block, format, width, freeze,
 * merge, conditional format and chart and activates the dynamics sheet (else the first); a plan
 * too large for one request (REQUEST_BUDGET) is written over as many syncs as it needs. If any
 * sync after the first fails, the sheets this call added (known by id, so never a sheet the user
 * had) are deleted in a new batch and a PlanWriteError says whether the workbook is as before; no
 * other sheet is ever touched.
 */
export async function writePlan(
  plan: WorkbookPlan,
  onProgress: (p: WriteProgress) => void = () => {},
  run: Run = excelRun,
  undoGroup: boolean = undoGroupSupported()
): Promise<WriteResult> {
  if (plan.sheets.length === 0) throw new WorkbookError("office.noSheet");
  let addedIds: string[] = [];
  try {
    return await run(
      async (context) => {
        const write = await writeInBatch(context, plan, onProgress, (ids) => (addedIds = ids));
        return { ...write, undoGroup };
      },
      undoGroup ? { mergeUndoGroup: true } : undefined
    );
  } catch (error) {
    const removed = addedIds.length > 0 ? await removeSheets(addedIds, run) : true;
    // A command Excel cannot undo refuses the whole group: written again, as separate steps.
    if (undoGroup && removed && (error as { code?: unknown } | null)?.code === "UndoNotSupported")
      return writePlan(plan, onProgress, run, false);
    throw new PlanWriteError(error, addedIds.length > 0, removed);
  }
}

/** The three syncs of writePlan inside one Excel.run; `added` learns the new sheets' ids. */
async function writeInBatch(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  onProgress: (p: WriteProgress) => void,
  added: (ids: string[]) => void
): Promise<Omit<WriteResult, "undoGroup">> {
  const counter = counted(context);
  onProgress({ step: "names", fraction: 0.1 });
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await counter.sync();
  const taken = sheets.items.map((s) => s.name);
  const names = plan.sheets.map((p) => {
    const name = uniqueSheetName(p.name, taken);
    taken.push(name);
    return name;
  });
  const sheetPlans = renameSheets(plan, names).sheets;

  onProgress({ step: "adding", fraction: 0.3 });
  const addedSheets = names.map((name) => sheets.add(name));
  addedSheets.forEach((s) => s.load("id"));
  await counter.sync();
  added(addedSheets.map((s) => s.id));

  const cells = countCells(plan);
  onProgress({ step: "writing", cells, fraction: 0.5 });
  const commands = sheetPlans.flatMap((sheetPlan, i) => sheetCommands(addedSheets[i], sheetPlan));
  // The dynamics sheet, when there is one, is the sheet the economist asked for; else the first.
  const shown = Math.max(
    0,
    sheetPlans.findIndex((p) => p.role === "dynamics")
  );
  commands.push({ bytes: COMMAND_BYTES, queue: () => addedSheets[shown].activate() });
  // Excel recalculates once, after the request, not after each formula block it receives.
  const suspend = () => context.workbook.application.suspendApiCalculationUntilNextSync();
  const requests = await queueInRequests(commands, counter.sync, suspend, (done) =>
    onProgress({ step: "writing", cells, fraction: 0.5 + 0.5 * done })
  );
  onProgress({ step: "done", fraction: 1 });
  return { sheetNames: names, syncs: counter.count(), requestBytes: requests };
}

/** Deletes the sheets with these ids (those the failed write added). One sync. */
async function removeSheets(ids: readonly string[], run: Run): Promise<boolean> {
  try {
    await run(async (context) => {
      for (const id of ids) context.workbook.worksheets.getItem(id).delete();
      await context.sync();
    });
    return true;
  } catch {
    // The original error is the one worth showing; the message asks for the sheet to be deleted by hand.
    return false;
  }
}

function countCells(plan: WorkbookPlan): number {
  let n = 0;
  for (const s of plan.sheets)
    for (const b of s.blocks) {
      const { rows, columns } = blockSize(b);
      n += rows * columns;
    }
  return n;
}

function blockRows(block: PlanBlock): readonly (readonly unknown[])[] {
  return block.formulas ?? block.values ?? [];
}

/**
 * Queues the commands in order, syncing before a command that would take the request over the
 * budget, and once at the end. Returns the estimated payload of each request sent.
 */
async function queueInRequests(
  commands: readonly Command[],
  sync: () => Promise<void>,
  eachRequest: () => void,
  onProgress: (fraction: number) => void
): Promise<number[]> {
  const sent: number[] = [];
  let pending = 0;
  eachRequest();
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i];
    if (pending > 0 && pending + c.bytes > REQUEST_BUDGET) {
      await sync();
      sent.push(pending);
      pending = 0;
      onProgress(i / commands.length);
      eachRequest();
    }
    c.queue();
    pending += c.bytes;
  }
  await sync();
  sent.push(pending);
  return sent;
}

/** Queues (does not sync) everything one sheet of the plan needs. */
export function writeSheet(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const c of sheetCommands(sheet, plan)) c.queue();
}

/** Everything one sheet of the plan needs, as commands with their payload estimates. */
function sheetCommands(sheet: Excel.Worksheet, plan: SheetPlan): Command[] {
  const one = (queue: () => void): Command => ({ bytes: COMMAND_BYTES, queue });
  const commands = plan.blocks.flatMap((block) => blockCommands(sheet, block));
  for (const m of plan.merges ?? [])
    commands.push(one(() => sheet.getRangeByIndexes(m.row, m.col, m.rows, m.columns).merge(false)));
  for (const { col, width } of plan.columnWidths)
    commands.push(
      one(() => {
        sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = charactersToPoints(width);
      })
    );
  for (const { row, height } of plan.rowHeights ?? [])
    commands.push(
      one(() => {
        sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = height;
      })
    );
  if (plan.pageSetup) {
    const setup = plan.pageSetup;
    commands.push(
      one(() => {
        sheet.pageLayout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
        // One page wide only where the text stays legible (print-layout.ts); else natural size.
        sheet.pageLayout.zoom = setup.fitToWidth
          ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
          : { scale: 100 };
      })
    );
  }
  // Excel puts a break above (left of) the range's top-left cell (ExcelApi 1.9).
  for (const row of plan.rowBreaks ?? [])
    commands.push(one(() => sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1))));
  for (const col of plan.colBreaks ?? [])
    commands.push(one(() => sheet.verticalPageBreaks.add(sheet.getRangeByIndexes(0, col, 1, 1))));
  const { rows, columns } = plan.freeze;
  commands.push(
    one(() => {
      if (rows > 0 && columns > 0)
        sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
    })
  );
  for (const rule of plan.conditionalFormats ?? [])
    commands.push({ bytes: 4 * COMMAND_BYTES, queue: () => writeConditionalFormat(sheet, rule) });
  for (const chart of plan.charts ?? []) commands.push(...chartCommands(sheet, plan.name, chart));
  return commands;
}

/** A fill where a formula is true (the group colours of the class column): one rule per group, not per cell. */
function writeConditionalFormat(sheet: Excel.Worksheet, rule: ConditionalFormatPlan): void {
  const format = sheet.getRange(rule.range).conditionalFormats.add("Custom");
  format.custom.rule.formula = rule.formula;
  format.custom.format.fill.color = rule.fill;
  if (rule.fontColor) format.custom.format.font.color = rule.fontColor;
}

/** Excel's width in characters of the default font is about 7 pixels each plus 5 of padding; 0.75 pt a pixel. */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * The number format of a block as one value when every cell that holds something gets the same
 * one (text "@", else the block's format); empty cells take it too, as they show nothing. Null
 * when the block mixes text and numbers, which then needs a format per cell.
 */
export function uniformNumberFormat(block: PlanBlock): string | null {
  const format = block.numberFormat ?? "General";
  if (hasFormulas(block)) return format;
  const used = new Set<string>();
  for (const row of block.values ?? [])
    for (const v of row) if (v !== null) used.add(typeof v === "string" ? "@" : format);
  return used.size === 0 ? format : used.size === 1 ? [...used][0] : null;
}

/**
 * Sets the number format of a whole range. One value (not a 2-D array) is applied to every cell
 * ("single input copy" of the Excel JavaScript API, like Ctrl+Enter), so a column of 2,000
 * regions costs one string in the request instead of 2,000: Excel on the web limits a request's
 * payload (5 MB), and the whole plan goes in one sync.
 */
function setNumberFormat(range: Excel.Range, format: string | string[][]): void {
  // The typings only know the 2-D form.
  (range as unknown as { numberFormat: string | string[][] }).numberFormat = format;
}

/**
 * One block, one range, as one command; a block too large for a share of one request is cut into
 * slices of whole rows, each its own range and command.
 */
function blockCommands(sheet: Excel.Worksheet, block: PlanBlock): Command[] {
  if (block.sharedFormulas) return sharedFormulaCommands(sheet, block, block.sharedFormulas);
  const rows = blockRows(block);
  const height = rows.length;
  const width = height > 0 ? rows[0].length : 0;
  if (height === 0 || width === 0) return [];
  if (rows.some((r) => r.length !== width))
    throw new Error(
      `plan block at ${cellAddress(block.row, block.col)} has rows of different lengths`
    );
  const shared = block.formulas ? sharedR1C1(block.formulas, block.row, block.col) : null;
  const whole = blockBytes(block, shared);
  if (whole <= REQUEST_BUDGET / 4)
    return [{ bytes: whole, queue: () => writeBlock(sheet, block, shared) }];
  const slices = Math.ceil(whole / (REQUEST_BUDGET / 4));
  const step = Math.ceil(height / slices);
  const out: Command[] = [];
  for (let start = 0; start < height; start += step) {
    const slice = sliceRows(block, start, Math.min(height, start + step));
    const r1c1 = slice.formulas ? sharedR1C1(slice.formulas, slice.row, slice.col) : null;
    out.push({ bytes: blockBytes(slice, r1c1), queue: () => writeBlock(sheet, slice, r1c1) });
  }
  return out;
}

/**
 * A block of formulas its rows share: one range per run of columns with the same R1C1 formula,
 * filled from that one string, whatever the number of rows.
 */
function sharedFormulaCommands(
  sheet: Excel.Worksheet,
  block: PlanBlock,
  shared: SharedFormulas
): Command[] {
  const out: Command[] = [];
  if (shared.rows === 0) return out;
  for (let start = 0; start < shared.r1c1.length;) {
    let end = start + 1;
    while (end < shared.r1c1.length && shared.r1c1[end] === shared.r1c1[start]) end++;
    const run: PlanBlock = {
      ...block,
      col: block.col + start,
      sharedFormulas: { rows: shared.rows, r1c1: shared.r1c1.slice(start, end) },
    };
    const formula = shared.r1c1[start];
    out.push({ bytes: blockBytes(run, formula), queue: () => writeBlock(sheet, run, formula) });
    start = end;
  }
  return out;
}

function sliceRows(block: PlanBlock, from: number, to: number): PlanBlock {
  return {
    ...block,
    row: block.row + from,
    ...(block.values ? { values: block.values.slice(from, to) } : {}),
    ...(block.formulas ? { formulas: block.formulas.slice(from, to) } : {}),
    ...(block.results ? { results: block.results.slice(from, to) } : {}),
  };
}

/** Estimated payload of a block: its cells as JSON (or the one R1C1 formula), its format, style. */
function blockBytes(block: PlanBlock, sharedFormula: string | null): number {
  const cells =
    sharedFormula !== null
      ? sharedFormula.length
      : JSON.stringify(block.formulas ?? block.values ?? []).length;
  const format =
    uniformNumberFormat(block) === null ? JSON.stringify(block.values ?? []).length : 20;
  const style = block.style ? 12 * COMMAND_BYTES : 0;
  return COMMAND_BYTES * 3 + cells + format + style;
}

/**
 * Literal values go through `values` after the text cells are formatted as text ("@"), so a region
 * called "=A1" or "1,5" stays text; formulas go only through `formulas`, or as one R1C1 formula
 * for the whole range when every cell has the same one (`formulasR1C1` fills the range from it).
 */
export function writeBlock(
  sheet: Excel.Worksheet,
  block: PlanBlock,
  sharedFormula: string | null = null
): void {
  const { rows: height, columns: width } = blockSize(block);
  if (height === 0 || width === 0) return;
  const range = sheet.getRangeByIndexes(block.row, block.col, height, width);
  const format = block.numberFormat ?? "General";
  const uniform = uniformNumberFormat(block);
  if (block.sharedFormulas) {
    // Every column of the range shares sharedFormula (sharedFormulaCommands cuts the runs).
    setNumberFormat(range, format);
    (range as unknown as { formulasR1C1: string }).formulasR1C1 =
      sharedFormula ?? block.sharedFormulas.r1c1[0];
  } else if (block.formulas) {
    setNumberFormat(range, format);
    if (sharedFormula !== null && height * width > 1)
      // The typings only know the 2-D form; one value fills the range as for numberFormat.
      (range as unknown as { formulasR1C1: string }).formulasR1C1 = sharedFormula;
    else range.formulas = block.formulas.map((r) => [...r]);
  } else if (block.values) {
    setNumberFormat(
      range,
      uniform ?? block.values.map((r) => r.map((v) => (typeof v === "string" ? "@" : format)))
    );
    // null would mean "leave the cell as it is" to Office.js; the plan means an empty cell.
    range.values = block.values.map((r) => r.map((v) => (v === null ? "" : v)));
  }
  if (block.style) applyStyle(range, block.style, height, width);
}

function applyStyle(range: Excel.Range, style: CellStyle, height: number, width: number): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.fontSize) f.font.size = style.fontSize;
  if (style.fill) f.fill.color = style.fill;
  if (style.horizontalAlignment) f.horizontalAlignment = style.horizontalAlignment;
  if (style.wrapText !== undefined) f.wrapText = style.wrapText;
  if (style.border) {
    // String forms of the enums, so that no Excel.* value is needed at run time.
    const edges: (
      "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical"
    )[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (height > 1) edges.push("InsideHorizontal");
    if (width > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = f.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOR;
    }
  }
}

/**
 * One chart of the plan, the same description the xlsx writer draws: a command that adds it, then
 * one per coloured or labelled point (a 10,000-bar chart may span requests; the chart object
 * queued in the first stays usable in the next ones of the same Excel.run).
 */
function chartCommands(sheet: Excel.Worksheet, sheetName: string, chart: ChartPlan): Command[] {
  const points: ((obj: Excel.Chart) => void)[] = [];
  let obj: Excel.Chart | null = null;
  const add = () => {
    obj =
      chart.kind === "bar"
        ? writeBarChart(sheet, chart, points)
        : chart.kind === "whisker"
          ? writeWhiskerChart(sheet, chart)
          : writeScatterChart(sheet, sheetName, chart, points);
    obj.title.text = chart.title;
    place(obj, chart.anchor);
  };
  // The number of per-point steps is known from the plan, so their commands exist before the
  // chart does; adding the chart fills `points` in the same order.
  const perPoint =
    chart.kind === "bar"
      ? chart.pointColors.length
      : chart.kind === "whisker"
        ? 0
        : chart.series.reduce((n, s) => n + (s.labels ? cellCount(s.labels) : 0), 0);
  const out: Command[] = [{ bytes: 20 * COMMAND_BYTES, queue: add }];
  for (let i = 0; i < perPoint; i++)
    out.push({ bytes: 2 * COMMAND_BYTES, queue: () => points[i](obj!) });
  return out;
}

function cellCount(range: string): number {
  const r = parseAddress(range);
  return r.rows * r.cols;
}

function place(obj: Excel.Chart, anchor: ChartAnchor): void {
  const { row, col, width, height } = anchor;
  obj.setPosition(cellAddress(row, col), cellAddress(row + height - 1, col + width - 1));
}

/** A step queued for one data point, after the chart exists. */
type PointStep = (chart: Excel.Chart) => void;

/**
 * The bar chart of the index by region: one series over the plan's values range with the region
 * names as categories, each bar in its group's colour (one step per bar), first category at the top.
 */
function writeBarChart(
  sheet: Excel.Worksheet,
  chart: BarChartPlan,
  points: PointStep[]
): Excel.Chart {
  const obj = sheet.charts.add("BarClustered", sheet.getRange(chart.values), "Columns");
  obj.legend.visible = false;
  const series = obj.series.getItemAt(0);
  series.setXAxisValues(sheet.getRange(chart.categories));
  chart.pointColors.forEach((color, i) =>
    points.push(() => series.points.getItemAt(i).format.fill.setSolidColor(color))
  );
  obj.axes.categoryAxis.reversePlotOrder = true;
  return obj;
}

/**
 * The rank intervals (issue 15), the description the xlsx writer draws too: stacked columns of
 * an invisible 5th percentile and the interval's width, the median and the rating's rank as
 * markers without lines, the value axis reversed so rank 1 is at the top.
 */
function writeWhiskerChart(sheet: Excel.Worksheet, chart: WhiskerChartPlan): Excel.Chart {
  const obj = sheet.charts.add("ColumnStacked", sheet.getRange(chart.low), "Columns");
  obj.legend.position = "Bottom";
  const low = obj.series.getItemAt(0);
  low.name = chart.names[0];
  low.setXAxisValues(sheet.getRange(chart.categories));
  low.format.fill.clear();
  const span = obj.series.add(chart.names[1]);
  span.setValues(sheet.getRange(chart.span));
  span.format.fill.setSolidColor(WHISKER_COLORS.span);
  span.gapWidth = 60;
  [chart.median, chart.nominal].forEach((range, i) => {
    const marker = obj.series.add(chart.names[2 + i]);
    marker.setValues(sheet.getRange(range));
    marker.chartType = "LineMarkers";
    marker.format.line.lineStyle = "None";
    marker.markerStyle = i === 0 ? "Dash" : "Diamond";
    marker.markerBackgroundColor = i === 0 ? WHISKER_COLORS.median : WHISKER_COLORS.nominal;
    marker.markerForegroundColor = i === 0 ? WHISKER_COLORS.median : WHISKER_COLORS.nominal;
  });
  obj.legend.legendEntries.getItemAt(0).visible = false;
  obj.axes.valueAxis.reversePlotOrder = true;
  obj.axes.valueAxis.title.text = chart.axisTitle;
  return obj;
}

/**
 * The growth-poles matrix (ExcelApi 1.8): a series per plan series from its x and y ranges;
 * labelled points get a label per point linked to its cell (a data label's formula), so a region
 * renamed on the sheet is renamed on the chart; threshold lines are lines without markers.
 */
function writeScatterChart(
  sheet: Excel.Worksheet,
  sheetName: string,
  chart: ScatterChartPlan,
  points: PointStep[]
): Excel.Chart {
  const [first] = chart.series;
  if (!first) throw new Error(`the chart "${chart.title}" has no series`);
  const obj = sheet.charts.add("XYScatter", sheet.getRange(first.y), "Columns");
  obj.legend.position = "Bottom";
  obj.axes.valueAxis.title.text = chart.yTitle;
  obj.axes.categoryAxis.title.text = chart.xTitle;
  // On a scatter chart the horizontal (x) axis is the category axis.
  if (chart.xMin !== undefined) obj.axes.categoryAxis.minimum = chart.xMin;
  if (chart.xMax !== undefined) obj.axes.categoryAxis.maximum = chart.xMax;
  chart.series.forEach((plan, i) => {
    const series = i === 0 ? obj.series.getItemAt(0) : obj.series.add(plan.name);
    series.name = plan.name;
    series.setXAxisValues(sheet.getRange(plan.x));
    series.setValues(sheet.getRange(plan.y));
    if (plan.line) {
      series.chartType = "XYScatterLinesNoMarkers";
      series.markerStyle = "None";
      if (plan.color) series.format.line.color = plan.color;
      series.format.line.lineStyle = "Dash";
    } else {
      series.markerStyle = "Circle";
      if (plan.color) {
        series.markerBackgroundColor = plan.color;
        series.markerForegroundColor = plan.color;
      }
    }
    if (plan.labels)
      points.push(...labelsFromCells(sheetName, series, plan.labels, plan.labelPositions));
  });
  return obj;
}

/** Excel's names of the places a label stands beside its marker. */
const DATA_LABEL_POSITION: Record<LabelPosition, "Right" | "Left" | "Top" | "Bottom"> = {
  right: "Right",
  left: "Left",
  above: "Top",
  below: "Bottom",
};

/** Each point's label is the formula ='Sheet'!$A$n of its cell in the labels range. */
function labelsFromCells(
  sheetName: string,
  series: Excel.ChartSeries,
  labels: string,
  positions: readonly LabelPosition[] = []
): PointStep[] {
  const r = parseAddress(labels);
  const prefix = sheetPrefix(sheetName);
  return Array.from({ length: r.rows * r.cols }, (_, i) => () => {
    const row = r.row + (r.cols === 1 ? i : 0);
    const col = r.col + (r.cols === 1 ? 0 : i);
    const point = series.points.getItemAt(i);
    point.hasDataLabel = true;
    point.dataLabel.formula = `=${prefix}$${columnLetters(col)}$${row + 1}`;
    point.dataLabel.position = DATA_LABEL_POSITION[positions[i] ?? "right"];
  });
}

/** Loads the runtime with the document so that custom functions do not wait for the pane. */
export async function loadRuntimeAtStartup(): Promise<boolean> {
  try {
    await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    return true;
  } catch {
    return false; // hosts without SharedRuntime 1.1 keep the default (load on demand)
  }
}

/** The port the task pane uses, backed by Office.js. */
export const excelWorkbook: WorkbookPort = {
  readSelection: () => readSelection(),
  selectCell: (sheet, row, col) => selectCell(sheet, row, col),
  writePlan: (plan, onProgress) => writePlan(plan, onProgress),
  writeTable: (name, values) => writeTable(name, values),
};
