/**
 * The task pane, as three steps: the table (read the selected yearbook table, optionally one
 * more table or a second year), the check (findings in one line, the preview), and the build
 * (options folded; the button in a footer that stays in view). All workbook access goes
 * through the WorkbookPort it is given, so this file has no Office calls.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Field,
  ProgressBar,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../i18n";
import { cellAddress } from "../office/a1";
import { renameSheets } from "../office/sheet-name";
import type { WorkbookPort, WriteProgress } from "../office/types";
import { buildRatingPlan } from "../sheet/workbook";
import type { YearSpecialisation } from "../sheet/stage2";
import type { Field as FieldCode, RatedYear } from "../sheet/types";
import { BuildFooter, BuildOptions, OptionsPanel } from "./components/BuildPanel";
import { FindingsList, ListedFinding } from "./components/FindingsList";
import { GrowthList } from "./components/GrowthList";
import { PreviewList } from "./components/PreviewList";
import { YearPanel } from "./components/YearPanel";
// Robustness (issue 15): its state and work live in ./robustness.
import { RobustnessPanel, RobustnessPreview } from "./components/RobustnessPanel";
import { DEFAULT_ROBUSTNESS, useRobustness, withRobustness } from "./robustness";
import { describeError } from "./errors";
import { LanguageContext, paneLanguage, useLanguage } from "./lang";
import { findingLocation, ratingSheetNames, Stage2, viewYear, YearInput } from "./session";

export interface AppProps {
  port: WorkbookPort;
  /** The language to start in (Office's display language); the pane's switch changes it. */
  lang?: Lang;
}

type Notice = { kind: "error" | "success"; text: string } | null;

const PROGRESS_STEPS = [
  [0.05, "pane.progress.layout"],
  [0.1, "pane.progress.names"],
  [0.3, "pane.progress.adding"],
  [0.999, "pane.progress.writing"],
  [1, "pane.progress.done"],
] as const;

/** The writer reports its step in English: the pane names it by how far it has got. */
function progressStep(fraction: number) {
  return (PROGRESS_STEPS.find(([upTo]) => fraction <= upTo) ?? PROGRESS_STEPS[4])[1];
}

/** The language switch: each language named in itself. */
function LanguageSwitch({ onChange }: { onChange(lang: Lang): void }) {
  const { t, lang } = useLanguage();
  return (
    <Select
      size="small"
      aria-label={t("pane.language")}
      value={lang}
      onChange={(_, d) => onChange(d.value === "ru" ? "ru" : "en")}
      className="gp-lang"
    >
      <option value="ru" lang="ru">
        Русский
      </option>
      <option value="en" lang="en">
        English
      </option>
    </Select>
  );
}

function Steps({ current }: { current: 0 | 1 | 2 }) {
  const { t } = useLanguage();
  const names = [t("pane.step.table"), t("pane.step.check"), t("pane.step.build")];
  return (
    <ol className="gp-steps" aria-label={t("pane.steps")}>
      {names.map((name, i) => (
        <li
          key={i}
          aria-current={i === current ? "step" : undefined}
          className={i <= current ? "gp-done" : ""}
        >
          {name}
        </li>
      ))}
    </ol>
  );
}

