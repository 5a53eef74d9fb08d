/**
 * `npm run validate`: offline checks of manifest.xml and, when built, of the production
 * dist/manifest.xml (no localhost left). Exits with 1 and lists the problems if any.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { checkManifest } from "./manifest-checks";

const root = join(__dirname, "..");
const targets = [{ file: join(root, "manifest.xml"), production: false }];
const built = join(root, "dist", "manifest.xml");
if (existsSync(built)) targets.push({ file: built, production: true });
else
  console.log(
    "dist/manifest.xml not built: run `npm run build` to check the production manifest too"
  );

let failed = false;
for (const { file, production } of targets) {
  const { facts, problems } = checkManifest(readFileSync(file, "utf8"), {
    production,
    assetsDir: join(root, "assets"),
  });
  const name = file.slice(root.length + 1);
  if (problems.length === 0) {
    console.log(
      `${name}: valid (Id ${facts.id}, namespace ${facts.namespace}, ${facts.allUrls.length} URLs${production ? ", production" : ""})`
    );
  } else {
    failed = true;
    console.log(`${name}: ${problems.length} problem(s)`);
    for (const p of problems) console.log(`  - ${p}`);
  }
}
process.exitCode = failed ? 1 : 0;
