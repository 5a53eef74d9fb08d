// Makes V8's code cache of the compiled command line (dist-cli/main.js.cache, and the workbook
// writer's, dist-cli/xlsx-writer.js.cache), for
// bin/load-bundle.js: loads the bundle without a cache, runs `--help`, a `rate --json` of the
// bundled sample and a `rate --robustness` that writes its workbook to a temporary folder, with
// the output thrown away, so the functions a short run calls are compiled (the sheets' plans
// and the robustness analysis and sheet among them: without them in the cache, each run compiled
// them again), and writes the cache. Run by scripts/build-cli.mjs, in its own process so that
// only the command line's code is in it.
/* global require, process */
"use strict";
const { mkdtempSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");
const { loadBundle, loadedBundles, writeCodeCache } = require("../bin/load-bundle");

const file = process.argv[2];
const { exports: cli, script } = loadBundle(file, { useCache: false });
const quiet = { stdout: () => {}, stderr: () => {}, env: { LANG: "en_US.UTF-8" } };

(async () => {
  // The robustness run (issue 15) puts its functions in the cache too, and, writing a workbook,
  // those that plan the sheets.
  const dir = mkdtempSync(join(tmpdir(), "growth-poles-cache-"));
  const out = ["--out", join(dir, "cache.xlsx"), "--force"];
  const runs = [["--help"], ["rate", "--json"], ["rate", "--robustness", "20", ...out]];
  try {
    for (const argv of runs) {
      const code = await cli.main(argv, quiet);
      if (code !== 0) throw new Error(`growth-poles ${argv.join(" ")} exited with ${code}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeCodeCache(file, script);
  // The workbook writer (dist-cli/xlsx-writer.js), loaded by the run that wrote a workbook.
  for (const [other, loaded] of loadedBundles())
    if (other !== file) writeCodeCache(other, loaded.script);
})().catch((error) => {
  process.stderr.write(`cli-code-cache: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
