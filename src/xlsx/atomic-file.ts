/**
 * Writing a file so that it is either complete or not there: the bytes go to a temporary file
 * beside the target (same folder, so same file system), are flushed to disk, and only then take
 * the target's name. A run that fails, is interrupted or killed leaves the previous file as it
 * was. Temporary files are named `.<name>.<pid>.tmp`, so that one left by a killed run (SIGKILL
 * cannot be caught) is recognised and removed by the next write once its process is gone.
 */
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteOptions {
  /**
   * Never replace an existing file: the final step fails with EEXIST if a file appeared at the
   * path meanwhile (even one created by another program during the run).
   */
  exclusive?: boolean;
}

/** The temporary name of `target` for process `pid`. */
export function tempPathFor(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}.tmp`);
}

const live = new Set<string>();
let handlersInstalled = false;

/** Removes our temporary files and ends with the signal's conventional exit code. */
function installSignalCleanup(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // The exit code a shell gives a process ended by the signal (128 + its number).
  const onSignal = (code: number) => () => {
    for (const path of live) removeQuietly(path);
    process.exit(code);
  };
  process.once("SIGINT", onSignal(130));
  process.once("SIGTERM", onSignal(143));
  process.once("SIGHUP", onSignal(129));
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temporary files of `target` left by runs whose process is gone; returns their names. */
export function removeStaleTempFiles(target: string): string[] {
  const prefix = `.${basename(target)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length, -".tmp".length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || processIsAlive(pid)) continue;
    removeQuietly(join(dirname(target), name));
    removed.push(name);
  }
  return removed;
}

/** The bytes, or the pieces they come in, written in order (pieces: never joined in memory). */
function writeAll(fd: number, data: Uint8Array | readonly Uint8Array[]): void {
  for (const piece of data instanceof Uint8Array ? [data] : data) {
    let offset = 0;
    while (offset < piece.length) offset += writeSync(fd, piece, offset, piece.length - offset);
  }
}

/** Flushes a folder's entries (the rename) to disk; not every platform can open a folder. */
function fsyncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, "r");
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a folder; the rename is still atomic.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/**
 * Gives the complete temporary file the target's name unless the name is taken. link() fails with
 * EEXIST if it is, at the moment of taking it. Where the file system has no hard links (FAT,
 * some network shares) the name is reserved with an exclusive create and then replaced by the
 * rename (the reservation is removed again if the rename fails).
 */
function placeExclusively(temp: string, target: string): void {
  try {
    linkSync(temp, target);
    unlinkSync(temp);
    return;
  } catch (e) {
    if (!NO_HARD_LINKS.has((e as NodeJS.ErrnoException).code ?? "")) throw e;
  }
  closeSync(openSync(target, "wx"));
  try {
    renameSync(temp, target);
  } catch (e) {
    removeQuietly(target);
    throw e;
  }
}

/** The permission bits of an existing file, or null when there is none (or it cannot be seen). */
function permissionsOf(target: string): number | null {
  try {
    return statSync(target).mode & 0o7777;
  } catch {
    return null;
  }
}

/** Sets the replaced file's permissions; where the file system has none (FAT), it stays private. */
function keepPermissions(fd: number, mode: number): void {
  try {
    fchmodSync(fd, mode);
  } catch {
    // No permissions to set on this file system: the file stays as created, private.
  }
}

/**
 * Writes `data` to `target` atomically. Throws the file system's error (with its code and path)
 * when it cannot; then neither the target nor a temporary file has changed.
 */
export function writeFileAtomic(
  target: string,
  data: Uint8Array | readonly Uint8Array[],
  options: AtomicWriteOptions = {}
): void {
  removeStaleTempFiles(target);
  installSignalCleanup();
  const temp = tempPathFor(target);
  live.add(temp);
  try {
    // A file of our own pid can only be a leftover of an earlier process that had it.
    removeQuietly(temp);
    // A replaced file keeps its permissions: a private (0600) workbook stays private. The new
    // file is created private and opened up to the old mode, never wider in between.
    const keep = options.exclusive ? null : permissionsOf(target);
    const fd = openSync(temp, "wx", keep === null ? 0o666 : 0o600);
    try {
      if (keep !== null) keepPermissions(fd, keep);
      writeAll(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.exclusive) {
      placeExclusively(temp, target);
    } else {
      renameSync(temp, target);
    }
    fsyncFolder(dirname(target));
  } catch (e) {
    removeQuietly(temp);
    const error = e as NodeJS.ErrnoException;
    // The message and path are the target's: the temporary file is an implementation detail.
    if (error.path === temp) error.path = target;
    throw error;
  } finally {
    live.delete(temp);
  }
}
