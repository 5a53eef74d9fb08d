/** @jest-environment jsdom */
/**
 * The pane's dynamics preview over a border reform: a region whose territory changed between the
 * two years shows "≠" with the reason, never a class move, and is counted apart.
 */
import { render, screen, within } from "@testing-library/react";
import { rateYear, readYearbookTable } from "../src/sheet";
import type { RatedYear } from "../src/sheet/types";
import { PreviewList } from "../src/taskpane/components/PreviewList";
import { LanguageContext, paneLanguage } from "../src/taskpane/lang";
import { type Edition, editionGrid } from "./fixtures/editions";

const rated = (e: Edition): RatedYear =>
  rateYear(readYearbookTable(editionGrid(e, "ru"), { year: e }), { year: e });

function show(years: RatedYear[], lang: "en" | "ru") {
  render(
    <LanguageContext.Provider value={paneLanguage(lang)}>
      <PreviewList years={years} alphabet="latin" />
    </LanguageContext.Provider>
  );
  return screen.getAllByRole("region")[0];
}

const row = (pane: HTMLElement, name: string) =>
  pane.querySelector(`tr[data-region="${name}"]`) as HTMLElement;

describe("the preview across the 2018 reform", () => {
  it("shows Turkistan region 2014 -> 2019 as not comparable, with the reason", () => {
    const pane = show([rated("2014"), rated("2019")], "en");
    const turkistan = row(pane, "Туркестанская область");
    const mark = within(turkistan).getByRole("img");
    expect(mark.textContent).toBe("≠");
    expect(mark.getAttribute("aria-label")).toBe(
      "not comparable: borders changed in 2018 (Shymkent city separated)"
    );
    // Every other region present in both years has its move.
    const moves = within(pane).getAllByRole("img", { name: /^(up|down) \d|^same class$/ });
    expect(moves).toHaveLength(15);
    expect(
      within(pane).getByText(/^2014 to 2019: \d+ up, \d+ down, \d+ same class, 1 not comparable$/)
    ).toBeTruthy();
    // The reason in words under the table, not only on hover.
    const notes = within(pane).getByRole("list", { name: "Not comparable (borders changed)" });
    expect(
      within(notes)
        .getAllByRole("listitem")
        .map((li) => li.textContent)
    ).toEqual([
      "Южно-Казахстанская область: not comparable: borders changed in 2018 (Shymkent city separated)",
    ]);
  });

  it("words it in Russian, and marks the three oblasts that lost districts in 2022", () => {
    const pane = show([rated("2019"), rated("2022")], "ru");
    const marks = within(pane).getAllByRole("img", { name: /^несопоставимо/ });
    expect(marks.map((m) => m.closest("tr")!.getAttribute("data-region")).sort()).toEqual([
      "Алматинская область",
      "Восточно-Казахстанская область",
      "Карагандинская область",
    ]);
    expect(within(pane).getByText(/несопоставимо 3$/)).toBeTruthy();
  });
});
