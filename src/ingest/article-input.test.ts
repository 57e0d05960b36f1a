import { describe, it, expect } from "vitest";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildArticleInput, readArticleInput } from "./article-input.js";
import { contentHash } from "./content-hash.js";

describe("buildArticleInput", () => {
  it("derives hash, dateline and cues from the text", () => {
    const text = "PARIS (AFP) — Roads were shut.";
    expect(buildArticleInput({ text, origin: "a.txt" })).toEqual({
      text,
      contentHash: contentHash(text),
      dateline: "PARIS",
      cues: ["Agence France-Presse"],
      origin: "a.txt",
    });
  });

  it("prefers the given outlet, then the feed title, then the URL's host", () => {
    const url = "https://www.coastnews.example/a";
    const outlet = (fields: { outlet?: string; feedTitle?: string }) =>
      buildArticleInput({ text: "Calm.", origin: "x", url, ...fields }).outlet;
    expect([outlet({ outlet: "Coast News", feedTitle: "Coast feed" }), outlet({ feedTitle: "Coast feed" }), outlet({})]).toEqual([
      "Coast News",
      "Coast feed",
      "coastnews.example",
    ]);
  });

  it("reads cues from an agency byline", () => {
    expect(buildArticleInput({ text: "Calm seas.", origin: "x", byline: "By Ann Vale, Associated Press" }).cues).toEqual([
      "Associated Press",
    ]);
  });

  it("normalises the published date and drops one it cannot read", () => {
    const published = (value: string) => buildArticleInput({ text: "Calm.", origin: "x", published: value }).published;
    expect([published("Sun, 03 Mar 2024 10:00:00 GMT"), published("someday")]).toEqual(["2024-03-03T10:00:00.000Z", undefined]);
  });

  it("collapses whitespace in metadata and leaves out blank fields", () => {
    const article = buildArticleInput({ text: "Calm.", origin: "x", title: "  Calm\n seas ", byline: " ", url: "" });
    expect(article).toEqual(expect.objectContaining({ title: "Calm seas" }));
    expect(Object.keys(article)).not.toContain("byline");
    expect(Object.keys(article)).not.toContain("url");
  });
});

describe("readArticleInput", () => {
  it("reads a file as an ArticleInput", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wiretrace-input-"));
    try {
      const path = join(dir, "story.txt");
      await writeFile(path, "LONDON (Reuters) - Roads were shut.\n");
      expect(await readArticleInput(path)).toMatchObject({ origin: path, dateline: "LONDON", cues: ["Reuters"] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
