/**
 * Takes the README's screenshots: the server over the example corpus in memory, Debian's Chromium
 * driving the built UI. Run `npm run build` first; writes docs/screenshots/*.png.
 */
import { readFileSync } from "node:fs";
import { chromium, type Page } from "playwright-core";
import { ingestArticles } from "../src/corpus/index.js";
import { collectArticles } from "../src/ingest/index.js";
import { startServer } from "../src/server/index.js";
import { openSqliteStore } from "../src/store/index.js";

const root = new URL("../", import.meta.url);
const out = (name: string) => new URL(`docs/screenshots/${name}.png`, root).pathname;
const example = (name: string) => readFileSync(new URL(`examples/${name}`, root), "utf8");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const store = await openSqliteStore(":memory:");
await ingestArticles(store, collectArticles([new URL("examples/corpus/", root).pathname]));
const server = await startServer({ store, port: 0, logLevel: "silent" });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });

async function compareExample(page: Page, rewrite: string): Promise<void> {
  await page.goto(new URL("/compare", server.url).href);
  await page.getByLabel("Source", { exact: true }).fill(example("source.txt"));
  await page.getByLabel("Rewrite", { exact: true }).fill(example(rewrite));
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.getByTestId("verdict").waitFor({ timeout: 60_000 });
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await compareExample(page, "rewrite-drifted.txt");
  await page.getByTestId("verdict").scrollIntoViewIfNeeded();
  await page.locator('[data-sentence="rewrite:1"]').hover();
  await page.evaluate(() => window.scrollBy(0, -16));
  await page.screenshot({ path: out("compare") });

  await page.goto(new URL("/stories", server.url).href);
  await page.getByTestId("stories").waitFor();
  await page.screenshot({ path: out("stories") });

  await page.getByRole("link", { name: /River Aske floods Corrin Falls/ }).click();
  await page.getByTestId("story-graph").waitFor();
  await page.screenshot({ path: out("story") });

  await page.locator("[data-testid=story-graph] a[data-article]", { hasText: "unknown outlet" }).click();
  await page.getByTestId("source").first().waitFor({ timeout: 60_000 });
  await page.screenshot({ path: out("article") });

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await compareExample(phone, "rewrite-ai.txt");
  await phone.getByTestId("verdict").scrollIntoViewIfNeeded();
  await phone.screenshot({ path: out("compare-phone") });
} finally {
  await browser.close();
  await server.close();
  await store.close();
}
