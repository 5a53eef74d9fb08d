/**
 * The Office.js adapter against office-addin-mock: what it writes (values, formulas, formats),
 * how many context.sync() calls it makes (the same for 16 and 2,000 regions), that text stays
 * text, that it loads only what it reads, and that a failed write removes only the sheet it added.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the rest of that
// package loads an ES-module-only dependency (strip-bom, via @microsoft/app-manifest) that jest's
// CommonJS runtime on Node 20 cannot require. The enum's own module is all the mock needs.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
import type {
  BarChartPlan,
  PlanBlock,
  ScatterChartPlan,
  SheetPlan,
  WorkbookPlan,
} from "../src/sheet/plan/plan-types";
import {
  CELLS_PER_READ,
  readSelection,
  REQUEST_BUDGET,
  selectCell,
  SYNCS_PER_WRITE,
  uniformNumberFormat,
  writePlan,
} from "../src/office/excel-workbook";
import { fromR1C1 } from "../src/office/r1c1";
import { describeOfficeError } from "../src/office/errors";
import {
  buildRatingPlan,
  expandBlock,
  joinTables,
  rateYear,
  readYearbookTable,
} from "../src/sheet";
import { sampleGrid, table6 } from "./browser/sample-grids";

/** Everything the mock workbook records. */
interface Recorded {
  ranges: { sheet: string; row: number; col: number; rows: number; cols: number; range: any }[];
  charts: any[];
  conditional: { range: string; type: string; formula?: string; fill?: string }[];
  activated: string[];
  deleted: string[];
  selected: { sheet: string; row: number; col: number }[];
  loads: string[];
  /** Every property set on a range, in the order the writer queued it, with the syncs before it. */
  order: { sheet: string; row: number; col: number; prop: string; syncs: number; bytes: number }[];
  /** Syncs made before each calculation suspension was queued. */
  suspended: number[];
  /** The options of each Excel.run (null: none). */
  runs: (Record<string, unknown> | null)[];
  /** The merged areas as Excel makes them: merge(true) merges each row of the range apart. */
  merges: { sheet: string; row: number; col: number; rows: number; cols: number }[];
}

interface MockSheet {
  name: string;
  id: string;
}

/**
 * An Excel global built from OfficeMockObject. Sheets the add-in adds come from a pool declared
 * in the object model, so the mock's load/sync gives them their ids only after a sync.
 */
