// Builds the command line ahead of time: src/cli/main.ts and what it imports, bundled into one
// CommonJS file (dist-cli/main.js) that bin/growth-poles.js loads, so start-up compiles no
// TypeScript. exceljs stays outside the bundle and is loaded only when an .xlsx is read or
// written. Then V8's code cache of the bundle is made (dist-cli/main.js.cache, see
// bin/load-bundle.js) by scripts/cli-code-cache.cjs. Run by `npm run build:cli`, by `prepare` (so
// `npm ci` leaves a working command) and by `npm test`.
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

const result = await build({
  entryPoints: [join(root, "src/cli/main.ts")],
  outfile,
  write: false,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "exceljs/*"],
  plugins: [statisticsFromSources],
  // import() becomes require(): the bundle runs in a vm.Script, which has no loader for import().
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
mkdirSync(dirname(outfile), { recursive: true });
// Written to a temporary file and renamed: tests build while other tests run the command line.
const temp = `${outfile}.${process.pid}.tmp`;
writeFileSync(temp, `// build ${id}\n${code}`);
renameSync(temp, outfile);

execFileSync(process.execPath, [join(root, "scripts", "cli-code-cache.cjs"), outfile], {
  stdio: "inherit",
});
