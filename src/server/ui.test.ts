// End to end: Debian's Chromium drives the built web UI (`npm test` builds first) on a real server.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedExampleCorpus, startTestServer, type TestServer } from "./test-server.test-data.js";
import { browserAvailable, browserRequired, CHROMIUM_PATH, launchBrowser } from "./browser.test-data.js";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");
const HOSTILE = [
  "The port reopened on Monday, officials said.",
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned = \'link\'">read more</a>',
].join("\n\n");

if (!browserAvailable && browserRequired) {
  describe("the browser tests", () => {
    it("need Chromium", () => {
      throw new Error(`no Chromium at ${CHROMIUM_PATH}: install Debian's chromium package (apt-get install chromium)`);
    });
  });
}

describe.skipIf(!browserAvailable)("the web UI in Chromium", () => {
  let browser: Browser;
  let api: TestServer;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [browser, api] = await Promise.all([launchBrowser(), startTestServer()]);
    await seedExampleCorpus(api.store);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  });

  async function compareTexts(source: string, rewrite: string): Promise<void> {
    await page.goto(new URL("/compare", api.url).href);
    await page.getByLabel("Source", { exact: true }).fill(source);
    await page.getByLabel("Rewrite", { exact: true }).fill(rewrite);
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await page.getByTestId("verdict").waitFor({ timeout: 45_000 });
  }

  /** axe-core's serious and critical findings on the page as it is now: contrast, labels, roles, names. */
  async function accessibilityViolations(): Promise<string[]> {
    // Evaluated through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
      return (await axe.run()).violations;
    });
    return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id} (${violation.nodes.length})`);
  }

  async function findingTypes(): Promise<string[]> {
    return page.getByTestId("finding").evaluateAll((elements) => elements.map((element) => element.getAttribute("data-type") ?? ""));
  }

  it("shows the drift planted in the example rewrite", async () => {
    await compareTexts(example("source.txt"), example("rewrite-drifted.txt"));
    expect(await page.getByTestId("verdict").getAttribute("data-faithful")).toBe("false");
    expect(await findingTypes()).toEqual(expect.arrayContaining(["number-changed", "date-changed", "entity-changed", "misattribution"]));
    expect(errors).toEqual([]);
  }, 60_000);

  it("shows no drift for the faithful paraphrase", async () => {
    await compareTexts(example("source.txt"), example("rewrite-faithful.txt"));
    expect(await page.getByTestId("verdict").getAttribute("data-faithful")).toBe("true");
    expect((await findingTypes()).filter((type) => type !== "omitted")).toEqual([]);
  }, 60_000);

  it("fills both boxes with a bundled example in one click", async () => {
    await page.goto(new URL("/compare", api.url).href);
    await page.getByRole("button", { name: "AI rewrite" }).click();
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await page.getByTestId("verdict").waitFor({ timeout: 45_000 });
    expect(await findingTypes()).toContain("quote-invented");
  }, 60_000);

  it("lights a rewrite sentence's source when it is selected from the keyboard", async () => {
    await compareTexts(example("source.txt"), example("rewrite-faithful.txt"));
    const sentence = page.locator('[data-sentence="rewrite:0"]');
    await sentence.focus();
    await page.keyboard.press("Enter");
    expect(await sentence.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator('[data-sentence^="source:"].linked-selected').count()).toBeGreaterThan(0);
  }, 60_000);

  it("runs nothing from hostile text pasted into the form and shows it as text", async () => {
    await compareTexts(example("source.txt"), HOSTILE);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.getByTestId("rewrite-text").textContent()).toContain('<img src="x" onerror="window.');
    expect(await page.locator("[data-testid=rewrite-text] script, [data-testid=rewrite-text] img").count()).toBe(0);
  }, 60_000);

  it("runs nothing from a stored article's hostile title, text and address", async () => {
    const stored = await api.request("POST", "/api/articles", {
      json: { text: HOSTILE, title: '<img src="x" onerror="window.__pwned = \'title\'">', url: "javascript:window.__pwned='url'" },
    });
    await page.goto(new URL(`/articles/${(stored.body as { id: number }).id}`, api.url).href);
    await page.getByTestId("article-text").waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.getByTestId("article-title").textContent()).toContain("onerror");
  }, 60_000);

  it("follows a story's graph to an article and its sources", async () => {
    await page.goto(new URL("/stories", api.url).href);
    await page.getByRole("link", { name: /River Aske floods Corrin Falls/ }).click();
    await page.getByTestId("story-graph").waitFor();
    const riverside = page.locator("[data-testid=story-graph] a[data-article]", { hasText: "unknown outlet" });
    await riverside.click();
    await page.getByTestId("sources").waitFor({ timeout: 45_000 });
    await expect.poll(() => page.getByTestId("source").first().textContent(), { timeout: 45_000 }).toContain("The Northern Record");
    expect(errors).toEqual([]);
  }, 90_000);

  it("has no serious accessibility problems on a compare report", async () => {
    await compareTexts(example("source.txt"), example("rewrite-drifted.txt"));
    expect(await accessibilityViolations()).toEqual([]);
  }, 60_000);

  it("has no serious accessibility problems on a story page", async () => {
    await page.goto(new URL("/stories", api.url).href);
    await page.getByRole("link", { name: /River Aske floods Corrin Falls/ }).click();
    await page.getByTestId("story-graph").waitFor();
    expect(await accessibilityViolations()).toEqual([]);
  }, 60_000);

  it("fits a phone screen without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await compareTexts(example("source.txt"), example("rewrite-ai.txt"));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }, 60_000);
});