function excelMock(existing: string[], opts: { failOnSync?: number | number[] } = {}) {
  const rec: Recorded = {
    ranges: [],
    charts: [],
    conditional: [],
    activated: [],
    deleted: [],
    selected: [],
    loads: [],
    order: [],
    suspended: [],
    runs: [],
    merges: [],
  };
  const sheets: MockSheet[] = existing.map((name, i) => ({ name, id: `user-${i}` }));
  let syncs = 0;
  const pool: Record<string, unknown> = {};
  const poolSize = 4;

  const makeRange = (sheet: string, row: number, col: number, rows: number, cols: number) => {
    const edges: Record<string, { style?: string; color?: string }> = {};
    const range = new OfficeMockObject({
      format: { font: {}, fill: {}, borders: { getItem: (edge: string) => (edges[edge] ??= {}) } },
      merge(across: boolean) {
        this.merged = { across };
        if (across)
          for (let r = 0; r < rows; r++)
            rec.merges.push({ sheet, row: row + r, col, rows: 1, cols });
        else rec.merges.push({ sheet, row, col, rows, cols });
      },
      select() {
        rec.selected.push({ sheet, row, col });
      },
    }) as any;
    range.edges = edges;
    // office-addin-mock applies a set at once; the order of the sets is what Excel would run.
    const logged = new Proxy(range, {
      set(target, prop, value) {
        rec.order.push({
          sheet,
          row,
          col,
          prop: String(prop),
          syncs,
          bytes: JSON.stringify(value ?? null).length,
        });
        target[prop] = value;
        return true;
      },
    });
    rec.ranges.push({ sheet, row, col, rows, cols, range: logged });
    return logged;
  };

  const freezes: Record<string, unknown> = {};
  const sheetObject = (data: MockSheet) => ({
    horizontalPageBreaks: {
      add(range: unknown) {
        const at = rec.ranges.find((r) => r.range === range)!;
        (((rec as any).rowBreaks ??= {})[data.name] ??= []).push(at.row);
      },
    },
    verticalPageBreaks: {
      add(range: unknown) {
        const at = rec.ranges.find((r) => r.range === range)!;
        (((rec as any).colBreaks ??= {})[data.name] ??= []).push(at.col);
      },
    },
    pageLayout:
      ((rec as any).pageLayouts ??= {})[data.name] ?? ((rec as any).pageLayouts[data.name] = {}),
    activate() {
      rec.activated.push(data.name);
    },
    delete() {
      rec.deleted.push(data.name);
      sheets.splice(sheets.indexOf(data), 1);
    },
    getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
      return makeRange(data.name, row, col, rows, cols);
    },
    getRange(address: string) {
      return {
        address,
        conditionalFormats: {
          add(type: string) {
            const entry: { range: string; type: string; formula?: string; fill?: string } = {
              range: address,
              type,
            };
            rec.conditional.push(entry);
            return {
              custom: {
                rule: {
                  set formula(f: string) {
                    entry.formula = f;
                  },
                },
                format: {
                  fill: {
                    set color(c: string) {
                      entry.fill = c;
                    },
                  },
                  font: {},
                },
              },
            };
          },
        },
      };
    },
    freezePanes: {
      freezeAt(this: any, range: any) {
        const r = rec.ranges.find((x) => x.range === range)!;
        freezes[data.name] = [r.row, r.col, r.rows, r.cols];
      },
      // As freezeAt records them: [row, col, rows, columns] of the frozen area.
      freezeRows(n: number) {
        freezes[data.name] = [0, 0, n, 0];
      },
      freezeColumns(n: number) {
        freezes[data.name] = [0, 0, 0, n];
      },
    },
    charts: {
      add(type: string, source: any, seriesBy: string) {
        const makeSeries = (name?: string) => {
          const points: any[] = [];
          const series: any = {
            name,
            format: { line: {} },
            pointList: points,
            setXAxisValues(r: any) {
              series.x = r.address;
            },
            setValues(r: any) {
              series.y = r.address;
            },
            points: {
              getItemAt: (i: number) =>
                (points[i] ??= {
                  dataLabel: {},
                  format: {
                    fill: {
                      setSolidColor(this: any, c: string) {
                        this.color = c;
                      },
                    },
                  },
                }),
            },
          };
          return series;
        };
        const seriesList = [makeSeries()];
        seriesList[0].y = source.address;
        const chart: any = {
          type,
          source: source.address,
          seriesBy,
          title: {},
          legend: {},
          axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
          series: {
            getItemAt: (i: number) => seriesList[i],
            add: (name: string) => {
              const added = makeSeries(name);
              seriesList.push(added);
              return added;
            },
          },
          seriesList,
          get categories() {
            return seriesList[0].x;
          },
          points: seriesList[0].pointList,
          setPosition(start: string, end: string) {
            chart.position = [start, end];
          },
        };
        rec.charts.push(chart);
        return chart;
      },
    },
  });

  for (let i = 0; i < poolSize; i++) pool[`p${i}`] = { id: `added-${i}` };
  let used = 0;

  const data = {
    context: {
      workbook: {
        application: {
          suspendApiCalculationUntilNextSync() {
            rec.suspended.push(syncs);
          },
        },
        worksheets: {
          pool,
          // office-addin-mock cannot load "items/name" over an array: the collection loads itself.
          load(this: any, what: string) {
            rec.loads.push(`worksheets:${what}`);
            this.items = sheets.map((s) => ({ name: s.name }));
          },
          add(this: any, name: string) {
            const slot = this.pool[`p${used++}`];
            const data = { name, id: `added-${used - 1}` };
            sheets.push(data);
            return Object.assign(slot, sheetObject(data));
          },
          getItem(key: string) {
            const found = sheets.find((s) => s.id === key || s.name === key);
            if (!found) throw new Error(`no sheet ${key}`);
            return sheetObject(found);
          },
        },
      },
    },
    // Excel.run(batch) or Excel.run(options, batch), as Office.js takes them.
    async run(first: any, second?: any) {
      rec.runs.push(typeof first === "function" ? null : first);
      return (typeof first === "function" ? first : second)(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as any;
  const context = mock.context;
  const realSync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    if ([opts.failOnSync].flat().includes(syncs)) {
      const error: any = new Error("The request payload size has exceeded the limit.");
      error.code = "RequestPayloadSizeLimitExceeded";
      throw error;
    }
    await realSync();
  };
  return { mock, rec, sheets, freezes, syncCount: () => syncs };
}

/** A plan shaped like the rating sheet's: names, an input block, formula blocks, a legend, a chart. */
function syntheticPlan(regions: number, name = "Rating 2010"): WorkbookPlan {
  const first = 3;
  const names = Array.from({ length: regions }, (_, i) => [
    i === 0 ? '=HYPERLINK("x")' : i === 1 ? "1,5" : `Region ${i + 1}`,
  ]);
  const inputs = Array.from({ length: regions }, (_, i) => [1000 + i, 2 + i / 10, null]);
  const end = first + regions;
  const formulas = Array.from({ length: regions }, (_, i) => [
    `=B${first + i + 1}/MAX($B$${first + 1}:$B$${end})*100`,
    `=RANK.EQ(E${first + i + 1},$E$${first + 1}:$E$${end})`,
  ]);
  const blocks: PlanBlock[] = [
    {
      row: 0,
      col: 0,
      values: [["Innovation development rating, 2010"]],
      style: { bold: true, fontSize: 14 },
      role: "title",
    },
    {
      row: 2,
      col: 0,
      values: [["Region", "GRP", "Employed", "Note", "Index", "Rank"]],
      style: { bold: true, fill: "#DDEBF7", border: true, wrapText: true },
      role: "header",
    },
    { row: first, col: 0, values: names, role: "region" },
    { row: first, col: 1, values: inputs, numberFormat: "#,##0.0", role: "inputs" },
    {
      row: first,
      col: 4,
      formulas,
      results: formulas.map((_, i) => [100 - i * 0.01, i + 1]),
      numberFormat: "0.00",
      style: { border: true },
      role: "index",
    },
    {
      row: end + 1,
      col: 0,
      values: [
        ["A++", 90, "super-high"],
        ["D", 0, "unsatisfactory"],
      ],
      role: "legend",
    },
  ];
  return {
    sheets: [
      {
        name,
        blocks,
        columnWidths: [
          { col: 0, width: 24 },
          { col: 4, width: 10 },
        ],
        freeze: { rows: 3, columns: 1 },
        merges: [{ row: 0, col: 0, rows: 1, columns: 6 }],
        charts: [
          {
            kind: "bar",
            title: "Index by region",
            categories: `A${first + 1}:A${end}`,
            values: `E${first + 1}:E${end}`,
            pointColors: Array.from({ length: regions }, (_, i) => (i % 2 ? "#70AD47" : "#4472C4")),
            anchor: { row: 2, col: 8, width: 8, height: 20 },
          },
        ],
      },
    ],
  };
}

/** The formulas a range got, cell by cell, whether sent as A1 formulas or as one R1C1 formula. */
function writtenFormulas(r: Recorded["ranges"][number]): string[][] | undefined {
  const shared = r.range.formulasR1C1;
  if (typeof shared !== "string") return r.range.formulas;
  return Array.from({ length: r.rows }, (_, i) =>
    Array.from({ length: r.cols }, (_, j) => fromR1C1(shared, r.row + i, r.col + j))
  );
}

/** Cell content as planned: "v:" + value (null as "") or "f:" + formula, with its number format. */
function plannedCells(sheet: SheetPlan): Map<string, string> {
  const cells = new Map<string, string>();
  for (const block of sheet.blocks) {
    // One format for the block where it has one (empty cells take it too), else per cell.
    const uniform = uniformNumberFormat(block);
    const b = expandBlock(block);
    (b.formulas ?? b.values ?? []).forEach((line, i) =>
      line.forEach((v, j) => {
        const fmt = uniform ?? (typeof v === "string" ? "@" : (b.numberFormat ?? "General"));
        const content = b.formulas ? `f:${v}` : `v:${JSON.stringify(v ?? "")}`;
        cells.set(`${b.row + i},${b.col + j}`, `${content} ${fmt}`);
      })
    );
  }
  return cells;
}

/** What the writer sent, cell by cell, in the same form, whatever the ranges and requests were. */
function writtenCells(rec: Recorded, sheet: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const r of rec.ranges) {
    if (r.sheet !== sheet) continue;
    const { values, numberFormat } = r.range;
    const formulas = writtenFormulas(r);
    if (values === undefined && formulas === undefined) continue;
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) {
        const fmt = typeof numberFormat === "string" ? numberFormat : numberFormat[i][j];
        const content = formulas ? `f:${formulas[i][j]}` : `v:${JSON.stringify(values[i][j])}`;
        // Later blocks overwrite earlier ones (the legend's group colours), as in the plan.
        cells.set(`${r.row + i},${r.col + j}`, `${content} ${fmt}`);
      }
  }
  return cells;
}

