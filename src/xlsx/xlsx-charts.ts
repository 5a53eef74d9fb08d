/**
 * The plan's charts as DrawingML parts of an xlsx file. exceljs cannot write charts, so a hook on
 * its streaming writer adds, for each sheet with charts, a drawing part (one twoCellAnchor graphic
 * frame per chart), one chart part per chart, their relationships, the sheet's <drawing r:id> and
 * the content-type overrides, while the file is written. The charts read the sheet's cells
 * through their ranges (the cached values come from the plan, so a reader that does not
 * recalculate still draws them).
 */
import { Readable } from "node:stream";
import { blockSize, columnLetter, hasFormulas, sheetPrefix } from "../sheet/plan";
import type {
  LabelPosition,
  BarChartPlan,
  CellValue,
  ChartAnchor,
  ChartPlan,
  ScatterChartPlan,
  ScatterSeriesPlan,
  SheetPlan,
  WhiskerChartPlan,
  WorkbookPlan,
} from "../sheet/plan";
import { WHISKER_COLORS } from "../sheet/plan";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  c15: "http://schemas.microsoft.com/office/drawing/2012/chart",
  pkg: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL_DRAWING = `${NS.r}/drawing`;
const REL_CHART = `${NS.r}/chart`;
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** Excel's extension URIs for "data labels from a range of cells" (Office 2013 and later). */
const EXT_SERIES_LABEL_RANGE = "{02D57815-91ED-43cb-92C2-25804820EDAC}";
const EXT_DLBL = "{CE6537A1-D6FC-4f65-9D91-7224C49458BB}";

