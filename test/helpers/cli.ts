/**
 * Running the real command line as a child process, as a user does: bin/growth-poles.js over the
 * compiled dist-cli/main.js. buildCli() compiles it first (esbuild, well under a second), so a
 * test never runs a stale build. The child's language is English unless a test says otherwise,
 * whatever the machine's locale.
 */
import { execFileSync, spawnSync } from "child_process";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
export const BIN = join(ROOT, "bin", "growth-poles.js");

let built = false;
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { stdio: "inherit" });
  built = true;
}

export const ENGLISH = { LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8" };

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = ENGLISH
): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
