/**
 * Names for the sheet the add-in adds. Excel refuses names over 31 characters, names holding
 * \ / ? * [ ] :, names starting or ending with an apostrophe, and "History"; names are compared
 * without regard to case. A clash gets " (2)", " (3)", ... so no existing sheet is ever touched.
 */
import {
  FORBIDDEN_SHEET_CHARS,
  MAX_SHEET_NAME,
  cutName,
  uniqueSheetName as numberedSheetName,
} from "../sheet/plan";
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../sheet/plan";
export { MAX_SHEET_NAME };

/** A name Excel accepts, as close to the wanted one as possible. */
export function safeSheetName(wanted: string): string {
  const name = cutName(
    String(wanted).replace(FORBIDDEN_SHEET_CHARS, " ").replace(/\s+/g, " ").trim()
  )
    // Apostrophes and spaces at either end, however they alternate ("1' '").
    .replace(/^[\s']+|[\s']+$/g, "");
  if (name === "") return "Rating";
  return name.toLowerCase() === "history" ? `${name} sheet` : name;
}

/** The wanted name made safe and, if taken (in any case), numbered " (2)", " (3)" until it is free. */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  return numberedSheetName(wanted, existing, (n) => ` (${n})`, safeSheetName);
}

/**
 * A character that, just before "Data!", makes it part of a longer name ("MyData!"), not a
 * reference to Data. Checked by hand rather than with a lookbehind, which Safari before 16.4
 * cannot parse (the whole pane would fail to load).
 */
const NAME_CHAR = /^[A-Za-z0-9_.']$/;

function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A formula with references to renamed sheets updated: "'2010'!B4" becomes "'Rating 2010'!B4".
 * Unquoted references (Data!B4) are updated too; text inside string literals is left alone. All
 * names are swapped in one pass, so a new name equal to another sheet's old name is safe.
 */
export function renameSheetReferences(
  formula: string,
  renames: ReadonlyMap<string, string>
): string {
  if (renames.size === 0) return formula;
  const entries = [...renames];
  const token = (i: number) => `\u0000${i}\u0000`;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = part;
      entries.forEach(([from], k) => {
        out = out.split(quoted(from)).join(token(k));
        if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(from))
          out = out.replace(
            new RegExp(`${escapeRegExp(from)}!`, "g"),
            (match, at: number, all: string) =>
              NAME_CHAR.test(all.charAt(at - 1)) ? match : token(k)
          );
      });
      entries.forEach(([, to], k) => {
        out = out.split(token(k)).join(quoted(to));
      });
      return out;
    })
    .join("");
}

/** The plan with its sheets given these names (in plan order) and every reference to them updated. */
export function renameSheets(plan: WorkbookPlan, names: readonly string[]): WorkbookPlan {
  const renames = new Map(
    plan.sheets
      .map((p, i) => [p.name, names[i] ?? p.name] as const)
      .filter(([from, to]) => from !== to)
  );
  if (renames.size === 0) return plan;
  const rename = (f: string) => renameSheetReferences(f, renames);
  return {
    ...plan,
    sheets: plan.sheets.map((sheet, i): SheetPlan => ({
      ...sheet,
      name: names[i] ?? sheet.name,
      blocks: sheet.blocks.map((b) =>
        b.formulas ? { ...b, formulas: b.formulas.map((r) => r.map(rename)) } : b
      ),
      conditionalFormats: sheet.conditionalFormats?.map((c) => ({
        ...c,
        formula: rename(c.formula),
      })),
      charts: sheet.charts?.map((c) => renameChartRanges(c, rename)),
    })),
  };
}

/** A chart's ranges are on its own sheet today; renaming keeps any sheet-qualified one right. */
function renameChartRanges(chart: ChartPlan, rename: (f: string) => string): ChartPlan {
  if (chart.kind === "bar")
    return { ...chart, categories: rename(chart.categories), values: rename(chart.values) };
  if (chart.kind === "whisker") {
    const { categories, low, span, median, nominal } = chart;
    return {
      ...chart,
      ...{ categories: rename(categories), low: rename(low), span: rename(span) },
      ...{ median: rename(median), nominal: rename(nominal) },
    };
  }
  return {
    ...chart,
    series: chart.series.map((s) => ({
      ...s,
      x: rename(s.x),
      y: rename(s.y),
      ...(s.labels !== undefined ? { labels: rename(s.labels) } : {}),
    })),
  };
}