/** Cell maps compared entry by entry (jest's deep equality is slow on 100,000-entry maps). */
function expectSameCells(written: Map<string, string>, planned: Map<string, string>): void {
  const differ = [...planned].filter(([k, v]) => written.get(k) !== v).slice(0, 5);
  expect(differ.map(([k, v]) => `${k}: planned ${v}, written ${written.get(k)}`)).toEqual([]);
  expect(written.size).toBe(planned.size);
}

function rangeAt(rec: Recorded, sheet: string, row: number, col: number) {
  const found = rec.ranges.filter(
    (r) =>
      r.sheet === sheet &&
      r.row === row &&
      r.col === col &&
      (r.range.values !== undefined ||
        r.range.formulas !== undefined ||
        r.range.formulasR1C1 !== undefined)
  );
  expect(found).toHaveLength(1);
  return found[0];
}

describe("writePlan", () => {
  afterEach(() => {
    delete (globalThis as any).Excel;
  });

  test("one undo step where Excel allows it (ExcelApi 1.20), calculation suspended while formulas go in", async () => {
    const { mock, rec } = excelMock(["Sheet1"]);
    (globalThis as any).Excel = mock;
    const merged = await writePlan(syntheticPlan(16), undefined, undefined, true);
    expect(rec.runs).toEqual([{ mergeUndoGroup: true }]);
    expect(merged.undoGroup).toBe(true);
    // Queued in the write request (after the names and the adding syncs), before its formulas.
    expect(rec.suspended).toEqual([2]);
    const firstFormula = rec.order.find((o) => o.prop === "formulas")!;
    expect(firstFormula.syncs).toBe(2);

    // Without ExcelApi 1.20 (here: no Office at all) the write is as before, and says so.
    const older = excelMock(["Sheet1"]);
    (globalThis as any).Excel = older.mock;
    const plain = await writePlan(syntheticPlan(16));
    expect(older.rec.runs).toEqual([null]);
    expect(plain.undoGroup).toBe(false);
  });

  test("a write Excel cannot group for undo is done again without the group, leaving nothing behind", async () => {
    const { mock, rec, sheets } = excelMock(["Sheet1"]);
    (globalThis as any).Excel = mock;
    const realSync = mock.context.sync;
    // The third sync (the write) is refused as Excel refuses a command it cannot undo.
    let calls = 0;
    mock.context.sync = async () => {
      calls++;
      if (calls === 3) {
        const error: any = new Error("This operation cannot be undone.");
        error.code = "UndoNotSupported";
        throw error;
      }
      return realSync();
    };
    const result = await writePlan(syntheticPlan(16), undefined, undefined, true);
    expect(rec.runs).toEqual([{ mergeUndoGroup: true }, null, null]);
    expect(result.undoGroup).toBe(false);
    expect(rec.deleted).toEqual(["Rating 2010"]);
    expect(sheets.map((s) => s.name)).toEqual(["Sheet1", "Rating 2010"]);
  });

  // Issue 16: merge(true) for a whole-block merge, or frozen rows frozen as columns, passed every test.
  test.each([
    [{ rows: 3, columns: 0 }, [0, 0, 3, 0]],
    [{ rows: 0, columns: 2 }, [0, 0, 0, 2]],
    [{ rows: 4, columns: 1 }, [0, 0, 4, 1]],
  ])("merges each planned area whole and freezes %p as planned", async (freeze, frozen) => {
    const { mock, rec, freezes } = excelMock(["Sheet1"]);
    (globalThis as any).Excel = mock;
    const plan = syntheticPlan(16);
    const merges = [
      { row: 0, col: 0, rows: 2, columns: 6 },
      { row: 40, col: 2, rows: 3, columns: 2 },
    ];
    plan.sheets[0] = { ...plan.sheets[0], freeze, merges };
    await writePlan(plan);
    const name = rec.merges[0]?.sheet;
    expect(rec.merges).toEqual(
      merges.map((m) => ({ sheet: name, row: m.row, col: m.col, rows: m.rows, cols: m.columns }))
    );
    expect(freezes).toEqual({ [name]: frozen });
  });

  test("writes values as values, formulas as formulas, with the plan's formats", async () => {
    const { mock, rec, sheets, freezes, syncCount } = excelMock(["Sheet1", "Rating 2010"]);
    (globalThis as any).Excel = mock;
    const plan = syntheticPlan(16);
    const steps: string[] = [];
    const result = await writePlan(plan, (p) => steps.push(p.step));

    // The wanted name is taken, so a new one is picked; the user's sheets are all still there.
    expect(result.sheetNames).toEqual(["Rating 2010 (2)"]);
    expect(sheets.map((s) => s.name)).toEqual(["Sheet1", "Rating 2010", "Rating 2010 (2)"]);
    expect(rec.deleted).toEqual([]);
    expect(rec.activated).toEqual(["Rating 2010 (2)"]);
    expect(rec.loads).toEqual(["worksheets:items/name"]);
    expect(steps[steps.length - 1]).toBe("done");

    const sheet = "Rating 2010 (2)";
    // Region names: text format set, then literal values; "=HYPERLINK(...)" stays a value.
    const names = rangeAt(rec, sheet, 3, 0);
    expect([names.rows, names.cols]).toEqual([16, 1]);
    expect(names.range.values[0]).toEqual(['=HYPERLINK("x")']);
    expect(names.range.values[1]).toEqual(["1,5"]);
    // One format for the whole block (applied by Excel to every cell), not one per cell.
    expect(names.range.numberFormat).toBe("@");
    expect(names.range.formulas).toBeUndefined();

    // Inputs: numbers keep the block's format; a null is written as an empty cell, not skipped.
    const inputs = rangeAt(rec, sheet, 3, 1);
    expect(inputs.range.values[2]).toEqual([1002, 2.2, ""]);
    expect(inputs.range.numberFormat).toBe("#,##0.0");

    // Formulas only through `formulas`, never through `values`.
    const index = rangeAt(rec, sheet, 3, 4);
    expect([index.rows, index.cols]).toEqual([16, 2]);
    expect(index.range.values).toBeUndefined();
    expect(index.range.formulas[0]).toEqual(["=B4/MAX($B$4:$B$19)*100", "=RANK.EQ(E4,$E$4:$E$19)"]);
    expect(index.range.numberFormat).toBe("0.00");
    // A block mixing text and numbers still gets a format per cell: its text stays text.
    const mixed = rangeAt(rec, sheet, 20, 0);
    expect(mixed.range.numberFormat).toEqual([
      ["@", "General", "@"],
      ["@", "General", "@"],
    ]);
    expect(Object.keys(index.range.edges).sort()).toEqual([
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "EdgeTop",
      "InsideHorizontal",
      "InsideVertical",
    ]);
    expect(index.range.edges.EdgeTop.style).toBe("Continuous");

    const header = rangeAt(rec, sheet, 2, 0);
    expect(header.range.format.font.bold).toBe(true);
    expect(header.range.format.fill.color).toBe("#DDEBF7");
    expect(header.range.format.wrapText).toBe(true);
    expect(rangeAt(rec, sheet, 0, 0).range.format.font.size).toBe(14);

    // Widths, merge, freeze.
    const widths = rec.ranges
      .filter((r) => r.range.format.columnWidth !== undefined)
      .map((r) => [r.col, r.range.format.columnWidth]);
    expect(widths).toEqual([
      [0, 129.75],
      [4, 56.25],
    ]);
    // freezeAt over the header rows and the region column: [row, col, rows, cols]
    expect(freezes).toEqual({ "Rating 2010 (2)": [0, 0, 3, 1] });
    expect(rec.ranges.find((r) => r.range.merged)).toMatchObject({
      row: 0,
      col: 0,
      rows: 1,
      cols: 6,
    });
    const legend = rangeAt(rec, sheet, 20, 0);
    expect(legend.range.values).toEqual([
      ["A++", 90, "super-high"],
      ["D", 0, "unsatisfactory"],
    ]);

    // The chart: the index column by region, coloured by group, highest first, anchored.
    expect(rec.charts).toHaveLength(1);
    const chart = rec.charts[0];
    expect(chart).toMatchObject({
      type: "BarClustered",
      source: "E4:E19",
      categories: "A4:A19",
      seriesBy: "Columns",
    });
    expect(chart.title.text).toBe("Index by region");
    expect(chart.legend.visible).toBe(false);
    expect(chart.axes.categoryAxis.reversePlotOrder).toBe(true);
    expect(chart.points.map((p: any) => p.format.fill.color)).toEqual(
      (plan.sheets[0].charts![0] as BarChartPlan).pointColors
    );
    expect(chart.position).toEqual(["I3", "P22"]);

    expect(result.syncs).toBe(SYNCS_PER_WRITE);
    expect(syncCount()).toBe(SYNCS_PER_WRITE);
  });

  test("a scatter chart: series from ranges, labels linked to their cells, threshold lines", async () => {
    const { mock, rec } = excelMock(["Poles"]);
    (globalThis as any).Excel = mock;
    const plan = syntheticPlan(16, "Poles");
    const scatter: ScatterChartPlan = {
      kind: "scatter",
      title: "Growth poles",
      xTitle: "Index",
      yTitle: "IT share",
      series: [
        {
          name: "Regions",
          x: "E4:E19",
          y: "F4:F19",
          labels: "A4:A19",
          labelPositions: Array.from(
            { length: 16 },
            (_, i) => (["right", "left", "above", "below"] as const)[i % 4]
          ),
          color: "#4472C4",
        },
        { name: "Minimum IT share", x: "H1:H2", y: "I1:I2", color: "#C00000", line: true },
      ],
      anchor: { row: 30, col: 1, width: 10, height: 20 },
    };
    plan.sheets[0].charts = [scatter];
    plan.sheets[0].rowBreaks = [29];
    plan.sheets[0].colBreaks = [7, 12];
    await writePlan(plan);
    expect(rec.charts).toHaveLength(1);
    // The page break above the chart, at the plan's row.
    expect((rec as any).rowBreaks).toEqual({ "Poles (2)": [29] });
    expect((rec as any).colBreaks).toEqual({ "Poles (2)": [7, 12] });
    const chart = rec.charts[0];
    expect(chart.type).toBe("XYScatter");
    expect(chart.title.text).toBe("Growth poles");
    expect(chart.axes.categoryAxis.title.text).toBe("Index");
    expect(chart.axes.valueAxis.title.text).toBe("IT share");
    expect(chart.position).toEqual(["B31", "K50"]);
    const [points, line] = chart.seriesList;
    expect(chart.seriesList).toHaveLength(2);
    expect(points).toMatchObject({
      name: "Regions",
      x: "E4:E19",
      y: "F4:F19",
      markerStyle: "Circle",
    });
    // The sheet was renamed ("Poles" is the user's): the labels follow the written sheet.
    expect(points.pointList.map((p: any) => p.dataLabel.formula)).toEqual(
      Array.from({ length: 16 }, (_, i) => `='Poles (2)'!$A$${i + 4}`)
    );
    expect(points.pointList.every((p: any) => p.hasDataLabel === true)).toBe(true);
    // Each label where the plan placed it (label-placement.ts), in Excel's names.
    expect(points.pointList.map((p: any) => p.dataLabel.position)).toEqual(
      Array.from({ length: 16 }, (_, i) => ["Right", "Left", "Top", "Bottom"][i % 4])
    );
    expect(line).toMatchObject({
      name: "Minimum IT share",
      x: "H1:H2",
      y: "I1:I2",
      chartType: "XYScatterLinesNoMarkers",
      markerStyle: "None",
    });
    expect(line.format.line).toEqual({ color: "#C00000", lineStyle: "Dash" });
    expect(line.pointList).toHaveLength(0);
  });

  test("the number of syncs is the same for 16 and for 2,000 regions", async () => {
    const counts: Record<number, number> = {};
    for (const n of [16, 2000]) {
      const { mock, rec, syncCount } = excelMock(["Sheet1"]);
      (globalThis as any).Excel = mock;
      const result = await writePlan(syntheticPlan(n));
      counts[n] = syncCount();
      expect(result.syncs).toBe(syncCount());
      // Whole ranges: the region column is one range of n rows, not n cells.
      expect(rangeAt(rec, "Rating 2010", 3, 0).rows).toBe(n);
      expect(rec.charts[0].points).toHaveLength(n);
    }
    expect(counts).toEqual({ 16: 3, 2000: 3 });
  });

  test("a failed write deletes only the sheet it added and rethrows", async () => {
    const { mock, rec, sheets, syncCount } = excelMock(["Data", "Other"], { failOnSync: 3 });
    (globalThis as any).Excel = mock;
    const failure = writePlan(syntheticPlan(16));
    await expect(failure).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
      restored: true,
    });
    await expect(failure).rejects.toThrow(
      /Writing the rating sheet failed: The request payload size has exceeded the limit\..*deleted again; the workbook is as it was/
    );
    expect(rec.deleted).toEqual(["Rating 2010"]);
    expect(sheets.map((s) => s.name)).toEqual(["Data", "Other"]);
    // names, add, failed write, then one sync of the clean-up batch
    expect(syncCount()).toBe(4);
  });

  test("when even the clean-up fails, the message asks for the sheet to be deleted by hand", async () => {
    const { mock, sheets } = excelMock(["Data"], { failOnSync: [3, 4] });
    (globalThis as any).Excel = mock;
    const failure = writePlan(syntheticPlan(16));
    await expect(failure).rejects.toMatchObject({ restored: false });
    await expect(failure).rejects.toThrow(
      /could not delete the sheet it had just added: delete it by hand/
    );
    // (The mock runs commands when called, not at sync, so its sheet list cannot show the leftover.)
    expect(sheets.map((s) => s.name)).toContain("Data");
  });

  test("a failed write never deletes the user's sheet of the same name: only what it added, by id", async () => {
    const { mock, rec, sheets } = excelMock(["Rating 2010", "Data"], { failOnSync: 3 });
    (globalThis as any).Excel = mock;
    const lookups: string[] = [];
    const worksheets = mock.context.workbook.worksheets;
    const getItem = worksheets.getItem.bind(worksheets);
    worksheets.getItem = (key: string) => {
      lookups.push(key);
      return getItem(key);
    };
    await expect(writePlan(syntheticPlan(16, "Rating 2010"))).rejects.toMatchObject({
      restored: true,
    });
    // The clean-up looked sheets up by the ids the add-in got back, never by a name.
    expect(lookups).toEqual(["added-0"]);
    expect(rec.deleted).toEqual(["Rating 2010 (2)"]);
    expect(sheets.map((s) => s.name)).toEqual(["Rating 2010", "Data"]);
    // Nothing was written, activated or deleted on the user's sheets.
    expect(rec.ranges.filter((r) => r.sheet !== "Rating 2010 (2)")).toEqual([]);
    expect(rec.activated).toEqual(["Rating 2010 (2)"]);
  });

  test("a failure before any sheet is added deletes nothing", async () => {
    const { mock, rec, sheets } = excelMock(["Data"], { failOnSync: 1 });
    (globalThis as any).Excel = mock;
    await expect(writePlan(syntheticPlan(3))).rejects.toThrow(
      /payload.*Nothing was added to the workbook/
    );
    expect(rec.deleted).toEqual([]);
    expect(sheets.map((s) => s.name)).toEqual(["Data"]);
  });
});

