/**
 * The bad-input suite: every function of the BUILT bundle, called with generated bad input
 * (text, blanks, negatives, zeros, NaN/Infinity, booleans, error values, shapes, rows not in the
 * table, 1x1 tables, huge and tiny numbers, duplicates, extra arguments). Each result cell is
 * classified: an Excel error (#VALUE!/#N/A with a message; #NUM! for a result beyond a double;
 * another code only when an input held it), or a value checked against an independent
 * plausibility rule (finite, within the function's documented range, the result's shape). A bad
 * value in a region's own data must never give a number. The test prints the counts and
 * asserts that no result is implausible.
 */
import { ErrorCode, FakeExcelError, loadFunctions } from "./helpers/functions-bundle";
import { allowedLatin, englishWords } from "./helpers/russian";

const fns = loadFunctions();
// The functions' words arrive after functions.js (a chunk of their own): messages wait for them.
beforeAll(() => fns.wordsArrived());
type Grid = unknown[][];

/** How a parameter is used: a region's own numbers, the whole table, or an option. */
type Role = "data" | "table" | "option" | "label";

interface Spec {
  id: string;
  good: unknown[];
  roles: Role[];
  /** Parameters that pair with the first region by region: one cell there is refused. */
  paired?: number[];
  /** Parameters where a blank is no data rather than a refusal (PROMISING_ZONE's itShare, rank). */
  blankAllowed?: number[];
  /** Shape of a successful result. */
  shape: (args: unknown[]) => [number, number];
  /** Null when the value is plausible, else why not. */
  plausible: (value: unknown, args: unknown[]) => string | null;
}

const SIX: Grid = [
  [1417.77, 0.41, 12.3, 2.4, 16.5, 70.2],
  [900.5, 0.7, 8.1, 6.3, 4.2, 12],
  [2100, 0.35, 20.4, 1.1, 33.3, 105.7],
  [640.2, 1.2, 3.3, 12.9, 0.8, 2.2],
  [1500, 0.5, 11, 4, 7, 30],
];
const SIZES: Grid = [
  [60, 30, 10],
  [50, 30, 20],
  [20, 20, 10],
  [5, 80, 15],
];
const COLUMN: Grid = [[4], [8], [2], [6], [1]];
const SHARES: Grid = [[0.5], [0.2], [0.01], [0]];
const CLASSES: Grid = [["A"], ["В++"], ["C+"], ["D"]];
const RANKS: Grid = [[1], [2], [3], [4]];
const INDEXES: Grid = [[95], [50.5], [10], [0], [100]];

const LABELS = new Set(
  ["A++", "A+", "A", "B++", "B+", "B", "C++", "C+", "C", "D"].flatMap((l) => [
    l,
    l.replace("A", "А").replace("B", "В").replace("C", "С"),
  ])
);

const isNum = (v: unknown): v is number => typeof v === "number";
const inRange =
  (lo: number, hi: number, eps = 1e-9) =>
  (v: unknown) =>
    isNum(v) && Number.isFinite(v) && v >= lo - eps && v <= hi + eps
      ? null
      : `not a number in [${lo}, ${hi}]`;
const nonNegative = (v: unknown) =>
  isNum(v) && Number.isFinite(v) && v >= 0 ? null : "not a finite number >= 0";
const orNoData = (rule: (v: unknown) => string | null) => (v: unknown) =>
  v === "-" ? null : rule(v);
const grid = (a: unknown): Grid =>
  Array.isArray(a) ? (Array.isArray(a[0]) ? (a as Grid) : [a as unknown[]]) : [[a]];
const rowsOf = (a: unknown): [number, number] => [grid(a).length, 1];
const shapeOf = (a: unknown): [number, number] => [grid(a).length, grid(a)[0]?.length ?? 0];

