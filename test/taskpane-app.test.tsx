/** @jest-environment jsdom */
/**
 * The task pane with plain data: a fake WorkbookPort hands out the published 2010/2014 tables as
 * ranges, and the tests check what the pane shows and what it asks the workbook to write.
 */
import {
  act,
  cleanup,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from "@testing-library/react";
import { parseClassLabel } from "../src/core";
import type { SourceRange, WorkbookPort, WriteProgress } from "../src/office/types";
import { PlanWriteError } from "../src/office/errors";
import { expandBlock } from "../src/sheet/plan";
import type { WorkbookPlan } from "../src/sheet/plan/plan-types";
import { App } from "../src/taskpane/App";
import { NotInOffice } from "../src/taskpane/NotInOffice";
import { sampleGrid, table6 } from "./browser/sample-grids";

function range(sheet: string, values: unknown[][], row = 0, col = 0): SourceRange {
  return { sheet, address: `A1:I${values.length}`, row, col, values, fromUsedRange: false };
}

const SUS_2010 = () => range("Таблица 2 (2010)", sampleGrid("kz-2010-susceptibility.tsv"));
const ACT_2010 = () => range("Таблица 3 (2010)", sampleGrid("kz-2010-activity.tsv"));

interface Fake {
  port: WorkbookPort;
  plans: WorkbookPlan[];
  selected: [string, number, number][];
  progress: WriteProgress[];
  tables: { sheet: string; values: unknown[][] }[];
}

function fakePort(selections: SourceRange[], write?: (plan: WorkbookPlan) => Promise<void>): Fake {
  const queue = [...selections];
  const fake: Fake = {
    plans: [],
    selected: [],
    progress: [],
    tables: [],
    port: {
      readSelection: async () => {
        const next = queue.shift();
        if (!next)
          throw Object.assign(new Error("Cannot read a multiple selection"), {
            code: "InvalidSelection",
          });
        return next;
      },
      selectCell: async (sheet, row, col) => {
        fake.selected.push([sheet, row, col]);
      },
      writeTable: async (sheet, values) => {
        fake.tables.push({ sheet, values: values.map((r) => [...r]) });
        return range(
          sheet,
          values.map((r) => [...r])
        );
      },
      writePlan: async (plan, onProgress) => {
        fake.plans.push(plan);
        onProgress?.({ step: "writing", cells: 10, fraction: 0.5 });
        if (write) await write(plan);
        return { sheetNames: plan.sheets.map((s) => s.name), syncs: 3 };
      },
    },
  };
  return fake;
}

async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

/** Fluent buttons are disabled through the attribute (or aria-disabled when focusable). */
function isDisabled(el: HTMLElement): boolean {
  return el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true";
}

/** The Build button names the sheets it adds: "Build the sheet", "Build 3 sheets", "Build sheets". */
const BUILD = /^Build (the sheet|sheets|\d+ sheets)$/;

function buildButton() {
  return screen.getByRole("button", { name: BUILD });
}

/** Chooses one of the folded "More tables" actions (a list of the other ways to add a range). */
async function fromMenu(name: string) {
  const list = screen.getByRole("combobox", { name: "More tables" });
  await act(async () => {
    fireEvent.change(list, { target: { value: optionValue(list, new RegExp(`^${name}$`)) } });
  });
}

/** Opens a folded part (Fluent accordion header) by its name. */
async function unfold(name: string | RegExp) {
  await click(name);
}

async function showFindings() {
  const findings = screen.getByRole("region", { name: "Findings" });
  await act(async () => {
    fireEvent.click(within(findings).getByRole("button", { name: "Show details" }));
  });
  return findings;
}

function choose(select: HTMLElement, value: string) {
  fireEvent.change(select, { target: { value } });
}

/** The value of the option whose text matches, in a native select. */
function optionValue(select: HTMLElement, text: RegExp): string {
  const option = within(select)
    .getAllByRole("option")
    .find((o) => text.test(o.textContent ?? ""));
  if (!option) throw new Error(`no option ${text}`);
  return (option as HTMLOptionElement).value;
}

function previewRows(name = "Preview") {
  const preview = screen.getByRole("region", { name });
  return within(preview)
    .getAllByRole("row")
    .slice(1)
    .map((tr) =>
      within(tr)
        .getAllByRole("cell")
        .map((td) => td.textContent ?? "")
    );
}

// Role queries skip the visibility check: over Fluent's many style rules, jsdom's
// getComputedStyle makes each query take seconds. Folded parts are not rendered at all.
configure({ defaultHidden: true });

// jsdom has no layout, hence no ResizeObserver (Fluent's MessageBar watches its width).
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

// Fluent UI renders slowly in jsdom, more so when other suites share the CPU: a whole flow of
// clicks takes seconds, so the default 5 s would fail a correct pane on a busy machine.
jest.setTimeout(60000);

describe("task pane", () => {
  test("before any selection nothing can be built", () => {
    render(<App port={fakePort([]).port} />);
    expect(isDisabled(buildButton())).toBe(true);
    expect(screen.getAllByText(/press “Use selection”/).length).toBeGreaterThan(0);
  });

  test("one table: what was recognised, and the missing indicators named with what derives them", async () => {
    render(<App port={fakePort([SUS_2010()]).port} />);
    await click("Use selection");
    const panel = screen.getByRole("region", { name: "What was recognised" });
    expect(within(panel).getByText(/16 regions/).textContent).toBe(
      "Таблица 2 (2010)!A1:I17 · 16 regions"
    );
    // The recognised columns are folded until asked for.
    expect(within(panel).queryByRole("combobox", { name: /^GRP, mln tenge/ })).toBeNull();
    await unfold(/columns recognised/);
    expect(within(panel).getByText(/^Regions: column/).textContent).toBe(
      "Regions: column B “Регион Казахстана”"
    );
    // The year from the sheet name, editable.
    expect((within(panel).getByLabelText("Year") as HTMLInputElement).value).toBe("2010");
    expect(within(panel).getByText("Found in the sheet name; type to change.")).toBeTruthy();
    // Each recognised column with the header it came from, in a dropdown.
    const grp = within(panel).getByRole("combobox", {
      name: /^GRP, mln tenge/,
    }) as HTMLSelectElement;
    expect(grp.selectedOptions[0].textContent).toContain(
      "C: Валовой региональный продукт (млн тенге)"
    );
    // S_A, S_B, S_C are neither printed nor derivable from table 2.
    const missing = within(panel).getByRole("group", { name: "S_C missing" });
    await waitFor(() =>
      expect(missing.textContent).toMatch(
        /S_C \(Innovative products per head of population\) is missing: map a column of it, or columns of Innovative products, mln tenge and Population, persons to derive it\. Not found: Innovative products, Population\./
      )
    );
    await waitFor(() =>
      expect(within(panel).getByRole("group", { name: "S_A missing" }).textContent).toMatch(
        /Not found: R&D expenditure\./
      )
    );
    expect(isDisabled(buildButton())).toBe(true);
    expect(screen.queryByRole("region", { name: "Preview" })).toBeNull();
  });

  test("two tables of 2010: the preview reproduces Table 6, sorted by index, and the sheet is built", async () => {
    const fake = fakePort([SUS_2010(), ACT_2010()]);
    render(<App port={fake.port} />);
    await click("Use selection");
    await click("Add a table to 2010");
    const rows = previewRows();
    expect(rows).toHaveLength(16);
    expect(screen.getAllByRole("columnheader").map((th) => th.textContent)).toEqual([
      "Rank",
      "Region",
      "Index",
      "Class",
    ]);
    const published = new Map(table6().map((t) => [t.region, t]));
    rows.forEach(([, region, index, cls]) => {
      const p = published.get(region)!;
      expect(Math.abs(Number(index) - p.index2010)).toBeLessThan(0.05);
      expect(parseClassLabel(cls).label).toBe(parseClassLabel(p.class2010).label);
    });
    const indexes = rows.map((r) => Number(r[2]));
    expect([...indexes].sort((a, b) => b - a)).toEqual(indexes);
    expect(rows[0].slice(0, 2)).toEqual(["1", "г. Алматы"]);
    // Findings in one line, the list on demand: the JRC note on Almaty city's eco-efficiency.
    const summary = screen.getByRole("region", { name: "Findings" });
    expect(within(summary).queryByText(/S_E: г\. Алматы leads/)).toBeNull();
    expect(summary.textContent).toMatch(/^Findings: ℹ \d+ notes?Show details$/);
    const findings = await showFindings();
    expect(within(findings).getByText(/S_E: г\. Алматы leads with/)).toBeTruthy();

    expect(isDisabled(buildButton())).toBe(false);
    await click(BUILD);
    expect(fake.plans).toHaveLength(1);
    const plan = fake.plans[0];
    expect(plan.sheets.map((s) => s.name)).toEqual(["Rating Таблица 2 (2010)"]);
    expect(plan.sheets[0].blocks.some((b) => b.formulas)).toBe(true);
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toMatch(
        /^Added the sheet “Rating Таблица 2 \(2010\)”\. The source sheets were not changed\. To remove it, delete the sheet “Rating Таблица 2 \(2010\)”\.$/
      )
    );
    // Built: the button stays in place with focus but cannot add a quiet copy ("(2)") until
    // something changes; the footer says so in one line.
    expect(isDisabled(buildButton())).toBe(true);
    const footer = screen.getByRole("region", { name: "Build" });
    expect(
      within(footer).getByText(/^Sheet added\. Change a table or an option to build again\.$/)
    ).toBeTruthy();
    await click(BUILD);
    expect(fake.plans).toHaveLength(1);
    await unfold("Options");
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Values only"));
    });
    expect(isDisabled(buildButton())).toBe(false);
  });

  test("where Excel merges the build into one undo step, the message says Ctrl+Z undoes it", async () => {
    const fake = fakePort([SUS_2010(), ACT_2010()]);
    const write = fake.port.writePlan;
    fake.port.writePlan = async (plan, progress) => ({
      ...(await write(plan, progress)),
      undoGroup: true,
    });
    render(<App port={fake.port} />);
    await click("Use selection");
    await click("Add a table to 2010");
    await click(BUILD);
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toMatch(
        /not changed\. Ctrl\+Z undoes the whole build in one step\.$/
      )
    );
  });

  test("the user's choices are remembered: language, formulas or values, letters, missing values", async () => {
    const kept = new Map<string, string>();
    const store = {
      get: (k: string) => kept.get(k) ?? null,
      set: (k: string, v: string) => void kept.set(k, v),
    };
    const first = render(<App port={fakePort([]).port} store={store} />);
    await unfold("Options");
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Values only"));
      fireEvent.click(screen.getByLabelText(/^Cyrillic letters/));
      fireEvent.click(screen.getByLabelText("Count as 0"));
    });
    await act(async () => {
      fireEvent.change(screen.getByRole("combobox", { name: "Language" }), {
        target: { value: "ru" },
      });
    });
    first.unmount();
    // Opened again (Office's language is English): everything as the user left it.
    render(<App port={fakePort([]).port} store={store} lang="en" />);
    expect(screen.getByRole("combobox", { name: "Язык" })).toBeTruthy();
    await unfold("Параметры");
    expect((screen.getByLabelText("Только значения") as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/^Кириллица/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText("Считать нулём") as HTMLInputElement).checked).toBe(true);
    // A stored value the pane does not know is ignored, not trusted.
    kept.set("choices", JSON.stringify({ lang: "de", missing: "guess", formulas: "yes" }));
    cleanup();
    render(<App port={fakePort([]).port} store={store} lang="en" />);
    await unfold("Options");
    expect((screen.getByLabelText("Refuse (default)") as HTMLInputElement).checked).toBe(true);
  });

  test("values-only and Cyrillic options reach the plan and the preview", async () => {
    const fake = fakePort([SUS_2010(), ACT_2010()]);
    render(<App port={fake.port} />);
    await click("Use selection");
    await click("Add a table to 2010");
    await unfold("Options");
    // The two alphabets read differently: the Cyrillic letters themselves, and words that differ.
    expect(screen.getByLabelText(/^Latin letters/).closest("span")?.textContent).toBe(
      "Latin letters: A, B, C, D"
    );
    const cyrillic = screen.getByLabelText(/^Cyrillic letters/);
    expect(cyrillic.closest("span")?.textContent).toContain("\u0410, \u0412, \u0421, D");
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Values only"));
      fireEvent.click(cyrillic);
    });
    expect(previewRows()[0][3]).toBe("В+");
    await click(BUILD);
    const plan = fake.plans[0];
    expect(plan.sheets[0].blocks.some((b) => b.formulas)).toBe(false);
    const classes = plan.sheets[0].blocks.find((b) => b.role === "class")!;
    expect(classes.values!.flat()).toContain("В+");
  });

  test("a messy selection: total row, text cell and missing columns are shown, nothing is built", async () => {
    const sus = sampleGrid("kz-2010-susceptibility.tsv").map((row) =>
      row.filter((_, c) => c !== 7 && c !== 8)
    ); // no emissions, no eco-efficiency
    sus.splice(5, 0, ["", "Всего по республике", 21000000, 2000, 8000000, 30000000, 0.7]);
    sus[3][2] = "н.д. 997";
    const activity = sampleGrid("kz-2010-activity.tsv");
    const fake = fakePort([range("Data 2010", sus, 4, 2), range("Data 2010", activity, 40, 2)]);
    render(<App port={fake.port} />);
    await click("Use selection");
    await click("Add a table to 2010");
    // The total row is left out, with why, at its row on the sheet (grid row 5 + offset 4 + 1).
    await unfold("1 row left out");
    expect(screen.getByText(/Row 10 “Всего по республике”: a total, not a region/)).toBeTruthy();
    // Eco-efficiency is missing, and the pane says what would derive it.
    await waitFor(() =>
      expect(screen.getByRole("group", { name: "S_E missing" }).textContent).toMatch(
        /S_E \(Eco-efficiency of production\) is missing.*Not found: Air emissions\./
      )
    );
    expect(isDisabled(buildButton())).toBe(true);
    const findings = await showFindings();
    const unreadable = within(findings).getByText(
      /Алматинская, GRP, mln tenge: "н\.д\. 997" is not a number/
    );
    // Clicking the finding selects its source cell: grid (3, 2) + offset (4, 2).
    await act(async () => {
      fireEvent.click(unreadable);
    });
    expect(fake.selected).toEqual([["Data 2010", 7, 4]]);
    await click(BUILD).catch(() => undefined);
    expect(fake.plans).toHaveLength(0);
    expect(screen.queryByRole("region", { name: "Preview" })).toBeNull();
  });

  test("a missing value blocks the build and points at the option; “Skip” and “Count as 0” rate without it", async () => {
    // Алматинская (grid row 3) with no innovative products per head (S_C, column I): the table
    // has no population, so S_C cannot be recomputed and the value is missing.
    const activity = sampleGrid("kz-2010-activity.tsv");
    activity[3][8] = "";
    const fake = fakePort([SUS_2010(), range("Таблица 3 (2010)", activity)]);
    render(<App port={fake.port} />);
    await click("Use selection");
    await click("Add a table to 2010");
    expect(isDisabled(buildButton())).toBe(true);
    expect(screen.queryByRole("region", { name: "Preview" })).toBeNull();
    // The footer says the next step in one line; the whole refusal is in the findings.
    const build = screen.getByRole("region", { name: "Build" });
    expect(
      within(build).getByText("Next: choose what a missing value does, in Options.")
    ).toBeTruthy();
    expect(
      within(screen.getByRole("region", { name: "Findings" })).getByText(
        "1 indicator value is missing: Алматинская (S_C). Fill it in and use the selection again, or choose under “Missing values” below: “Skip: average the indicators present” or “Count as 0”."
      )
    ).toBeTruthy();
    // The options open by themselves: the message sends the user there.
    expect((screen.getByLabelText("Refuse (default)") as HTMLInputElement).checked).toBe(true);

    const almaty = () => previewRows().find((r) => r[1] === "Алматинская")!;
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Skip: average the indicators present"));
    });
    expect(isDisabled(buildButton())).toBe(false);
    expect(previewRows()).toHaveLength(16);
    const skipped = Number(almaty()[2]);
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Count as 0"));
    });
    const zero = Number(almaty()[2]);
    // Without S_C the activity rating is the mean of S_A and S_B under "skip", and a third
    // lower-by-S_C's-share under "zero": Алматинская's S_C (283.75 tenge) is small but not 0.
    expect(zero).toBeLessThan(skipped);
    // The other regions' indexes do not depend on the policy (Алматинская does not lead S_C).
    const others = (rows: string[][]) =>
      rows.filter((r) => r[1] !== "Алматинская").map((r) => [r[1], r[2]]);
    const zeroRows = others(previewRows());
    await act(async () => {
      fireEvent.click(screen.getByLabelText("Skip: average the indicators present"));
    });
    expect(others(previewRows()).sort()).toEqual(zeroRows.sort());
    expect(Number(almaty()[2])).toBe(skipped);

    await click(BUILD);
    expect(fake.plans).toHaveLength(1);
    // The build uses the chosen policy: the S_C score formula leaves a missing value out ("").
    const blocks = fake.plans[0].sheets[0].blocks.map(expandBlock);
    const formulas = blocks.flatMap((b) => b.formulas ?? []).flat();
    expect(formulas.some((f) => /ISNUMBER\(.*""\)$/.test(f))).toBe(true);
  });

  test("the year can be typed over the detected one", async () => {
    render(<App port={fakePort([SUS_2010(), ACT_2010()]).port} />);
    await click("Use selection");
    await click("Add a table to 2010");
    const year = screen.getByLabelText("Year") as HTMLInputElement;
    await act(async () => {
      fireEvent.change(year, { target: { value: "2011" } });
    });
    expect(screen.getByRole("heading", { name: "Preview, 2011" })).toBeTruthy();
    expect(screen.getByText("As typed.")).toBeTruthy();
    await act(async () => {
      fireEvent.change(year, { target: { value: "" } });
    });
    expect(year.value).toBe("");
    expect(isDisabled(buildButton())).toBe(true);
    expect(
      screen.getAllByText(/The year is not known: type it in the Year box/).length
    ).toBeGreaterThan(0);
  });

  test("changing a mapping in a dropdown re-reads the table", async () => {
    render(<App port={fakePort([SUS_2010(), ACT_2010()]).port} />);
    await click("Use selection");
    await click("Add a table to 2010");
    expect(screen.getByRole("region", { name: "Preview" })).toBeTruthy();
    // Eco-efficiency and emissions both unmapped: S_E is missing and nothing can be built.
    const table1 = screen.getByRole("group", { name: "Table 1" });
    await act(async () => {
      fireEvent.click(within(table1).getByRole("button", { name: /^7 columns recognised/ }));
    });
    for (const label of [/^S_E eco-efficiency/, /^Air emissions/]) {
      await act(async () => {
        choose(within(table1).getByRole("combobox", { name: label }), "none");
      });
    }
    expect(screen.getByRole("group", { name: "S_E missing" })).toBeTruthy();
    expect(isDisabled(buildButton())).toBe(true);
    // Mapping the eco-efficiency column back through the missing indicator's dropdown.
    const column = screen.getByRole("combobox", { name: /^Column of S_E eco-efficiency/ });
    await act(async () => {
      choose(column, optionValue(column, /^Table 1, I: Экологичность/));
    });
    expect(screen.queryByRole("group", { name: "S_E missing" })).toBeNull();
    expect(isDisabled(buildButton())).toBe(false);
  });

  test("a second year adds the dynamics", async () => {
    const fake = fakePort([
      SUS_2010(),
      ACT_2010(),
      range("Таблица 4 (2014)", sampleGrid("kz-2014-susceptibility.tsv")),
      range("Таблица 5 (2014)", sampleGrid("kz-2014-activity.tsv")),
    ]);
    render(<App port={fake.port} />);
    await click("Use selection");
    await click("Add a table to 2010");
    await fromMenu("Add a second year");
    await fromMenu("Add a table to 2014");
    const header = within(screen.getByRole("region", { name: "Preview" }))
      .getAllByRole("columnheader")
      .map((th) => th.textContent);
    expect(header).toEqual(["Rank", "Region", "2010", "2014", "Class"]);
    // Class with its move: Almaty city stays B+ (published), and the move is read as words.
    const almaty = previewRows().find((r) => r[1] === "г. Алматы")!;
    const published = table6().find((t) => t.region === "г. Алматы")!;
    expect(Math.abs(Number(almaty[2]) - published.index2010)).toBeLessThan(0.05);
    expect(Math.abs(Number(almaty[3]) - published.index2014)).toBeLessThan(0.05);
    expect(screen.getAllByRole("img", { name: /^(up|down) \d|^same class$/ }).length).toBe(16);
    // The 2014 tables' mismatches are findings of year 2.
    expect(within(await showFindings()).getAllByText(/^2014: /).length).toBeGreaterThan(0);
    await click(BUILD);
    expect(fake.plans[0].sheets.map((s) => s.name)).toEqual([
      "Rating Таблица 2 (2010)",
      "Rating Таблица 4 (2014)",
      "Dynamics 2010-2014",
    ]);
  });

  test("a failed write shows a readable message", async () => {
    const fake = fakePort([SUS_2010(), ACT_2010()], async () => {
      throw new PlanWriteError(
        Object.assign(new Error("The request payload size has exceeded the limit."), {
          code: "RequestPayloadSizeLimitExceeded",
        }),
        true,
        true
      );
    });
    render(<App port={fake.port} />);
    await click("Use selection");
    await click("Add a table to 2010");
    await click(BUILD);
    const status = screen.getByRole("status");
    expect(status.textContent).toMatch(
      /Writing the sheet failed: The request payload size has exceeded the limit\. \(RequestPayloadSizeLimitExceeded\) — the sheet is too large for one request of Excel on the web\./
    );
    expect(status.textContent).toMatch(/Nothing was left in the workbook: it is as it was\.$/);
  });

  test("a selection Excel cannot read is explained", async () => {
    render(<App port={fakePort([]).port} />);
    await click("Use selection");
    // MessageBar shows its text a moment later (for screen readers).
    expect(
      await screen.findByText(
        /Reading the selection failed: Cannot read a multiple selection \(InvalidSelection\) — select one block of cells/
      )
    ).toBeTruthy();
  });

  test("in Russian: the words from the Russian dictionary, numbers with a decimal comma, lang=ru; the switch changes it", async () => {
    const fake = fakePort([SUS_2010(), ACT_2010()]);
    render(<App port={fake.port} lang="ru" />);
    expect(document.documentElement.lang).toBe("ru");
    await click("Взять выделенное");
    await click("Добавить таблицу за 2010");
    expect(screen.getByRole("region", { name: "Что распознано" }).textContent).toContain(
      "16 регионов"
    );
    expect(screen.getAllByRole("columnheader").map((th) => th.textContent)).toEqual([
      "Место",
      "Регион",
      "Индекс",
      "Класс",
    ]);
    const published = table6().find((t) => t.region === "г. Алматы")!;
    const almaty = previewRows("Предпросмотр")[0];
    expect(almaty[2]).toMatch(/^\d+,\d\d$/);
    expect(Math.abs(Number(almaty[2].replace(",", ".")) - published.index2010)).toBeLessThan(0.05);
    expect(screen.getByRole("region", { name: "Замечания" }).textContent).toMatch(
      /^Замечания: ℹ \d+ примечани(е|я|й)Подробнее$/
    );
    await click(/^Построить (лист|\d+ лист)/);
    expect(fake.plans[0].sheets.map((s) => s.name)).toEqual(["Рейтинг — Таблица 2 (2010)"]);
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe(
        "Добавлен лист «Рейтинг — Таблица 2 (2010)». Исходные листы не изменены. Чтобы убрать его, удалите лист «Рейтинг — Таблица 2 (2010)»."
      )
    );
    // The switch: English words at once, the html element's lang with them.
    await act(async () => {
      fireEvent.change(screen.getByRole("combobox", { name: "Язык" }), {
        target: { value: "en" },
      });
    });
    expect(document.documentElement.lang).toBe("en");
    expect(screen.getByRole("button", { name: BUILD })).toBeTruthy();
    expect(previewRows()[0][2]).toMatch(/^\d+\.\d\d$/);
  });

  test("first run: how it works, the Kazakhstan sample in one click (the published tables), a help link", async () => {
    const fake = fakePort([]);
    render(<App port={fake.port} />);
    const card = screen.getByRole("region", { name: "How it works" });
    expect(within(card).getByRole("link", { name: "Help" }).getAttribute("href")).toBe(
      "help/guide.en.html"
    );
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "Try the Kazakhstan sample" }));
    });
    await waitFor(() => expect(fake.tables).toHaveLength(1));
    const { sheet, values } = fake.tables[0];
    expect(sheet).toBe("Kazakhstan sample");
    // Table 2 in A:I, an empty column, Table 3 in K:S: each exactly the published file.
    const sus = sampleGrid("kz-2010-susceptibility.tsv");
    const act2010 = sampleGrid("kz-2010-activity.tsv");
    expect(values.map((r) => r.slice(0, 9))).toEqual(sus);
    expect(values.every((r) => r[9] === "")).toBe(true);
    expect(values.map((r) => r.slice(10))).toEqual(act2010);
    expect(
      screen.getByText(/written to the new sheet “Kazakhstan sample” and selected/)
    ).toBeTruthy();
  });

  test("outside Excel the pane says to open it in Excel", async () => {
    render(<NotInOffice host={null} />);
    expect(await screen.findByText(/Open this in Excel/)).toBeTruthy();
  });
});