export function xmlEscape(text: string): string {
  // A chart's caches escape a text per point (10,000 region names): most need nothing.
  if (!/[&<>"]/.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A rectangle of cells from "B5:B20" (or "$B$5:$B$20"), zero-based. */
export interface CellRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function parseRange(range: string): CellRect {
  const corners = range
    .replace(/\$/g, "")
    .toUpperCase()
    .split(":")
    .map((p) => {
      const m = /^([A-Z]{1,3})(\d+)$/.exec(p);
      if (!m) throw new RangeError(`chart range "${range}" is not a range of cells on the sheet`);
      let col = 0;
      for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
      return { row: Number(m[2]) - 1, col: col - 1 };
    });
  if (corners.length > 2) throw new RangeError(`chart range "${range}" is not a range of cells`);
  const [a, b = a] = corners;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

/** "'2010'!$B$5:$B$20": the absolute, sheet-qualified reference a chart part stores. */
export function chartReference(sheet: string, range: string): string {
  const r = parseRange(range);
  const cell = (row: number, col: number) => `$${columnLetter(col)}$${row + 1}`;
  return `${sheetPrefix(sheet)}${cell(r.row, r.col)}:${cell(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/**
 * The plan's value (or the core's result for a formula) of each cell of a range, in order: where
 * blocks overlap, the first block's. One pass over the blocks, not a search per cell (a chart's
 * range has a cell per region).
 */
export function planValues(sheet: SheetPlan, range: string): CellValue[] {
  const r = parseRange(range);
  const out: (CellValue | undefined)[] = new Array(r.rows * r.cols).fill(undefined);
  for (const b of sheet.blocks) {
    const { rows: height, columns: width } = blockSize(b);
    const top = Math.max(r.row, b.row);
    const bottom = Math.min(r.row + r.rows, b.row + height);
    const left = Math.max(r.col, b.col);
    const right = Math.min(r.col + r.cols, b.col + width);
    if (top >= bottom || left >= right) continue;
    // Read only where the block meets the range: a formula block's results may be worked out
    // when first read (plan-blocks.ts).
    const cells = hasFormulas(b) ? b.results : b.values;
    for (let row = top; row < bottom; row++)
      for (let col = left; col < right; col++) {
        const at = (row - r.row) * r.cols + (col - r.col);
        if (out[at] === undefined) out[at] = cells?.[row - b.row]?.[col - b.col] ?? null;
      }
  }
  return out.map((v) => v ?? null);
}

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();
const solid = (color: string) => `<a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill>`;

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function title(text: string, size = 1400): string {
  return `<c:title><c:tx>${richText(text, size, true)}</c:tx><c:overlay val="0"/></c:title>`;
}

/** `piece(i)` for each of `count` points, joined some hundreds at a time (see LABEL_BATCH). */
function batched(count: number, piece: (i: number) => string): string[] {
  const out: string[] = [];
  for (let from = 0; from < count; from += LABEL_BATCH) {
    let batch = "";
    for (let i = from; i < Math.min(count, from + LABEL_BATCH); i++) batch += piece(i);
    out.push(batch);
  }
  return out;
}

/** A string cache's points, in pieces. */
function strCacheParts(values: readonly CellValue[]): string[] {
  return [
    `<c:ptCount val="${values.length}"/>`,
    ...batched(values.length, (i) => {
      const v = values[i];
      return v === null || v === ""
        ? ""
        : `<c:pt idx="${i}"><c:v>${xmlEscape(String(v))}</c:v></c:pt>`;
    }),
  ];
}

function strCache(values: readonly CellValue[]): string {
  return strCacheParts(values).join("");
}

/** A number cache's points, in pieces. */
function numCacheParts(values: readonly CellValue[]): string[] {
  return [
    `<c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>`,
    ...batched(values.length, (i) => {
      const v = values[i];
      return typeof v === "number" && Number.isFinite(v)
        ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`
        : "";
    }),
  ];
}

/**
 * A reference with its cache, in pieces: a bar chart of 10,000 regions holds their names and
 * values, which as one string (and its bytes beside it) lifted the command line's peak memory.
 */
function strRefParts(sheet: SheetPlan, range: string): string[] {
  return [
    `<c:strRef><c:f>${xmlEscape(chartReference(sheet.name, range))}</c:f><c:strCache>`,
    ...strCacheParts(planValues(sheet, range)),
    `</c:strCache></c:strRef>`,
  ];
}

function numRefParts(sheet: SheetPlan, range: string): string[] {
  return [
    `<c:numRef><c:f>${xmlEscape(chartReference(sheet.name, range))}</c:f><c:numCache>`,
    ...numCacheParts(planValues(sheet, range)),
    `</c:numCache></c:numRef>`,
  ];
}

const strRef = (sheet: SheetPlan, range: string): string => strRefParts(sheet, range).join("");
const numRef = (sheet: SheetPlan, range: string): string => numRefParts(sheet, range).join("");

function valueAxis(
  id: number,
  cross: number,
  pos: "b" | "l",
  axisTitle?: string,
  gridlines = true,
  bounds: { min?: number; max?: number } = {}
): string {
  // In the schema's order: orientation, then max, then min.
  const scaling =
    `<c:orientation val="minMax"/>` +
    (bounds.max !== undefined ? `<c:max val="${bounds.max}"/>` : "") +
    (bounds.min !== undefined ? `<c:min val="${bounds.min}"/>` : "");
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling>${scaling}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${pos}"/>${gridlines ? "<c:majorGridlines/>" : ""}` +
    (axisTitle ? title(axisTitle, 1000) : "") +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`
  );
}

/** The sorted bar chart: one series, a colour per bar, first category at the top. */
function barChartXml(sheet: SheetPlan, chart: BarChartPlan): string[] {
  // A bar per region: each colour's markup is made once.
  const tails = new Map<string, string>();
  const tail = (color: string) =>
    tails.get(color) ??
    tails
      .set(
        color,
        `"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${solid(color)}</c:spPr></c:dPt>`
      )
      .get(color)!;
  const points = batched(
    chart.pointColors.length,
    (i) => `<c:dPt><c:idx val="${i}${tail(chart.pointColors[i])}`
  );
  const series = [
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:spPr>${solid("#4472C4")}</c:spPr>` +
      `<c:invertIfNegative val="0"/>`,
    ...points,
    `<c:cat>`,
    ...strRefParts(sheet, chart.categories),
    `</c:cat><c:val>`,
    ...numRefParts(sheet, chart.values),
    `</c:val></c:ser>`,
  ];
  return plotArea(
    chart.title,
    [
      `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>`,
      ...series,
      `<c:gapWidth val="40"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
        // maxMin: the first category (the leader) at the top, as Office.js's reversePlotOrder.
        `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling>` +
        `<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
        `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
        `<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
        `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
        valueAxis(1002, 1001, "b").replace("midCat", "between"),
    ],
    false
  );
}

