/**
 * The command line's arguments: `rate [--year Y FILE...]... [options]`. Errors are usage errors
 * (exit 2) worded from the dictionaries, never Node's own parser messages.
 */
import { parseArgs } from "node:util";
import type { MissingPolicy, NumberLocale } from "../core";
import type { Lang } from "../i18n/cli";
import { LANGS } from "../i18n/cli";
import { CliError, usageError } from "./errors";
// Stage 2 (issue 7): its flags and their parsing live in ./stage2.
import * as stage2 from "./stage2";
// Robustness (issue 15): its flags live in ./robustness.
import * as robust from "./robustness";

export interface YearInput {
  year: string | null;
  files: string[];
}

export interface Parsed {
  years: YearInput[];
  out: string | null;
  force: boolean;
  json: boolean;
  valuesOnly: boolean;
  locale: NumberLocale;
  prefer: "printed" | "raw";
  missing: MissingPolicy;
  alphabet: "latin" | "cyrillic";
  /** null: from the system locale. */
  lang: Lang | null;
  help: boolean;
  version: boolean;
  stage2: stage2.Stage2Args;
  robustness: robust.RobustnessArgs;
  /** Rate later years in the borders of the earliest (parts separated since added back). */
  earlierBorders: boolean;
}

const OPTIONS = {
  year: { type: "string", multiple: true },
  out: { type: "string", short: "o" },
  force: { type: "boolean", short: "f" },
  json: { type: "boolean" },
  "values-only": { type: "boolean" },
  locale: { type: "string" },
  prefer: { type: "string" },
  missing: { type: "string" },
  alphabet: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  "earlier-borders": { type: "boolean" },
  ...stage2.STAGE2_OPTIONS,
  ...robust.ROBUSTNESS_OPTIONS,
} as const;

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw usageError("cli.usage.badValue", { name, allowed: allowed.join(", "), value });
  return value as T;
}

/** Node's parser errors, as our usage errors: the option it names, in the user's language. */
function parserError(e: unknown): CliError {
  const error = e as { code?: string; message?: string };
  // "Option '-o, --out <value>' argument missing": the long name where there is one.
  const quoted = /'([^']*)'/.exec(error.message ?? "")?.[1] ?? "";
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\S+/.exec(quoted)?.[0] ?? quoted;
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return usageError("cli.usage.unknownOption", { option });
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return /does not take/.test(error.message ?? "")
      ? usageError("cli.usage.noValueTaken", { option })
      : usageError("cli.usage.missingValue", { option });
  throw e;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: robust.optionalCount(argv),
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: OPTIONS,
    });
  } catch (e) {
    throw parserError(e);
  }
}

/** Files belong to the --year before them; the first positional is the command. */
function yearsOf(tokens: ReturnType<typeof parse>["tokens"]): {
  command: string | null;
  years: YearInput[];
  industries: stage2.IndustryInput[];
} {
  const years: YearInput[] = [];
  let command: string | null = null;
  const industries = stage2.stage2Tokens();
  for (const token of tokens ?? []) {
    if (command !== null && industries.take(token)) continue;
    if (token.kind === "option" && token.name === "year") {
      const year = String(token.value ?? "").trim();
      if (!/^\S+$/.test(year)) throw usageError("cli.usage.yearValue");
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
  return { command, years, industries: industries.industries };
}

function checkYears(years: readonly YearInput[]): void {
  // `rate --year 2010` alone: a year with no files is a mistake, not a request for the sample.
  const empty = years.find((y) => y.files.length === 0);
  if (empty) throw usageError("cli.usage.yearNoFiles", { year: empty.year ?? "" });
  const seen = years.map((y) => y.year).filter((y) => y !== null);
  const dup = seen.find((y, i) => seen.indexOf(y) !== i);
  if (dup) throw usageError("cli.usage.yearTwice", { year: dup });
}

function checkOut(out: string | undefined): string | null {
  if (out === undefined) return null;
  if (out.trim() === "") throw usageError("cli.usage.emptyOut", { example: "rating.xlsx" });
  if (!/\.xlsx$/i.test(out)) throw usageError("cli.usage.outNotXlsx", { path: out });
  return out;
}

export function parseCommandLine(argv: readonly string[]): Parsed {
  const { values, tokens } = parse(argv);
  const { command, years, industries } = yearsOf(tokens);
  const help = values.help ?? false;
  const version = values.version ?? false;
  if (!help && !version) {
    if (command === null) throw usageError("cli.usage.noCommand");
    if (command !== "rate") throw usageError("cli.usage.unknownCommand", { command });
    checkYears(years);
  }
  return {
    years,
    out: checkOut(values.out),
    force: values.force ?? false,
    json: values.json ?? false,
    valuesOnly: values["values-only"] ?? false,
    locale: oneOf("locale", values.locale, ["auto", "ru", "en"] as const, "auto"),
    prefer: oneOf("prefer", values.prefer, ["printed", "raw"] as const, "raw"),
    missing: oneOf("missing", values.missing, ["error", "skip", "zero"] as const, "error"),
    alphabet: oneOf("alphabet", values.alphabet, ["latin", "cyrillic"] as const, "latin"),
    lang: values.lang === undefined ? null : oneOf("lang", values.lang, LANGS, "en"),
    help,
    version,
    stage2: stage2.parseStage2(values, industries),
    robustness: robust.parseRobustness(values),
    earlierBorders: values["earlier-borders"] ?? false,
  };
}

/**
 * The language of a run before its arguments are known to be valid: --lang if it is given and
 * valid, else the system locale, so even "unknown option" is worded in the user's language.
 */
export function langOfArgv(argv: readonly string[], fallback: Lang): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i].startsWith("--lang=")
      ? argv[i].slice(7)
      : argv[i] === "--lang"
        ? argv[i + 1]
        : undefined;
    if (value && (LANGS as readonly string[]).includes(value)) return value as Lang;
  }
  return fallback;
}
