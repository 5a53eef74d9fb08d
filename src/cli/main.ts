/**
 * The command line: `growth-poles rate [--year Y FILE...]... [--out PATH] [--json] ...`.
 * Reads yearbook tables, rates every year, writes the rating workbook (and/or prints JSON).
 * Thin over src/sheet: the same job the task pane runs. Order: arguments, then the inputs, then
 * the output (so a leftover rating.xlsx never hides a wrong input), then the work.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CoreError } from "../core";
import {
  type Lang,
  type Translate,
  formatNumber,
  langFromLocale,
  translate,
  translator,
} from "../i18n/cli";
import {
  type Grid,
  type RatedYear,
  RatingError,
  TableReadError,
  type YearTable,
  buildRatingPlan,
  dynamicsPairs,
  joinTables,
  rateInEarliestBorders,
  rateYear,
  readYearbookTable,
  tableYears,
} from "../sheet";
import { type Parsed, type YearInput, langOfArgv, parseCommandLine } from "./args";
import { directOutput } from "./direct-output";
import { CliError, EXIT, errnoCode, inputError, outputError, reasonOf } from "./errors";
import { checkInput, checkNotTwice, parseInputSpec, readGrid, sheetNameOf } from "./input";
import { type OutputTarget, checkOutput, writeWorkbook } from "./output";
// Stage 2 (issue 7): reading, JSON and summary live in ./stage2.
import * as stage2 from "./stage2";
import {
  type GrowthPoles,
  addRobustnessReasons,
  addRobustnessSheets,
  addStage2Sheets,
  growthPoles,
} from "../sheet";
// Robustness (issue 15): --robustness, --seed, --vary.
import * as robust from "./robustness";

/** The package root, whatever the working directory and whether this runs compiled or not. */
function packageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
export const PACKAGE_ROOT = packageRoot(__dirname);
const SAMPLE_DIR = resolve(PACKAGE_ROOT, "samples", "kazakhstan");
export const SAMPLE_YEARS: readonly YearInput[] = ["2010", "2014"].map((year) => ({
  year,
  files: [
    resolve(SAMPLE_DIR, `kz-${year}-susceptibility.tsv`),
    resolve(SAMPLE_DIR, `kz-${year}-activity.tsv`),
  ],
}));

/** Regions above which progress goes to standard error. */
const LONG_INPUT = 1000;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

/** The words of the run under way, for a failure of standard output the stream reports late. */
let wording: Translate = translator("en");

/**
 * Standard output that cannot be written (a full disk, a closed device) is an output error, exit 3,
 * like a workbook that cannot be written; reported after main returned, it still sets the code.
 */
function stdoutFailed(e: unknown, later: boolean): void {
  const full = errnoCode(e) === "ENOSPC" || errnoCode(e) === "EDQUOT";
  const error = full
    ? outputError("cli.stdout.noSpace", { reason: reasonOf(e) })
    : outputError("cli.stdout.failed", { reason: reasonOf(e) });
  if (!later) throw error;
  processIo.stderr(`growth-poles: ${wording(error.key, error.params)}\n`);
  process.exitCode = EXIT.output;
}

const processIo: Io = {
  stdout: directOutput(1, () => process.stdout, undefined, stdoutFailed),
  stderr: directOutput(2, () => process.stderr),
  env: process.env,
};

