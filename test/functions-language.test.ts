/**
 * The functions' messages follow Office's display language: the built bundle (dist/functions.js)
 * is given `Office.context.displayLanguage` as Excel's shared runtime has it, and a representative
 * refusal of every function group (stage 1, classes, zones, stage 2) must then read in Russian,
 * from the dictionary: Cyrillic, no English word but codes and the formulas' own parameter names,
 * Russian decimal commas. Without Office, or in English, the messages are the English ones.
 * Run `npm run build` first (npm test does).
 */
import { dictionary, translate } from "../src/i18n";
import { FakeExcelError, loadFunctions } from "./helpers/functions-bundle";
import { allowedLatin, englishWords } from "./helpers/russian";

const fns = loadFunctions();
// The functions' words arrive after functions.js (a chunk of their own): messages wait for them.
beforeAll(() => fns.wordsArrived());
const NA = new FakeExcelError("#N/A");

const table = [
  [10, 1, 4, 2, 5, 8],
  [5, 2, 2, 4, 5, 2],
];
const zeroColumn = [
  [0, 1, 4, 2, 5, 8],
  [0, 2, 2, 4, 5, 2],
];
const sizes = [
  [10, 20, 30],
  [5, 5, 40],
  [30, 10, 10],
];

/** One refusal of each kind a user meets, by function group: [name, call]. */
const CASES: readonly (readonly [string, () => unknown])[] = [
  // stage 1
  ["INNOV_INDEX text in a row", () => fns.call("INNOV_INDEX", [[5, "abc", 2, 4, 5, 2]], table)],
  ["INNOV_INDEX above the leader", () => fns.call("INNOV_INDEX", [[11, 2, 2, 4, 5, 2]], table)],
  ["INNOV_INDEX three weights", () => fns.call("INNOV_INDEX", [table[0]], table, [[1, 2, 3]])],
  ["INNOV_INDEX a zero column", () => fns.call("INNOV_INDEX", [zeroColumn[0]], zeroColumn)],
  ["INNOV_INDEX a bad option", () => fns.call("INNOV_INDEX", [table[0]], table, null, "maybe")],
  ["SUSCEPTIBILITY five columns", () => fns.call("SUSCEPTIBILITY", [[1, 2, 3, 4, 5]], table)],
  ["ACTIVITY an input error", () => fns.call("ACTIVITY", [[5, NA, 2, 4, 5, 2]], table)],
  ["LEADER_SCORE negative", () => fns.call("LEADER_SCORE", [[-1.5]], [[3], [-1.5]])],
  ["LEADER_SCORE missing", () => fns.call("LEADER_SCORE", [[2]], [[3], [null]])],
  ["INDICATOR unknown code", () => fns.call("INDICATOR", "S_X", [[1]], [[2]])],
  ["INDICATOR zero denominator", () => fns.call("INDICATOR", "S_D", [[1]], [[0]])],
  ["INDICATOR paired shapes", () => fns.call("INDICATOR", "S_D", [[1], [2]], [[3]])],
  ["DYNAMICS earlier index 0", () => fns.call("DYNAMICS", [[0]], [[50]])],
  ["DYNAMICS negative", () => fns.call("DYNAMICS", [[10], [-2.5]], [[20], [30]])],
  // classes
  ["RATING_CLASS above the top", () => fns.call("RATING_CLASS", [[120.5]])],
  ["RATING_CLASS negative", () => fns.call("RATING_CLASS", [[50], [-0.25]])],
  ["RATING_CLASS three-column scale", () => fns.call("RATING_CLASS", [[50]], [[0, "D", 1]])],
  [
    "RATING_CLASS scale twice",
    () =>
      fns.call(
        "RATING_CLASS",
        [[50]],
        [
          [0, "D"],
          [0, "C"],
        ]
      ),
  ],
  ["CLASS_BAND not a class", () => fns.call("CLASS_BAND", [["Z+"]])],
  ["CLASS_BAND bad part", () => fns.call("CLASS_BAND", [["A+"]], "colour")],
  // zones
  [
    "PROMISING_ZONE IT share above 1",
    () => fns.call("PROMISING_ZONE", [["A"], ["B"]], [[0.5], [1.5]]),
  ],
  ["PROMISING_ZONE minItShare", () => fns.call("PROMISING_ZONE", [["A"]], [[0.5]], 2)],
  ["PROMISING_ZONE a group", () => fns.call("PROMISING_ZONE", [["A"]], [[0.5]], null, "Q")],
  [
    "PROMISING_ZONE topRanks, no rank",
    () => fns.call("PROMISING_ZONE", [["A"]], [[0.5]], null, null, null, 3),
  ],
  ["PROMISING_ZONE no class", () => fns.call("PROMISING_ZONE", [["A"], [null]], [[0.5], [0.2]])],
  ["PROMISING_ZONE rank", () => fns.call("PROMISING_ZONE", [["A"]], [[0.5]], null, null, [[1.5]])],
  // stage 2
  ["KSI negative size", () => fns.call("KSI", [sizes[0]], [sizes[0], [5, -5, 40]])],
  ["KSI row not in the table", () => fns.call("KSI", [[1, 2, 3]], sizes)],
  ["KSI skip", () => fns.call("KSI", [sizes[0]], sizes, "rest", "skip")],
  ["KSI widths", () => fns.call("KSI", [[1, 2]], sizes)],
  [
    "HHI all zero",
    () =>
      fns.call("HHI", [
        [0, 0, 0],
        [1, 2, 3],
      ]),
  ],
  ["HHI flag", () => fns.call("HHI", [[1, 2, 3]], "maybe")],
  ["LOC_QUOTIENT row not in the table", () => fns.call("LOC_QUOTIENT", [[1, 2, 3]], sizes)],
  ["IT_SHARE above the total", () => fns.call("IT_SHARE", [[7.5]], [[1], [2]])],
  ["IT_SHARE a table, not a list", () => fns.call("IT_SHARE", [[1]], sizes)],
];

