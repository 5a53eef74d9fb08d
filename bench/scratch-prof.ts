import { readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readGrid, parseInputSpec } from "../src/cli/input";
(async () => {
  const d = readdirSync(tmpdir()).filter((x) => x.startsWith("prof-")).map((x) => join(tmpdir(), x))[0];
  for (let i = 0; i < 4; i++) {
    let t = performance.now(); await readGrid(parseInputSpec(join(d, "t.xlsx"))); const a = performance.now() - t;
    t = performance.now(); await readGrid(parseInputSpec(join(d, "t.tsv"))); const b = performance.now() - t;
    console.log(`xlsx ${a.toFixed(0)} ms, tsv ${b.toFixed(0)} ms`);
  }
})();
