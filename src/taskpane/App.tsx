/**
 * The task pane: read the selected yearbook table (and optionally a second table or a second
 * year), show what was recognised and the rating it gives, then write the rating sheet. All
 * workbook access goes through the WorkbookPort it is given, so this file has no Office calls.
 */
import {
  DefaultButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
} from "@fluentui/react";
import { useMemo, useState } from "react";
import type { Alphabet, MissingPolicy } from "../core";
import { cellAddress } from "../office/a1";
import { describeOfficeError } from "../office/errors";
import { renameSheets } from "../office/sheet-name";
import type { WorkbookPort, WriteProgress } from "../office/types";
import { buildRatingPlan } from "../sheet/plan";
import type { Field, RatedYear } from "../sheet/types";
import { BuildPanel } from "./components/BuildPanel";
import { FindingsList, ListedFinding } from "./components/FindingsList";
import { PreviewList } from "./components/PreviewList";
import { YearPanel } from "./components/YearPanel";
import { registerPaneIcons } from "./icons";
import { findingLocation, ratingSheetNames, viewYear, YearInput } from "./session";

registerPaneIcons();

export interface AppProps {
  port: WorkbookPort;
}

type Notice = { kind: "error" | "success"; text: string } | null;

export function App({ port }: AppProps) {
  const [years, setYears] = useState<YearInput[]>([]);
  const [formulas, setFormulas] = useState(true);
  const [alphabet, setAlphabet] = useState<Alphabet>("latin");
  const [missing, setMissing] = useState<MissingPolicy>("error");
  const [progress, setProgress] = useState<WriteProgress | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [readNotice, setReadNotice] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const views = useMemo(() => years.map((y) => viewYear(y, { missing })), [years, missing]);
  const rated =
    views.length > 0 && views.every((v) => v.rated !== null)
      ? views.map((v) => v.rated as RatedYear)
      : null;
  const ordered = rated ? [...rated].sort((a, b) => a.year.localeCompare(b.year)) : null;

  const blocked = (() => {
    if (years.length === 0) return "Select the yearbook table and press “Use selection”.";
    const failed = views.findIndex((v) => v.error !== null);
    if (failed >= 0)
      return `${views.length > 1 ? `Year ${failed + 1}: ` : ""}${views[failed].error}`;
    if (ordered && ordered.length === 2 && ordered[0].year === ordered[1].year)
      return `Both years are ${ordered[0].year}: change one of them.`;
    return null;
  })();

  const findings: ListedFinding[] = views.flatMap((view) =>
    view.findings.map((finding) => {
      const at = findingLocation(view, finding);
      return {
        finding,
        year: views.length > 1 ? view.year : null,
        place: at ? `${at.sheet}!${cellAddress(at.row, at.col)}` : null,
      };
    })
  );

  const update = (index: number, change: (y: YearInput) => YearInput | null) => {
    setNotice(null);
    setYears((ys) =>
      ys.map((y, i) => (i === index ? change(y) : y)).filter((y): y is YearInput => y !== null)
    );
  };

  /** Reads the selection into a year: as its only table, as one more table, or as a new year. */
  async function read(index: number, mode: "replace" | "add") {
    setReadNotice(null);
    setNotice(null);
    setReading(true);
    try {
      const source = await port.readSelection();
      setYears((ys) => {
        const next = [...ys];
        if (mode === "replace" || !next[index])
          next[index] = { tables: [{ source, mapping: {} }], year: next[index]?.year ?? null };
        else
          next[index] = {
            ...next[index],
            tables: [...next[index].tables, { source, mapping: {} }],
          };
        return next;
      });
    } catch (e) {
      setReadNotice(describeOfficeError(e, "Reading the selection"));
    } finally {
      setReading(false);
    }
  }

  async function select(item: ListedFinding) {
    const view = views.find((v) => v.findings.includes(item.finding));
    const at = view ? findingLocation(view, item.finding) : null;
    if (!at) return;
    try {
      await port.selectCell(at.sheet, at.row, at.col);
    } catch (e) {
      setReadNotice(describeOfficeError(e, `Selecting ${item.place}`));
    }
  }

  async function build() {
    if (!ordered || blocked) return;
    setNotice(null);
    setProgress({ step: "Laying out the sheet", fraction: 0.05 });
    try {
      const sourceOf = (year: string) =>
        views.find((v) => v.year === year)?.tables[0]?.source.sheet ?? null;
      const named = ordered.map((y) => ({ year: y.year, source: sourceOf(y.year) }));
      const laidOut = buildRatingPlan(ordered, { formulas, alphabet });
      const plan = renameSheets(laidOut, ratingSheetNames(laidOut, named));
      const result = await port.writePlan(plan, setProgress);
      setNotice({
        kind: "success",
        text: `Added the sheet “${result.sheetNames[0]}” (${result.syncs} round trips to Excel). The source sheets were not changed.`,
      });
    } catch (e) {
      // PlanWriteError already says whether the workbook is as before.
      setNotice({
        kind: "error",
        text:
          e instanceof Error && e.name === "PlanWriteError"
            ? e.message
            : describeOfficeError(e, "Building the rating sheet"),
      });
    } finally {
      setProgress(null);
    }
  }

  const busy = reading || progress !== null;
  return (
    <Stack className="gp-pane" tokens={{ childrenGap: 12 }}>
      <header>
        <Text variant="xLarge" as="h1">
          Innovation rating sheet
        </Text>
        <Text as="p">
          Select a yearbook table (the region names and the indicator columns with their headers),
          then press “Use selection”.
        </Text>
      </header>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text="Use selection" onClick={() => read(0, "replace")} disabled={busy} />
        {years.length >= 1 && (
          <DefaultButton
            text={`Add a table to ${views[0].year ?? "this year"}`}
            onClick={() => read(0, "add")}
            disabled={busy}
          />
        )}
        {years.length === 1 && (
          <DefaultButton
            text="Add a second year"
            onClick={() => read(1, "replace")}
            disabled={busy}
          />
        )}
        {years.length === 2 && (
          <DefaultButton
            text={`Add a table to ${views[1].year ?? "the second year"}`}
            onClick={() => read(1, "add")}
            disabled={busy}
          />
        )}
      </Stack>
      {reading && (
        <Spinner size={SpinnerSize.small} label="Reading the selection…" labelPosition="right" />
      )}
      {readNotice && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          onDismiss={() => setReadNotice(null)}
        >
          {readNotice}
        </MessageBar>
      )}
      {views.map((view, i) => (
        <YearPanel
          key={i}
          title={years.length > 1 ? `Year ${i + 1}` : "What was recognised"}
          view={view}
          typedYear={years[i].year}
          onYearChange={(year) => update(i, (y) => ({ ...y, year }))}
          onMappingChange={(t, field: Field, column) =>
            update(i, (y) => ({
              ...y,
              tables: y.tables.map((tb, k) =>
                k === t ? { ...tb, mapping: { ...tb.mapping, [field]: column } } : tb
              ),
            }))
          }
          onRemoveTable={(t) =>
            update(i, (y) =>
              y.tables.length === 1 ? null : { ...y, tables: y.tables.filter((_, k) => k !== t) }
            )
          }
        />
      ))}
      {(ordered || findings.length > 0) && (
        <div className="gp-results">
          {ordered && <PreviewList years={ordered} alphabet={alphabet} />}
          {years.length > 0 && <FindingsList findings={findings} onSelect={select} />}
        </div>
      )}
      <BuildPanel
        formulas={formulas}
        alphabet={alphabet}
        onFormulasChange={setFormulas}
        onAlphabetChange={setAlphabet}
        missing={missing}
        onMissingChange={(policy) => {
          setNotice(null);
          setMissing(policy);
        }}
        blocked={blocked}
        progress={progress}
        notice={notice}
        onBuild={build}
      />
    </Stack>
  );
}
