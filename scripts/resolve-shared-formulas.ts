/**
 * Rewrites the worksheets of an unzipped xlsx with every shared formula written as its cell's own
 * formula (test/helpers/shared-formulas.ts): `npx tsx scripts/resolve-shared-formulas.ts DIR`.
 * compare-before-after.sh runs it on both sides, so that a file with shared formulas and one
 * with a formula per cell compare part for part.
 */
import { readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { resolveSharedFormulas } from "../test/helpers/shared-formulas";

const dir = join(process.argv[2] ?? "", "xl", "worksheets");
for (const name of readdirSync(dir).filter((f) => f.endsWith(".xml"))) {
  const file = join(dir, name);
  writeFileSync(file, resolveSharedFormulas(readFileSync(file, "utf8")).xml);
}
