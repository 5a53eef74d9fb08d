/**
 * The task pane, as three steps: the table (read the selected yearbook table, optionally one
 * more table or a second year), the check (findings, the preview), and the build (options; the
 * button in a footer that stays in view, with one line saying what to do next). The state and
 * the actions are usePane's; this file lays them out. No Office calls here.
 */
import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../i18n";
import type { ChoiceStore, WorkbookPort } from "../office/types";
import { loadChoices, saveChoices } from "./choices";
import { BuildFooter, BuildNotice, OptionsPanel } from "./components/BuildPanel";
import { CheckStep } from "./components/CheckStep";
import { PaneHeader } from "./components/PaneHeader";
import { TableStep } from "./components/TableStep";
import { LanguageContext, switchLanguage } from "./lang";
import { keepFocus } from "./focus";
import { blockingReasons } from "./next-step";
import { usePane } from "./use-pane";
// Robustness (issue 15): the choice is kept here; the work is in ./robustness.
import { RobustnessPanel, RobustnessPreview } from "./components/RobustnessPanel";
import { DEFAULT_ROBUSTNESS } from "./robustness";

export interface AppProps {
  port: WorkbookPort;
  /** The language to start in (Office's display language); the pane's switch changes it. */
  lang?: Lang;
  /** Where the user's choices are remembered between sessions (none: not remembered). */
  store?: ChoiceStore;
  /** Office's dark theme, when Office shows one (high contrast is followed by CSS). */
  theme?: Theme;
}

export function App({ port, lang: initial = "en", store, theme = webLightTheme }: AppProps) {
  const [saved] = useState(() => loadChoices(store));
  const [robust, setRobust] = useState(DEFAULT_ROBUSTNESS);
  const pane = usePane(port, saved.lang ?? initial, saved.options, robust);
  const { state, dispatch, language, views, next, busy } = pane;
  const { t } = language;
  const building = state.progress !== null;

  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);
  // A language is remembered once the user has picked one; until then Office's decides.
  useEffect(() => {
    const picked = saved.lang !== null || state.lang !== initial ? state.lang : null;
    saveChoices(store, picked, state.options);
  }, [store, saved.lang, initial, state.lang, state.options]);

  return (
    <LanguageContext.Provider value={language}>
      <FluentProvider theme={theme} className="gp-shell">
        <PaneHeader
          step={next.step}
          busy={busy}
          onLangChange={(lang) =>
            switchLanguage(
              lang,
              () => dispatch({ type: "lang", lang }),
              (message) =>
                dispatch({ type: "langFailed", text: t("pane.error.language", { message }) })
            )
          }
        />
        <main className="gp-main">
          <TableStep
            views={views}
            years={state.years}
            busy={busy}
            reading={state.reading}
            readNotice={state.readNotice}
            onRead={(i, mode, action) => keepFocus(action, ["more", "use"], pane.read(i, mode))}
            sampleSheet={state.sampleSheet}
            onTrySample={() => keepFocus("sample", ["use"], pane.trySample())}
            onYearChange={(index, change) =>
              dispatch({
                type: "years",
                change: (ys) =>
                  ys.map((y, i) => (i === index ? change(y) : y)).filter((y) => y !== null),
              })
            }
          />
          {views.length > 0 && (
            <CheckStep
              findings={pane.findings}
              reasons={blockingReasons(views)}
              ordered={pane.ordered}
              poles={pane.poles}
              alphabet={state.options.alphabet}
              busy={busy}
              onSelect={(item) => void pane.select(item)}
            />
          )}
          {pane.ordered && pane.robustness.results && (
            <RobustnessPreview years={pane.ordered} results={pane.robustness.results} />
          )}
          <div className="gp-step">
            <h2>
              <span className="gp-n">3</span> {t("pane.step.build")}
            </h2>
            <OptionsPanel
              {...state.options}
              open={state.optionsOpen || pane.needsPolicy}
              onOpenChange={(open) => dispatch({ type: "optionsOpen", open })}
              disabled={building}
              onChange={(change) => dispatch({ type: "options", change })}
            />
            <RobustnessPanel
              choice={robust}
              onChange={setRobust}
              progress={pane.robustness.progress}
              disabled={building}
            />
            <BuildNotice notice={state.notice} />
          </div>
        </main>
        <BuildFooter
          next={next}
          sheetCount={pane.plan?.sheets.length ?? 0}
          progress={state.progress}
          onBuild={() => keepFocus("build", ["use"], pane.build())}
        />
      </FluentProvider>
    </LanguageContext.Provider>
  );
}
