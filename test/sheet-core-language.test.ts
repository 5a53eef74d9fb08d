/**
 * A refusal of the scoring core reaches the pane and the command line in the user's language:
 * rateYear words the core's reason (a dictionary key) with the table's language.
 */
import { CoreError, innovationIndex } from "../src/core";
import { RatingError, rateYear, readYearbookTable } from "../src/sheet";
import type { Lang } from "../src/i18n";

const grid = [
  ["Регион", "S_D", "S_F", "S_E", "S_A", "S_B", "S_C"],
  ["Акмолинская", "0", "2", "3", "4", "5", "6"],
  ["Алматинская", "0", "3", "4", "5", "6", "7"],
  ["Атырауская", "0", "4", "5", "6", "7", "8"],
];

function refusalIn(lang: Lang): string {
  const table = readYearbookTable(grid, { lang, year: "2010" });
  try {
    rateYear(table, { lang, prefer: "printed" });
  } catch (e) {
    expect(e).toBeInstanceOf(RatingError);
    return (e as Error).message;
  }
  throw new Error("expected a RatingError");
}

describe("the core's refusals in the user's language", () => {
  it("a column without a leader, in Russian and in English", () => {
    expect(refusalIn("ru")).toBe(
      "S_D: все значения равны 0, поэтому нет региона-лидера для сравнения"
    );
    expect(refusalIn("en")).toBe("S_D: every value is 0, so there is no leader to score against");
  });

  it("a CoreError keeps its English message and words itself in Russian on request", () => {
    let error: unknown;
    try {
      innovationIndex([[1, 1, 1, 1, 1, -2.5]]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CoreError);
    const e = error as CoreError;
    expect(e.key).toBe("functions.leader.negativeInColumn");
    expect(e.message).toBe("S_C: negative value -2.5 in row 1; percent of the leader is undefined");
    expect(e.messageIn("ru")).toBe(
      "S_C, строка 1: отрицательное значение -2,5; процент от значения региона-лидера не определён"
    );
  });
});
