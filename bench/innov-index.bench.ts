/**
 * INNOV_INDEX speed on synthetic regions (100, 1 000, 10 000), as ratios measured in this run:
 *  - the core (innovationIndex) per region, against a baseline that only finds the six column
 *    leaders with plain loops (the least any percent-of-leader scoring must do);
 *  - the worksheet function filled down n rows (n calls, each given one row + the whole table)
 *    against one spilling call over all n rows. Each fill-down call reads the table once, so the
 *    ratio should grow in proportion to n (n calls x O(n)), with a constant per-call factor.
 * At 10 000 regions the fill-down is timed on a sample of calls and scaled to n (said in the output).
 *  - one INNOV_INDEX call of the BUILT bundle (dist/functions.js) at 3 000 regions, what each cell
 *    of a filled-down column costs: loaded in a `vm` context (as the tests load it) and as a page
 *    runs it (the bundle's source run by `new Function` in the main context, where calls are not
 *    slowed by crossing contexts), each against the baseline of finding the six leaders.
 */
import { existsSync, readFileSync } from "fs";
import { basename, dirname, join } from "path";
import vm from "vm";
import { IndicatorRow, innovationIndex } from "../src/core";
import { innovIndex } from "../src/functions/functions";

// The function reaches the CustomFunctions global only to report errors; none are expected here.
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: class {
    constructor(
      readonly code: string,
      readonly message?: string
    ) {}
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

const SIZES = [100, 1000, 10000];
const FILL_DOWN_SAMPLE = 200;

/** Deterministic positive indicator values spread over a few orders of magnitude. */
function syntheticTable(n: number, seed = 42): number[][] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () => Array.from({ length: 6 }, () => 10 ** (1 + 4 * random())));
}

