/**
 * Entry of the task pane, kept tiny: the page is also the custom functions' shared runtime, and
 * functions.js (loaded before this file) registers them first. The pane's code (React, Fluent
 * UI) is a separate chunk fetched once Office is ready, side by side with the words of the one
 * language the pane opens in (the other language's are fetched only if the user switches).
 * Outside Office, Office.js is absent (or reports no host) and the pane says so instead of failing.
 */
import { loadPaneWords } from "../i18n/pane-words";
import { displayLang, startLang } from "./start-lang";

function show(host: string | null): void {
  // A failure here is met again, and reported, by mount's own wait for the words.
  loadPaneWords(host === "Excel" ? startLang() : displayLang()).catch(() => undefined);
  void import(/* webpackChunkName: "pane" */ "./mount").then((pane) => pane.mount(host));
}

if (typeof Office === "undefined") {
  show(null);
} else {
  void Office.onReady((info) => {
    show(info.host === Office.HostType.Excel ? "Excel" : info.host ? String(info.host) : null);
  });
}
