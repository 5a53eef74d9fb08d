/**
 * The command line's code cache (bin/load-bundle.js, made by scripts/cli-code-cache.cjs): the
 * built bundle loads with it, a cache that belongs to another bundle or is damaged is left aside,
 * and the output is the same either way. Run in child processes, as the command line runs.
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { ROOT, buildCli } from "./helpers/cli";

jest.setTimeout(120_000);

const LOADER = join(ROOT, "bin", "load-bundle.js");
const SAMPLE = join(ROOT, "samples", "kazakhstan");
const ARGS = [
  "rate",
  "--year",
  "2010",
  join(SAMPLE, "kz-2010-susceptibility.tsv"),
  join(SAMPLE, "kz-2010-activity.tsv"),
  "--json",
];

let tmp: string;
beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), "growth-poles-cache-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Loads `bundle` through the loader in a child; whether the cache was used, and the output. */
function load(bundle: string): { cacheUsed: boolean; stdout: string } {
  const script = `
    const { loadBundle } = require(${JSON.stringify(LOADER)});
    const { exports: cli, cacheUsed } = loadBundle(${JSON.stringify(bundle)});
    let out = "";
    const io = { stdout: (t) => (out += t), stderr: (t) => process.stderr.write(t), env: { LANG: "en_US.UTF-8" } };
    cli.main(${JSON.stringify(ARGS)}, io).then((code) => {
      process.stdout.write(JSON.stringify({ code, cacheUsed, out }));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  const { code, cacheUsed, out } = JSON.parse(r.stdout);
  expect(code).toBe(0);
  return { cacheUsed, stdout: out };
}

/** A copy of the built bundle and its cache in a folder of its own, `change`d. */
function copy(name: string, change: (files: { js: string; cache: string }) => void): string {
  const js = join(tmp, `${name}.js`);
  copyFileSync(join(ROOT, "dist-cli", "main.js"), js);
  copyFileSync(join(ROOT, "dist-cli", "main.js.cache"), `${js}.cache`);
  change({ js, cache: `${js}.cache` });
  return js;
}

describe("code cache of the command line", () => {
  it("is used by the built bundle, and changes nothing in the output", () => {
    const cached = load(join(ROOT, "dist-cli", "main.js"));
    expect(cached.cacheUsed).toBe(true);
    const none = load(copy("none", ({ cache }) => rmSync(cache)));
    expect(none.cacheUsed).toBe(false);
    expect(cached.stdout).toBe(none.stdout);
    expect(JSON.parse(cached.stdout).years[0].regions).toHaveLength(16);
  });

  it("is left aside when it was made from another build", () => {
    const other = copy("other", ({ cache }) => {
      const bytes = readFileSync(cache);
      bytes.write("0000000000000000", 0, "latin1"); // the build id
      writeFileSync(cache, bytes);
    });
    expect(load(other).cacheUsed).toBe(false);
  });

  it("is left aside when the bundle was changed under the same build id", () => {
    const changed = copy("changed", ({ js }) =>
      writeFileSync(js, readFileSync(js, "utf8") + "\n// changed\n")
    );
    expect(load(changed).cacheUsed).toBe(false);
  });

  it("is left aside when it is damaged or cut short", () => {
    const damaged = copy("damaged", ({ cache }) => {
      const bytes = readFileSync(cache);
      const data = bytes.indexOf(0x0a) + 1; // V8's data, after the header line
      bytes.fill(7, data + 1000, data + 2000);
      writeFileSync(cache, bytes);
    });
    expect(load(damaged).cacheUsed).toBe(false);
    const short = copy("short", ({ cache }) => {
      const bytes = readFileSync(cache);
      writeFileSync(cache, bytes.subarray(0, bytes.length - 100));
    });
    expect(load(short).cacheUsed).toBe(false);
  });
});

/**
 * Runs `rate --out` of the sample through the loader on the bundles in `dir`; whether each
 * bundle loaded (main.js, and xlsx-writer.js beside it when the workbook is written) used its cache.
 */
function writeWorkbook(dir: string): Record<string, boolean> {
  const out = join(tmp, "cache-run.xlsx");
  const script = `
    const { loadBundle, loadedBundles } = require(${JSON.stringify(LOADER)});
    const { exports: cli } = loadBundle(${JSON.stringify(join(dir, "main.js"))});
    const io = { stdout: () => {}, stderr: (t) => process.stderr.write(t), env: { LANG: "en_US.UTF-8" } };
    cli.main(${JSON.stringify([...ARGS.slice(0, -1), "--out", out, "--force"])}, io).then((code) => {
      const used = {};
      for (const [file, loaded] of loadedBundles()) used[require("path").basename(file)] = loaded.cacheUsed;
      process.stdout.write(JSON.stringify({ code, used }));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  const { code, used } = JSON.parse(r.stdout);
  expect(code).toBe(0);
  expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  return used;
}

describe("code cache of the workbook writer", () => {
  const built = join(ROOT, "dist-cli");

  it("is used when a run writes a workbook", () => {
    expect(writeWorkbook(built)).toEqual({ "main.js": true, "xlsx-writer.js": true });
  });

  it("is left aside when it was made from another build of the writer", () => {
    const dir = mkdtempSync(join(tmp, "writer-"));
    for (const f of ["main.js", "main.js.cache", "xlsx-writer.js", "xlsx-writer.js.cache"])
      copyFileSync(join(built, f), join(dir, f));
    const cache = join(dir, "xlsx-writer.js.cache");
    const bytes = readFileSync(cache);
    bytes.write("0000000000000000", 0, "latin1"); // the build id
    writeFileSync(cache, bytes);
    expect(writeWorkbook(dir)).toEqual({ "main.js": true, "xlsx-writer.js": false });
  });
});
