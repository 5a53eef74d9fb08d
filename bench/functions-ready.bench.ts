/**
 * "Custom functions ready, in Chromium": the time from navigation until every function of
 * dist/functions.json is registered (CustomFunctions.associate called for the last one), on
 * the add-in's shared-runtime page (dist/taskpane.html: functions.js, then the pane's tiny entry,
 * which fetches the pane's chunk afterwards; both deferred and placed before office.js, see
 * docs/DEVELOPMENT.md "Functions first") against a page holding functions.js alone. Office.js
 * is the test's stand-in (test/browser/office-standin.js). Reported as the ratio of medians
 * over alternating runs, each in a fresh browser context (nothing cached), on this machine's
 * loopback and again with the network slowed to 20 Mbit/s with 20 ms latency.
 *
 * "Ready" includes the functions' words of Office's language (fwords-en.js: the stand-in's
 * display language is en-US), which functions.js fetches at load: a cell whose result needs a
 * message (an error value's reason, a class's meaning) waits for them. Ready is the later of the
 * last registration and the words' chunk having run.
 */
import { execSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser } from "playwright-core";
import { CHROMIUM, launchChromium } from "../test/helpers/chromium";
import { serveDirectory } from "../test/browser/static-server";

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const RUNS = 15;

/** The stand-in, plus a note of when each function was registered. */
const STANDIN = `${readFileSync(join(ROOT, "test", "browser", "office-standin.js"), "utf8")}
(function () {
  var associate = window.CustomFunctions.associate;
  window.__ready = { count: 0, at: null };
  window.CustomFunctions.associate = function (id, fn) {
    associate.call(this, id, fn);
    window.__ready.count++;
    window.__ready.at = performance.now();
  };
  // webpack's chunk list: its push, which webpack wraps, runs as a chunk's script runs.
  window.__words = { at: null };
  var chunks = (window.webpackChunkgrowth_poles = window.webpackChunkgrowth_poles || []);
  var push = chunks.push;
  chunks.push = function () {
    var script = document.currentScript;
    if (script && script.src.indexOf("/fwords-") >= 0) window.__words.at = performance.now();
    return push.apply(this, arguments);
  };
})();`;

const FUNCTIONS_ONLY = `<!doctype html><html><head><meta charset="utf-8">
<script src="${OFFICE_JS}"></script><script defer src="functions.js"></script>
</head><body></body></html>`;

type Network = { name: string; latency: number; bytesPerSecond: number } | null;

async function readyAt(
  browser: Browser,
  url: string,
  count: number,
  origin: string,
  network: Network
): Promise<{ registered: number; worded: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: network.latency,
      downloadThroughput: network.bytesPerSecond,
      uploadThroughput: network.bytesPerSecond,
    });
  }
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u === OFFICE_JS)
      return route.fulfill({ status: 200, contentType: "application/javascript", body: STANDIN });
    if (u.startsWith(origin)) return route.continue();
    return route.abort();
  });
  await page.goto(url, { waitUntil: "commit" });
  type Marks = { __ready?: { count: number; at: number }; __words?: { at: number | null } };
  await page.waitForFunction((n) => {
    const marks = window as unknown as Marks;
    return (marks.__ready?.count ?? 0) >= n && marks.__words?.at != null;
  }, count);
  const [registered, worded] = await page.evaluate(() => {
    const marks = window as unknown as Required<Marks>;
    return [marks.__ready.at, Math.max(marks.__ready.at, marks.__words.at ?? 0)];
  });
  await context.close();
  return { registered, worded };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export default async function bench(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`functions ready: skipped (${CHROMIUM} not found)`);
    return;
  }
  if (!existsSync(join(DIST, "taskpane.html")))
    execSync("npm run build", { cwd: ROOT, stdio: "inherit" });
  const count = (
    JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: unknown[] }
  ).functions.length;
  // Both pages from the same server (and through the same slowed network): a copy of dist/
  // with the functions-only page beside taskpane.html.
  const root = mkdtempSync(join(tmpdir(), "functions-ready-"));
  cpSync(DIST, root, { recursive: true });
  writeFileSync(join(root, "functions-only.html"), FUNCTIONS_ONLY);
  const server = await serveDirectory(root);
  const browser = await launchChromium();
  try {
    const networks: Network[] = [
      null,
      { name: "20 Mbit/s, 20 ms", latency: 20, bytesPerSecond: 2.5e6 },
    ];
    for (const network of networks) {
      const alone: { registered: number; worded: number }[] = [];
      const pane: { registered: number; worded: number }[] = [];
      // Alternating, after one warm-up of each, so that a busy machine slows both alike.
      for (let i = -1; i < RUNS; i++) {
        const a = await readyAt(
          browser,
          `${server.url}/functions-only.html`,
          count,
          server.url,
          network
        );
        const p = await readyAt(browser, `${server.url}/taskpane.html`, count, server.url, network);
        if (i >= 0) {
          alone.push(a);
          pane.push(p);
        }
      }
      const at = (runs: typeof alone, mark: "registered" | "worded") =>
        median(runs.map((r) => r[mark]));
      const where = network ? network.name : "loopback";
      console.log(
        `functions ready (${count} functions, ${where}, median of ${RUNS}): ` +
          `taskpane.html ${at(pane, "worded").toFixed(1)} ms, functions.js alone ${at(alone, "worded").toFixed(1)} ms, ` +
          `ratio ${(at(pane, "worded") / at(alone, "worded")).toFixed(2)}x (target at most 1.3x); ` +
          `registered only: ${at(pane, "registered").toFixed(1)} / ${at(alone, "registered").toFixed(1)} ms, ` +
          `ratio ${(at(pane, "registered") / at(alone, "registered")).toFixed(2)}x`
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}
