/**
 * Debian's Chromium driven by playwright-core against a real server. Without Chromium the browser
 * tests are skipped, unless WIRETRACE_BROWSER_TESTS=required (as in CI), where that is a failure.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const browserRequired = process.env.WIRETRACE_BROWSER_TESTS === "required";
export const browserAvailable = existsSync(CHROMIUM_PATH);

/** Flags for a closed network: no background connections, no GPU, no sandbox (CI runs as root). */
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launchBrowser(): Promise<Browser> {
  if (!browserAvailable) throw new Error(`no Chromium at ${CHROMIUM_PATH}: install Debian's chromium package or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}
