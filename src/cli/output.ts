/**
 * Where the workbook goes, checked before any work is done, and the write itself: never onto an
 * input file, never through a dangling link, never over an existing file without --force, and
 * atomic (a temporary file renamed into place), so a failed run leaves the previous file as it was.
 */
import {
  accessSync,
  constants,
  lstatSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Stats,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { WorkbookPlan } from "../sheet";
import { CliError, errnoCode, outputError, reasonOf } from "./errors";

export interface OutputTarget {
  /** As the user wrote it, for messages. */
  label: string;
  /** The file to write: the real path, through a symbolic link to an existing file. */
  path: string;
  /** The previous file, if any (only with --force). */
  exists: boolean;
}

function statOrNull(path: string, follow: boolean): Stats | null {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (e) {
    if (errnoCode(e) === "ENOENT" || errnoCode(e) === "ENOTDIR") return null;
    throw writeError(path, e);
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** The real path of the folder that will hold the file, or a message saying it is not there. */
function realFolder(label: string, folder: string): string {
  const stats = statOrNull(folder, true);
  if (!stats || !stats.isDirectory())
    throw outputError("cli.out.noFolder", { path: label, folder });
  try {
    accessSync(folder, constants.W_OK);
  } catch (e) {
    // A read-only file system is not a matter of permissions: saying so sends the user elsewhere.
    throw outputError(errnoCode(e) === "EROFS" ? "cli.out.readOnly" : "cli.out.noAccess", {
      path: label,
    });
  }
  return realpathSync(folder);
}

/**
 * Checks --out against the inputs and the file system; returns where to write. Inputs are compared
 * by real path and by file identity, so a link or a different spelling of an input is refused too.
 */
export function checkOutput(out: string, inputs: readonly string[], force: boolean): OutputTarget {
  const absolute = resolve(out);
  let target = absolute;
  let stats = statOrNull(absolute, false);
  if (stats?.isSymbolicLink()) {
    stats = statOrNull(absolute, true);
    if (!stats)
      throw outputError("cli.out.dangling", { path: out, target: readlinkSync(absolute) });
    target = realpathSync(absolute);
  }
  if (stats?.isDirectory())
    throw outputError("cli.out.isFolder", { path: out, example: join(out, "rating.xlsx") });
  const path = join(realFolder(out, dirname(target)), basename(target));
  for (const input of inputs) {
    const inputStats = statOrNull(input, true);
    const isInput =
      (stats && inputStats && sameFile(stats, inputStats)) || realpathOr(input) === path;
    if (isInput) throw outputError("cli.out.isInput", { path: out });
  }
  if (stats && !force) throw outputError("cli.out.exists", { path: out });
  return { label: out, path, exists: stats !== null };
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** A file-system error writing the workbook, as a message that names the path and what to do. */
export function writeError(label: string, e: unknown): CliError {
  switch (errnoCode(e)) {
    case "EEXIST":
      return outputError("cli.out.appeared", { path: label });
    case "EACCES":
    case "EPERM":
      return outputError("cli.out.noAccess", { path: label });
    case "EROFS":
      return outputError("cli.out.readOnly", { path: label });
    case "ENOSPC":
    case "EDQUOT":
      return outputError("cli.out.noSpace", { path: label });
    case "EFBIG":
      return outputError("cli.out.tooLarge", { path: label, limit: "ulimit -f" });
    case "ENOENT":
    case "ENOTDIR":
      return outputError("cli.out.noFolder", { path: label, folder: dirname(resolve(label)) });
    case "EISDIR":
      return outputError("cli.out.isFolder", { path: label, example: join(label, "rating.xlsx") });
    default:
      return outputError("cli.out.failed", { path: label, reason: reasonOf(e) });
  }
}

export interface WorkbookOptions {
  valuesOnly: boolean;
  force: boolean;
}

/** Writes the plan; exceljs is loaded only now, when a workbook is written. */
export async function writeWorkbook(
  plan: WorkbookPlan,
  target: OutputTarget,
  options: WorkbookOptions
): Promise<void> {
  const { writePlanToXlsx } = await import("../xlsx");
  try {
    await writePlanToXlsx(plan, target.path, {
      valuesOnly: options.valuesOnly,
      exclusive: !options.force,
    });
  } catch (e) {
    if (errnoCode(e)) throw writeError(target.label, e);
    throw e;
  }
}
