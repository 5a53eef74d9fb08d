/**
 * Where each point's label goes on a scatter chart so that labels do not cover each other: a
 * greedy placement in the plot's own pixels, as map makers place town names. The first points
 * (the most important) are placed first; each tries its full label right, left, above and below
 * its marker, clear of every marker and label, and where all four are taken, its short label (a
 * number), which may cover a crowded neighbour's marker but no label. A label that fits nowhere
 * keeps its short form at the right: the rare collision left is a number's.
 */

export type LabelPosition = "right" | "left" | "above" | "below";

export interface LabelledPoint {
  x: number;
  y: number;
  /** The label (a region's name) and the short one used where it does not fit (its place). */
  label: string;
  short: string;
}

export interface PlotBox {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** The plot area in pixels. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  text: string;
  position: LabelPosition;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels of an 8 pt label: a character's mean width, the line's height, the marker's radius. */
const CHAR_PX = 7;
const LINE_PX = 12;
const MARKER_PX = 4;
const POSITIONS: LabelPosition[] = ["right", "left", "above", "below"];
/** A number stands above or below first: in a crowd the neighbours are left and right. */
const SHORT_POSITIONS: LabelPosition[] = ["above", "below", "right", "left"];

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The label's box beside a marker at (px, py). */
function labelBox(px: number, py: number, text: string, position: LabelPosition): Box {
  const w = text.length * CHAR_PX;
  const gap = MARKER_PX + 4;
  switch (position) {
    case "right":
      return {
        left: px + gap,
        right: px + gap + w,
        top: py - LINE_PX / 2,
        bottom: py + LINE_PX / 2,
      };
    case "left":
      return {
        left: px - gap - w,
        right: px - gap,
        top: py - LINE_PX / 2,
        bottom: py + LINE_PX / 2,
      };
    case "above":
      return { left: px - w / 2, right: px + w / 2, top: py - gap - LINE_PX, bottom: py - gap };
    case "below":
      return { left: px - w / 2, right: px + w / 2, top: py + gap, bottom: py + gap + LINE_PX };
  }
}

/** A point's marker in the plot's pixels (y grows downwards). */
function toPixels(p: LabelledPoint, box: PlotBox): { px: number; py: number } {
  const fx = (p.x - box.xMin) / (box.xMax - box.xMin || 1);
  const fy = (p.y - box.yMin) / (box.yMax - box.yMin || 1);
  return { px: fx * box.width, py: (1 - fy) * box.height };
}

/**
 * Boxes filed by the square cells of the plot they cover, so that whether a box overlaps one of
 * them is asked of its neighbours only: asked of every box, placing 10,000 labels took a
 * quarter of a second. The answer is the same (two overlapping boxes share a cell); a box whose
 * edges are not finite numbers is kept apart and asked of every time.
 */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();
  private readonly apart: Box[] = [];

  add(b: Box): void {
    if (!finiteBox(b)) return void this.apart.push(b);
    const [x0, x1, y0, y1] = cellSpan(b);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const key = x * 4_194_304 + y;
        const list = this.cells.get(key);
        if (list) list.push(b);
        else this.cells.set(key, [b]);
      }
  }

  overlapsAny(b: Box): boolean {
    for (const a of this.apart) if (overlaps(a, b)) return true;
    if (!finiteBox(b))
      return [...this.cells.values()].some((list) => list.some((a) => overlaps(a, b)));
    const [x0, x1, y0, y1] = cellSpan(b);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const list = this.cells.get(x * 4_194_304 + y);
        if (list) for (const a of list) if (overlaps(a, b)) return true;
      }
    return false;
  }
}

/** The first and last columns and rows of index cells a box covers. */
const cellSpan = (b: Box): [number, number, number, number] => [
  Math.floor(b.left / CELL_PX),
  Math.floor(b.right / CELL_PX),
  Math.floor(b.top / CELL_PX),
  Math.floor(b.bottom / CELL_PX),
];

/** The side of an index cell in pixels: about a short label's width, three lines' height. */
const CELL_PX = 32;

const finiteBox = (b: Box) =>
  Number.isFinite(b.left) &&
  Number.isFinite(b.right) &&
  Number.isFinite(b.top) &&
  Number.isFinite(b.bottom) &&
  // Keys stay distinct while a cell's row number is within half the multiplier.
  Math.abs(b.top) < 2 ** 20 * CELL_PX &&
  Math.abs(b.bottom) < 2 ** 20 * CELL_PX &&
  Math.abs(b.left) < 2 ** 30 * CELL_PX &&
  Math.abs(b.right) < 2 ** 30 * CELL_PX;

/** Each point's label text and position, in the points' order (the first are placed first). */
export function placeLabels(points: readonly LabelledPoint[], box: PlotBox): PlacedLabel[] {
  const pixels = points.map((p) => toPixels(p, box));
  const markers = new BoxIndex();
  for (const { px, py } of pixels)
    markers.add({
      left: px - MARKER_PX,
      right: px + MARKER_PX,
      top: py - MARKER_PX,
      bottom: py + MARKER_PX,
    });
  const taken = new BoxIndex();
  const free = (b: Box, clearOfMarkers: boolean) =>
    b.left >= 0 &&
    b.right <= box.width &&
    // A label may reach half a line past the plot's top and bottom (over the axis at y = 0).
    b.top >= -LINE_PX / 2 &&
    b.bottom <= box.height + LINE_PX / 2 &&
    !taken.overlapsAny(b) &&
    !(clearOfMarkers && markers.overlapsAny(b));
  return points.map((p, i) => {
    const { px, py } = pixels[i];
    // A name keeps clear of every marker; a number, short, may cover a crowded neighbour's.
    for (const position of POSITIONS) {
      const b = labelBox(px, py, p.label, position);
      if (free(b, true)) {
        taken.add(b);
        return { text: p.label, position };
      }
    }
    for (const position of SHORT_POSITIONS) {
      const b = labelBox(px, py, p.short, position);
      if (free(b, false)) {
        taken.add(b);
        return { text: p.short, position };
      }
    }
    taken.add(labelBox(px, py, p.short, "right"));
    return { text: p.short, position: "right" };
  });
}

/** The top of an axis as Excel draws it from 0: the data's maximum rounded up to a whole step. */
export function axisTop(max: number): number {
  if (!(max > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil((max * 1.05) / step) * step;
}