/** DrawingML's label positions: right, left, top, bottom of the marker. */
const DLBL_POS: Record<LabelPosition, string> = { right: "r", left: "l", above: "t", below: "b" };

/**
 * Labels from a range of cells. Excel 2013+ reads the c15 extensions (the label of each point is
 * the cell beside it, live); older readers and LibreOffice 7.4 show the per-point text, which is
 * the cell's value when the file was written.
 */
function rangeLabels(
  sheet: SheetPlan,
  labels: string,
  positions: readonly LabelPosition[] = []
): { dLbls: string[]; ext: string } {
  const texts = planValues(sheet, labels);
  const label = (t: CellValue, i: number) =>
    t === null || t === ""
      ? ""
      : `<c:dLbl><c:idx val="${i}"/><c:tx>${richText(String(t), 800, false)}</c:tx>` +
        `<c:dLblPos val="${DLBL_POS[positions[i] ?? "right"]}"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/>` +
        `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>` +
        `<c:extLst><c:ext uri="${EXT_DLBL}" xmlns:c15="${NS.c15}"><c15:showDataLabelsRange val="1"/></c:ext></c:extLst></c:dLbl>`;
  // Some hundred labels a piece: the labels of 10,000 regions (most of the matrix's 7 MB) are
  // never one string (nor that string's bytes besides it), see chartParts.
  const perPoint: string[] = [];
  for (let from = 0; from < texts.length; from += LABEL_BATCH)
    perPoint.push(
      texts
        .slice(from, from + LABEL_BATCH)
        .map((t, k) => label(t, from + k))
        .join("")
    );
  const tail =
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    `<c:dLblPos val="r"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>` +
    `<c:extLst><c:ext uri="${EXT_DLBL}" xmlns:c15="${NS.c15}"><c15:showDataLabelsRange val="1"/>` +
    `<c15:showLeaderLines val="0"/></c:ext></c:extLst></c:dLbls>`;
  const dLbls = [`<c:dLbls>`, ...perPoint, tail];
  const ext =
    `<c:extLst><c:ext uri="${EXT_SERIES_LABEL_RANGE}" xmlns:c15="${NS.c15}"><c15:datalabelsRange>` +
    `<c15:f>${xmlEscape(chartReference(sheet.name, labels))}</c15:f>` +
    `<c15:dlblRangeCache>${strCache(texts)}</c15:dlblRangeCache></c15:datalabelsRange></c:ext></c:extLst>`;
  return { dLbls, ext };
}

/** Labels a piece of a chart's markup holds. */
const LABEL_BATCH = 256;

function scatterSeriesXml(sheet: SheetPlan, s: ScatterSeriesPlan, i: number): string[] {
  const color = s.color ?? "#4472C4";
  const look = s.line
    ? `<c:spPr><a:ln w="19050">${solid(color)}<a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
    : `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(color)}<a:ln>${solid(color)}</a:ln></c:spPr></c:marker>`;
  const labels = s.labels ? rangeLabels(sheet, s.labels, s.labelPositions) : null;
  return [
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>${look}`,
    ...(labels?.dLbls ?? []),
    `<c:xVal>${numRef(sheet, s.x)}</c:xVal><c:yVal>${numRef(sheet, s.y)}</c:yVal><c:smooth val="0"/>` +
      (labels?.ext ?? "") +
      `</c:ser>`,
  ];
}

/** The growth-poles matrix: points labelled by region, threshold lines as line-only series. */
function scatterChartXml(sheet: SheetPlan, chart: ScatterChartPlan): string[] {
  const series = chart.series.flatMap((s, i) => scatterSeriesXml(sheet, s, i));
  return plotArea(
    chart.title,
    [
      `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>`,
      ...series,
      `<c:axId val="2001"/><c:axId val="2002"/></c:scatterChart>` +
        valueAxis(2001, 2002, "b", chart.xTitle, false, { min: chart.xMin, max: chart.xMax }) +
        valueAxis(2002, 2001, "l", chart.yTitle),
    ],
    true
  );
}

