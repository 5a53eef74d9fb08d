/**
 * "Custom functions ready, in Chromium": the time from navigation until every function of
 * dist/functions.json is registered (CustomFunctions.associate called for the last one), on
 * the add-in's shared-runtime page (dist/taskpane.html: functions.js, then the pane's tiny entry,
 * which fetches the pane's chunk afterwards; both deferred and placed before office.js, see
 * docs/DEVELOPMENT.md "Functions first") against a page holding functions.js alone. Office.js
 * is the test's stand-in (test/browser/office-standin.js). Reported as the ratio of medians
 * over alternating runs, each in a fresh browser context (nothing cached), on this machine's
 * loopback and again with the network slowed to 20 Mbit/s with 20 ms latency.
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
): Promise<number> {
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
  await page.waitForFunction(
    (n) => ((window as unknown as { __ready?: { count: number } }).__ready?.count ?? 0) >= n,
    count
  );
  const at = await page.evaluate(
    () => (window as unknown as { __ready: { at: number } }).__ready.at
  );
  await context.close();
  return at;
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
      const alone: number[] = [];
      const pane: number[] = [];
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
      const ratio = median(pane) / median(alone);
      console.log(
        `functions ready (${count} functions, ${network ? network.name : "loopback"}, median of ${RUNS}): ` +
          `taskpane.html ${median(pane).toFixed(1)} ms, functions.js alone ${median(alone).toFixed(1)} ms, ` +
          `ratio ${ratio.toFixed(2)}x (target at most 1.3x)`
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}
