// Makes V8's code cache of the compiled command line (dist-cli/main.js.cache), for
// bin/load-bundle.js: loads the bundle without a cache, runs `--help` and a `rate --json` of the
// bundled sample with the output thrown away, so the functions a short run calls are compiled,
// and writes the cache. Run by scripts/build-cli.mjs, in its own process so that only the
// command line's code is in it.
/* global require, process */
"use strict";
const { loadBundle, writeCodeCache } = require("../bin/load-bundle");

const file = process.argv[2];
const { exports: cli, script } = loadBundle(file, { useCache: false });
const quiet = { stdout: () => {}, stderr: () => {}, env: { LANG: "en_US.UTF-8" } };

(async () => {
  // The robustness run (issue 15) puts its functions in the cache too.
  for (const argv of [["--help"], ["rate", "--json"], ["rate", "--json", "--robustness", "20"]]) {
    const code = await cli.main(argv, quiet);
    if (code !== 0) throw new Error(`growth-poles ${argv.join(" ")} exited with ${code}`);
  }
  writeCodeCache(file, script);
})().catch((error) => {
  process.stderr.write(`cli-code-cache: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