const SPECS: Spec[] = [
  ...["INNOV_INDEX", "SUSCEPTIBILITY", "ACTIVITY"].map((id): Spec => ({
    id,
    good: id === "INNOV_INDEX" ? [SIX, SIX, null, null] : [SIX, SIX, null],
    roles:
      id === "INNOV_INDEX" ? ["data", "table", "option", "option"] : ["data", "table", "option"],
    shape: (args) => rowsOf(args[0]),
    plausible: inRange(0, 100),
  })),
  {
    id: "LEADER_SCORE",
    good: [COLUMN, COLUMN, null],
    roles: ["data", "table", "option"],
    shape: (args) => shapeOf(args[0]),
    plausible: orNoData(inRange(0, 100)),
  },
  {
    id: "INDICATOR",
    good: ["S_D", COLUMN, [[10], [20], [30], [40], [50]], null],
    paired: [2],
    roles: ["option", "data", "data", "option"],
    shape: (args) => shapeOf(args[1]),
    plausible: orNoData(nonNegative),
  },
  {
    id: "DYNAMICS",
    good: [COLUMN, [[5], [9], [1], [6], [3]]],
    paired: [1],
    roles: ["data", "data"],
    shape: (args) => shapeOf(args[0]),
    plausible: nonNegative,
  },
  {
    id: "RATING_CLASS",
    good: [INDEXES, null],
    roles: ["data", "option"],
    shape: (args) => shapeOf(args[0]),
    plausible: (v, args) =>
      typeof v === "string" && (LABELS.has(v) || args[1] !== null) ? null : "not a class label",
  },
  {
    id: "CLASS_BAND",
    good: [CLASSES, null],
    roles: ["label", "option"],
    shape: (args) => shapeOf(args[0]),
    plausible: (v) =>
      typeof v === "string" ? (v.length > 0 ? null : "empty text") : inRange(0, 100)(v),
  },
  {
    id: "KSI",
    good: [SIZES, SIZES, null, null],
    roles: ["data", "table", "option", "option"],
    shape: (args) => rowsOf(args[0]),
    plausible: inRange(0, 2),
  },
  {
    id: "HHI",
    good: [SIZES, null, null],
    roles: ["data", "option", "option"],
    shape: (args) => rowsOf(args[0]),
    plausible: (v, args) => {
      const k = shapeOf(args[0])[1];
      const plain = [null, undefined, false, 0, "", "FALSE"].includes(args[1] as never);
      return plain ? inRange(1 / k, 1)(v) : inRange(0, 1)(v);
    },
  },
  {
    id: "LOC_QUOTIENT",
    good: [SIZES, SIZES, null],
    roles: ["data", "table", "option"],
    shape: (args) => shapeOf(args[0]),
    plausible: nonNegative,
  },
  {
    id: "IT_SHARE",
    good: [SHARES, SHARES, null],
    roles: ["data", "table", "option"],
    shape: (args) => shapeOf(args[0]),
    plausible: orNoData(inRange(0, 1)),
  },
  {
    id: "PROMISING_ZONE",
    good: [CLASSES, SHARES, null, null, RANKS, null, null],
    roles: ["label", "data", "option", "option", "data", "option", "option"],
    blankAllowed: [1, 4],
    paired: [1, 4],
    shape: (args) => shapeOf(args[0]),
    plausible: (v) =>
      typeof v === "boolean" || (typeof v === "string" && /^(not a )?candidate: /.test(v))
        ? null
        : "neither a verdict nor reasons",
  },
];

const NA = new FakeExcelError("#N/A");
const DIV0 = new FakeExcelError("#DIV/0!");
const REF = new FakeExcelError("#REF!");

/** Bad cells, and whether a region's own data holding one must be refused (blank: by policy). */
const BAD_CELLS: { value: unknown; refuse: boolean | "blank" }[] = [
  { value: "abc", refuse: true },
  { value: "1,234", refuse: true },
  { value: "", refuse: "blank" },
  { value: null, refuse: "blank" },
  { value: "-", refuse: "blank" },
  { value: true, refuse: true },
  { value: false, refuse: true },
  { value: -1, refuse: true },
  { value: -1e-300, refuse: true },
  { value: 0, refuse: false },
  { value: NaN, refuse: true },
  { value: Infinity, refuse: true },
  { value: -Infinity, refuse: true },
  { value: 1e308, refuse: false },
  { value: 5e-324, refuse: false },
  { value: 1e-300, refuse: false },
  { value: "1.5E+03", refuse: false },
  { value: NA, refuse: true },
  { value: DIV0, refuse: true },
  { value: REF, refuse: true },
  { value: {}, refuse: true },
];

