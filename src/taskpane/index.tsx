/**
 * Entry of the task pane. Office.js comes from the page's script tag; outside Office it is
 * absent (or reports no host), and the pane says so instead of failing.
 */
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { excelWorkbook, loadRuntimeAtStartup } from "../office/excel-workbook";
import { App } from "./App";
import { NotInOffice } from "./NotInOffice";

function mount(node: ReactNode): void {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(node);
}

if (typeof Office === "undefined") {
  mount(<NotInOffice host={null} />);
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      // The custom functions share this runtime: keep it loaded with the document from now on.
      void loadRuntimeAtStartup();
      mount(<App port={excelWorkbook} />);
    } else {
      mount(<NotInOffice host={info.host ? String(info.host) : null} />);
    }
  });
}