/** A sheet with a selection and a used range, as office-addin-mock objects. */
function readingMock(
  selection: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
  used: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number } | null
) {
  const asked: number[][] = [];
  const data = {
    context: {
      workbook: {
        selection,
        activeSheet: {
          name: "Таблица 2 2010",
          used: used ?? { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 },
          data: {
            values: [
              ["Регион", "ВРП"],
              ["Акмолинская", 585965.4],
            ],
            address: "'Таблица 2 2010'!B3:C4",
          },
          getUsedRangeOrNullObject() {
            return this.used;
          },
          getRangeByIndexes(r: number, c: number, h: number, w: number) {
            asked.push([r, c, h, w]);
            return this.data;
          },
        },
        getSelectedRange() {
          return this.selection;
        },
        worksheets: {
          getActiveWorksheet(this: any) {
            return data_.context.workbook.activeSheet;
          },
        },
      },
    },
    // Excel.run(batch) or Excel.run(options, batch), as Office.js takes them.
    async run(first: any, second?: any) {
      return (typeof first === "function" ? first : second)(this.context);
    },
  };
  const data_ = new OfficeMockObject(data) as any;
  // Office.js sets isNullObject on every *OrNullObject proxy at sync, loaded or not: not a mock property.
  data_.context.workbook.activeSheet.used.isNullObject = used === null;
  return { mock: data_, asked };
}

