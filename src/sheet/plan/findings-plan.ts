/** The findings table under a rating sheet: a title with their count, a header, one row each. */
import type { Lang, Translate } from "../../i18n";
import { block } from "./plan-blocks";
import type { PlanBlock } from "./plan-types";
import { HEADER_STYLE } from "./plan-style";
import type { Field, Finding } from "../types";
import { fieldName, findingKind } from "../words";

export function findingBlocks(
  top: number,
  findings: readonly Finding[],
  t: Translate,
  lang: Lang
): PlanBlock[] {
  const out: PlanBlock[] = [
    block(top, 0, {
      values: [[t("sheet.findings.title", { count: findings.length })]],
      style: { bold: true, fontSize: 12 },
      role: "findings-title",
    }),
    block(top + 1, 0, {
      values: [
        [
          t("sheet.header.region"),
          t("sheet.findings.indicator"),
          t("sheet.findings.kind"),
          t("sheet.findings.severity"),
          t("sheet.findings.message"),
        ],
      ],
      style: HEADER_STYLE,
      role: "findings-header",
    }),
  ];
  if (findings.length > 0) {
    out.push(
      block(top + 2, 0, {
        values: findings.map((f) => [
          f.region,
          indicatorCell(lang, f.indicator),
          findingKind(lang, f.kind),
          t(`finding.severity.${f.severity}`),
          f.message,
        ]),
        role: "findings",
      })
    );
  }
  return out;
}

/** A finding's indicator: a code as it is, a raw figure by its name in the language. */
function indicatorCell(lang: Lang, field: Field | null): string | null {
  if (field === null) return null;
  return field.startsWith("S_") ? field : fieldName(lang, field);
}
