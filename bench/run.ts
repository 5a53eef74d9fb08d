/**
 * `npm run bench`: runs every bench/*.bench.ts module in name order. Convention: a bench module
 * has `export default async function (): Promise<void>` that prints its own lines, and reports
 * speed as ratios against a baseline measured in the same run (never as absolute targets).
 * `tsx bench/run.ts rating stage2` runs only the modules whose file name contains one of the words.
 */
import { readdirSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";

type Bench = () => Promise<void>;

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((word) => f.includes(word)))
    .sort();
  if (files.length === 0) {
    console.log("no bench/*.bench.ts modules");
    return;
  }
  let failures = 0;
  for (const file of files) {
    console.log(`\n== ${file}`);
    try {
      const module = (await import(pathToFileURL(join(__dirname, file)).href)) as {
        default?: unknown;
      };
      // tsx may hand over a CommonJS wrapper whose default is the module itself.
      const candidate = module.default as { default?: unknown } | Bench | undefined;
      const run = typeof candidate === "function" ? candidate : candidate?.default;
      if (typeof run !== "function") throw new Error("no default export function");
      await (run as Bench)();
    } catch (e) {
      failures++;
      console.log(`FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  console.log(`\nbench: ${files.length - failures} of ${files.length} modules ran`);
  if (failures > 0) process.exitCode = 1;
}

void main();