describe("readSelection", () => {
  afterEach(() => {
    delete (globalThis as any).Excel;
  });

  test("reads the selection, trimmed to the used range, with loaded values", async () => {
    const { mock, asked } = readingMock(
      { rowIndex: 2, columnIndex: 1, rowCount: 1048576, columnCount: 2 },
      { rowIndex: 0, columnIndex: 0, rowCount: 4, columnCount: 9 }
    );
    (globalThis as any).Excel = mock;
    const source = await readSelection();
    expect(asked).toEqual([[2, 1, 2, 2]]);
    expect(source).toEqual({
      sheet: "Таблица 2 2010",
      address: "B3:C4",
      row: 2,
      col: 1,
      values: [
        ["Регион", "ВРП"],
        ["Акмолинская", 585965.4],
      ],
      fromUsedRange: false,
    });
  });

  test("a single selected cell means the used range", async () => {
    const { mock, asked } = readingMock(
      { rowIndex: 7, columnIndex: 7, rowCount: 1, columnCount: 1 },
      { rowIndex: 0, columnIndex: 0, rowCount: 17, columnCount: 9 }
    );
    (globalThis as any).Excel = mock;
    const source = await readSelection();
    expect(asked).toEqual([[0, 0, 17, 9]]);
    expect(source.fromUsedRange).toBe(true);
  });

  test("a used range too large for one response is read in slices of whole rows", async () => {
    const step = CELLS_PER_READ / 2;
    const rows = 3 * step + 10;
    const { mock, asked } = readingMock(
      { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 },
      { rowIndex: 2, columnIndex: 1, rowCount: rows, columnCount: 2 }
    );
    (globalThis as any).Excel = mock;
    const source = await readSelection();
    expect(asked).toEqual([
      [2, 1, step, 2],
      [2 + step, 1, step, 2],
      [2 + 2 * step, 1, step, 2],
      [2 + 3 * step, 1, rows - 3 * step, 2],
    ]);
    // (The mock answers every slice with the same two rows.)
    expect(source.values).toHaveLength(8);
    expect(source.address).toBe(`B3:C${rows + 2}`);
  });

  test("a response over Excel on the web's limit gets a hint", () => {
    const error = Object.assign(new Error("The response payload size has exceeded the limit."), {
      code: "ResponsePayloadSizeLimitExceeded",
    });
    expect(describeOfficeError(error, "Reading the selection")).toMatch(
      /ResponsePayloadSizeLimitExceeded\) - the selected table is too large for one response/
    );
  });

  test("an empty sheet is a clear error", async () => {
    const { mock } = readingMock(
      { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 },
      null
    );
    (globalThis as any).Excel = mock;
    await expect(readSelection()).rejects.toThrow(/“Таблица 2 2010” is empty/);
    // The refusal carries its words as a key, so the pane says it in its own language.
    await expect(readSelection()).rejects.toMatchObject({
      key: "office.sheetEmpty",
      params: { sheet: "Таблица 2 2010" },
    });
  });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell", async () => {
    const { mock, rec } = excelMock(["Data"]);
    (globalThis as any).Excel = mock;
    await selectCell("Data", 4, 2);
    expect(rec.activated).toEqual(["Data"]);
    expect(rec.selected).toEqual([{ sheet: "Data", row: 4, col: 2 }]);
    delete (globalThis as any).Excel;
  });
});

