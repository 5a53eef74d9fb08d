/**
 * Issue 16, item 9, through the built bundle: every function against the edge cases where a
 * refusal used to stand where a number exists, or gave a reason that was not true. A table of
 * cases: each gives either the number (worked out here, not copied from a run) or the exact
 * reason, in English and in Russian. The cases: number-like text ("1 054,5", "12%", "+5"), data-
 * type cells, blank cells (a value, a table's trailing rows, a rank that is only shown), a
 * single-region table, ties for the leader, one region at zero, every value zero, negative values
 * that are legal (a custom scale below 0), a value a hair above its limit, ranges of another
 * shape, one bad row or column of a spilling result (the other cells keep their numbers).
 */
import { FakeExcelError, loadFunctions } from "./helpers/functions-bundle";

const fns = loadFunctions();
// The functions' words arrive after functions.js (a chunk of their own): messages wait for them.
beforeAll(() => fns.wordsArrived());

/** An Excel error value with its exact message in each language. */
interface Err {
  code: string;
  en: string;
  ru: string;
}
type Cell = number | string | boolean | Err;
/** A whole result: its cells, or the error that refused the whole call. */
type Want = Cell[][] | Err;

const err = (code: string, en: string, ru: string): Err => ({ code, en, ru });
const VALUE = "#VALUE!";
const NA = "#N/A";
const isErr = (w: unknown): w is Err =>
  typeof w === "object" && w !== null && !Array.isArray(w) && "code" in w;

interface Case {
  fn: string;
  what: string;
  args: unknown[];
  want: Want;
}

const SIX = [
  [1417.77, 0.41, 12.3, 2.4, 16.5, 70.2],
  [900.5, 0.7, 8.1, 6.3, 4.2, 12],
  [2100, 0.35, 20.4, 1.1, 33.3, 105.7],
];
const LEAD = SIX[0].map((_, c) => Math.max(...SIX.map((r) => r[c])));
/** Formulas (1)-(4) by hand for a row of SIX against the leaders. */
function index(row: number[], leaders = LEAD): number {
  const s = row.map((v, c) => (v / leaders[c]) * 100);
  return 0.5 * ((s[0] + s[1] + s[2]) / 3) + 0.5 * ((s[3] + s[4] + s[5]) / 3);
}
const SIZES = [
  [60, 30, 10],
  [50, 30, 20],
  [20, 20, 10],
];
/** KSI against the rest of the country, by hand. */
function ksiRest(table: number[][], j: number): number {
  const own = table[j].map((x) => x / table[j].reduce((a, b) => a + b, 0));
  const rest = table[0].map((_, k) => table.reduce((s, r, i) => (i === j ? s : s + r[k]), 0));
  const total = rest.reduce((a, b) => a + b, 0);
  return own.reduce((d, s, k) => d + Math.abs(s - rest[k] / total), 0);
}
/** LQ of region j, industry k, by hand. */
function lq(table: number[][], j: number, k: number): number {
  const rowTotal = table[j].reduce((a, b) => a + b, 0);
  const column = table.reduce((s, r) => s + r[k], 0);
  const grand = table.flat().reduce((a, b) => a + b, 0);
  return table[j][k] / rowTotal / (column / grand);
}

const ZERO_SHARES = (label: string, ru: string) =>
  err(
    VALUE,
    `${label}: every industry is 0, so there are no shares`,
    `${ru}: все отрасли равны 0, поэтому долей нет`
  );
const LQ_ZERO_2 = err(
  VALUE,
  "industry 2 is 0 in every region: its location quotient is undefined",
  "отрасль 2 равна 0 во всех регионах: коэффициент локализации не определён"
);
const ZERO_COLUMN_TABLE = [
  [60, 0, 10],
  [50, 0, 20],
];

