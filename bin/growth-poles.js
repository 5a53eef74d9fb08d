#!/usr/bin/env node
// The growth-poles command line. It runs the compiled bundle dist-cli/main.js, built from
// src/cli by `npm run build:cli` (npm ci runs it through `prepare`, npm test runs it first),
// through load-bundle.js, which adds V8's code cache made by the same build.
/* global require, process, __dirname */
"use strict";
const path = require("path");
const { loadBundle } = require("./load-bundle");

const BUNDLE = path.join(__dirname, "..", "dist-cli", "main.js");
let cli;
try {
  cli = loadBundle(BUNDLE).exports;
} catch (error) {
  if (error && error.code === "ENOENT" && error.path === BUNDLE) {
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
