/**
 * The functions' words arrive after functions.js: each language is a chunk of its own
 * (dist/fwords-en.js, fwords-ru.js), fetched once for Office's display language. A result that
 * needs no words is there at once; one that needs words not there yet is a Promise that Excel
 * waits for; a chunk that cannot be fetched (twice) gives the error values without messages.
 * Each test loads the built bundle afresh (helpers/functions-bundle.ts), words not yet fetched.
 */
import {
  ErrorCode,
  FakeExcelError,
  expectExcelError,
  isThenable,
  loadFunctions,
} from "./helpers/functions-bundle";

const table = [
  [100, 80, 1, 40, 20, 10],
  [50, 40, 2, 20, 10, 5],
];
/** A row with a text where a figure must be: refused with a message. */
const textRow = [["много", 80, 1, 40, 20, 10]];

describe("the functions' words, fetched after functions.js", () => {
  test("a number is returned at once, not a Promise, before any words have arrived", () => {
    const fns = loadFunctions({});
    fns.setDisplayLanguage("ru-RU");
    const result = fns.call("INNOV_INDEX", [table[1]], table);
    expect(isThenable(result)).toBe(false);
    expect(typeof (result as number[][])[0][0]).toBe("number");
    // Nor an error value Excel shows without a message (#DIV/0! passed on).
    const div = fns.call("LEADER_SCORE", [[new FakeExcelError(ErrorCode.divisionByZero)]], [[1]]);
    expect(isThenable(div)).toBe(false);
    expect((div as FakeExcelError[][])[0][0].code).toBe(ErrorCode.divisionByZero);
    // The words of Russian are on their way since the first call, fetched once.
    expect(fns.chunksRequested).toEqual(["fwords-ru.js"]);
  });

  test("a message asked for before its words arrive is a Promise of the Russian message", async () => {
    const fns = loadFunctions({});
    fns.setDisplayLanguage("ru-RU");
    const early = fns.call("INNOV_INDEX", textRow, table);
    expect(isThenable(early)).toBe(true);
    const cells = (await early) as unknown[][];
    expectExcelError(cells[0][0], ErrorCode.invalidValue, /эта строка, S_D: "много" — не число/);
    // The same call now that the words are there: at once, and the same message.
    const later = fns.call("INNOV_INDEX", textRow, table);
    expect(isThenable(later)).toBe(false);
    expect(later).toEqual(cells);
    // A refusal of the whole call: the Promise rejects with the error value, as Excel reads it.
    const whole = loadFunctions({});
    whole.setDisplayLanguage("ru-RU");
    const refused = whole.call("INNOV_INDEX", table, table, "две");
    expect(isThenable(refused)).toBe(true);
    const error = await whole.callWhenWorded("INNOV_INDEX", table, table, "две");
    expect(error).toBeInstanceOf(FakeExcelError);
    expect((error as FakeExcelError).message).toMatch(/[А-Яа-я]{4}/);
    await expect(refused).rejects.toEqual(error);
  });

  test("a text made of words (a class's meaning) waits for them too", async () => {
    const fns = loadFunctions({});
    fns.setDisplayLanguage("ru-RU");
    const early = fns.call("CLASS_BAND", [["A++"]], "meaning");
    expect(isThenable(early)).toBe(true);
    expect(await early).toEqual([
      ["сверхвысокий уровень инновационного развития (группа A: лидеры)"],
    ]);
  });

  test("in Excel the words of Office's language are fetched at load, before any call", async () => {
    const fns = loadFunctions({ displayLanguage: "ru-RU" });
    expect(fns.chunksRequested).toEqual(["fwords-ru.js"]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const result = fns.call("INNOV_INDEX", textRow, table);
    expect(isThenable(result)).toBe(false);
    expectExcelError((result as unknown[][])[0][0], ErrorCode.invalidValue, /не число/);
    expect(fns.chunksRequested).toEqual(["fwords-ru.js"]);
  });

  test("a chunk that cannot be fetched is tried once more, then the error values come without messages", async () => {
    const fns = loadFunctions({ failing: ["fwords-ru.js"] });
    fns.setDisplayLanguage("ru-RU");
    const result = fns.call("INNOV_INDEX", [textRow[0], table[1]], table);
    expect(isThenable(result)).toBe(true);
    const cells = (await result) as unknown[][];
    // The right error value, without its message; the other region's index as ever.
    expect(cells[0][0]).toEqual(new FakeExcelError(ErrorCode.invalidValue));
    expect(cells[1][0]).toBeCloseTo(
      (fns.call("INNOV_INDEX", [table[1]], table) as number[][])[0][0],
      12
    );
    expect(typeof cells[1][0]).toBe("number");
    expect(fns.chunksRequested).toEqual(["fwords-ru.js", "fwords-ru.js"]);
    // A text made of words is #N/A; later calls are answered without fetching again.
    const meaning = fns.call("CLASS_BAND", [["A++"]], "meaning");
    expect(isThenable(meaning)).toBe(true);
    await expect(meaning).rejects.toEqual(new FakeExcelError(ErrorCode.notAvailable));
    const again = fns.call("INNOV_INDEX", textRow, table);
    expect(isThenable(again)).toBe(true);
    expect(await again).toEqual([[new FakeExcelError(ErrorCode.invalidValue)]]);
    expect(fns.chunksRequested).toEqual(["fwords-ru.js", "fwords-ru.js"]);
    // English, whose chunk is there, is worded as ever.
    fns.setDisplayLanguage("en-US");
    const english = await fns.callWhenWorded("INNOV_INDEX", textRow, table);
    expectExcelError((english as unknown[][])[0][0], ErrorCode.invalidValue, /not a number/);
  });

  test("a chunk that fails once and then loads gives the messages", async () => {
    const fns = loadFunctions({ failing: ["fwords-ru.js"], failures: 1 });
    fns.setDisplayLanguage("ru-RU");
    const cells = (await fns.callWhenWorded("INNOV_INDEX", textRow, table)) as unknown[][];
    expectExcelError(cells[0][0], ErrorCode.invalidValue, /не число/);
    expect(fns.chunksRequested).toEqual(["fwords-ru.js", "fwords-ru.js"]);
  });
});
