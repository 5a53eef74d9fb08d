/**
 * The add-in's pane words (src/i18n/pane-words.lazy.ts, what webpack puts in place of
 * pane-words.ts): a language is there only once fetched, and a word of a language not fetched is
 * refused, never given blank or in the other language. The built add-in's fetching is checked in
 * Chromium (browser-taskpane.test.ts) and its chunks in build-output.test.ts.
 */
import { en } from "../src/i18n/en";
import { ru } from "../src/i18n/ru";
import * as eager from "../src/i18n/pane-words";
import * as lazy from "../src/i18n/pane-words.lazy";

describe("pane words fetched per language", () => {
  it("has the same exports as pane-words.ts", () => {
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(eager).sort());
  });

  it("refuses a language before it is fetched, and gives it after", async () => {
    expect(lazy.paneWordsLoaded("ru")).toBe(false);
    expect(() => lazy.paneWords("ru")).toThrow(/ru words are not loaded/);
    await lazy.loadPaneWords("ru");
    expect(lazy.paneWordsLoaded("ru")).toBe(true);
    expect(lazy.paneWords("ru")).toBe(ru);
    // English was not asked for: still refused.
    expect(lazy.paneWordsLoaded("en")).toBe(false);
    expect(() => lazy.paneWords("en")).toThrow(/en words are not loaded/);
    await lazy.loadPaneWords("en");
    expect(lazy.paneWords("en")).toBe(en);
  });
});
