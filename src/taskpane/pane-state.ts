/**
 * The pane's state and every change to it, as a reducer: what was read, the options, what is
 * running and what the last action left to say. Pure: no React, no Office. `built` is true after
 * a successful build until something changes, so a second press cannot quietly add copies.
 */
import type { Lang } from "../i18n";
import type { BuildOptions, Progress } from "./components/BuildPanel";
import type { Stage2, YearInput } from "./session";

export type Notice = { kind: "error" | "success"; text: string } | null;

export interface PaneState {
  lang: Lang;
  years: YearInput[];
  options: BuildOptions;
  optionsOpen: boolean;
  progress: Progress | null;
  notice: Notice;
  readNotice: string | null;
  reading: boolean;
  stage2: Stage2 | null;
  /** The sheet the first-run card wrote the sample to. */
  sampleSheet: string | null;
  /** The sheets of the last successful build, until the input or an option changes. */
  built: string[] | null;
}

export type PaneAction =
  | { type: "lang"; lang: Lang }
  | { type: "years"; change: (years: YearInput[]) => YearInput[] }
  | { type: "options"; change: Partial<BuildOptions> }
  | { type: "optionsOpen"; open: boolean }
  | { type: "readStart" }
  | { type: "readFailed"; text: string }
  | { type: "readEnd" }
  | { type: "stage2"; stage2: Stage2 }
  | { type: "sampleWritten"; sheet: string }
  | { type: "selectFailed"; text: string }
  | { type: "buildStart"; progress: Progress }
  | { type: "buildProgress"; progress: Progress }
  | { type: "buildDone"; sheets: string[]; text: string }
  | { type: "buildFailed"; text: string }
  | { type: "langFailed"; text: string };

export const DEFAULT_OPTIONS: BuildOptions = {
  formulas: true,
  alphabet: "latin",
  missing: "error",
};

export function initialPaneState(lang: Lang, options: Partial<BuildOptions> = {}): PaneState {
  return {
    lang,
    years: [],
    options: { ...DEFAULT_OPTIONS, ...options },
    optionsOpen: false,
    progress: null,
    notice: null,
    readNotice: null,
    reading: false,
    stage2: null,
    sampleSheet: null,
    built: null,
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "lang":
      return { ...state, lang: action.lang };
    case "years":
      return { ...state, years: action.change(state.years), notice: null, built: null };
    case "options":
      return {
        ...state,
        options: { ...state.options, ...action.change },
        notice: null,
        built: null,
      };
    case "optionsOpen":
      return { ...state, optionsOpen: action.open };
    case "readStart":
      return { ...state, reading: true, readNotice: null, notice: null };
    case "readFailed":
      return { ...state, readNotice: action.text };
    case "readEnd":
      return { ...state, reading: false };
    case "stage2":
      return { ...state, stage2: action.stage2 };
    case "sampleWritten":
      return { ...state, sampleSheet: action.sheet };
    case "selectFailed":
      return { ...state, readNotice: action.text };
    case "buildStart":
      return { ...state, notice: null, progress: action.progress };
    case "buildProgress":
      return { ...state, progress: action.progress };
    case "buildDone":
      return {
        ...state,
        progress: null,
        built: action.sheets,
        notice: { kind: "success", text: action.text },
      };
    case "buildFailed":
      return { ...state, progress: null, notice: { kind: "error", text: action.text } };
    case "langFailed":
      return { ...state, notice: { kind: "error", text: action.text } };
  }
}
