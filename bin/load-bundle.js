// Loads the compiled command line (dist-cli/main.js) as require would, but with V8's code cache
// (dist-cli/main.js.cache, written by `npm run build:cli`): compiling the bundle and the functions
// a run calls is a quarter of a short run's start-up, and Node 20 has no compile cache of its own.
// The cache is used only when it was made from this very bundle (the build id on the bundle's
// first line heads the cache file) and V8 accepts it (same Node version and flags); otherwise the
// bundle is compiled as usual, just slower. The cache holds compiled code only, never results.
/* global require, module, exports, Buffer, process */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");

const CACHE_SUFFIX = ".cache";
const BUILD_ID = /^\/\/ build ([0-9a-f]+)\n/;

/** The build id on the first line of a bundle (`// build <hash>`), or null. */
function buildId(source) {
  const m = BUILD_ID.exec(source);
  return m ? m[1] : null;
}

/**
 * The cache file: a header line (the id of the bundle it was made from, and the length of V8's
 * data), then V8's data twice. V8 checks its version, its flags and the source's length, but not
 * its data: damaged data could crash the process or run wrong code. The two copies must be equal
 * byte for byte: a memcmp, where a CRC or a hash would load zlib or crypto and their streams, 2 to
 * 4 ms of a 40 ms run.
 */
function cacheFile(id, data) {
  return Buffer.concat([Buffer.from(`${id} ${data.length}\n`, "latin1"), data, data]);
}

function readCachedData(file, id) {
  if (id === null) return undefined;
  let bytes;
  try {
    bytes = fs.readFileSync(file + CACHE_SUFFIX);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(0x0a);
  const header = /^([0-9a-f]+) (\d+)$/.exec(bytes.toString("latin1", 0, Math.max(end, 0)));
  if (end < 0 || !header || header[1] !== id) return undefined;
  const length = Number(header[2]);
  if (bytes.length !== end + 1 + 2 * length) return undefined;
  const data = bytes.subarray(end + 1, end + 1 + length);
  return data.equals(bytes.subarray(end + 1 + length)) ? data : undefined;
}

/** The bundles loaded by this process, by file: their scripts, for writeCodeCache. */
const LOADED = new Map();

/**
 * The require a bundle runs with: a bundle beside it ("./xlsx-writer.js", the workbook writer
 * main.js requires only when a workbook is written) is loaded as a bundle too, with its own code
 * cache (loading exceljs and archiver compiled was some 70 ms of a 10,000-region run, 25 ms with
 * the cache); everything else is Node's require.
 */
function bundleRequire(file, useCache) {
  const plain = Module.createRequire(file);
  const dir = path.dirname(file);
  return Object.assign((request) => {
    if (!/^\.\/[\w-]+\.js$/.test(request)) return plain(request);
    const sibling = path.join(dir, request);
    const known = require.cache[sibling];
    return known ? known.exports : loadBundle(sibling, { useCache }).exports;
  }, plain);
}

/**
 * Runs the CommonJS bundle `file` and returns its exports, with `script` (for writeCodeCache) and
 * whether the code cache was used. The module is registered in require.cache like any other.
 */
function loadBundle(file, { useCache = true } = {}) {
  const source = fs.readFileSync(file, "utf8");
  const cachedData = useCache ? readCachedData(file, buildId(source)) : undefined;
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, cachedData }
  );
  const bundle = new Module(file, module);
  bundle.filename = file;
  require.cache[file] = bundle;
  const dir = path.dirname(file);
  const loaded = { script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
  LOADED.set(file, loaded);
  script
    .runInThisContext()
    .call(bundle.exports, bundle.exports, bundleRequire(file, useCache), bundle, file, dir);
  bundle.loaded = true;
  return { exports: bundle.exports, ...loaded };
}

/** The bundles this process loaded: file -> { script, cacheUsed }. */
function loadedBundles() {
  return LOADED;
}

/** Writes the code cache of a loaded bundle (after a run, so the functions it called are in). */
function writeCodeCache(file, script) {
  const id = buildId(fs.readFileSync(file, "utf8"));
  if (id === null) throw new Error(`${file} has no build id`);
  const temp = `${file}${CACHE_SUFFIX}.${process.pid}.tmp`;
  fs.writeFileSync(temp, cacheFile(id, script.createCachedData()));
  fs.renameSync(temp, file + CACHE_SUFFIX);
}

exports.loadBundle = loadBundle;
exports.loadedBundles = loadedBundles;
exports.writeCodeCache = writeCodeCache;
exports.CACHE_SUFFIX = CACHE_SUFFIX;
