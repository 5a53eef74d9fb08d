// Builds the command line ahead of time, so start-up compiles no TypeScript:
// - dist-cli/main.js: src/cli/main.ts and what it imports, one CommonJS file that
//   bin/growth-poles.js requires. exceljs stays outside it (reading an .xlsx loads the package).
// - dist-cli/xlsx-writer.js: the workbook writer with the parts of exceljs it uses bundled in,
//   loaded only when a workbook is written. exceljs's streaming writer is some 150 modules;
//   loaded one by one they took three times as long as the one file.
// Run by `npm run build:cli`, by `prepare` (so `npm ci` leaves a working command) and by
// `npm test`.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Short stack traces point at the sources in bug reports; no source maps shipped.
  sourcemap: false,
  legalComments: "none",
  // Less to parse at start-up; names are kept so that a bug report's stack trace reads.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
};

/** main.js reaches the writer as its own file beside it, not bundled in. */
const writerApart = {
  name: "xlsx-writer-apart",
  setup(b) {
    b.onResolve({ filter: /\/sheet\/node\/xlsx-writer$/ }, () => ({
      path: "./xlsx-writer.js",
      external: true,
    }));
  },
};

await build({
  ...common,
  entryPoints: [join(root, "src/cli/main.ts")],
  outfile: join(root, "dist-cli/main.js"),
  external: ["exceljs", "exceljs/*"],
  plugins: [writerApart],
  // import() of the writer and of exceljs becomes require(): Node's import() of a CommonJS file
  // first scans all of it for its exports (about 130 ms for the writer bundle).
  supported: { "dynamic-import": false },
});

await build({
  ...common,
  entryPoints: [join(root, "src/sheet/node/xlsx-writer.ts")],
  outfile: join(root, "dist-cli/xlsx-writer.js"),
});