const CASES: Case[] = [
  // --- LEADER_SCORE ------------------------------------------------------------------------
  {
    fn: "LEADER_SCORE",
    what: 'number-like text "1 054,5" (and a no-break space) is the number',
    args: [
      [["1 054,5"], ["1\u00a0054"]],
      [["1 054,5"], [2000]],
    ],
    want: [[(1054.5 / 2000) * 100], [(1054 / 2000) * 100]],
  },
  {
    fn: "LEADER_SCORE",
    what: 'percent text "12%" is 0.12, "+5" is 5, as Excel reads them',
    args: [
      [["12%"], ["+5"]],
      [[0.24], [10]],
    ],
    want: [[(0.12 / 10) * 100], [(5 / 10) * 100]],
  },
  {
    fn: "LEADER_SCORE",
    what: "a data-type number is its value",
    args: [[[{ type: "Double", basicValue: 5, numberFormat: "0.0" }]], [[5], [10]]],
    want: [[50]],
  },
  {
    fn: "LEADER_SCORE",
    what: "an empty value cell is missing, not 'not a number'",
    args: [
      [[""], [null]],
      [[5], [10]],
    ],
    want: [
      [
        err(
          VALUE,
          'value 1,1 is missing (blank or "-")',
          "значение, строка 1, столбец 1: нет значения (пусто или «-»)"
        ),
      ],
      [
        err(
          VALUE,
          'value 2,1 is missing (blank or "-")',
          "значение, строка 2, столбец 1: нет значения (пусто или «-»)"
        ),
      ],
    ],
  },
  {
    fn: "LEADER_SCORE",
    what: "a blank at the end of the column could be the last region's value: refused, and why",
    args: [[[5]], [[5], [10], [""]]],
    want: err(
      VALUE,
      'column value 3 is missing (blank or "-")',
      "column, значение 3: нет значения (пусто или «-»)"
    ),
  },
  {
    fn: "LEADER_SCORE",
    what: "a blank between values is a region without data (the leader is unknown)",
    args: [[[5]], [[5], [""], [10]]],
    want: err(
      VALUE,
      'column value 2 is missing (blank or "-")',
      "column, значение 2: нет значения (пусто или «-»)"
    ),
  },
  {
    fn: "LEADER_SCORE",
    what: "a single-region column: its value is the leader",
    args: [[[7]], [[7]]],
    want: [[100]],
  },
  {
    fn: "LEADER_SCORE",
    what: "two regions tie for the leader: both score 100",
    args: [
      [[7], [7], [3]],
      [[7], [7], [3]],
    ],
    want: [[100], [100], [(3 / 7) * 100]],
  },
  {
    fn: "LEADER_SCORE",
    what: "one region at zero: the leader still exists",
    args: [
      [[0], [4]],
      [[0], [4], [8]],
    ],
    want: [[0], [50]],
  },
  {
    fn: "LEADER_SCORE",
    what: "every value zero: the reason says so",
    args: [[[0]], [[0], [0]]],
    want: err(
      VALUE,
      "column: every value is 0, so there is no leader to score against",
      "column: все значения равны 0, поэтому нет региона-лидера для сравнения"
    ),
  },
  {
    fn: "LEADER_SCORE",
    what: "a value a hair above the leader: the reason says by how much",
    args: [[[10.0000001]], [[5], [10]]],
    want: [
      [
        err(
          NA,
          "value (10) is above the column's leader 10 by 1E-7; is it part of the column?",
          "значение (10) больше значения региона-лидера столбца 10 на 1E-7; входит ли оно в столбец?"
        ),
      ],
    ],
  },
  {
    fn: "LEADER_SCORE",
    what: "a column of another shape: the shape is named",
    args: [
      [[5]],
      [
        [5, 1],
        [10, 2],
      ],
    ],
    want: err(
      VALUE,
      "column must be one column or one row; it has 2 rows and 2 columns",
      "column: нужен один столбец или одна строка, а в диапазоне строк: 2, столбцов: 2"
    ),
  },
  {
    fn: "LEADER_SCORE",
    what: "an object that is no error is not called #VALUE!",
    args: [[[5]], [[5], [{}], [10]]],
    want: err(
      VALUE,
      "column value 2: the cell holds neither a number nor text",
      "column, значение 2: в ячейке не число и не текст"
    ),
  },
  // --- INNOV_INDEX, SUSCEPTIBILITY, ACTIVITY -------------------------------------------------
  {
    fn: "INNOV_INDEX",
    what: "number-like text and data types in the table read as numbers",
    args: [
      [SIX[0]],
      [SIX[0], [{ type: "Double", basicValue: 900.5 }, "0,7", "8.1", 6.3, "4,2", "12"], SIX[2]],
    ],
    want: [[index(SIX[0])]],
  },
  {
    fn: "INNOV_INDEX",
    what: "one region at zero in a column: the leader exists",
    args: [[[0, ...SIX[1].slice(1)]], [SIX[0], [0, ...SIX[1].slice(1)], SIX[2]]],
    want: [[index([0, ...SIX[1].slice(1)])]],
  },
  {
    fn: "INNOV_INDEX",
    what: "a column all zero: the reason names it",
    args: [[SIX[0]], SIX.map((r) => [0, ...r.slice(1)])],
    want: err(
      VALUE,
      "table: S_D: every value is 0, so there is no leader to score against",
      "table: S_D: все значения равны 0, поэтому нет региона-лидера для сравнения"
    ),
  },
  {
    fn: "INNOV_INDEX",
    what: "a single-region table: the region leads every indicator",
    args: [[SIX[0]], [SIX[0]]],
    want: [[100]],
  },
  {
    fn: "INNOV_INDEX",
    what: "two regions tie: both 100",
    args: [
      [SIX[0], SIX[0]],
      [SIX[0], SIX[0]],
    ],
    want: [[100], [100]],
  },
  {
    fn: "INNOV_INDEX",
    what: "blank rows after the last region of the table are no regions",
    args: [[SIX[0]], [...SIX, Array(6).fill(null), Array(6).fill("")]],
    want: [[index(SIX[0])]],
  },
  {
    fn: "INNOV_INDEX",
    what: "a blank between regions is a region without data",
    args: [[SIX[0]], [SIX[0], ["", ...SIX[1].slice(1)], SIX[2]]],
    want: err(
      VALUE,
      'table row 2, S_D is missing (blank or "-")',
      "строка 2 таблицы, S_D: нет значения (пусто или «-»)"
    ),
  },
  {
    fn: "INNOV_INDEX",
    what: "rows of another width: the count is named (one column)",
    args: [[[1]], SIX],
    want: err(
      VALUE,
      "rows has 1 column; it needs the six indicators S_D, S_F, S_E, S_A, S_B, S_C, in this order",
      "rows: столбцов 1, а нужны шесть показателей S_D, S_F, S_E, S_A, S_B, S_C в этом порядке"
    ),
  },
  {
    fn: "INNOV_INDEX",
    what: "a row a hair above the table's leader: by how much",
    args: [[[2100.0000001, ...SIX[2].slice(1)]], SIX],
    want: [
      [
        err(
          NA,
          "S_D: value 2100 in this row is above the table's leader 2100 by 1E-7; is the row part of the table?",
          "S_D, эта строка: значение 2100 больше значения региона-лидера таблицы 2100 на 1E-7; входит ли строка в таблицу?"
        ),
      ],
    ],
  },
  {
    fn: "SUSCEPTIBILITY",
    what: "a region at zero in every susceptibility indicator scores 0",
    args: [[[0, 0, 0, 1, 1, 1]], [SIX[0], [0, 0, 0, 1, 1, 1]]],
    want: [[0]],
  },
  {
    fn: "ACTIVITY",
    what: "skip: a row without activity indicators says which are absent",
    args: [[[1, 1, 1, "", "", ""]], [SIX[0], [1, 1, 1, "", "", ""]], "skip"],
    want: [
      [
        err(
          VALUE,
          "this row: no S_A/S_B/S_C indicator present",
          "эта строка: нет ни одного из показателей S_A/S_B/S_C"
        ),
      ],
    ],
  },
  {
    fn: "INNOV_INDEX",
    what: "weights as text with a decimal comma",
    args: [[SIX[1]], SIX, [["0,4", "0,6"]]],
    want: [
      [
        0.4 * ((SIX[1][0] / 2100 + SIX[1][1] / 0.7 + SIX[1][2] / 20.4) / 3) * 100 +
          0.6 * ((SIX[1][3] / 6.3 + SIX[1][4] / 33.3 + SIX[1][5] / 105.7) / 3) * 100,
      ],
    ],
  },
  // --- INDICATOR, DYNAMICS --------------------------------------------------------------------
  {
    fn: "INDICATOR",
    what: "figures as yearbook text",
    args: ["S_D", [["1 054 074,4"]], [["10 000"]]],
    want: [[(1054074.4 * 1000) / 10000]],
  },
  {
    fn: "INDICATOR",
    what: "a zero denominator: the figure is named",
    args: ["S_D", [[1000]], [[0]]],
    want: [
      [
        err(
          VALUE,
          "S_D: employed is 0, the indicator is undefined",
          "S_D: занятые — 0, показатель не определён"
        ),
      ],
    ],
  },
  {
    fn: "INDICATOR",
    what: "ranges of different shapes: both shapes named",
    args: ["S_D", [[1], [2]], [[1], [2], [3]]],
    want: err(
      VALUE,
      "numerator (2x1) and denominator (3x1) must have the same shape",
      "numerator (2x1) и denominator (3x1) должны быть одной формы"
    ),
  },
  {
    fn: "DYNAMICS",
    what: "a later index of 0 is a fall to 0%",
    args: [
      [[50], ["40,5"]],
      [[0], [81]],
    ],
    want: [[0], [200]],
  },
  {
    fn: "DYNAMICS",
    what: "an earlier index of 0: the change is undefined, and the reason says why",
    args: [[[0]], [[60]]],
    want: [
      [
        err(
          VALUE,
          "the earlier index is 0: the change in % is undefined",
          "индекс раннего периода равен 0: изменение в % не определено"
        ),
      ],
    ],
  },
  // --- RATING_CLASS, CLASS_BAND ---------------------------------------------------------------
  {
    fn: "RATING_CLASS",
    what: "a custom scale reaching below 0: a negative index has its class",
    args: [
      [[-5], [3]],
      [
        [-10, "low"],
        [0, "high"],
      ],
    ],
    want: [["low"], ["high"]],
  },
  {
    fn: "RATING_CLASS",
    what: "below a custom scale's lowest band: that band is named, not '0 to 100'",
    args: [
      [[-50]],
      [
        [-10, "low"],
        [0, "high"],
      ],
    ],
    want: [
      [
        err(
          VALUE,
          "index -50 is below the scale's lowest band (-10)",
          "индекс -50 ниже нижнего класса шкалы (-10)"
        ),
      ],
    ],
  },
  {
    fn: "RATING_CLASS",
    what: "a negative index on the paper's scale",
    args: [[[-5]]],
    want: [
      [
        err(
          VALUE,
          "index (-5) is negative; the index runs from 0 to 100",
          "индекс (-5) меньше 0; индекс принимает значения от 0 до 100"
        ),
      ],
    ],
  },
  {
    fn: "RATING_CLASS",
    what: "an index a hair above 100: by how much",
    args: [[[100.0000001], [100], ["55,5"]]],
    want: [
      [
        err(
          VALUE,
          "index 100 is above the scale's top 100 by 1E-7",
          "индекс 100 выше верхней границы шкалы 100 на 1E-7"
        ),
      ],
      ["A++"],
      ["B+"],
    ],
  },
  {
    fn: "RATING_CLASS",
    what: "a custom scale's row is named by its place in the range, blank rows counted",
    args: [
      [[5]],
      [
        [0, "a"],
        [null, null],
        [null, "c"],
      ],
    ],
    want: err(
      VALUE,
      "scale row 3: the lower bound is missing",
      "шкала, строка 3: нет нижней границы"
    ),
  },
  {
    fn: "RATING_CLASS",
    what: "a scale of another shape: one column named as one",
    args: [[[5]], [[0], [10]]],
    want: err(
      VALUE,
      'scale must be "latin", "cyrillic" or a two-column range (lower bound, label); it has 1 column',
      'scale: допустимо "latin", "cyrillic" или диапазон из двух столбцов (нижняя граница, метка); столбцов: 1'
    ),
  },
  {
    fn: "CLASS_BAND",
    what: "labels with spaces, in either alphabet",
    args: [[[" a+ "], ["В++"]]],
    want: [[80], [60]],
  },
  {
    fn: "CLASS_BAND",
    what: "a number is not a label; a blank is an empty label",
    args: [[[5], [""]]],
    want: [
      [err(VALUE, "5 is not a class label (A++ .. D)", "5 — не метка класса (A++ .. D)")],
      [err(VALUE, "the class label is empty", "метка класса пуста")],
    ],
  },
  // --- KSI ----------------------------------------------------------------------------------
  {
    fn: "KSI",
    what: "a single-region table, rest: there is no rest of the country",
    args: [[SIZES[0]], [SIZES[0]]],
    want: [
      [
        err(
          VALUE,
          "this row: the table has one region, so there is no rest of the country to compare it with",
          "эта строка: в таблице один регион, остальной части страны для сравнения нет"
        ),
      ],
    ],
  },
  {
    fn: "KSI",
    what: "a single-region table, national: the region is the nation",
    args: [[SIZES[0]], [SIZES[0]], "national"],
    want: [[0]],
  },
  {
    fn: "KSI",
    what: "a spill with an all-zero region: its row names it, the others keep their index",
    args: [
      [SIZES[0], [0, 0, 0], SIZES[2]],
      [SIZES[0], [0, 0, 0], SIZES[2]],
    ],
    want: [
      [ksiRest([SIZES[0], SIZES[2]], 0)],
      [ZERO_SHARES("row 2", "строка 2")],
      [ksiRest([SIZES[0], SIZES[2]], 1)],
    ],
  },
  {
    fn: "KSI",
    what: "the mean reference with an all-zero region: the others' reason names it",
    args: [[SIZES[0], [0, 0, 0]], [SIZES[0], [0, 0, 0], SIZES[2]], "mean"],
    want: [
      [
        err(
          VALUE,
          "row 1: the mean of the other regions' shares is undefined (region 2: every industry is 0)",
          "строка 1: среднее долей остальных регионов не определено (регион 2: все отрасли равны 0)"
        ),
      ],
      [ZERO_SHARES("row 2", "строка 2")],
    ],
  },
  {
    fn: "KSI",
    what: "an industry no region has: no refusal (it adds nothing)",
    args: [[ZERO_COLUMN_TABLE[0]], ZERO_COLUMN_TABLE],
    want: [[ksiRest(ZERO_COLUMN_TABLE, 0)]],
  },
  {
    fn: "KSI",
    what: "the rest of the country all zero: that is the reason",
    args: [[SIZES[0]], [SIZES[0], [0, 0, 0]]],
    want: [
      [
        err(
          VALUE,
          "this row: the rest of the country has no industry, no reference mix",
          "эта строка: в остальной части страны нет отраслей, базы сравнения нет"
        ),
      ],
    ],
  },
  {
    fn: "KSI",
    what: "blank rows after the table's last region; sizes as text",
    args: [[["60", "30", "10"]], [...SIZES, [null, null, null]]],
    want: [[ksiRest(SIZES, 0)]],
  },
  {
    fn: "KSI",
    what: "rows empty: said so, not '0 industries'",
    args: [[[]], SIZES],
    want: err(VALUE, "rows is empty", "rows: пустой диапазон"),
  },
  {
    fn: "KSI",
    what: "rows of another width: both counts named",
    args: [[[1, 2]], SIZES],
    want: err(
      VALUE,
      "rows have 2 industries but table has 3; both need the same industry columns",
      "rows: отраслей 2, а в table — 3; нужны одни и те же столбцы отраслей"
    ),
  },
  // --- HHI ----------------------------------------------------------------------------------
  {
    fn: "HHI",
    what: "a spill with an all-zero row: only that row refused",
    args: [[SIZES[0], [0, 0, 0], SIZES[2]]],
    want: [
      [0.6 ** 2 + 0.3 ** 2 + 0.1 ** 2],
      [ZERO_SHARES("row 2", "строка 2")],
      [0.4 ** 2 + 0.4 ** 2 + 0.2 ** 2],
    ],
  },
  {
    fn: "HHI",
    what: "one industry: plain 1; normalised undefined, and why",
    args: [[[5]], true],
    want: [
      [
        err(
          VALUE,
          "the normalised HHI needs at least two industries",
          "для нормированного HHI нужно не меньше двух отраслей"
        ),
      ],
    ],
  },
  // --- LOC_QUOTIENT -------------------------------------------------------------------------
  {
    fn: "LOC_QUOTIENT",
    what: "an industry no region has: only its column undefined",
    args: [ZERO_COLUMN_TABLE, ZERO_COLUMN_TABLE],
    want: [
      [lq(ZERO_COLUMN_TABLE, 0, 0), LQ_ZERO_2, lq(ZERO_COLUMN_TABLE, 0, 2)],
      [lq(ZERO_COLUMN_TABLE, 1, 0), LQ_ZERO_2, lq(ZERO_COLUMN_TABLE, 1, 2)],
    ],
  },
  {
    fn: "LOC_QUOTIENT",
    what: "an all-zero region: only its row undefined, named as the user's row",
    args: [
      [SIZES[2], [0, 0, 0]],
      [SIZES[0], [0, 0, 0], SIZES[2]],
    ],
    want: [
      [
        lq([SIZES[0], SIZES[2]], 1, 0),
        lq([SIZES[0], SIZES[2]], 1, 1),
        lq([SIZES[0], SIZES[2]], 1, 2),
      ],
      [
        ZERO_SHARES("row 2", "строка 2"),
        ZERO_SHARES("row 2", "строка 2"),
        ZERO_SHARES("row 2", "строка 2"),
      ],
    ],
  },
  {
    fn: "LOC_QUOTIENT",
    what: "a single-region table: every quotient 1",
    args: [[SIZES[0]], [SIZES[0], [null, null, null]]],
    want: [[1, 1, 1]],
  },
  {
    fn: "LOC_QUOTIENT",
    what: "a row not in the table",
    args: [[[1, 2, 3]], SIZES],
    want: [
      Array(3).fill(
        err(
          NA,
          "this row is not one of the table's rows; a quotient compares a region with the table's total",
          "эта строка: такой строки нет в таблице; коэффициент локализации сравнивает регион с итогом таблицы"
        )
      ),
    ],
  },
  // --- IT_SHARE -----------------------------------------------------------------------------
  {
    fn: "IT_SHARE",
    what: "a negative size in the table: the cell is named",
    args: [[[5]], [[5], [-1]]],
    want: err(
      VALUE,
      "table value 2 (-1) is negative; a share needs a size",
      "table, значение 2 (-1) меньше 0; для доли нужен размер"
    ),
  },
  {
    fn: "IT_SHARE",
    what: "values as text",
    args: [
      [[5], ["15"]],
      [[5], [15]],
    ],
    want: [[0.25], [0.75]],
  },
  {
    fn: "IT_SHARE",
    what: "a single region: its share is 1",
    args: [[[7]], [[7]]],
    want: [[1]],
  },
  {
    fn: "IT_SHARE",
    what: "a blank at the end of the column could be a region's output: refused, and why",
    args: [[[5]], [[5], [15], [null]]],
    want: err(
      VALUE,
      'table value 3 is missing (blank or "-")',
      "table, значение 3: нет значения (пусто или «-»)"
    ),
  },
  {
    fn: "IT_SHARE",
    what: "a value a hair above the total: by how much",
    args: [[[15.0000001]], [[5], [10]]],
    want: [
      [
        err(
          NA,
          "value (15) is above the table's total 15 by 1E-7; is it part of the table?",
          "значение (15) больше итога таблицы 15 на 1E-7; входит ли оно в таблицу?"
        ),
      ],
    ],
  },
  {
    fn: "IT_SHARE",
    what: "a total of 0: no shares",
    args: [[[0]], [[0], [0]]],
    want: err(
      VALUE,
      "the national total is 0: shares are undefined",
      "итог по стране равен 0: доли не определены"
    ),
  },
  // --- PROMISING_ZONE -----------------------------------------------------------------------
  {
    fn: "PROMISING_ZONE",
    what: 'an IT share typed "50%" and a threshold "1%" are percents',
    args: [[["A"]], [["50%"]], "1%", null, null, null, "verdict"],
    want: [[true]],
  },
  {
    fn: "PROMISING_ZONE",
    what: "a threshold of 1% against a share of 0.5%",
    args: [[["A"]], [[0.005]], [["1%"]], null, null, null, "verdict"],
    want: [[false]],
  },
  {
    fn: "PROMISING_ZONE",
    what: "a blank rank, no topRanks: the rank is only shown, the verdict stands",
    args: [[["A"], ["B"]], [[0.5], [0.2]], null, null, [[1], [""]], null, "verdict"],
    want: [[true], [true]],
  },
  {
    fn: "PROMISING_ZONE",
    what: "a blank rank where topRanks needs it",
    args: [[["A"], ["B"]], [[0.5], [0.2]], null, "none", [[1], [""]], 3, "verdict"],
    want: [
      [true],
      [err(VALUE, "region 2: the rank is missing", "регион 2: место в рейтинге не указано")],
    ],
  },
];

