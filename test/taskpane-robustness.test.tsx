/** @jest-environment jsdom */
/**
 * The pane's robustness check (issue 15): the analysis runs in chunks that yield to the browser
 * (a timer set before it fires before it ends), reports progress and gives what the core gives
 * at once; in the pane, the choice before Build shows each region's rank interval in the check
 * step and the built plan has the Robustness sheet.
 */
import { act, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { analyseRobustness } from "../src/core/robustness";
import type { SourceRange, WorkbookPort } from "../src/office/types";
import { rateYear, robustnessInput } from "../src/sheet";
import type { WorkbookPlan } from "../src/sheet/plan/plan-types";
import { App } from "../src/taskpane/App";
import type { RobustnessProgress } from "../src/taskpane/robustness";
import { runRobustnessChunked } from "../src/taskpane/robustness-chunk";
import { sampleGrid } from "./browser/sample-grids";
import { sampleYear } from "./helpers/samples";

configure({ defaultHidden: true });
jest.setTimeout(60000);
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

test("chunked: yields between chunks, reports progress, equals the analysis at once", async () => {
  const year = rateYear(sampleYear("2010"));
  const progress: RobustnessProgress[] = [];
  let timerFired = false;
  setTimeout(() => (timerFired = true), 0);
  let firedBeforeEnd = false;
  const results = await runRobustnessChunked([year], { on: true, runs: 1000, seed: 3 }, (p) => {
    progress.push(p);
    if (p.done < p.total && timerFired) firedBeforeEnd = true;
  });
  expect(firedBeforeEnd).toBe(true);
  expect(progress.length).toBeGreaterThanOrEqual(3);
  expect(progress[progress.length - 1]).toEqual({ year: "2010", done: 1000, total: 1000 });
  expect(JSON.stringify(results![0])).toBe(
    JSON.stringify(analyseRobustness(robustnessInput(year), { runs: 1000, seed: 3 }))
  );
  // A cancelled run stops between chunks and gives nothing.
  expect(
    await runRobustnessChunked(
      [year],
      { on: true, runs: 1000, seed: 3 },
      () => {},
      () => true
    )
  ).toBeNull();
});

function range(sheet: string, values: unknown[][]): SourceRange {
  return { sheet, address: `A1:I${values.length}`, row: 0, col: 0, values, fromUsedRange: false };
}

test("the pane: Check robustness shows the rank intervals and the build adds the sheet", async () => {
  const queue = [
    range("Таблица 2 (2010)", sampleGrid("kz-2010-susceptibility.tsv")),
    range("Таблица 3 (2010)", sampleGrid("kz-2010-activity.tsv")),
  ];
  const plans: WorkbookPlan[] = [];
  const port: WorkbookPort = {
    readSelection: async () => queue.shift()!,
    selectCell: async () => {},
    // The first-run sample is not part of this flow.
    writeTable: async () => {
      throw new Error("writeTable is not used in this test");
    },
    writePlan: async (plan) => {
      plans.push(plan);
      return { sheetNames: plan.sheets.map((s) => s.name), syncs: 3 };
    },
  };
  render(<App port={port} />);
  const click = async (name: string) =>
    act(async () => {
      fireEvent.click(screen.getByRole("button", { name }));
    });
  await click("Use selection");
  await click("Add a table to 2010");
  await act(async () => {
    fireEvent.click(screen.getByRole("checkbox", { name: "Check robustness" }));
  });
  const runs = screen.getByRole("textbox", { name: "Runs" });
  await act(async () => {
    fireEvent.change(runs, { target: { value: "300" } });
  });
  const intervals = await waitFor(
    () => {
      const cells = document.querySelectorAll('[data-role="rank-interval"]');
      expect(cells.length).toBe(16);
      return [...cells].map((c) => c.textContent);
    },
    { timeout: 30000 }
  );
  const expected = analyseRobustness(robustnessInput(rateYear(sampleYear("2010"))), {
    runs: 300,
    seed: 1,
  });
  const first = expected.regions.find((r) => r.nominalRank === 1)!;
  expect(intervals[0]).toBe(`ranks ${first.q05.toFixed(1)}-${first.q95.toFixed(1)}`);
  // The rating sheet and the Robustness sheet: the button counts both once the check is done.
  await waitFor(() =>
    expect(screen.getByRole("button", { name: "Build 2 sheets" }).hasAttribute("disabled")).toBe(
      false
    )
  );
  await click("Build 2 sheets");
  expect(plans).toHaveLength(1);
  const names = plans[0].sheets.map((s) => s.name);
  expect(names).toEqual(["Rating Таблица 2 (2010)", "Robustness 2010"]);
  const robust = plans[0].sheets[1];
  expect(robust.charts!.some((c) => c.kind === "whisker")).toBe(true);
});
