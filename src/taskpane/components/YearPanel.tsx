/**
 * One year as read: the year, and for each range read its address and region count; the
 * recognised columns (each with a choice to change it) and the rows left out are folded until
 * asked for. Indicators that are missing stay open: the year cannot be rated without them.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
} from "@fluentui/react-components";
import { columnLetter } from "../../sheet/plan";
import type { Field as FieldCode } from "../../sheet/types";
import { langOf, useLanguage } from "../lang";
import { FoldedList } from "./FoldedList";
import { IndustryPanel } from "./IndustryPanel";
import { fieldLabel, type TableView, type YearView } from "../session";

export interface YearPanelProps {
  title: string;
  view: YearView;
  /** What the user typed (null until they type). */
  typedYear: string | null;
  /** True while reading or building: nothing here may change then. */
  busy: boolean;
  onYearChange(year: string): void;
  /** Sets the column of a field in one table (null: do not use the field). */
  onMappingChange(table: number, field: FieldCode, column: number | null): void;
  onRemoveTable(table: number): void;
  /** Stage 2: the IT industry chosen in the industry table, and its removal. */
  onItChange(column: number): void;
  onRemoveIndustry(): void;
}

const NOT_USED = "none";

function parseKey(key: string): { table: number; column: number } | null {
  if (key === NOT_USED || key === "") return null;
  const [t, c] = key.split(":").map(Number);
  return { table: t, column: c };
}

const YEAR_HINT = {
  columns: "pane.year.fromColumns",
  header: "pane.year.fromHeader",
  "sheet name": "pane.year.fromSheet",
  typed: "pane.year.typed",
} as const;

function ColumnOptions({
  table,
  index,
  prefix,
}: {
  table: TableView;
  index: number;
  prefix: string;
}) {
  const { t } = useLanguage();
  return (
    <>
      {table.headers.map((h, c) => (
        <option key={c} value={`${index}:${c}`}>
          {`${prefix}${columnLetter(table.source.col + c)}: ${h || t("pane.noHeader")}`}
        </option>
      ))}
    </>
  );
}

interface TablePartProps {
  table: TableView;
  i: number;
  multi: boolean;
  busy: boolean;
  onRemove(): void;
  onMappingChange(field: FieldCode, column: number | null): void;
}

function TablePart({ table, i, multi, busy, onRemove, onMappingChange }: TablePartProps) {
  const { t } = useLanguage();
  const read = table.table;
  const n = String(i + 1);
  return (
    <div className="gp-table" role="group" aria-label={t("pane.tableN", { n })}>
      <div className="gp-row">
        <span>
          {multi ? `${t("pane.tableN", { n })}: ` : ""}
          <span lang={langOf(table.source.sheet)}>
            {table.source.sheet}!{table.source.address}
          </span>
          {read ? ` · ${t("common.region", { count: read.regions.length })}` : ""}
        </span>
        <Button
          size="small"
          onClick={onRemove}
          disabledFocusable={busy}
          aria-label={t("pane.removeTable", { n })}
        >
          {t("pane.remove")}
        </Button>
      </div>
      {table.source.fromUsedRange && <p className="gp-small">{t("pane.usedRange")}</p>}
      {table.error && (
        <MessageBar intent="error">
          <MessageBarBody>{table.error}</MessageBarBody>
        </MessageBar>
      )}
      {read && (
        <Accordion collapsible multiple>
          <AccordionItem value="columns">
            <AccordionHeader size="small">
              {t("pane.columns", { count: read.columns.length })}
            </AccordionHeader>
            <AccordionPanel>
              <p className="gp-small">
                {t("pane.regionColumn", {
                  column: columnLetter(table.source.col + read.regionColumn),
                  header: table.headers[read.regionColumn] || t("pane.noHeader"),
                })}
              </p>
              {read.columns.map((m) => (
                <Field key={m.field} label={fieldLabel(t, m.field)} size="small">
                  <Select
                    size="small"
                    value={`${i}:${m.column}`}
                    disabled={busy}
                    onChange={(_, d) => onMappingChange(m.field, parseKey(d.value)?.column ?? null)}
                  >
                    <option value={NOT_USED}>{t("pane.notUsed")}</option>
                    <ColumnOptions table={table} index={i} prefix="" />
                  </Select>
                </Field>
              ))}
            </AccordionPanel>
          </AccordionItem>
          {read.excluded.length > 0 && (
            <FoldedList value="left-out" title={t("pane.leftOut", { count: read.excluded.length })}>
              {read.excluded.map((e) => (
                <li key={e.gridRow}>
                  {t("pane.rowLeftOut", {
                    row: String(table.source.row + e.gridRow + 1),
                    text: e.text ? ` “${e.text}”` : "",
                    reason: e.reason,
                  })}
                </li>
              ))}
            </FoldedList>
          )}
        </Accordion>
      )}
    </div>
  );
}