/** The error values of a call's result: a thrown one, or every error cell of a range. */
function messagesOf(result: unknown): string[] {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  return cells
    .filter((c): c is FakeExcelError => c instanceof FakeExcelError)
    .map((e) => e.message ?? "");
}

function messagesIn(tag: string | undefined): Map<string, string[]> {
  fns.setDisplayLanguage(tag);
  try {
    return new Map(CASES.map(([name, call]) => [name, messagesOf(call())]));
  } finally {
    fns.setDisplayLanguage(undefined);
  }
}

const CODES = allowedLatin(fns.metadata);

describe("messages in Office's display language", () => {
  let russian = new Map<string, string[]>();
  let english = new Map<string, string[]>();
  let noOffice = new Map<string, string[]>();
  // The words of both languages are there before the messages are read.
  beforeAll(async () => {
    await fns.wordsArrived("ru-RU");
    russian = messagesIn("ru-RU");
    english = messagesIn("en-US");
    noOffice = messagesIn(undefined);
  });

  test.each(CASES.map(([name]) => name))("%s: refused with a message in Russian", (name) => {
    const messages = russian.get(name) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatch(/[А-Яа-яЁё]{3}/);
      expect(englishWords(message, CODES)).toEqual([]);
    }
  });

  test.each(CASES.map(([name]) => name))("%s: in English without Office and in en-US", (name) => {
    const messages = noOffice.get(name) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).not.toMatch(/[А-Яа-яЁё]/);
    expect(english.get(name)).toEqual(messages);
    expect(russian.get(name)).not.toEqual(messages);
  });

  test("whole messages, both languages, numbers as each language writes them", () => {
    const itShare = "PROMISING_ZONE IT share above 1";
    expect(russian.get(itShare)).toEqual([
      "регион 2: доля ИТ 1,5 больше 1; дайте долю выпуска ИТ страны дробью (0,634 или 63,4% в процентном формате)",
    ]);
    expect(noOffice.get(itShare)).toEqual([
      "region 2: IT share 1.5 is above 1; give the share of national IT output as a fraction (0.634, or 63.4% formatted as a percent)",
    ]);
    expect(russian.get("INNOV_INDEX a zero column")).toEqual([
      "table: S_D: все значения равны 0, поэтому нет региона-лидера для сравнения",
    ]);
    expect(noOffice.get("LEADER_SCORE negative")).toEqual([
      "column: negative value -1.5 in row 2; percent of the leader is undefined",
    ]);
    expect(russian.get("LEADER_SCORE negative")).toEqual([
      "column, строка 2: отрицательное значение -1,5; процент от значения региона-лидера не определён",
    ]);
    expect(russian.get("INDICATOR zero denominator")).toEqual([
      "S_D: занятые — 0, показатель не определён",
    ]);
    expect(russian.get("ACTIVITY an input error")).toEqual([
      "эта строка, S_F: в ячейке ошибка #N/A",
    ]);
  });

  test("words a function returns as its result follow the language: a zone's reasons, a class's meaning", () => {
    const call = () => [
      fns.call("PROMISING_ZONE", [["В++"], ["С+"]], [[0.634], [0.056]]),
      fns.call(
        "PROMISING_ZONE",
        [["С++"], ["С++"]],
        [[0.009], [null]],
        0.03,
        "none",
        [[5], [7]],
        6
      ),
      fns.call("CLASS_BAND", [["A"], ["D"]], "meaning"),
    ];
    fns.setDisplayLanguage("ru-RU");
    let russianResults: unknown[];
    try {
      russianResults = call();
    } finally {
      fns.setDisplayLanguage(undefined);
    }
    expect(russianResults).toEqual([
      [
        [
          "кандидат: лидирует в рейтинге (класс В++ в группе B); доля ИТ 63,4% от страны, не меньше 1,0%",
        ],
        [
          "не кандидат: не лидирует в рейтинге (класс С+ в группе C, а не A или B); доля ИТ 5,6% от страны, не меньше 1,0%",
        ],
      ],
      [
        [
          "не кандидат: лидирует в рейтинге (класс С++, место 5 входит в первые 6); доля ИТ 0,9% от страны, меньше 3,0%",
        ],
        [
          "не кандидат: не лидирует в рейтинге (класс С++, место 7 не входит в первые 6); нет данных о выпуске ИТ",
        ],
      ],
      [
        ["высокий уровень инновационного развития (группа A: лидеры)"],
        [`${translate("ru", "sheet.scale.D")} (группа D: неудовлетворительный уровень)`],
      ],
    ]);
    const englishResults = call();
    expect(englishResults[1]).toEqual([
      [
        "not a candidate: leads the rating (class С++, rank 5 is in the top 6); IT share 0.9% of the country, below 3.0%",
      ],
      [
        "not a candidate: does not lead the rating (class С++, rank 7 is not in the top 6); no IT output data",
      ],
    ]);
    expect(englishResults[2]).toEqual([
      ["high innovation development (group A: leaders)"],
      ["unsatisfactory innovation development (group D: unsatisfactory)"],
    ]);
  });

  test("Kazakh reads Russian; any other language, and an Office that cannot say, read English", () => {
    expect(messagesIn("kk-KZ")).toEqual(russian);
    expect(messagesIn("de-DE")).toEqual(noOffice);
    expect(messagesIn("")).toEqual(noOffice);
  });

  test("the Russian texts are the dictionary's", () => {
    // Every message above is a Russian dictionary entry with its placeholders filled in.
    const templates = Object.values(dictionary("ru")).filter(
      (m): m is string => typeof m === "string"
    );
    const shapes = templates.map(
      (t) => new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\{\w+\\\}/g, ".*"))
    );
    for (const [name, messages] of russian) {
      for (const message of messages) {
        expect([name, shapes.some((s) => s.test(message))]).toEqual([name, true]);
      }
    }
    expect(translate("ru", "functions.notFinite")).toMatch(/[А-Яа-я]/);
  });
});
