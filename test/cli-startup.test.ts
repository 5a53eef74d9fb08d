/**
 * Start-up: the command line runs compiled JavaScript (no TypeScript compiler at run time) and
 * loads exceljs only when an .xlsx is read or written (the writer, with the parts of exceljs it
 * uses, is its own bundle: dist-cli/xlsx-writer.js). The modules a run loaded are listed by a
 * preloaded script at exit. (Speed itself is measured by `npm run bench`, not here.)
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { BIN, ENGLISH, ROOT, buildCli } from "./helpers/cli";

jest.setTimeout(120_000);

let tmp: string;
let preload: string;
beforeAll(() => {
  buildCli();
  tmp = mkdtempSync(join(tmpdir(), "growth-poles-startup-"));
  preload = join(tmp, "list-modules.js");
  writeFileSync(
    preload,
    `process.on("exit", () => require("fs").writeFileSync(process.env.MODULES_OUT, Object.keys(require.cache).join("\\n")));\n`
  );
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function modulesLoaded(args: string[]): { code: number | null; modules: string[] } {
  const out = join(tmp, `modules-${args.join("_").replace(/\W/g, "")}.txt`);
  const r = spawnSync(process.execPath, ["--require", preload, BIN, ...args], {
    cwd: tmp,
    encoding: "utf8",
    env: { ...process.env, ...ENGLISH, MODULES_OUT: out },
  });
  return { code: r.status, modules: readFileSync(out, "utf8").split("\n") };
}

describe("start-up", () => {
  it("--help and a --json run load neither exceljs nor a TypeScript compiler", () => {
    for (const args of [["--help"], ["rate", "--json"]]) {
      const { code, modules } = modulesLoaded(args);
      expect(code).toBe(0);
      expect(
        modules.filter((m) => /node_modules[/\\](exceljs|tsx|esbuild|typescript)[/\\]/.test(m))
      ).toEqual([]);
      expect(modules.some((m) => m.endsWith(join("dist-cli", "main.js")))).toBe(true);
      expect(modules.filter((m) => m.endsWith(join("dist-cli", "xlsx-writer.js")))).toEqual([]);
      expect(modules.filter((m) => m.endsWith(".ts"))).toEqual([]);
    }
  });

  it("loads the writer bundle when it writes a workbook, and neither it nor exceljs when it reads one", () => {
    const out = join(tmp, "r.xlsx");
    const written = modulesLoaded(["rate", "--out", out]);
    expect(written.code).toBe(0);
    expect(written.modules.some((m) => m.endsWith(join("dist-cli", "xlsx-writer.js")))).toBe(true);
    const read = modulesLoaded(["rate", "--year", "2010", `${out}#2010`, "--json"]);
    expect(read.code).toBe(0);
    expect(read.modules.some((m) => m.endsWith(join("dist-cli", "xlsx-writer.js")))).toBe(false);
    // The .xlsx reader is src/cli/xlsx-input.ts (issue 16), not exceljs's reader.
    expect(read.modules.some((m) => /node_modules[/\\]exceljs[/\\]/.test(m))).toBe(false);
  });

  it("tsx is not a runtime dependency", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.scripts.prepare).toMatch(/build:cli/);
  });
});
