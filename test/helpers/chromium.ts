/**
 * Debian's Chromium, launched headless the way every real-browser test and bench needs it:
 * no sandbox (containers), no GPU, and no background traffic that could disturb timings.
 */
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