/** A named series of columns or markers over the chart's categories. */
function categorySeries(
  sheet: SheetPlan,
  chart: WhiskerChartPlan,
  i: number,
  values: string,
  look: string
): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(chart.names[i])}</c:v></c:tx>${look}` +
    `<c:cat>${strRef(sheet, chart.categories)}</c:cat><c:val>${numRef(sheet, values)}</c:val>` +
    (i >= 2 ? `<c:smooth val="0"/>` : "") +
    `</c:ser>`
  );
}

function markerLook(symbol: string, color: string): string {
  return (
    `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="${symbol}"/><c:size val="8"/><c:spPr>${solid(color)}<a:ln>${solid(color)}</a:ln></c:spPr></c:marker>`
  );
}

/**
 * The rank intervals (issue 15), as Office.js draws the same plan: stacked columns (an invisible
 * 5th percentile, the interval's width) and a line chart of markers only (median, the rating's
 * rank) on the same axes; the value axis maxMin, so rank 1 is at the top.
 */
function whiskerChartXml(sheet: SheetPlan, chart: WhiskerChartPlan): string[] {
  const columns =
    categorySeries(
      sheet,
      chart,
      0,
      chart.low,
      `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:invertIfNegative val="0"/>`
    ) +
    categorySeries(
      sheet,
      chart,
      1,
      chart.span,
      `<c:spPr>${solid(WHISKER_COLORS.span)}</c:spPr><c:invertIfNegative val="0"/>`
    );
  const markers =
    categorySeries(sheet, chart, 2, chart.median, markerLook("dash", WHISKER_COLORS.median)) +
    categorySeries(sheet, chart, 3, chart.nominal, markerLook("diamond", WHISKER_COLORS.nominal));
  return plotArea(
    chart.title,
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${columns}` +
      `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="3001"/><c:axId val="3002"/></c:barChart>` +
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${markers}` +
      `<c:marker val="1"/><c:axId val="3001"/><c:axId val="3002"/></c:lineChart>` +
      `<c:catAx><c:axId val="3001"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
      `<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
      `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="high"/>` +
      `<c:crossAx val="3002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
      `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      valueAxis(3002, 3001, "l", chart.axisTitle)
        .replace(`<c:orientation val="minMax"/>`, `<c:orientation val="maxMin"/>`)
        .replace("midCat", "between"),
    `<c:legend><c:legendPos val="b"/><c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry><c:overlay val="0"/></c:legend>`
  );
}

/** The chart part round its plot area's markup, in pieces (see chartParts). */
function plotArea(
  chartTitle: string,
  body: string | readonly string[],
  legend: boolean | string
): string[] {
  const legendXml =
    typeof legend === "string"
      ? legend
      : legend
        ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`
        : "";
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
      `<c:roundedCorners val="0"/><c:chart>${title(chartTitle)}<c:autoTitleDeleted val="0"/>` +
      `<c:plotArea><c:layout/>`,
    ...(typeof body === "string" ? [body] : body),
    `</c:plotArea>` +
      legendXml +
      `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`,
  ];
}

/**
 * A chart part's markup in pieces, in order: handed to the zip as a stream of them, so a chart of
 * 10,000 labelled points is never held whole as a string and again as bytes.
 */
export function chartParts(sheet: SheetPlan, chart: ChartPlan): string[] {
  if (chart.kind === "whisker") return whiskerChartXml(sheet, chart);
  return chart.kind === "bar" ? barChartXml(sheet, chart) : scatterChartXml(sheet, chart);
}

/** A chart part's markup. */
export function chartXml(sheet: SheetPlan, chart: ChartPlan): string {
  return chartParts(sheet, chart).join("");
}

/** The pieces as bytes, each let go once read (the zip reads a part when it comes to it). */
function* bytesOf(pieces: string[]): Generator<Buffer> {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    pieces[i] = "";
    if (piece !== "") yield Buffer.from(piece, "utf8");
  }
}

