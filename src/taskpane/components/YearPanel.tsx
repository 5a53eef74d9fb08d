/**
 * One year as read: the ranges it came from, the region column, each recognised column with a
 * dropdown to change it, the indicators that are missing and what would derive them, the year,
 * and the rows left out with why.
 */
import { Fragment } from "react";
import {
  DefaultButton,
  Dropdown,
  IDropdownOption,
  MessageBar,
  MessageBarType,
  Stack,
  Text,
  TextField,
} from "@fluentui/react";
import { columnLetter } from "../../sheet/a1";
import { FIELD_LABELS } from "../../sheet/headers";
import type { Field } from "../../sheet/types";
import type { YearView } from "../session";

export interface YearPanelProps {
  title: string;
  view: YearView;
  /** What the user typed (null until they type). */
  typedYear: string | null;
  onYearChange(year: string): void;
  /** Sets the column of a field in one table (null: do not use the field). */
  onMappingChange(table: number, field: Field, column: number | null): void;
  onRemoveTable(table: number): void;
}

const NOT_USED = "none";

/** Dropdown options for the columns of a range, named by their letters on the sheet. */
function columnOptions(
  headers: readonly string[],
  table: number,
  offset: number,
  prefix: string
): IDropdownOption[] {
  return headers.map((h, c) => ({
    key: `${table}:${c}`,
    text: `${prefix}${columnLetter(offset + c)}: ${h || "(no header)"}`,
  }));
}

function parseKey(key: string | number | undefined): { table: number; column: number } | null {
  if (typeof key !== "string" || key === NOT_USED) return null;
  const [t, c] = key.split(":").map(Number);
  return { table: t, column: c };
}

export function YearPanel(props: YearPanelProps) {
  const { view, title } = props;
  const multi = view.tables.length > 1;
  const allOptions = view.tables.flatMap((t, i) =>
    columnOptions(t.headers, i, t.source.col, multi ? `Table ${i + 1}, ` : "")
  );
  const yearDescription =
    view.yearFrom === "header"
      ? "Found in a header; type to change."
      : view.yearFrom === "sheet name"
        ? "Found in the sheet name; type to change."
        : view.yearFrom === "typed"
          ? "As typed."
          : "Not found: type the year.";

  return (
    <section aria-label={title} className="gp-card">
      <Stack tokens={{ childrenGap: 8 }}>
        <Text variant="large" as="h2">
          {title}
        </Text>
        <TextField
          label="Year"
          value={props.typedYear ?? view.year ?? ""}
          onChange={(_, v) => props.onYearChange(v ?? "")}
          description={yearDescription}
          styles={{ root: { maxWidth: 160 } }}
        />
        {view.tables.map((t, i) => (
          <Stack
            key={i}
            tokens={{ childrenGap: 4 }}
            className="gp-table"
            role="group"
            aria-label={`Table ${i + 1}`}
          >
            <Stack horizontal horizontalAlign="space-between" verticalAlign="center">
              <Text variant="mediumPlus">
                {multi ? `Table ${i + 1}: ` : ""}
                {t.source.sheet}!{t.source.address}
              </Text>
              <DefaultButton
                text="Remove"
                onClick={() => props.onRemoveTable(i)}
                ariaLabel={`Remove table ${i + 1}`}
                styles={{ root: { minWidth: 0, padding: "0 8px" } }}
              />
            </Stack>
            {t.source.fromUsedRange && (
              <Text variant="small">
                Nothing useful was selected, so the sheet’s used range was read.
              </Text>
            )}
            {t.error && <MessageBar messageBarType={MessageBarType.error}>{t.error}</MessageBar>}
            {t.table && (
              <>
                <Text>
                  Region column: <b>{columnLetter(t.source.col + t.table.regionColumn)}</b> “
                  {t.headers[t.table.regionColumn] || "(no header)"}”, {t.table.regions.length}{" "}
                  regions
                </Text>
                <div className="gp-map">
                  {t.table.columns.map((m) => (
                    <Fragment key={m.field}>
                      <Text variant="small" className="gp-map-label">
                        {FIELD_LABELS[m.field]}
                      </Text>
                      <Dropdown
                        ariaLabel={FIELD_LABELS[m.field]}
                        selectedKey={`${i}:${m.column}`}
                        options={[
                          { key: NOT_USED, text: "(not used)" },
                          ...columnOptions(t.headers, i, t.source.col, ""),
                        ]}
                        onChange={(_, o) =>
                          props.onMappingChange(i, m.field, parseKey(o?.key)?.column ?? null)
                        }
                      />
                    </Fragment>
                  ))}
                </div>
                {t.table.excluded.length > 0 && (
                  <div>
                    <Text variant="mediumPlus">Left out</Text>
                    <ul className="gp-excluded">
                      {t.table.excluded.map((e) => (
                        <li key={e.gridRow}>
                          Row {t.source.row + e.gridRow + 1}
                          {e.text ? ` “${e.text}”` : ""}: {e.reason}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </>
            )}
          </Stack>
        ))}
        {view.missing.map((m) => (
          <Stack
            key={m.code}
            tokens={{ childrenGap: 4 }}
            className="gp-missing"
            role="group"
            aria-label={`${m.code} missing`}
          >
            <MessageBar messageBarType={MessageBarType.warning}>{m.message}</MessageBar>
            <div className="gp-map">
              {[m.code as Field, ...m.absent].map((field) => (
                <Fragment key={field}>
                  <Text variant="small" className="gp-map-label">
                    {FIELD_LABELS[field]}
                  </Text>
                  <Dropdown
                    ariaLabel={`Column of ${FIELD_LABELS[field]}`}
                    placeholder="Choose a column"
                    options={allOptions}
                    onChange={(_, o) => {
                      const k = parseKey(o?.key);
                      if (k) props.onMappingChange(k.table, field, k.column);
                    }}
                  />
                </Fragment>
              ))}
            </div>
          </Stack>
        ))}
      </Stack>
    </section>
  );
}