/** The system's language as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG. */
export function systemLang(env: Io["env"]): Lang {
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export function helpText(t: Translate): string {
  return (
    t("cli.help", {
      file: "rating.xlsx",
      refuse: "error",
      env: "LC_ALL / LC_MESSAGES / LANG",
      signals: "Ctrl+C / SIGTERM",
      helpFlags: "-h, --help".padEnd(17),
      versionFlags: "-v, --version".padEnd(17),
    }) +
    t("cli.help.stage2") +
    t("cli.help.robust") +
    t("cli.help.borders")
  );
}

function version(): string {
  return JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")).version;
}

/** A year from a file name ("kz-2010-activity.tsv"), when no --year was given. */
function yearFromName(file: string): string | null {
  const m = /(?:^|\D)(19\d\d|20\d\d)(?!\d)/.exec(basename(file));
  return m ? m[1] : null;
}

/** The core's own errors (already worded in the user's language), prefixed with the file. */
function tableError(path: string, e: unknown): never {
  if (e instanceof TableReadError || e instanceof CoreError || e instanceof RatingError)
    throw inputError("cli.input.table", { path, message: e.message });
  throw e;
}

/** A table as read from its file: the grid, and how messages name it. */
interface InputTable {
  label: string;
  grid: Grid;
  sheet: string | null;
  /** The years the table gives as columns; empty for a table of one year. */
  years: string[];
}

async function readInputs(
  input: YearInput,
  args: Parsed,
  lang: Lang,
  io: Io,
  t: Translate
): Promise<InputTable[]> {
  const out: InputTable[] = [];
  for (const file of input.files) {
    const spec = parseInputSpec(file);
    const grid = await readGrid(spec);
    if (grid.length > LONG_INPUT)
      io.stderr(t("cli.progress.reading", { path: spec.label, count: grid.length }) + "\n");
    const sheet = sheetNameOf(grid);
    try {
      const years = tableYears(grid, {
        locale: args.locale,
        lang,
        ...(sheet ? { sheetName: sheet } : {}),
      });
      out.push({ label: spec.label, grid, sheet, years });
    } catch (e) {
      tableError(spec.label, e);
    }
  }
  return out;
}

function readOptions(table: InputTable, args: Parsed, lang: Lang, year: string | undefined) {
  return {
    locale: args.locale,
    lang,
    source: table.label,
    ...(table.sheet ? { sheetName: table.sheet } : {}),
    ...(year ? { year } : {}),
  };
}

/**
 * The years to rate from one group of files: the --year given; else, when tables give years as
 * columns, every year all of them cover (a table of one year counts with its own year); else
 * the one year of the files (from a header or the file name), as before.
 */
function yearsToRate(tables: readonly InputTable[], input: YearInput, args: Parsed, lang: Lang) {
  if (input.year !== null) return [input.year];
  if (tables.every((tb) => tb.years.length === 0)) return [null];
  let common: string[] | null = null;
  const said: string[] = [];
  for (const table of tables) {
    let years = table.years;
    if (years.length === 0) {
      let own: string | null = null;
      try {
        own = readYearbookTable(table.grid, readOptions(table, args, lang, undefined)).year;
      } catch (e) {
        tableError(table.label, e);
      }
      own ??= yearFromName(parseInputSpec(table.label).path);
      years = own ? [own] : [];
    }
    said.push(
      translate(lang, "cli.input.tableYears", {
        path: table.label,
        years: years.join(", ") || "?",
      })
    );
    common = common === null ? [...years] : common.filter((y) => years.includes(y));
  }
  if (!common || common.length === 0)
    throw inputError("cli.input.noCommonYear", { list: said.join("; ") });
  return common.sort();
}

/** The tables of one group, read and joined for each year to rate. */
async function readYears(
  input: YearInput,
  args: Parsed,
  lang: Lang,
  io: Io,
  t: Translate
): Promise<{ year: string | null; table: YearTable }[]> {
  const tables = await readInputs(input, args, lang, io, t);
  return yearsToRate(tables, input, args, lang).map((year) => {
    const read = tables.map((table) => {
      const y = year ?? yearFromName(parseInputSpec(table.label).path) ?? undefined;
      try {
        return readYearbookTable(table.grid, readOptions(table, args, lang, y));
      } catch (e) {
        tableError(table.label, e);
      }
    });
    try {
      return { year, table: joinTables(read, { lang }) };
    } catch (e) {
      tableError(input.files.join(", "), e);
    }
  });
}

export function jsonDocument(years: readonly RatedYear[], lang: Lang = "en"): unknown {
  return {
    ...dynamicsJson(years, lang),
    years: years.map((y) => ({
      year: y.year,
      sources: y.sources,
      regions: y.regions.map((r) => ({
        name: r.name,
        key: r.key,
        indicators: r.indicators,
        scores: r.scores,
        susceptibility: r.susceptibility,
        activity: r.activity,
        index: r.index,
        class: r.class,
        rank: r.rank,
      })),
      findings: y.findings.map((f) => ({
        region: f.region,
        indicator: f.indicator,
        kind: f.kind,
        severity: f.severity,
        message: f.message,
      })),
    })),
  };
}

/**
 * The dynamics between the years (two or more): each pair with every region's change and class
 * movement, a pair across a border reform marked not comparable (with the note) and left out of
 * the movement counts.
 */
function dynamicsJson(years: readonly RatedYear[], lang: Lang): { dynamics?: unknown } {
  if (years.length < 2) return {};
  return {
    dynamics: dynamicsPairs(years, lang).map((p) => ({
      from: p.from,
      to: p.to,
      kind: p.kind,
      counts: p.counts,
      regions: p.regions.map((r) => ({
        name: r.name,
        key: r.key,
        earlier: r.earlier,
        later: r.later,
        change: r.change,
        movement: r.movement,
        comparable: r.comparable,
        ...(r.comparable
          ? {}
          : {
              note: r.note,
              borders: r.borders.map((c) => ({
                year: c.year,
                date: c.date,
                separated: c.successor,
              })),
            }),
      })),
    })),
  };
}

/** The movement counts of each pair of years, and the regions across a reform with the reason. */
function dynamicsSummary(years: readonly RatedYear[], lang: Lang, t: Translate): string {
  if (years.length < 2) return "";
  return dynamicsPairs(years, lang)
    .map(
      (p) =>
        t("dynamics.counts", { first: p.from, last: p.to, ...p.counts }) +
        "\n" +
        p.regions
          .filter((r) => !r.comparable)
          .map((r) => `  ${r.name}: ${r.note}\n`)
          .join("")
    )
    .join("");
}

/** The printed ranking: the first 20 regions of each year and a count of findings by kind. */
function summary(years: readonly RatedYear[], lang: Lang, t: Translate): string {
  const lines: string[] = [];
  for (const y of years) {
    lines.push(
      t("cli.summary.year", {
        year: y.year ?? "",
        regions: t("common.region", { count: y.regions.length }),
      })
    );
    const top = [...y.regions].sort((a, b) => a.rank - b.rank).slice(0, 20);
    for (const r of top)
      lines.push(
        `  ${String(r.rank).padStart(3)}  ${r.class.padEnd(3)}  ${formatNumber(lang, r.index, 2).padStart(6)}  ${r.name}`
      );
    if (y.regions.length > top.length)
      lines.push(`  ${t("cli.summary.more", { count: y.regions.length - top.length })}`);
    const kinds = new Map<string, number>();
    for (const f of y.findings) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    const list = [...kinds].map(([kind, count]) =>
      t(`cli.kind.${kind}` as Parameters<Translate>[0], { count })
    );
    if (list.length > 0) lines.push(`  ${t("cli.summary.findings", { list: list.join(", ") })}`);
  }
  return lines.join("\n") + "\n" + dynamicsSummary(years, lang, t);
}

/** Every input is there and readable, before the output is looked at. */
function checkInputs(inputs: readonly YearInput[], once: boolean): string[] {
  const specs = inputs.flatMap((input) => input.files.map(parseInputSpec));
  for (const spec of specs) checkInput(spec);
  // A rating table given twice is a slip; one industry table may serve several years.
  if (once) checkNotTwice(specs);
  return specs.map((spec) => spec.path);
}

async function rateAll(
  inputs: readonly YearInput[],
  args: Parsed,
  lang: Lang,
  io: Io,
  t: Translate
): Promise<RatedYear[]> {
  const rated: RatedYear[] = [];
  for (const input of inputs) {
    for (const { year, table } of await readYears(input, args, lang, io, t)) {
      if (table.regions.length > LONG_INPUT)
        io.stderr(
          t("cli.progress.rating", {
            year: table.year ?? "?",
            regions: t("common.region", { count: table.regions.length }),
          }) + "\n"
        );
      try {
        rated.push(
          rateYear(table, {
            lang,
            prefer: args.prefer,
            missing: args.missing,
            ...(year ? { year } : {}),
          })
        );
      } catch (e) {
        tableError(input.files.join(", "), e);
      }
    }
  }
  // Years in order, whatever the order of the command line: the dynamics sheet reads them so.
  rated.sort((a, b) => a.year.localeCompare(b.year));
  const years = rated.map((y) => y.year);
  const dup = years.find((y, i) => years.indexOf(y) !== i);
  if (dup) throw inputError("cli.input.sameYear", { year: dup });
  return rated;
}

async function run(args: Parsed, lang: Lang, io: Io, t: Translate): Promise<void> {
  // No files at all: the bundled sample, Tables 2-7 (rating tables and the IT shares).
  const useSample = args.years.length === 0 && args.stage2.industries.length === 0;
  const inputs = useSample ? SAMPLE_YEARS : args.years;
  if (useSample) args.stage2.industries = stage2.sampleIndustries(PACKAGE_ROOT);
  const inputPaths = [...checkInputs(inputs, true), ...checkInputs(args.stage2.industries, false)];
  const outPath = args.out ?? (args.json ? null : "rating.xlsx");
  const target: OutputTarget | null = outPath ? checkOutput(outPath, inputPaths, args.force) : null;
  let rated = await rateAll(inputs, args, lang, io, t);
  if (args.earlierBorders)
    try {
      rated = rateInEarliestBorders(rated, { lang, prefer: args.prefer, missing: args.missing });
    } catch (e) {
      tableError(inputs.flatMap((i) => i.files).join(", "), e);
    }
  const specs = await stage2.readSpecialisations(args.stage2, args.locale, lang);
  const robustness = robust.analyseYears(rated, args.robustness);
  // The verdicts are worked out once: by the workbook's plan when there is a workbook; without
  // an industry table there are none to work out.
  let poles: GrowthPoles | null = null;
  if (target) {
    if (rated.some((y) => y.regions.length > LONG_INPUT))
      io.stderr(t("cli.progress.writing", { path: target.label }) + "\n");
    const options = { lang, formulas: !args.valuesOnly, alphabet: args.alphabet };
    let plan = buildRatingPlan(rated, options);
    if (specs.length > 0)
      ({ plan, poles } = addStage2Sheets(plan, rated, specs, {
        ...options,
        thresholds: args.stage2.thresholds,
      }));
    if (robustness) {
      if (poles) plan = addRobustnessReasons(plan, poles, rated, robustness, lang);
      plan = addRobustnessSheets(plan, rated, robustness, options);
    }
    await writeWorkbook(plan, target, { valuesOnly: args.valuesOnly, force: args.force });
  } else if (specs.length > 0) poles = growthPoles(rated, specs, args.stage2.thresholds, lang);
  const doc = jsonDocument(rated, lang) as { years: { year: string }[] };
  robust.addRobustnessJson(doc, robustness);
  if (args.json) io.stdout(JSON.stringify(stage2.addStage2Json(doc, specs, poles)) + "\n");
  else
    io.stdout(
      summary(rated, lang, t) +
        stage2.stage2Summary(specs, poles, lang, t) +
        robust.robustnessSummary(rated, robustness, lang, t)
    );
  if (target)
    (args.json ? io.stderr : io.stdout)(t("cli.written", { path: resolve(target.label) }) + "\n");
}

/** Runs the command line; returns the exit code (EXIT in errors.ts). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let lang = langOfArgv(argv, systemLang(io.env));
  let t = translator(lang);
  wording = t;
  const fail = (e: CliError) => {
    const message = t(e.key, e.params);
    // A usage error is one line that points at --help, never the whole help.
    const hint =
      e.exit === EXIT.usage ? `${message.endsWith(".") ? "" : "."} ${t("cli.seeHelp")}` : "";
    io.stderr(`growth-poles: ${message}${hint}\n`);
    return e.exit;
  };
  try {
    const args = parseCommandLine(argv);
    lang = args.lang ?? lang;
    t = translator(lang);
    wording = t;
    if (args.help) io.stdout(helpText(t));
    else if (args.version) io.stdout(`${version()}\n`);
    else await run(args, lang, io, t);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CliError) return fail(e);
    io.stderr(
      `growth-poles: ${t("cli.internal", { message: String((e as Error)?.stack ?? e) })}\n`
    );
    return EXIT.internal;
  }
}
