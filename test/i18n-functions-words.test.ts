/**
 * The add-in's functions words (src/i18n/functions-words.lazy.ts, what webpack puts in place of
 * functions-words.ts): a language is there only once fetched, and the core works before: its
 * errors and the scale's meanings are worded when read, not when made. The built bundle's
 * fetching is checked in functions-words-loading.test.ts and its chunks in build-output.test.ts.
 */
import * as eager from "../src/i18n/functions-words";
import { functionsEn } from "../src/i18n/functions.en";
import { functionsRu } from "../src/i18n/functions.ru";

// The core and the fronts read the lazy module here, as in the add-in's build.
jest.mock("../src/i18n/functions-words", () =>
  jest.requireActual("../src/i18n/functions-words.lazy")
);
const lazy = jest.requireActual<typeof eager>("../src/i18n/functions-words.lazy");
const realEager = jest.requireActual<typeof eager>("../src/i18n/functions-words");

describe("functions words fetched per language", () => {
  it("has the same exports as functions-words.ts", () => {
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(realEager).sort());
  });

  it("makes the core's errors and meanings before any words, and words them when read", async () => {
    // Loaded in this order: the core (through the mocked module) before any words.
    const { CoreError, LATIN_SCALE, CYRILLIC_SCALE } = await import("../src/core");
    const { translate, WordsMissing } = await import("../src/i18n/functions");
    const error = new CoreError("negative", "functions.cell.notNumber", {
      where: "S_D",
      text: "x",
    });
    expect(() => translate("ru", "functions.notFinite")).toThrow(WordsMissing);
    expect(() => error.messageIn("ru")).toThrow(WordsMissing);
    // No words at all: `message` is the key, never a blank.
    expect(error.message).toBe("functions.cell.notNumber");
    await lazy.loadFunctionsWords("ru");
    expect(lazy.functionsWords("ru")).toBe(functionsRu);
    expect(lazy.functionsWords("en")).toBeUndefined();
    // Only Russian there (a Russian pane): `message` in Russian rather than nothing.
    expect(error.message).toBe(error.messageIn("ru"));
    expect(error.message).toMatch(/не число/);
    await lazy.loadFunctionsWords("en");
    expect(lazy.functionsWords("en")).toBe(functionsEn);
    // English there: `message` is English, as it always was.
    expect(error.message).toMatch(/is not a number/);
    expect(String(error)).toBe(`CoreError: ${error.message}`);
    expect(LATIN_SCALE.bands[0].meaning).toBe(functionsEn["sheet.scale.A++"]);
    expect(CYRILLIC_SCALE.bands[0]).toMatchObject({
      label: "А++",
      meaning: LATIN_SCALE.bands[0].meaning,
    });
  });
});
