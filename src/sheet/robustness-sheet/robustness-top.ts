/**
 * The top of the robustness sheet: its title, the reading in words, and the assumptions table
 * (what was varied and how, the runs, the seed).
 */
import { ASSUMPTIONS, type Assumption } from "../../core/robustness";
import { formatNumber } from "../../i18n";
import { type CellValue, HEADER_STYLE, TABLE_STYLE, block } from "../plan";
import { type Part, type RobustnessContext, NOTE_STYLE, SECTION_STYLE } from "./robustness-layout";
import { robustnessReading } from "./robustness-reading";

function setting(ctx: RobustnessContext, a: Assumption): string {
  const { t, lang, result } = ctx;
  if (a === "weights")
    return t("robust.setting.weights", {
      low: formatNumber(lang, 1 - result.weightSpread, 2),
      high: formatNumber(lang, 1 + result.weightSpread, 2),
    });
  if (a === "aggregation")
    return t("robust.setting.aggregation", {
      floor: formatNumber(lang, result.geometricFloor),
      count: result.flooredCells,
    });
  if (a === "outliers") {
    const list = result.treatments
      .map((x) => t(`robust.treatment.${x.method}`, { code: x.code, points: x.points }))
      .join(", ");
    return t("robust.setting.outliers", { list });
  }
  return t(`robust.setting.${a}`);
}

export function topPart(ctx: RobustnessContext, width: number): Part {
  const { t, result } = ctx;
  const reading = robustnessReading(result, ctx.lang);
  const title = t("robust.sheet.title", {
    year: ctx.year,
    runs: formatNumber(ctx.lang, result.runs, 0),
    seed: result.seed,
  });
  let row = 0;
  const blocks = [
    block(row++, 0, {
      values: [[title]],
      style: { bold: true, fontSize: 14 },
      role: "robust-title",
    }),
  ];
  const merges = reading.map((_, i) => ({ row: row + i, col: 0, rows: 1, columns: width }));
  blocks.push(
    block(row, 0, {
      values: reading.map((s) => [s]),
      style: { wrapText: true },
      role: "robust-reading",
    })
  );
  row += reading.length + 1;
  blocks.push(
    block(row++, 0, { values: [[t("robust.section.assumptions")]], style: SECTION_STYLE })
  );
  const headRow = row;
  merges.push({ row: headRow, col: 0, rows: 1, columns: 2 });
  blocks.push(
    block(row++, 0, {
      values: [
        [t("robust.head.assumption"), null, t("robust.head.varied"), t("robust.head.setting")],
      ],
      style: HEADER_STYLE,
    })
  );
  const rows: CellValue[][] = ASSUMPTIONS.map((a) => [
    t(`robust.assumption.${a}`),
    null,
    result.varied.includes(a) ? t("robust.varied.yes") : t("robust.varied.no"),
    setting(ctx, a),
  ]);
  blocks.push(block(row, 0, { values: rows, style: TABLE_STYLE, role: "robust-assumptions" }));
  merges.push(...rows.map((_, i) => ({ row: row + i, col: 0, rows: 1, columns: 2 })));
  merges.push(...rows.map((_, i) => ({ row: row + i, col: 3, rows: 1, columns: width - 3 })));
  row += rows.length;
  const params: CellValue[][] = [
    [t("robust.param.runs"), null, result.runs],
    [t("robust.param.seed"), null, result.seed],
    [t("robust.param.evaluations"), null, result.evaluations],
    [t("robust.param.classedRuns"), null, result.classedRuns],
  ];
  blocks.push(block(row, 0, { values: params, style: TABLE_STYLE, role: "robust-parameters" }));
  merges.push(...params.map((_, i) => ({ row: row + i, col: 0, rows: 1, columns: 2 })));
  row += params.length;
  blocks.push(
    block(row++, 0, { values: [[t("robust.setting.normalisation")]], style: NOTE_STYLE })
  );
  return { blocks, merges, heights: [{ row: headRow, height: 30 }], next: row + 1 };
}
