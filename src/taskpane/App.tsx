/**
 * The task pane, as three steps: the table (read the selected yearbook table, optionally one
 * more table or a second year), the check (findings, the preview), and the build (options; the
 * button in a footer that stays in view, with one line saying what to do next). The state and
 * the actions are usePane's; this file lays them out. No Office calls here.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import type { Lang } from "../i18n";
import type { WorkbookPort } from "../office/types";
import { BuildFooter, BuildNotice, OptionsPanel } from "./components/BuildPanel";
import { CheckStep } from "./components/CheckStep";
import { PaneHeader } from "./components/PaneHeader";
import { TableStep } from "./components/TableStep";
import { LanguageContext } from "./lang";
import { blockingReasons } from "./next-step";
import { usePane } from "./use-pane";

export interface AppProps {
  port: WorkbookPort;
  /** The language to start in (Office's display language); the pane's switch changes it. */
  lang?: Lang;
}

export function App({ port, lang: initial = "en" }: AppProps) {
  const pane = usePane(port, initial);
  const { state, dispatch, language, views, next, busy } = pane;
  const { t } = language;
  const building = state.progress !== null;

  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);

  return (
    <LanguageContext.Provider value={language}>
      <FluentProvider theme={webLightTheme} className="gp-shell">
        <PaneHeader
          step={next.step}
          busy={busy}
          onLangChange={(lang) => dispatch({ type: "lang", lang })}
        />
        <main className="gp-main">
          <TableStep
            views={views}
            years={state.years}
            busy={busy}
            reading={state.reading}
            readNotice={state.readNotice}
            onRead={(i, mode) => void pane.read(i, mode)}
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
            <BuildNotice notice={state.notice} />
          </div>
        </main>
        <BuildFooter
          next={next}
          sheetCount={pane.plan?.sheets.length ?? 0}
          progress={state.progress}
          onBuild={() => void pane.build()}
        />
      </FluentProvider>
    </LanguageContext.Provider>
  );
}
