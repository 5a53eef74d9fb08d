/**
 * The robustness analysis (issue 15) on the command line, as ratios against the same command
 * without --robustness, measured in the same run (child processes, compiled CLI, medians of
 * interleaved trials): the bundled sample (16 regions, 2 years) with 1,000 runs and the
 * sensitivity (target <= 1.5x), 3,000 synthetic regions x 1,000 runs (target <= 6x), and
 * 10,000 x 1,000 printed. Both commands write the workbook, as a user runs them.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { syntheticGrid } from "../test/fixtures/synthetic";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "growth-poles.js");

function ms(args: string[], dir: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8" },
  });
  const took = performance.now() - start;
  if (r.status !== 0)
    throw new Error(`growth-poles ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return took;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median of each command over `trials`, interleaved so the machine's load hits both alike. */
function pair(plain: string[], robust: string[], dir: string, trials: number) {
  const a: number[] = [];
  const b: number[] = [];
  for (let t = 0; t < trials; t++) {
    a.push(ms(plain, dir));
    b.push(ms(robust, dir));
  }
  return { plain: median(a), robust: median(b), ratio: median(b) / median(a) };
}

function table(dir: string, n: number): string {
  const file = join(dir, `regions-${n}.tsv`);
  writeFileSync(
    file,
    syntheticGrid(n)
      .map((row) => row.join("\t"))
      .join("\n") + "\n"
  );
  return file;
}

export default async function robustnessBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "robust-bench-"));
  try {
    const out = ["--out", join(dir, "out.xlsx"), "--force"];
    const sample = pair(["rate", ...out], ["rate", "--robustness", "1000", ...out], dir, 7);
    const line = (
      what: string,
      p: { plain: number; robust: number; ratio: number },
      target: string
    ) =>
      console.log(
        `  ${what.padEnd(34)} x${p.ratio.toFixed(2)} the command without it (${(p.robust / 1000).toFixed(2)} s against ${(p.plain / 1000).toFixed(2)} s)${target}`
      );
    console.log("robustness, 1,000 runs with sensitivity, workbook written:");
    line("sample (16 regions, 2 years)", sample, "  (target <= 1.5)");
    const json = pair(["rate", "--json"], ["rate", "--robustness", "1000", "--json"], dir, 7);
    line("sample, --json only", json, "");
    for (const [n, trials, target] of [
      [3000, 3, "  (target <= 6)"],
      [10000, 1, "  (printed)"],
    ] as const) {
      const args = ["rate", "--year", "2020", table(dir, n), ...out];
      const big = pair(args, [...args.slice(0, 4), "--robustness", "1000", ...out], dir, trials);
      line(`${n.toLocaleString("en")} regions x 1,000 runs`, big, target);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
