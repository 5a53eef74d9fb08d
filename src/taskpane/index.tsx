/**
 * Entry of the task pane, kept tiny: the page is also the custom functions' shared runtime, and
 * functions.js (loaded before this file) registers them first. The pane's code (React, Fluent
 * UI) is a separate chunk fetched once Office is ready. Outside Office, Office.js is absent (or
 * reports no host) and the pane says so instead of failing.
 */
function show(host: string | null): void {
  void import(/* webpackChunkName: "pane" */ "./mount").then((pane) => pane.mount(host));
}

if (typeof Office === "undefined") {
  show(null);
} else {
  void Office.onReady((info) => {
    show(info.host === Office.HostType.Excel ? "Excel" : info.host ? String(info.host) : null);
  });
}
