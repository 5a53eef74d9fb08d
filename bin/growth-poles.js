#!/usr/bin/env node
// The growth-poles command line. It runs the compiled bundle dist-cli/main.js, built from
// src/cli by `npm run build:cli` (npm ci runs it through `prepare`, npm test runs it first).
/* global require, process, __dirname */
"use strict";
const path = require("path");

let cli;
try {
  cli = require(path.join(__dirname, "..", "dist-cli", "main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && /dist-cli/.test(String(error.message))) {
    process.stderr.write(
      "growth-poles: the command line is not built; run `npm run build:cli` (npm ci does it)\n"
    );
    process.exit(4);
  }
  throw error;
}

cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`growth-poles: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 4;
  }
);
