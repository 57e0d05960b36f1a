import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectArticles } from "./collect.js";
import { countTargets } from "./count.js";
import { collect } from "./fetch-stub.test-data.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wiretrace-count-"));
  await writeFile(join(dir, "story.txt"), "Calm seas.");
  await writeFile(join(dir, "lines.jsonl"), '{"text":"One."}\n\n{"text":"Two."}\r\n{broken\n{"text":"Four."}');
  await copyFile(new URL("./fixtures/harbour-wire.rss", import.meta.url), join(dir, "wire.rss"));
  await copyFile(new URL("./fixtures/coast-news.atom", import.meta.url), join(dir, "coast.atom"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("countTargets", () => {
  it("counts JSON Lines lines, feed items and one per other file: as many as collectArticles yields", async () => {
    const counted = await countTargets([dir]);
    expect(counted).toBe(1 + 4 + 3 + 2);
    expect(counted).toBe((await collect(collectArticles([dir]))).length);
  });

  it("counts a target that will be rejected as one item", async () => {
    expect(await countTargets([join(dir, "missing.txt"), join(dir, "*.docx")])).toBe(2);
  });

  it("gives 0 (unknown) when a target is a URL", async () => {
    expect(await countTargets([dir, "https://harbourwire.example/feed"])).toBe(0);
  });
});
