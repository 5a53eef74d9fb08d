#!/usr/bin/env node
// The growth-poles command line. The sources are TypeScript; tsx compiles them on the fly.
"use strict";
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`growth-poles: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
