// Builds the command line ahead of time: src/cli/main.ts and what it imports, bundled into one
// CommonJS file (dist-cli/main.js) that bin/growth-poles.js requires, so start-up compiles no
// TypeScript. exceljs stays outside the bundle and is loaded only when an .xlsx is read or
// written. Run by `npm run build:cli`, by `prepare` (so `npm ci` leaves a working command) and by
// `npm test`.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [join(root, "src/cli/main.ts")],
  outfile: join(root, "dist-cli/main.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "exceljs/*"],
  // Short stack traces point at the sources in bug reports; no source maps shipped.
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});