describe("writing the real rating plan", () => {
  afterEach(() => {
    delete (globalThis as any).Excel;
  });

  /** Reader, rating and plan of the sheet module over a grid shaped like Table 2 plus Table 3. */
  function planFor(grids: unknown[][][], year: string, formulas: boolean) {
    const table = joinTables(grids.map((g) => readYearbookTable(g)));
    return buildRatingPlan([rateYear(table, { year })], { formulas });
  }

  /** n regions with the 2010 headers and figures that vary by region. */
  function bigGrids(n: number): unknown[][][] {
    const sus = sampleGrid("kz-2010-susceptibility.tsv");
    const act = sampleGrid("kz-2010-activity.tsv");
    const grow = (g: unknown[][]) => [
      g[0],
      ...Array.from({ length: n }, (_, i) =>
        g[1 + (i % 16)].map((v, c) =>
          c === 1 ? `Zone ${i + 1}` : typeof v === "number" && c > 1 ? v * (1 + (i % 97) / 1000) : v
        )
      ),
    ];
    return [grow(sus), grow(act)];
  }

  test("every block of the 2010 plan is written as planned, in the same 3 syncs for 16 and 2,000 regions", async () => {
    const counts: number[] = [];
    const formatPayload: number[] = [];
    for (const grids of [
      [sampleGrid("kz-2010-susceptibility.tsv"), sampleGrid("kz-2010-activity.tsv")],
      bigGrids(2000),
    ]) {
      const plan = planFor(grids, "2010", true);
      const { mock, rec, syncCount } = excelMock(["Таблица 2"]);
      (globalThis as any).Excel = mock;
      const result = await writePlan(plan);
      counts.push(syncCount());
      expect(result.sheetNames).toEqual(["2010"]);
      const sheet = plan.sheets[0];
      expectSameCells(writtenCells(rec, "2010"), plannedCells(sheet));
      // The number formats sent do not grow with the regions (whole-block single values).
      formatPayload.push(
        rec.ranges.reduce((n, r) => n + JSON.stringify(r.range.numberFormat ?? "").length, 0)
      );
      // One conditional-format rule per group and column, whatever the number of regions.
      expect(rec.conditional).toHaveLength(sheet.conditionalFormats!.length);
      expect(rec.conditional[0]).toMatchObject({
        range: sheet.conditionalFormats![0].range,
        formula: sheet.conditionalFormats![0].formula,
        fill: sheet.conditionalFormats![0].fill,
      });
    }
    expect(counts).toEqual([3, 3]);
    // (A block too large for a share of one request is sent in slices, one format string each.)
    expect(formatPayload[1]).toBeLessThan(formatPayload[0] + 50);
  });

  test("10,000 regions: every request under 4 MB, the sheet the same as one request would write", async () => {
    const plan = planFor(bigGrids(10_000), "2010", true);
    const { mock, rec, syncCount } = excelMock([]);
    (globalThis as any).Excel = mock;
    const result = await writePlan(plan);
    // What each request carried: the JSON of the values, formulas and formats set before its sync.
    const perRequest = new Map<number, number>();
    for (const o of rec.order)
      if (["values", "formulas", "formulasR1C1", "numberFormat"].includes(o.prop))
        perRequest.set(o.syncs, (perRequest.get(o.syncs) ?? 0) + o.bytes);
    const sizes = [...perRequest.values()];
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(5_000_000); // one request would be refused by Excel on the web
    expect(Math.max(...sizes)).toBeLessThan(4_000_000);
    expect(syncCount()).toBe(result.syncs);
    expect(result.syncs).toBe(2 + result.requestBytes!.length);
    expect(result.requestBytes!.every((b) => b <= REQUEST_BUDGET)).toBe(true);
    expectSameCells(writtenCells(rec, "2010"), plannedCells(plan.sheets[0]));
    // Every bar of the chart coloured, whichever request carried it.
    expect(rec.charts[0].points).toHaveLength(10_000);
    expect(rec.charts[0].points.every((p: any) => p.format.fill.color)).toBe(true);
  }, 180_000);

  test(`text cells get their "@" format before their values, in every block of the plan`, async () => {
    const plan = planFor(
      [sampleGrid("kz-2010-susceptibility.tsv"), sampleGrid("kz-2010-activity.tsv")],
      "2010",
      true
    );
    const { mock, rec } = excelMock([]);
    (globalThis as any).Excel = mock;
    await writePlan(plan);
    const valueBlocks = plan.sheets[0].blocks.filter((b) =>
      b.values?.some((r) => r.some((v) => typeof v === "string"))
    );
    expect(valueBlocks.length).toBeGreaterThan(5);
    for (const b of valueBlocks) {
      const at = (prop: string) =>
        rec.order.findIndex(
          (o) => o.sheet === "2010" && o.row === b.row && o.col === b.col && o.prop === prop
        );
      expect(at("numberFormat")).toBeGreaterThanOrEqual(0);
      expect(at("values")).toBeGreaterThan(at("numberFormat"));
    }
  });

  test("the source is never changed: reading changes no cell, writing touches only new sheets", async () => {
    const grid = sampleGrid("kz-2010-susceptibility.tsv");
    const before = JSON.stringify(grid);
    // Frozen: any write into the cells read (by the add-in or the reader) throws.
    grid.forEach((row) => Object.freeze(row));
    Object.freeze(grid);
    const read = readingMock(
      { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 },
      { rowIndex: 0, columnIndex: 0, rowCount: grid.length, columnCount: grid[0].length }
    );
    const sheet = read.mock.context.workbook.activeSheet;
    sheet.data.values = grid;
    (globalThis as any).Excel = read.mock;
    const source = await readSelection();
    expect(source.values).toBe(grid);
    expect(read.asked).toEqual([[0, 0, grid.length, grid[0].length]]);

    // The rating written from what was read, into a workbook holding the source sheet.
    const table = joinTables([
      readYearbookTable(source.values),
      readYearbookTable(sampleGrid("kz-2010-activity.tsv")),
    ]);
    const plan = buildRatingPlan([rateYear(table, { year: "2010" })], { formulas: true });
    for (const fail of [undefined, 3]) {
      const { mock, rec, sheets } = excelMock([source.sheet, "2010"], { failOnSync: fail });
      (globalThis as any).Excel = mock;
      await writePlan(plan).catch(() => undefined);
      expect(sheets.slice(0, 2).map((s) => s.name)).toEqual([source.sheet, "2010"]);
      expect(rec.ranges.filter((r) => r.sheet === source.sheet || r.sheet === "2010")).toEqual([]);
      expect(rec.deleted).toEqual(fail ? ["2010 (2)"] : []);
      expect(rec.activated).toEqual(["2010 (2)"]);
    }
    expect(JSON.stringify(grid)).toBe(before);
  });

  test("a block's number format is one value unless it mixes text and numbers", () => {
    const block = (values: (string | number | null)[][]): PlanBlock => ({
      row: 0,
      col: 0,
      values,
      numberFormat: "0.00",
    });
    expect(uniformNumberFormat(block([[1], [2.5], [null]]))).toBe("0.00");
    expect(uniformNumberFormat(block([["Akmola"], [null], ["Almaty"]]))).toBe("@");
    expect(uniformNumberFormat(block([[null, null]]))).toBe("0.00");
    expect(uniformNumberFormat(block([["A++", 90]]))).toBeNull();
    expect(uniformNumberFormat({ row: 0, col: 0, formulas: [["=1"], ["=2"]] })).toBe("General");
  });

  test("two years: sheets renamed when taken, cross-sheet formulas follow, the dynamics sheet is shown", async () => {
    const y2010 = rateYear(
      joinTables([
        readYearbookTable(sampleGrid("kz-2010-susceptibility.tsv")),
        readYearbookTable(sampleGrid("kz-2010-activity.tsv")),
      ]),
      { year: "2010" }
    );
    const y2014 = rateYear(
      joinTables([
        readYearbookTable(sampleGrid("kz-2014-susceptibility.tsv")),
        readYearbookTable(sampleGrid("kz-2014-activity.tsv")),
      ]),
      { year: "2014" }
    );
    const plan = buildRatingPlan([y2010, y2014], { formulas: true });
    const { mock, rec, syncCount } = excelMock(["2010", "Dynamics"]);
    (globalThis as any).Excel = mock;
    const result = await writePlan(plan);
    expect(syncCount()).toBe(3);
    expect(result.sheetNames).toEqual(["2010 (2)", "2014", "Dynamics (2)"]);
    expect(rec.activated).toEqual(["Dynamics (2)"]);
    const dynamics = rec.ranges
      .filter((r) => r.sheet === "Dynamics (2)" && r.range.formulas)
      .flatMap((r) => r.range.formulas.flat() as string[]);
    expect(dynamics.some((f) => f.includes("'2010 (2)'!"))).toBe(true);
    expect(dynamics.some((f) => f.includes("'2010'!"))).toBe(false);
    expect(dynamics.some((f) => f.includes("'2014'!"))).toBe(true);
  });

  test("values only: no formula anywhere, the index cells hold the core's numbers", async () => {
    const plan = planFor(
      [sampleGrid("kz-2010-susceptibility.tsv"), sampleGrid("kz-2010-activity.tsv")],
      "2010",
      false
    );
    const { mock, rec } = excelMock([]);
    (globalThis as any).Excel = mock;
    await writePlan(plan);
    expect(rec.ranges.some((r) => r.range.formulas !== undefined)).toBe(false);
    const index = plan.sheets[0].blocks.find((b) => b.role === "index")!;
    const written = rangeAt(rec, "2010", index.row, index.col).range.values.map(
      (r: number[]) => r[0]
    );
    // Table 6 of the paper: Almaty city 51.93, Akmola 11.25 (rows in table order).
    const published = table6();
    expect(written).toHaveLength(16);
    written.forEach((v: number, i: number) =>
      expect(Math.abs(v - published[i].index2010)).toBeLessThan(0.05)
    );
  });
});