/** Milliseconds per run of f: runs it for at least minMs, best of three trials. */
function msPerRun(f: () => unknown, minMs = 150): number {
  f();
  let best = Infinity;
  for (let trial = 0; trial < 3; trial++) {
    let runs = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      f();
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

/** The baseline: the six column leaders of a table, nothing else. */
function leadersOnly(table: readonly IndicatorRow[]): number[] {
  const leaders = [0, 0, 0, 0, 0, 0];
  for (const row of table)
    for (let c = 0; c < 6; c++) if ((row[c] as number) > leaders[c]) leaders[c] = row[c] as number;
  return leaders;
}

const pad = (value: string, width: number) => value.padStart(width);

type ExcelFunction = (...args: unknown[]) => unknown;

/** INNOV_INDEX as registered by the built bundle, run in a vm context or in the main one. */
function bundledInnovIndex(where: "vm" | "page"): ExcelFunction {
  const source = readFileSync(BUNDLE, "utf8");
  const registered = new Map<string, ExcelFunction>();
  const CustomFunctions = {
    associate: (id: string, fn: ExcelFunction) => registered.set(id, fn),
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  if (where === "vm") {
    const context = vm.createContext({ CustomFunctions, console, setTimeout, clearTimeout });
    context.self = context;
    context.document = pageDocument((chunk) => vm.runInContext(chunk, context));
    vm.runInContext(source, context);
  } else {
    const self: Record<string, unknown> = {};
    const run = (code: string) =>
      new Function("CustomFunctions", "document", "self", code)(CustomFunctions, document, self);
    const document = pageDocument(run);
    // webpack reads the script's address from the global document, once, as the bundle starts.
    Object.assign(globalThis, { document });
    try {
      run(source);
    } finally {
      delete (globalThis as { document?: unknown }).document;
    }
  }
  const fn = registered.get("INNOV_INDEX");
  if (!fn) throw new Error("dist/functions.js registers no INNOV_INDEX");
  return fn;
}

const BUNDLE = join(__dirname, "..", "dist", "functions.js");

/**
 * The page as webpack's runtime sees it: the script element it finds the chunks' folder from, and
 * a <script> element that runs its chunk (the words of the language, fetched at the first call) a
 * turn later, then its onload.
 */
function pageDocument(run: (code: string) => void) {
  type Script = { src: string; onload?: (event: unknown) => void };
  return {
    currentScript: { tagName: "SCRIPT", src: "https://localhost:3000/functions.js" },
    getElementsByTagName: () => [],
    createElement: (): Script & { setAttribute(): void } => ({ src: "", setAttribute() {} }),
    head: {
      appendChild: (script: Script) =>
        setTimeout(() => {
          run(readFileSync(join(dirname(BUNDLE), basename(script.src)), "utf8"));
          script.onload?.({ type: "load" });
        }, 0),
    },
  };
}
const ONE_CALL_REGIONS = 3000;

/** One filled-down cell: a region's row against the whole table, in the built bundle. */
export function oneCallBench(): void {
  console.log("");
  console.log(
    `built bundle: one INNOV_INDEX call (a region row + a ${ONE_CALL_REGIONS}-region table), target under 0.1 ms`
  );
  if (!existsSync(BUNDLE)) {
    console.log("  dist/functions.js is missing: run `npm run build` first");
    return;
  }
  const table = syntheticTable(ONE_CALL_REGIONS);
  const baseline = msPerRun(() => leadersOnly(table), 300);
  console.log(
    `  baseline (the six column leaders, a plain loop): ${(baseline * 1000).toFixed(1)} µs`
  );
  console.log(`${pad("loaded", 26)} ${pad("µs per call", 12)} ${pad("call/baseline", 14)}`);
  for (const [where, label] of [
    ["vm", "vm context (as the tests)"],
    ["page", "main context (as a page)"],
  ] as const) {
    const fn = bundledInnovIndex(where);
    let i = 0;
    const check = fn([table[0]], table) as unknown[][];
    if (typeof check[0][0] !== "number")
      throw new Error(`${where}: the call gave ${String(check[0][0])}`);
    const perCall = msPerRun(() => fn([table[i++ % ONE_CALL_REGIONS]], table), 300);
    console.log(
      `${pad(label, 26)} ${pad((perCall * 1000).toFixed(1), 12)} ${pad((perCall / baseline).toFixed(1), 14)}`
    );
    if (where === "page") {
      // The careful path every call took before: one text cell in the table sends it there.
      const texty = table.map((row, r) =>
        r === ONE_CALL_REGIONS - 1 ? [String(row[0]), ...row.slice(1)] : row
      );
      const careful = msPerRun(() => fn([table[i++ % ONE_CALL_REGIONS]], texty), 300);
      console.log(
        `${pad("  careful path (a text cell)", 26)} ${pad((careful * 1000).toFixed(1), 12)} ${pad((careful / baseline).toFixed(1), 14)}`
      );
    }
  }
  console.log(
    "  absolute times follow the machine's load; call/baseline is what carries across machines"
  );
}

export default async function innovIndexBench(): Promise<void> {
  console.log("INNOV_INDEX on synthetic data (6 indicators per region)");
  console.log(
    "core: innovationIndex per region, as a ratio to the baseline (finding the six column leaders)"
  );
  console.log(
    `${pad("regions", 8)} ${pad("baseline ns/region", 19)} ${pad("core ns/region", 15)} ${pad("core/baseline", 14)}`
  );
  for (const n of SIZES) {
    const table = syntheticTable(n);
    const baseline = (msPerRun(() => leadersOnly(table)) * 1e6) / n;
    const core = (msPerRun(() => innovationIndex(table)) * 1e6) / n;
    console.log(
      `${pad(String(n), 8)} ${pad(baseline.toFixed(1), 19)} ${pad(core.toFixed(1), 15)} ${pad((core / baseline).toFixed(1), 14)}`
    );
  }

  console.log("");
  console.log(
    "worksheet: INNOV_INDEX filled down n rows (n calls: one row + whole table) vs one spilling call"
  );
  console.log(
    `${pad("regions", 8)} ${pad("spill ms", 10)} ${pad("fill-down ms", 13)} ${pad("fill/spill", 11)} ${pad("fill/spill/n", 13)}  note`
  );
  for (const n of SIZES) {
    const table = syntheticTable(n);
    const spill = msPerRun(() => innovIndex(table, table));
    // Calls on evenly spaced rows; all n of them up to 1 000 regions.
    const calls = Math.min(n, FILL_DOWN_SAMPLE * (n > 1000 ? 1 : Infinity));
    const step = n / calls;
    const rows = Array.from({ length: calls }, (_, i) => [table[Math.floor(i * step)]]);
    const sampled = msPerRun(() => {
      for (const row of rows) innovIndex(row, table);
    }, 300);
    const fillDown = (sampled * n) / calls;
    const note =
      calls < n ? `timed ${calls} of ${n} calls, scaled to ${n}` : `all ${n} calls timed`;
    console.log(
      `${pad(String(n), 8)} ${pad(spill.toFixed(2), 10)} ${pad(fillDown.toFixed(1), 13)} ${pad((fillDown / spill).toFixed(1), 11)} ${pad((fillDown / spill / n).toFixed(3), 13)}  ${note}`
    );
  }
  console.log(
    "fill/spill/n stays about constant when each fill-down call is linear in the table size."
  );
  oneCallBench();
}