/** Whole-argument replacements: shapes, scalars, empty ranges, scaled and duplicated tables. */
function argumentVariants(good: unknown): unknown[] {
  const g = grid(good);
  const variants: unknown[] = [
    [],
    [[]],
    [[null]],
    "text",
    7,
    true,
    NA,
    [
      [1, 2],
      [3, 4],
    ],
    g.map((row) => [...row, 1]),
    g.slice(0, 1),
    [g[0].slice(0, 1)],
    g[0].map((_, c) => g.map((row) => row[c])),
    [...g, ...g],
    g.map((row) => row.map((v) => (isNum(v) ? v * 1e300 : v))),
    g.map((row) => row.map((v) => (isNum(v) ? 1e308 : v))),
    g.map((row) => row.map((v) => (isNum(v) ? Number.MAX_VALUE : v))),
    g.map((row) => row.map((v) => (isNum(v) ? 5e-324 : v))),
    g.map((row) => row.map((v) => (isNum(v) ? v * 1e-300 : v))),
    g.map((row) => row.map((v) => (isNum(v) ? 0 : v))),
    g.map((row) => row.map((v) => (isNum(v) ? v + 1e6 : v))),
    g.map((row) => row.map((v, c) => (c === 0 && isNum(v) ? 0 : v))),
  ];
  return variants;
}

interface Case {
  spec: Spec;
  args: unknown[];
  /** The first output cell must be an error (a region's own bad data). */
  mustRefuse: boolean;
  /** The error code the first output cell must carry (an input's error passed on). */
  passOn?: string;
  what: string;
}

function missingIndex(spec: Spec): number {
  const meta = fns.metadata.find((f) => f.id === spec.id)!;
  return meta.parameters.findIndex((p) => p.name === "missing");
}

function generateCases(): Case[] {
  const cases: Case[] = [];
  for (const spec of SPECS) {
    const m = missingIndex(spec);
    const policies: unknown[] = m >= 0 ? [null, "skip", "zero"] : [null];
    for (const policy of policies) {
      const base = [...spec.good];
      if (m >= 0) base[m] = policy;
      if (m >= 0 && policy === "skip" && ["KSI", "HHI", "LOC_QUOTIENT"].includes(spec.id)) continue;
      const refusesBlank = policy === null;
      spec.roles.forEach((role, p) => {
        if (p === m) return;
        for (const { value, refuse } of BAD_CELLS) {
          // One bad cell at the start of a range (or the whole of a scalar option).
          const args = [...base];
          if (role === "option" && !Array.isArray(base[p])) args[p] = value;
          else {
            const g = grid(base[p] ?? [[null]]).map((row) => [...row]);
            g[0][0] = value;
            args[p] = g;
          }
          const ownData = role === "data" || role === "label" || role === "table";
          const blankIsMissing = !(spec.blankAllowed ?? []).includes(p) && refusesBlank;
          const mustRefuse =
            ownData &&
            (refuse === true ||
              (refuse === "blank" && blankIsMissing) ||
              (role === "label" && refuse !== false));
          cases.push({
            spec,
            args,
            mustRefuse,
            passOn: value instanceof FakeExcelError && value !== REF ? value.code : undefined,
            what: `${spec.id} arg ${p} cell ${String(value)} missing=${String(policy)}`,
          });
        }
        for (const variant of argumentVariants(base[p] ?? [[1]])) {
          const args = [...base];
          args[p] = variant;
          // One cell where a paired range is expected is refused (README: one rule); one blank
          // cell is an omitted optional argument, as Excel passes it.
          const oneCell =
            Array.isArray(variant) &&
            variant.length === 1 &&
            grid(variant)[0].length === 1 &&
            grid(variant)[0][0] !== null;
          cases.push({
            spec,
            args,
            mustRefuse: (spec.paired ?? []).includes(p) && oneCell && grid(args[0]).length > 1,
            what: `${spec.id} arg ${p} = ${JSON.stringify(variant).slice(0, 40)}`,
          });
        }
      });
      // Extra arguments, and every optional argument omitted.
      cases.push({
        spec,
        args: [...base, 1, "x"],
        mustRefuse: false,
        what: `${spec.id} extra arguments`,
      });
      cases.push({
        spec,
        args: base.slice(0, 2),
        mustRefuse: false,
        what: `${spec.id} fewer arguments`,
      });
    }
  }
  return cases;
}