/** Compares one cell; an error's message in the language `lang`. */
function expectCell(got: unknown, want: Cell, lang: "en" | "ru", where: string): void {
  if (isErr(want)) {
    expect({ where, got }).toEqual({ where, got: expect.any(FakeExcelError) });
    const e = got as FakeExcelError;
    expect({ where, code: e.code, message: e.message }).toEqual({
      where,
      code: want.code,
      message: want[lang],
    });
  } else if (typeof want === "number") {
    expect({ where, type: typeof got }).toEqual({ where, type: "number" });
    expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(want))
    );
  } else expect({ where, got }).toEqual({ where, got: want });
}

describe.each(["en", "ru"] as const)("edge cases, %s", (lang) => {
  beforeAll(() => {
    fns.setDisplayLanguage(lang === "ru" ? "ru-RU" : undefined);
    return fns.wordsArrived();
  });
  afterAll(() => fns.setDisplayLanguage(undefined));

  it.each(CASES.map((c) => [`${c.fn}: ${c.what}`, c] as const))("%s", (_, c) => {
    const got = fns.call(c.fn, ...c.args);
    if (isErr(c.want)) return expectCell(got, c.want, lang, "the whole call");
    expect(Array.isArray(got)).toBe(true);
    const grid = got as unknown[][];
    expect(grid.map((r) => r.length)).toEqual(c.want.map((r) => r.length));
    c.want.forEach((row, r) => row.forEach((w, k) => expectCell(grid[r][k], w, lang, `${r},${k}`)));
  });
});