export function App({ port, lang: initial = "en" }: AppProps) {
  const [lang, setLang] = useState<Lang>(initial);
  const language = useMemo(() => paneLanguage(lang), [lang]);
  const { t } = language;
  const [years, setYears] = useState<YearInput[]>([]);
  const [options, setOptions] = useState<BuildOptions>({
    formulas: true,
    alphabet: "latin",
    missing: "error",
  });
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [progress, setProgress] = useState<WriteProgress | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [readNotice, setReadNotice] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [stage2, setStage2] = useState<Stage2 | null>(null);
  const [robust, setRobust] = useState(DEFAULT_ROBUSTNESS);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const { missing } = options;
  const views = useMemo(
    () => years.map((y) => viewYear(y, { missing, lang, stage2 })),
    [years, missing, lang, stage2]
  );
  const rated =
    views.length > 0 && views.every((v) => v.rated !== null)
      ? views.map((v) => v.rated as RatedYear)
      : null;
  const ordered = rated ? [...rated].sort((a, b) => a.year.localeCompare(b.year)) : null;
  const robustness = useRobustness(ordered, robust);

  const blocked = (() => {
    if (years.length === 0) return t("pane.blocked.start");
    const failed = views.findIndex((v) => v.error !== null);
    if (failed >= 0)
      return views.length > 1
        ? t("pane.blocked.inYear", { n: String(failed + 1), message: views[failed].error ?? "" })
        : views[failed].error;
    if (ordered && ordered.length === 2 && ordered[0].year === ordered[1].year)
      return t("pane.blocked.sameYear", { year: ordered[0].year });
    return null;
  })();
  // A year refused for missing values is built once a policy is chosen: show where it is.
  const needsPolicy =
    missing === "error" &&
    views.some((v) => v.findings.some((f) => f.kind === "missing" && f.severity === "error"));

  useEffect(() => {
    if (needsPolicy) setOptionsOpen(true);
  }, [needsPolicy]);

  // Stage 2: the specialisation of each year with a usable industry table, and the candidates.
  const specs: YearSpecialisation[] = views.flatMap((v) =>
    v.industry?.reading.ok ? [v.industry.reading.spec] : []
  );
  const poles =
    stage2 && ordered && specs.length > 0 ? stage2.growthPoles(ordered, specs, {}, lang) : null;

  const findings: ListedFinding[] = views.flatMap((view) => [
    ...view.findings.map((finding) => {
      const at = findingLocation(view, finding);
      return {
        finding,
        year: views.length > 1 ? view.year : null,
        place: at ? `${at.sheet}!${cellAddress(at.row, at.col)}` : null,
      };
    }),
    ...(view.industry?.reading.ok ? view.industry.reading.spec.findings : []).map((finding) => ({
      finding,
      year: views.length > 1 ? view.year : null,
      place: null,
    })),
  ]);

  const update = (index: number, change: (y: YearInput) => YearInput | null) => {
    setNotice(null);
    setYears((ys) =>
      ys.map((y, i) => (i === index ? change(y) : y)).filter((y): y is YearInput => y !== null)
    );
  };

  /**
   * Reads the selection into a year: as its only table, as one more table, as a new year, or as
   * the year's industry table (stage 2).
   */
  async function read(index: number, mode: "replace" | "add" | "industry") {
    setReadNotice(null);
    setNotice(null);
    setReading(true);
    try {
      if (mode === "industry" && !stage2)
        setStage2(await import(/* webpackChunkName: "stage2" */ "./stage2-chunk"));
      const source = await port.readSelection();
      setYears((ys) => {
        const next = [...ys];
        if (mode === "industry" && next[index])
          next[index] = { ...next[index], industry: { source, itIndustry: null } };
        else if (mode === "replace" || !next[index])
          next[index] = { tables: [{ source, mapping: {} }], year: next[index]?.year ?? null };
        else
          next[index] = {
            ...next[index],
            tables: [...next[index].tables, { source, mapping: {} }],
          };
        return next;
      });
    } catch (e) {
      setReadNotice(describeError(t, e, "pane.error.read"));
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
      setReadNotice(describeError(t, e, "pane.error.select", { place: item.place ?? "" }));
    }
  }

  async function build() {
    if (!ordered || blocked || robustnessBlock) return;
    setNotice(null);
    setProgress({ step: t("pane.progress.layout"), fraction: 0.05 });
    try {
      const sourceOf = (year: string) =>
        views.find((v) => v.year === year)?.tables[0]?.source.sheet ?? null;
      const named = ordered.map((y) => ({ year: y.year, source: sourceOf(y.year) }));
      const laidOut = buildRatingPlan(ordered, {
        formulas: options.formulas,
        alphabet: options.alphabet,
        lang,
      });
      const rating = renameSheets(laidOut, ratingSheetNames(laidOut, named, lang));
      // Stage 2 after the rating sheets, whose cells its formulas read.
      const plan =
        stage2 && specs.length > 0
          ? stage2.addStage2Sheets(rating, ordered, specs, {
              formulas: options.formulas,
              alphabet: options.alphabet,
              lang,
            }).plan
          : rating;
      const full = withRobustness(plan, ordered, robustness.results, poles, { ...options, lang });
      const result = await port.writePlan(full, (p) =>
        setProgress({ step: t(progressStep(p.fraction)), fraction: p.fraction })
      );
      const names = result.sheetNames;
      setNotice({
        kind: "success",
        text:
          names.length === 1
            ? t("pane.built", { sheet: names[0] })
            : t("pane.builtMany", { sheets: names.map((n) => `“${n}”`).join(", ") }),
      });
    } catch (e) {
      setNotice({ kind: "error", text: describeError(t, e, "pane.error.build") });
    } finally {
      setProgress(null);
    }
  }

  // The build waits for a robustness check that is asked for and still running (or failed).
  const robustnessBlock =
    robust.on && !robustness.results
      ? robustness.error
        ? t("robust.pane.failed", {
            message: describeError(t, robustness.error, "pane.error.build"),
          })
        : t("robust.pane.waiting")
      : null;
  const busy = reading || progress !== null;
  const step = years.length === 0 ? 0 : blocked ? 1 : 2;
  return (
    <LanguageContext.Provider value={language}>
      <FluentProvider theme={webLightTheme} className="gp-shell">
        <header className="gp-header">
          <div className="gp-title">
            <h1>{t("pane.title")}</h1>
            <LanguageSwitch onChange={setLang} />
          </div>
          <Steps current={step} />
        </header>
        <main className="gp-main">
          <div className="gp-step">
            <h2>
              <span className="gp-n">1</span> {t("pane.step.table")}
            </h2>
            {years.length === 0 && <p>{t("pane.intro")}</p>}
            <div className="gp-actions">
              <Button
                appearance={years.length === 0 ? "primary" : "secondary"}
                onClick={() => read(0, "replace")}
                disabled={busy}
              >
                {t("pane.useSelection")}
              </Button>
              {years.length >= 1 && (
                <Button onClick={() => read(0, "add")} disabled={busy}>
                  {views[0].year
                    ? t("pane.addTable", { year: views[0].year })
                    : t("pane.addTableThisYear")}
                </Button>
              )}
              {years.length === 1 && (
                <Button onClick={() => read(1, "replace")} disabled={busy}>
                  {t("pane.addSecondYear")}
                </Button>
              )}
              {views.map((view, i) => (
                <Button key={`industry-${i}`} onClick={() => read(i, "industry")} disabled={busy}>
                  {view.year
                    ? t("pane.addIndustryTable", { year: view.year })
                    : t("pane.addIndustryTableThisYear")}
                </Button>
              ))}
              {years.length === 2 && (
                <Button onClick={() => read(1, "add")} disabled={busy}>
                  {views[1].year
                    ? t("pane.addTable", { year: views[1].year })
                    : t("pane.addTableThisYear")}
                </Button>
              )}
            </div>
            {reading && (
              <Field label={t("pane.reading")}>
                <ProgressBar />
              </Field>
            )}
            {readNotice && (
              <MessageBar intent="error">
                <MessageBarBody>{readNotice}</MessageBarBody>
              </MessageBar>
            )}
            {views.map((view, i) => (
              <YearPanel
                key={i}
                title={
                  years.length > 1 ? t("pane.yearN", { n: String(i + 1) }) : t("pane.recognised")
                }
                view={view}
                typedYear={years[i].year}
                onYearChange={(year) => update(i, (y) => ({ ...y, year }))}
                onMappingChange={(tb, field: FieldCode, column) =>
                  update(i, (y) => ({
                    ...y,
                    tables: y.tables.map((table, k) =>
                      k === tb
                        ? { ...table, mapping: { ...table.mapping, [field]: column } }
                        : table
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
                    y.tables.length === 1
                      ? null
                      : { ...y, tables: y.tables.filter((_, k) => k !== tb) }
                  )
                }
              />
            ))}
          </div>
          {years.length > 0 && (
            <div className="gp-step">
              <h2>
                <span className="gp-n">2</span> {t("pane.step.check")}
              </h2>
              <FindingsList findings={findings} onSelect={select} />
              {ordered && <PreviewList years={ordered} alphabet={options.alphabet} />}
              {poles && <GrowthList poles={poles} />}
              {ordered && robustness.results && (
                <RobustnessPreview years={ordered} results={robustness.results} />
              )}
            </div>
          )}
          <div className="gp-step">
            <h2>
              <span className="gp-n">3</span> {t("pane.step.build")}
            </h2>
            <OptionsPanel
              {...options}
              open={optionsOpen || needsPolicy}
              onOpenChange={setOptionsOpen}
              disabled={progress !== null}
              onChange={(change) => {
                setNotice(null);
                setOptions((o) => ({ ...o, ...change }));
              }}
            />
            <RobustnessPanel
              choice={robust}
              onChange={setRobust}
              progress={robustness.progress}
              disabled={progress !== null}
            />
          </div>
        </main>
        <BuildFooter
          blocked={blocked ?? robustnessBlock}
          progress={progress}
          notice={notice}
          onBuild={build}
        />
      </FluentProvider>
    </LanguageContext.Provider>
  );
}