function anchorXml(anchor: ChartAnchor, id: number, rId: string, name: string): string {
  const corner = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${corner("from", anchor.row, anchor.col)}` +
    corner("to", anchor.row + anchor.height, anchor.col + anchor.width) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${xmlEscape(name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${rId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function relationships(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkg}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

/** The drawing part of one sheet and its chart parts, numbered from `firstChart`. */
function drawingParts(
  sheet: SheetPlan,
  drawingNo: number,
  firstChart: number
): { files: [string, string | string[]][]; overrides: string[] } {
  const files: [string, string | string[]][] = [];
  const overrides: string[] = [];
  const anchors: string[] = [];
  const rels: { id: string; type: string; target: string }[] = [];
  (sheet.charts ?? []).forEach((chart, i) => {
    const name = `chart${firstChart + i}.xml`;
    files.push([`xl/charts/${name}`, chartParts(sheet, chart)]);
    overrides.push(override(`/xl/charts/${name}`, CT_CHART));
    const rId = `rId${i + 1}`;
    rels.push({ id: rId, type: REL_CHART, target: `../charts/${name}` });
    anchors.push(anchorXml(chart.anchor, i + 2, rId, chart.title));
  });
  const drawing = `drawing${drawingNo}.xml`;
  files.push(
    [
      `xl/drawings/${drawing}`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`,
    ],
    [`xl/drawings/_rels/${drawing}.rels`, relationships(rels)]
  );
  overrides.push(override(`/xl/drawings/${drawing}`, CT_DRAWING));
  return { files, overrides };
}

function override(partName: string, contentType: string): string {
  return `<Override PartName="${partName}" ContentType="${contentType}"/>`;
}

/** What the hook needs of exceljs's streaming writers (exceljs 4.4 internals). */
interface StreamingWorkbook {
  addWorksheet: (name: string, options?: unknown) => unknown;
  zip: { append: (data: unknown, options: { name: string }) => unknown };
}
interface StreamingWorksheet {
  _writeLegacyData: () => void;
  _write: (text: string) => void;
  _sheetRelsWriter: { addRelationship: (rel: { Type: string; Target: string }) => string };
}

/**
 * Makes exceljs's streaming writer write the plan's charts with the workbook: each sheet with
 * charts gets a <drawing r:id> (where the schema puts it, just before the comments' legacy
 * drawing), its relationship, the drawing and chart parts, and [Content_Types].xml their
 * overrides. Nothing is read back or recompressed: the parts go into the zip as it is written.
 * Call before the sheets are added; test/xlsx-charts.test.ts checks the parts and LibreOffice's
 * rendering.
 */
export function attachCharts(wb: unknown, plan: WorkbookPlan): void {
  const withCharts = new Map(
    plan.sheets.filter((s) => (s.charts ?? []).length > 0).map((s) => [s.name, s])
  );
  if (withCharts.size === 0) return;
  const writer = wb as StreamingWorkbook;
  const overrides: string[] = [];
  let charts = 0;
  let drawings = 0;
  const addWorksheet = writer.addWorksheet.bind(wb);
  writer.addWorksheet = (name, options) => {
    const ws = addWorksheet(name, options) as StreamingWorksheet;
    const sheet = withCharts.get(name);
    if (!sheet) return ws;
    const writeLegacyData = ws._writeLegacyData.bind(ws);
    ws._writeLegacyData = () => {
      const parts = drawingParts(sheet, ++drawings, charts + 1);
      charts += sheet.charts!.length;
      for (const [path, xml] of parts.files)
        writer.zip.append(
          typeof xml === "string" ? xml : Readable.from(bytesOf(xml), { objectMode: false }),
          { name: path }
        );
      overrides.push(...parts.overrides);
      const rId = ws._sheetRelsWriter.addRelationship({
        Type: REL_DRAWING,
        Target: `../drawings/drawing${drawings}.xml`,
      });
      ws._write(`<drawing r:id="${rId}"/>`);
      writeLegacyData();
    };
    return ws;
  };
  const append = writer.zip.append.bind(writer.zip);
  writer.zip.append = (data, options) =>
    append(
      options.name === "[Content_Types].xml"
        ? String(data).replace("</Types>", `${overrides.join("")}</Types>`)
        : data,
      options
    );
}