test("every function of the bundle has edge cases here", () => {
  const covered = new Set(CASES.map((c) => c.fn));
  expect(fns.metadata.map((f) => f.id).filter((id) => !covered.has(id))).toEqual([]);
});

/**
 * The same figures written another way give the same result, cell for cell and message for
 * message, in every function: as yearbook text ("1 417,77"), as plain text, with a plus sign, as
 * Excel's data types (a number, a formatted number, a text holding a number); and a table of
 * several columns with blank rows after its last region.
 */
describe("equivalent inputs, every function", () => {
  const ru = (x: number): string => {
    const [whole, fraction] = String(Math.abs(x)).split(".");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
    return (x < 0 ? "-" : "") + (fraction ? `${grouped},${fraction}` : grouped);
  };
  const WRITINGS: [string, (x: number) => unknown][] = [
    ["yearbook text", ru],
    ["plain text", (x) => String(x)],
    ["a plus sign", (x) => (x >= 0 ? `+${x}` : String(x))],
    ["a data-type number", (x) => ({ type: "Double", basicValue: x })],
    [
      "a formatted number",
      (x) => ({ type: "FormattedNumber", basicValue: x, numberFormat: "0.0" }),
    ],
    ["a data-type text", (x) => ({ type: "String", basicValue: ru(x) })],
  ];
  const COLUMN = [[4], [8.5], [2], [0], [1]];
  const INDEXES = [[95.5], [50], [10.25], [0], [100]];
  /** Each function's arguments; the numbers of those marked are rewritten. */
  const CALLS: [string, unknown[], number[]][] = [
    ["INNOV_INDEX", [SIX, SIX, [[0.4, 0.6]]], [0, 1, 2]],
    ["SUSCEPTIBILITY", [SIX, SIX], [0, 1]],
    ["ACTIVITY", [[SIX[1]], SIX], [0, 1]],
    ["LEADER_SCORE", [COLUMN, COLUMN], [0, 1]],
    ["INDICATOR", ["S_C", [[1054074.4], [0]], [[1000], [2500]]], [1, 2]],
    ["DYNAMICS", [INDEXES.slice(0, 3), [[100], [25.5], [0]]], [0, 1]],
    ["RATING_CLASS", [INDEXES], [0]],
    [
      "RATING_CLASS",
      [
        INDEXES,
        [
          [0, "low"],
          [50, "high"],
        ],
      ],
      [0, 1],
    ],
    ["KSI", [SIZES, SIZES, "mean"], [0, 1]],
    ["KSI", [[SIZES[1]], SIZES], [0, 1]],
    ["HHI", [SIZES, true], [0]],
    ["LOC_QUOTIENT", [SIZES, SIZES], [0, 1]],
    ["IT_SHARE", [COLUMN, COLUMN], [0, 1]],
    ["PROMISING_ZONE", [[["A"], ["C"]], [[0.5], [0.001]], 0.01, null, [[1], [2]], 1], [1, 2, 4, 5]],
  ];
  const rewrite = (arg: unknown, f: (x: number) => unknown): unknown =>
    Array.isArray(arg)
      ? arg.map((row) =>
          Array.isArray(row) ? row.map((c) => (typeof c === "number" ? f(c) : c)) : row
        )
      : typeof arg === "number"
        ? f(arg)
        : arg;

  describe.each(["en", "ru"] as const)("%s", (lang) => {
    beforeAll(() => {
      fns.setDisplayLanguage(lang === "ru" ? "ru-RU" : undefined);
      return fns.wordsArrived();
    });
    afterAll(() => fns.setDisplayLanguage(undefined));

    it.each(CALLS.map(([fn, args, numeric]) => [fn, args, numeric] as const))(
      "%s: every writing of its figures gives the same result",
      (fn, args, numeric) => {
        const plain = fns.call(fn, ...args);
        // Figures to compare, not only refusals.
        expect((plain as unknown[][]).flat().some((c) => !(c instanceof FakeExcelError))).toBe(
          true
        );
        for (const [writing, f] of WRITINGS) {
          const other = args.map((a, i) => (numeric.includes(i) ? rewrite(a, f) : a));
          expect({ writing, result: fns.call(fn, ...other) }).toEqual({ writing, result: plain });
        }
      }
    );

    it.each(
      CALLS.filter(([fn]) => ["INNOV_INDEX", "SUSCEPTIBILITY", "KSI", "LOC_QUOTIENT"].includes(fn))
    )("%s: blank rows after a table's last region change nothing", (fn, args) => {
      const table = args[1] as unknown[][];
      const blank = table[0].map(() => null);
      const longer = [...table, blank, blank.map(() => "")];
      expect(fns.call(fn, args[0], longer, ...args.slice(2))).toEqual(fns.call(fn, ...args));
    });
  });
});
