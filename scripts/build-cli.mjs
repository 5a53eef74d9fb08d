// Builds the command line ahead of time, so start-up compiles no TypeScript:
// - dist-cli/main.js: src/cli/main.ts and what it imports, one CommonJS file that
//   bin/growth-poles.js loads. exceljs stays outside it; jszip (the .xlsx reader's unzipper) is
//   bundled in, run only when an .xlsx is read: from node_modules its modules took some 60 ms to
//   load, in the bundle next to nothing (V8 compiles it lazily, when used).
//   Then V8's code cache of the bundle is made (dist-cli/main.js.cache, see bin/load-bundle.js)
//   by scripts/cli-code-cache.cjs.
// - dist-cli/xlsx-writer.js: the workbook writer with the parts of exceljs it uses bundled in,
//   loaded only when a workbook is written. exceljs's streaming writer is some 150 modules;
//   loaded one by one they took three times as long as the one file.
// Run by `npm run build:cli`, by `prepare` (so `npm ci` leaves a working command) and by
// `npm test`.
/* global process */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, realpathSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist-cli", "main.js");

/**
 * simple-statistics built from its own modules, one per function and free of side effects, so
 * that only the functions used are in the bundle: its prebuilt file computes a standard normal
 * table when loaded, about a millisecond of start-up for a table the command line never reads.
 */
const statistics = realpathSync(
  dirname(createRequire(import.meta.url).resolve("simple-statistics/package.json"))
);
const statisticsFromSources = {
  name: "simple-statistics-sources",
  setup(b) {
    b.onResolve({ filter: /^simple-statistics$/ }, () => ({
      path: join(statistics, "index.js"),
      sideEffects: false,
    }));
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) =>
      args.importer.startsWith(statistics + sep)
        ? { path: resolve(dirname(args.importer), args.path), sideEffects: false }
        : undefined
    );
  },
};

/** main.js reaches the writer as its own file beside it, not bundled in. */
const writerApart = {
  name: "xlsx-writer-apart",
  setup(b) {
    b.onResolve({ filter: /\/xlsx$/ }, () => ({
      path: "./xlsx-writer.js",
      external: true,
    }));
  },
};

/** Writes to a temporary file and renames it: tests build while other tests run the command line. */
function writeAtomically(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

const writer = await build({
  entryPoints: [join(root, "src/xlsx/index.ts")],
  outfile: join(root, "dist-cli", "xlsx-writer.js"),
  write: false,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: false,
  legalComments: "none",
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});
// A build id as main.js has: the writer's code cache is made for this very file.
const writerCode = writer.outputFiles[0].text;
const writerId = createHash("sha256").update(writerCode).digest("hex").slice(0, 16);
writeAtomically(join(root, "dist-cli", "xlsx-writer.js"), `// build ${writerId}\n${writerCode}`);

const result = await build({
  entryPoints: [join(root, "src/cli/main.ts")],
  outfile,
  write: false,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "exceljs/*"],
  plugins: [statisticsFromSources, writerApart],
  // import() becomes require(): the bundle runs in a vm.Script, which has no loader for import()
  // (and Node's import() of a CommonJS file scans all of it for exports, ~130 ms for the writer).
  supported: { "dynamic-import": false },
  // Cyrillic as it is, not as \u escapes: a fifth less source to read and parse at start-up.
  charset: "utf8",
  // Short stack traces point at the sources in bug reports; no source maps shipped.
  sourcemap: false,
  legalComments: "none",
  // Less to parse at start-up; names are kept so that a bug report's stack trace reads.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});

// The build id ties the code cache to this bundle (bin/load-bundle.js checks it).
const code = result.outputFiles[0].text;
const id = createHash("sha256").update(code).digest("hex").slice(0, 16);
writeAtomically(outfile, `// build ${id}\n${code}`);

execFileSync(process.execPath, [join(root, "scripts", "cli-code-cache.cjs"), outfile], {
  stdio: "inherit",
});
