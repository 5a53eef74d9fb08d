/**
 * `npm start` exits non-zero when sideloading fails: office-addin-debugging itself prints
 * "Unable to sideload" and exits 0, so scripts/office-debugging.mjs checks its output. A fake
 * office-addin-debugging stands in for each outcome.
 */
import { spawnSync } from "child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..");
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "growth-poles-start-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `npm start`'s script over a fake office-addin-debugging that prints `out` and exits with `code`. */
function start(out: string, err: string, code: number) {
  const fake = join(tmp, `fake-${code}-${out.length}-${err.length}.sh`);
  writeFileSync(fake, `#!/bin/sh\nprintf '%s' '${out}'\nprintf '%s' '${err}' >&2\nexit ${code}\n`);
  chmodSync(fake, 0o755);
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "scripts", "office-debugging.mjs"), "start", "manifest.xml"],
    {
      encoding: "utf8",
      env: { ...process.env, OFFICE_ADDIN_DEBUGGING: fake },
    }
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm start", () => {
  it("fails when office-addin-debugging reports a failed sideload but exits 0", () => {
    const r = start(
      "Sideloading the Office Add-in...\n",
      "Error: Unable to start debugging.\nError: Unable to sideload the Office Add-in. \nError: Platform not supported: linux.\n",
      0
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Platform not supported: linux."); // its own message passes through
    expect(r.stderr).toContain("npm start failed");
  });

  it("fails when office-addin-debugging exits non-zero, with its code", () => {
    expect(start("", "boom\n", 7).code).toBe(7);
  });

  it("fails when it never says it started", () => {
    expect(start("Debugging is being started...\n", "", 0).code).toBe(1);
  });

  it("succeeds when it started", () => {
    const r = start("Sideloading the Office Add-in...\nStarted.\n", "", 0);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Started.");
  });
});
