/**
 * Step 1: "Use selection", the one "Add" action the next step needs, the other ways to add a
 * range folded in a menu, and each year as read. Buttons stay focusable while busy
 * (disabledFocusable), so focus is not lost when an action starts.
 */
import {
  Button,
  Field,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  ProgressBar,
} from "@fluentui/react-components";
import type { Field as FieldCode } from "../../sheet/types";
import { useLanguage } from "../lang";
import type { YearInput, YearView } from "../session";
import type { ReadMode } from "../use-pane";
import { YearPanel } from "./YearPanel";

interface AddAction {
  id: string;
  label: string;
  index: number;
  mode: ReadMode;
}

/** Every way to add a range, the most likely next one first. */
function addActions(
  t: ReturnType<typeof useLanguage>["t"],
  views: readonly YearView[]
): AddAction[] {
  const table = (i: number): AddAction => ({
    id: `add-${i}`,
    label: views[i].year ? t("pane.addTable", { year: views[i].year }) : t("pane.addTableThisYear"),
    index: i,
    mode: "add",
  });
  const industry = (i: number): AddAction => ({
    id: `industry-${i}`,
    label: views[i].year
      ? t("pane.addIndustryTable", { year: views[i].year })
      : t("pane.addIndustryTableThisYear"),
    index: i,
    mode: "industry",
  });
  const second: AddAction = {
    id: "year-2",
    label: t("pane.addSecondYear"),
    index: 1,
    mode: "replace",
  };
  if (views.length === 0) return [];
  const actions = [table(0)];
  if (views.length === 1) actions.push(second);
  else actions.push(table(1));
  return [...actions, ...views.map((_, i) => industry(i))];
}

export interface TableStepProps {
  views: readonly YearView[];
  years: readonly YearInput[];
  busy: boolean;
  reading: boolean;
  readNotice: string | null;
  onRead(index: number, mode: ReadMode): void;
  onYearChange(index: number, change: (y: YearInput) => YearInput | null): void;
}

function Actions({ views, busy, onRead }: Pick<TableStepProps, "views" | "busy" | "onRead">) {
  const { t } = useLanguage();
  const actions = addActions(t, views);
  // The activity table is the usual next step while a year has one range; else all are in the menu.
  const shown = views.length > 0 && views[0].tables.length === 1 ? actions.slice(0, 1) : [];
  const folded = actions.slice(shown.length);
  return (
    <div className="gp-actions">
      <Button
        appearance={views.length === 0 ? "primary" : "secondary"}
        onClick={() => onRead(0, "replace")}
        disabledFocusable={busy}
        data-action="use"
      >
        {t("pane.useSelection")}
      </Button>
      {shown.map((a) => (
        <Button
          key={a.id}
          onClick={() => onRead(a.index, a.mode)}
          disabledFocusable={busy}
          data-action={a.id}
        >
          {a.label}
        </Button>
      ))}
      {folded.length > 0 && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton disabledFocusable={busy} data-action="more">
              {t("pane.addMore")}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {folded.map((a) => (
                <MenuItem key={a.id} onClick={() => onRead(a.index, a.mode)}>
                  {a.label}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
    </div>
  );
}

export function TableStep(props: TableStepProps) {
  const { t } = useLanguage();
  const { views, years, busy } = props;
  const update = props.onYearChange;
  return (
    <div className="gp-step">
      <h2>
        <span className="gp-n">1</span> {t("pane.step.table")}
      </h2>
      <Actions views={views} busy={busy} onRead={props.onRead} />
      {props.reading && (
        <Field label={t("pane.reading")}>
          <ProgressBar />
        </Field>
      )}
      {props.readNotice && (
        <MessageBar intent="error">
          <MessageBarBody>{props.readNotice}</MessageBarBody>
        </MessageBar>
      )}
      {views.map((view, i) => (
        <YearPanel
          key={i}
          title={years.length > 1 ? t("pane.yearN", { n: String(i + 1) }) : t("pane.recognised")}
          view={view}
          busy={busy}
          typedYear={years[i].year}
          onYearChange={(year) => update(i, (y) => ({ ...y, year }))}
          onMappingChange={(tb, field: FieldCode, column) =>
            update(i, (y) => ({
              ...y,
              tables: y.tables.map((table, k) =>
                k === tb ? { ...table, mapping: { ...table.mapping, [field]: column } } : table
              ),
            }))
          }
          onItChange={(column) =>
            update(i, (y) =>
              y.industry ? { ...y, industry: { ...y.industry, itIndustry: column } } : y
            )
          }
          onRemoveIndustry={() => update(i, (y) => ({ ...y, industry: null }))}
          onRemoveTable={(tb) =>
            update(i, (y) =>
              y.tables.length === 1 ? null : { ...y, tables: y.tables.filter((_, k) => k !== tb) }
            )
          }
        />
      ))}
    </div>
  );
}
