/**
 * The command line: `growth-poles rate [--year Y FILE...]... [--out PATH] [--json] [--values-only]`.
 * Reads yearbook tables, rates every year, writes the rating workbook (and/or prints JSON).
 * Thin over src/sheet: the same job the task pane runs.
 */
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { MissingPolicy, NumberLocale } from "../core";
import { CoreError } from "../core";
import {
  RatedYear,
  RatingError,
  TableReadError,
  YearTable,
  buildRatingPlan,
  joinTables,
  rateYear,
  readYearbookTable,
} from "../sheet";
import { writePlanToXlsx } from "../sheet/node/xlsx-writer";
import { InputError, parseInputSpec, readGrid } from "./input";
// Stage 2 (issue 7): flags, reading and output live in ./stage2.
import * as stage2 from "./stage2";
import { addStage2Sheets, growthPoles } from "../sheet";

/** The package root, whatever the working directory (this file is src/cli/main.ts). */
export const PACKAGE_ROOT = resolve(__dirname, "..", "..");
const SAMPLE_DIR = resolve(PACKAGE_ROOT, "samples", "kazakhstan");
export const SAMPLE_YEARS: readonly { year: string; files: string[] }[] = ["2010", "2014"].map(
  (year) => ({
    year,
    files: [
      resolve(SAMPLE_DIR, `kz-${year}-susceptibility.tsv`),
      resolve(SAMPLE_DIR, `kz-${year}-activity.tsv`),
    ],
  })
);

/** Regions above which progress goes to standard error. */
const LONG_INPUT = 1000;

export const USAGE = `Usage: growth-poles rate [--year Y FILE...]... [options]

Rates regions by the innovation-development index (Kireeva & Tsoi 2018) from yearbook tables
and writes the rating workbook: one sheet per year, plus a dynamics sheet for two or more years.

  --year Y FILE...   the tables of year Y (.xlsx, FILE.xlsx#Sheet, .csv, .tsv); files of one
                     year are joined by region. Repeat for more years. Without files: the
                     bundled Kazakhstan sample, 2010 and 2014.
  --out PATH         workbook to write (default rating.xlsx; with --json, only if given)
  --force            overwrite an existing workbook
  --json             print the ratings and findings as one JSON document on standard output
  --values-only      write values instead of live Excel formulas
  --locale L         how numbers are printed: auto (default), ru ("1 054 074,4"), en ("1,054,074.4")
  --prefer P         score the printed derived indicators (printed, default) or recompute them (raw)
  --missing M        missing values: error (default), skip (average what is present), zero
  --alphabet A       class letters in the workbook: latin (default) or cyrillic
  -h, --help         this help
${stage2.STAGE2_USAGE}`;

export class UsageError extends Error {}

interface YearInput {
  year: string | null;
  files: string[];
}