/** Why one output cell is implausible, or null. */
function judgeCell(value: unknown, c: Case, inputCodes: Set<string>): string | null {
  if (value instanceof FakeExcelError) {
    if (value.code === ErrorCode.invalidValue || value.code === ErrorCode.notAvailable)
      return (value.message ?? "").length > 0 ? null : `${value.code} without a message`;
    if (value.code === ErrorCode.invalidNumber || inputCodes.has(value.code)) return null;
    return `${value.code} that no input held`;
  }
  if (isNum(value) && !Number.isFinite(value)) return `${value} came out`;
  return c.spec.plausible(value, c.args);
}

function inputErrorCodes(args: unknown[]): Set<string> {
  const codes = new Set<string>();
  const visit = (v: unknown) => {
    if (v instanceof FakeExcelError) codes.add(v.code);
    else if (Array.isArray(v)) v.forEach(visit);
  };
  visit(args);
  return codes;
}

describe("bad input to every function", () => {
  test("gives an Excel error with a reason or a plausible value, never a wrong number", () => {
    const cases = generateCases();
    const counts = { cases: cases.length, cells: 0, errors: 0, numbers: 0, texts: 0 };
    const implausible: string[] = [];
    for (const c of cases) {
      let result: unknown;
      try {
        result = fns.call(c.spec.id, ...c.args);
      } catch (e) {
        implausible.push(`${c.what}: threw ${String(e)}`);
        continue;
      }
      const codes = inputErrorCodes(c.args);
      const cells = result instanceof FakeExcelError ? [[result]] : (result as unknown[][]);
      if (!(result instanceof FakeExcelError)) {
        const [rows, cols] = c.spec.shape(c.args);
        if (
          !Array.isArray(result) ||
          result.length !== rows ||
          result.some((r) => r.length !== cols)
        )
          implausible.push(`${c.what}: result shape is not ${rows}x${cols}`);
      }
      const first = cells[0]?.[0];
      if (c.mustRefuse && !(first instanceof FakeExcelError))
        implausible.push(`${c.what}: bad data gave ${JSON.stringify(first)}`);
      if (c.passOn && !(first instanceof FakeExcelError && first.code === c.passOn))
        implausible.push(`${c.what}: ${c.passOn} not passed on (${JSON.stringify(first)})`);
      for (const row of Array.isArray(cells) ? cells : [])
        for (const value of row) {
          counts.cells++;
          if (value instanceof FakeExcelError) counts.errors++;
          else if (isNum(value)) counts.numbers++;
          else counts.texts++;
          const why = judgeCell(value, c, codes);
          if (why) implausible.push(`${c.what}: ${why} (${JSON.stringify(value)})`);
        }
    }
    console.log(
      `bad-input suite: ${counts.cases} cases, ${counts.cells} result cells: ${counts.errors} Excel errors, ` +
        `${counts.numbers} numbers, ${counts.texts} texts/verdicts; ${implausible.length} implausible`
    );
    expect(implausible.slice(0, 40)).toEqual([]);
    expect(counts.cases).toBeGreaterThan(1000);
  });

  test("in a Russian Office, every message and every worded result reads Russian", async () => {
    await fns.wordsArrived("ru-RU");
    const allowed = allowedLatin(fns.metadata);
    const notRussian = new Set<string>();
    let worded = 0;
    fns.setDisplayLanguage("ru-RU");
    try {
      for (const c of generateCases()) {
        const result = fns.call(c.spec.id, ...c.args);
        const cells = result instanceof FakeExcelError ? [result] : (result as unknown[][]).flat();
        for (const value of cells) {
          const text = value instanceof FakeExcelError ? value.message : value;
          // Codes, numbers, TRUE/FALSE and text without a word (class labels, "-" for no data) are no words.
          if (typeof text !== "string" || !/[A-Za-zА-Яа-яЁё]{2}/.test(text) || LABELS.has(text))
            continue;
          worded++;
          if (!/[А-Яа-яЁё]{3}/.test(text) || englishWords(text, allowed).length > 0)
            notRussian.add(`${c.spec.id}: ${text}`);
        }
      }
    } finally {
      fns.setDisplayLanguage(undefined);
    }
    expect([...notRussian].slice(0, 20)).toEqual([]);
    expect(worded).toBeGreaterThan(2000);
  });
});
