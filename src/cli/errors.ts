/**
 * What can go wrong on the command line, as exit codes and messages from the dictionaries.
 * A CliError carries a message key, not text, so it is worded in the user's language when printed.
 */
import type { MessageKey, Params } from "../i18n/cli";

/** Exit codes, documented in the help text and the README. */
export const EXIT = {
  ok: 0,
  /** An input file cannot be read, or its tables cannot be rated. */
  input: 1,
  /** The command line itself is wrong (unknown option, bad value, --out not .xlsx). */
  usage: 2,
  /** The workbook, or standard output, cannot be written (exists, is an input, permission, disk full...). */
  output: 3,
  /** A bug. */
  internal: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    readonly exit: ExitCode,
    readonly key: MessageKey,
    readonly params: Params = {}
  ) {
    super(key);
    this.name = "CliError";
  }
}

export const usageError = (key: MessageKey, params?: Params) =>
  new CliError(EXIT.usage, key, params);
export const inputError = (key: MessageKey, params?: Params) =>
  new CliError(EXIT.input, key, params);
export const outputError = (key: MessageKey, params?: Params) =>
  new CliError(EXIT.output, key, params);

/** A file-system error's code ("ENOENT"), or "" for anything else. */
export function errnoCode(e: unknown): string {
  return (e as NodeJS.ErrnoException | null)?.code ?? "";
}

/** The reason of a system error without Node's "ENOENT: ..., open 'path'" decoration. */
export function reasonOf(e: unknown): string {
  const error = e as NodeJS.ErrnoException;
  const code = errnoCode(e);
  const message = String(error?.message ?? e);
  if (!code) return message;
  // "EACCES: permission denied, open '/x'" -> "EACCES: permission denied"
  return message.replace(/,\s*\w+(\s+'.*)?$/, "");
}