/** The year: typed, or chosen among the years a multi-year table gives as columns. */
function YearField({
  view,
  typedYear,
  onYearChange,
  busy,
}: Pick<YearPanelProps, "view" | "typedYear" | "onYearChange" | "busy">) {
  const { t } = useLanguage();
  const hint = view.yearFrom ? t(YEAR_HINT[view.yearFrom]) : t("pane.year.notFound");
  if (view.yearChoices.length > 1)
    return (
      <Field label={t("pane.year.choice")} hint={hint} className="gp-year">
        <Select value={view.year ?? ""} onChange={(_, d) => onYearChange(d.value)} disabled={busy}>
          {view.yearChoices.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
    );
  return (
    <Field label={t("common.year")} hint={hint} className="gp-year">
      <Input
        value={typedYear ?? view.year ?? ""}
        onChange={(_, d) => onYearChange(d.value)}
        disabled={busy}
        inputMode="numeric"
      />
    </Field>
  );
}

export function YearPanel(props: YearPanelProps) {
  const { t } = useLanguage();
  const { view, title } = props;
  const multi = view.tables.length > 1;
  return (
    <section aria-label={title} className="gp-card">
      <h3>{title}</h3>
      <YearField
        view={view}
        typedYear={props.typedYear}
        onYearChange={props.onYearChange}
        busy={props.busy}
      />
      {view.tables.map((table, i) => (
        <TablePart
          key={i}
          table={table}
          i={i}
          multi={multi}
          busy={props.busy}
          onRemove={() => props.onRemoveTable(i)}
          onMappingChange={(field, column) => props.onMappingChange(i, field, column)}
        />
      ))}
      {view.industry && (
        <IndustryPanel
          industry={view.industry}
          busy={props.busy}
          onItChange={props.onItChange}
          onRemove={props.onRemoveIndustry}
        />
      )}
      {view.missing.map((m) => (
        <div
          key={m.code}
          className="gp-missing"
          role="group"
          aria-label={t("pane.missingGroup", { code: m.code })}
        >
          <MessageBar intent="warning">
            <MessageBarBody>{m.message}</MessageBarBody>
          </MessageBar>
          {[m.code as FieldCode, ...m.absent].map((field) => (
            <Field
              key={field}
              label={t("pane.columnOf", { field: fieldLabel(t, field) })}
              size="small"
            >
              <Select
                size="small"
                value=""
                disabled={props.busy}
                onChange={(_, d) => {
                  const k = parseKey(d.value);
                  if (k) props.onMappingChange(k.table, field, k.column);
                }}
              >
                <option value="">{t("pane.chooseColumn")}</option>
                {view.tables.map((table, i) => (
                  <ColumnOptions
                    key={i}
                    table={table}
                    index={i}
                    prefix={multi ? `${t("pane.tableN", { n: String(i + 1) })}, ` : ""}
                  />
                ))}
              </Select>
            </Field>
          ))}
        </div>
      ))}
    </section>
  );
}