interface Parsed {
  years: YearInput[];
  out: string | null;
  force: boolean;
  json: boolean;
  valuesOnly: boolean;
  locale: NumberLocale;
  prefer: "printed" | "raw";
  missing: MissingPolicy;
  alphabet: "latin" | "cyrillic";
  help: boolean;
  stage2: stage2.Stage2Args;
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, not "${value}"`);
  return value as T;
}

export function parseCommandLine(argv: readonly string[]): Parsed {
  const { values, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      year: { type: "string", multiple: true },
      out: { type: "string", short: "o" },
      force: { type: "boolean", short: "f" },
      json: { type: "boolean" },
      "values-only": { type: "boolean" },
      locale: { type: "string" },
      prefer: { type: "string" },
      missing: { type: "string" },
      alphabet: { type: "string" },
      help: { type: "boolean", short: "h" },
      ...stage2.STAGE2_OPTIONS,
    },
  });
  // Files belong to the --year before them; the first positional is the command.
  const years: YearInput[] = [];
  let command: string | null = null;
  const industries = stage2.stage2Tokens();
  for (const token of tokens ?? []) {
    if (command !== null && industries.take(token)) continue;
    if (token.kind === "option" && token.name === "year") {
      const year = String(token.value ?? "").trim();
      if (!/^\S+$/.test(year)) throw new UsageError("--year needs a value, e.g. --year 2010");
      years.push({ year, files: [] });
    } else if (token.kind === "positional") {
      if (command === null) {
        command = token.value;
        continue;
      }
      if (years.length === 0) years.push({ year: null, files: [] });
      years[years.length - 1].files.push(token.value);
    }
  }
  if (!values.help) {
    if (command === null) throw new UsageError("no command: use growth-poles rate ...");
    if (command !== "rate")
      throw new UsageError(`unknown command "${command}": the command is "rate"`);
  }
  const empty = years.filter((y) => y.files.length === 0);
  if (empty.length > 0 && empty.length !== years.length)
    throw new UsageError(`--year ${empty[0].year} has no files`);
  const seenYears = years.map((y) => y.year).filter((y) => y !== null);
  const dup = seenYears.find((y, i) => seenYears.indexOf(y) !== i);
  if (dup) throw new UsageError(`--year ${dup} is given twice: put all its files after one --year`);
  return {
    years,
    out: values.out ?? null,
    force: values.force ?? false,
    json: values.json ?? false,
    valuesOnly: values["values-only"] ?? false,
    locale: oneOf("locale", values.locale, ["auto", "ru", "en"] as const, "auto"),
    prefer: oneOf("prefer", values.prefer, ["printed", "raw"] as const, "printed"),
    missing: oneOf("missing", values.missing, ["error", "skip", "zero"] as const, "error"),
    alphabet: oneOf("alphabet", values.alphabet, ["latin", "cyrillic"] as const, "latin"),
    help: values.help ?? false,
    stage2: stage2.parseStage2(values, industries.industries),
  };
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/** A year from a file name ("kz-2010-activity.tsv"), when no --year was given. */
function yearFromName(file: string): string | null {
  const m = /(?<!\d)(19\d\d|20\d\d)(?!\d)/.exec(basename(file));
  return m ? m[1] : null;
}

async function readYear(input: YearInput, args: Parsed, io: Io): Promise<YearTable> {
  const tables: YearTable[] = [];
  for (const file of input.files) {
    const spec = parseInputSpec(file);
    const grid = await readGrid(spec);
    if (grid.length > LONG_INPUT) io.stderr(`reading ${spec.label}: ${grid.length} rows\n`);
    try {
      const year = input.year ?? yearFromName(spec.path) ?? undefined;
      tables.push(readYearbookTable(grid, { locale: args.locale, ...(year ? { year } : {}) }));
    } catch (e) {
      if (e instanceof TableReadError || e instanceof CoreError)
        throw new InputError(`${spec.label}: ${e.message}`);
      throw e;
    }
  }
  try {
    return joinTables(tables);
  } catch (e) {
    if (e instanceof TableReadError)
      throw new InputError(`${input.files.join(", ")}: ${e.message}`);
    throw e;
  }
}

export function jsonDocument(years: readonly RatedYear[]): unknown {
  return {
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

function summary(years: readonly RatedYear[]): string {
  const lines: string[] = [];
  for (const y of years) {
    lines.push(`${y.year}: ${y.regions.length} regions`);
    const top = [...y.regions].sort((a, b) => a.rank - b.rank).slice(0, 20);
    for (const r of top)
      lines.push(
        `  ${String(r.rank).padStart(3)}  ${r.class.padEnd(3)}  ${r.index.toFixed(2).padStart(6)}  ${r.name}`
      );
    if (y.regions.length > top.length) lines.push(`  ... ${y.regions.length - top.length} more`);
    const kinds = new Map<string, number>();
    for (const f of y.findings) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    if (kinds.size > 0)
      lines.push(`  findings: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ")}`);
  }
  return lines.join("\n") + "\n";
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let args: Parsed;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    io.stderr(`growth-poles: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  const useSample = args.years.length === 0 && args.stage2.industries.length === 0;
  const inputs: YearInput[] = !useSample
    ? args.years
    : SAMPLE_YEARS.map((s) => ({ year: s.year, files: [...s.files] }));
  if (useSample) args.stage2.industries = stage2.sampleIndustries(PACKAGE_ROOT);
  const outPath = args.out ?? (args.json ? null : "rating.xlsx");
  if (outPath && existsSync(outPath) && !args.force) {
    io.stderr(
      `growth-poles: ${outPath} exists; use --force to overwrite it, or --out another path\n`
    );
    return 1;
  }
  try {
    const rated: RatedYear[] = [];
    for (const input of inputs) {
      const table = await readYear(input, args, io);
      const long = table.regions.length > LONG_INPUT;
      if (long) io.stderr(`rating ${table.year ?? "?"}: ${table.regions.length} regions\n`);
      try {
        rated.push(
          rateYear(table, {
            prefer: args.prefer,
            missing: args.missing,
            ...(input.year ? { year: input.year } : {}),
          })
        );
      } catch (e) {
        if (e instanceof RatingError)
          throw new InputError(`${input.files.join(", ")}: ${e.message}`);
        throw e;
      }
    }
    const years = rated.map((y) => y.year);
    const dup = years.find((y, i) => years.indexOf(y) !== i);
    if (dup)
      throw new InputError(`two inputs are both year ${dup}: give each year once with --year`);
    const specs = await stage2.readSpecialisations(args.stage2, args.locale);
    if (outPath) {
      if (rated.some((y) => y.regions.length > LONG_INPUT)) io.stderr(`writing ${outPath}\n`);
      const { plan } = addStage2Sheets(
        buildRatingPlan(rated, { formulas: !args.valuesOnly, alphabet: args.alphabet }),
        rated,
        specs,
        { formulas: !args.valuesOnly, alphabet: args.alphabet, thresholds: args.stage2.thresholds }
      );
      await writePlanToXlsx(plan, outPath, { valuesOnly: args.valuesOnly });
    }
    const poles = growthPoles(rated, specs, args.stage2.thresholds);
    const doc = jsonDocument(rated) as { years: { year: string }[] };
    if (args.json) io.stdout(JSON.stringify(stage2.addStage2Json(doc, specs, poles)) + "\n");
    else io.stdout(summary(rated) + stage2.stage2Summary(specs, poles));
    if (outPath) (args.json ? io.stderr : io.stdout)(`workbook written to ${resolve(outPath)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`growth-poles: ${e.message}\n`);
      return 1;
    }
    io.stderr(`growth-poles: unexpected error: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}
