import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { chmod, copyFile, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { collectArticles } from "./collect.js";
import type { IngestItem } from "./corpus-types.js";
import { collect, fakeFetch } from "./fetch-stub.test-data.js";

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
const where = (item: IngestItem) => (item.ok ? item.article.origin : item.location);
const rejectionsOf = (items: IngestItem[]) =>
  items.filter((item) => !item.ok).map((item) => (item.ok ? "" : `${item.location} ${item.code}: ${item.reason}`));

const storyText = "Roads were shut in Carrow on Sunday after a storm.\n\n\"Stay home,\" the mayor said.";
const storyHtml =
  "<!doctype html><html><head><title>Storm shuts Carrow roads</title></head><body><nav><a href='/'>Home</a></nav>" +
  "<article><p>Roads were shut in Carrow on Sunday after a storm.</p><p>\u201CStay home,\u201D the mayor said.</p></article></body></html>";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "wiretrace-collect-"));
  await mkdir(join(dir, "nested"));
  await mkdir(join(dir, ".git"));
  await writeFile(join(dir, "a-story.txt"), storyText);
  await writeFile(join(dir, "b-page.html"), storyHtml);
  await copyFile(fixture("harbour-wire.rss"), join(dir, "c-wire.rss"));
  await copyFile(fixture("articles.jsonl"), join(dir, "d-articles.jsonl"));
  await writeFile(join(dir, "e-image.png"), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  await writeFile(join(dir, "f-huge.txt"), "");
  await truncate(join(dir, "f-huge.txt"), 50 * 1024 * 1024);
  await writeFile(join(dir, "nested", "g-more.txt"), "Ferry fares rose 5% on Monday.");
  await writeFile(join(dir, ".hidden.txt"), "Never read.");
  await writeFile(join(dir, ".git", "config"), "Never read either.");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("collectArticles: a directory", () => {
  it("walks it recursively in sorted order, skipping hidden entries, each file read by its kind", async () => {
    const items = await collect(collectArticles([dir]));
    expect(items.map(where)).toEqual([
      join(dir, "a-story.txt"),
      join(dir, "b-page.html"),
      `${join(dir, "c-wire.rss")}#1`,
      `${join(dir, "c-wire.rss")}#2`,
      `${join(dir, "c-wire.rss")}#3`,
      `${join(dir, "d-articles.jsonl")}:1`,
      `${join(dir, "d-articles.jsonl")}:2`,
      `${join(dir, "d-articles.jsonl")}:4`,
      `${join(dir, "d-articles.jsonl")}:5`,
      `${join(dir, "d-articles.jsonl")}:6`,
      join(dir, "e-image.png"),
      join(dir, "f-huge.txt"),
      join(dir, "nested", "g-more.txt"),
    ]);
  });

  it("rejects the binary and the oversized file with reasons, and reads the rest", async () => {
    const items = await collect(collectArticles([dir]));
    expect(rejectionsOf(items)).toEqual([
      `${join(dir, "c-wire.rss")}#3 INPUT_EMPTY: the item has no content or description; fetching its linked page would give one`,
      expect.stringMatching(/d-articles\.jsonl:2 INPUT_BAD_LINE: not valid JSON/),
      `${join(dir, "d-articles.jsonl")}:5 INPUT_BAD_LINE: no "text" or "html" field`,
      `${join(dir, "d-articles.jsonl")}:6 INPUT_BAD_LINE: "published" is not a date: "soon"`,
      `${join(dir, "e-image.png")} INPUT_BINARY: looks like a binary file, not text, HTML, a feed or JSON Lines`,
      `${join(dir, "f-huge.txt")} INPUT_TOO_LARGE: 50.0 MB, over the 10.0 MB limit for one input`,
    ]);
  });

  it("recognises the same story as HTML and as text by its content hash", async () => {
    const [text, html] = await collect(collectArticles([join(dir, "a-story.txt"), join(dir, "b-page.html")]));
    expect(text?.ok && html?.ok).toBe(true);
    if (text?.ok && html?.ok) {
      expect(html.article.title).toBe("Storm shuts Carrow roads");
      expect(html.article.contentHash).toBe(text.article.contentHash);
    }
  });

  it("takes a saved page's URL and outlet from its head", async () => {
    const path = join(dir, "nested", "saved.html");
    const head = '<link rel="canonical" href="https://www.harbourwire.example/storm"><meta property="og:site_name" content="Harbour Wire">';
    await writeFile(path, storyHtml.replace("</head>", `${head}</head>`));
    try {
      const [item] = await collect(collectArticles([path]));
      expect(item).toMatchObject({ ok: true, article: { url: "https://www.harbourwire.example/storm", outlet: "Harbour Wire" } });
    } finally {
      await rm(path);
    }
  });

  it("does not hang on a symlink loop", async () => {
    const loopDir = await mkdtemp(join(tmpdir(), "wiretrace-loop-"));
    try {
      await writeFile(join(loopDir, "story.txt"), "Calm seas.");
      await symlink(loopDir, join(loopDir, "again"));
      expect((await collect(collectArticles([loopDir]))).map(where)).toEqual([join(loopDir, "story.txt")]);
    } finally {
      await rm(loopDir, { recursive: true, force: true });
    }
  });
});

describe("collectArticles: files and globs", () => {
  it("expands a glob, sorted, leaving hidden files out", async () => {
    const items = await collect(collectArticles([join(dir, "**", "*.txt")]));
    expect(items.map(where)).toEqual([join(dir, "a-story.txt"), join(dir, "f-huge.txt"), join(dir, "nested", "g-more.txt")]);
  });

  it("rejects a glob that matches nothing", async () => {
    expect(await collect(collectArticles([join(dir, "*.docx")]))).toEqual([
      { ok: false, location: join(dir, "*.docx"), code: "INPUT_NOT_FOUND", reason: "no files match this pattern" },
    ]);
  });

  it("rejects a path that does not exist, and goes on to the next target", async () => {
    const items = await collect(collectArticles([join(dir, "missing.txt"), join(dir, "a-story.txt")]));
    expect(items.map((item) => (item.ok ? "ok" : `${item.code}: ${item.reason}`))).toEqual([
      "INPUT_NOT_FOUND: no such file or directory",
      "ok",
    ]);
  });

  it("rejects an empty file", async () => {
    const path = join(dir, "nested", "empty.txt");
    await writeFile(path, "");
    try {
      expect(await collect(collectArticles([path]))).toEqual([{ ok: false, location: path, code: "INPUT_EMPTY", reason: "empty: there is no text" }]);
    } finally {
      await rm(path);
    }
  });

  it("rejects pretty-printed JSON as not JSON Lines, once", async () => {
    const path = join(dir, "nested", "export.json");
    await writeFile(path, '{\n  "text": "Calm seas."\n}\n');
    try {
      expect(await collect(collectArticles([path]))).toEqual([
        { ok: false, location: path, code: "INPUT_UNSUPPORTED_FORMAT", reason: "JSON but not JSON Lines: write one article object per line" },
      ]);
    } finally {
      await rm(path);
    }
  });

  it("streams a JSON Lines file far larger than maxBytes, which bounds each line", async () => {
    const path = join(dir, "nested", "many.jsonl");
    const line = `${JSON.stringify({ text: "Calm seas in Carrow today." })}\n`;
    await writeFile(path, line.repeat(2000));
    try {
      const items = await collect(collectArticles([path], { maxBytes: 1024 }));
      expect(items.filter((item) => item.ok)).toHaveLength(2000);
    } finally {
      await rm(path);
    }
  });

  it("rejects a UTF-16 JSON Lines file instead of reading garbage", async () => {
    const path = join(dir, "nested", "wide.jsonl");
    await writeFile(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"Calm."}\n', "utf16le")]));
    try {
      expect(await collect(collectArticles([path]))).toMatchObject([{ ok: false, code: "INPUT_UNSUPPORTED_FORMAT" }]);
    } finally {
      await rm(path);
    }
  });

  // Root reads any file whatever its mode, so this can only be checked as an ordinary user.
  it.skipIf(process.getuid?.() === 0)("rejects a file it may not read", async () => {
    const path = join(dir, "nested", "locked.txt");
    await writeFile(path, "Calm seas.");
    await chmod(path, 0o000);
    try {
      expect(await collect(collectArticles([path]))).toEqual([{ ok: false, location: path, code: "INPUT_UNREADABLE", reason: "permission denied" }]);
    } finally {
      await rm(path, { force: true });
    }
  });
});

describe("collectArticles: URLs", () => {
  const rssBody = () => import("node:fs/promises").then(({ readFile }) => readFile(fixture("harbour-wire.rss"), "utf8"));

  it("reads a page with Readability, with the URL as origin and its host as outlet", async () => {
    const fetch = fakeFetch({ "https://www.harbourwire.example/storm": { body: storyHtml } });
    const [item] = await collect(collectArticles(["https://www.harbourwire.example/storm"], { fetch }));
    expect(item).toMatchObject({
      ok: true,
      article: {
        url: "https://www.harbourwire.example/storm",
        outlet: "harbourwire.example",
        title: "Storm shuts Carrow roads",
        origin: "https://www.harbourwire.example/storm",
      },
    });
  });

  it("reads a feed URL item by item, the items numbered after the URL", async () => {
    const fetch = fakeFetch({ "https://harbourwire.example/feed": { body: await rssBody(), type: "application/rss+xml" } });
    const items = await collect(collectArticles(["https://harbourwire.example/feed"], { fetch }));
    expect(items.map(where)).toEqual(["https://harbourwire.example/feed#1", "https://harbourwire.example/feed#2", "https://harbourwire.example/feed#3"]);
  });

  it("reads JSON Lines served as NDJSON", async () => {
    const fetch = fakeFetch({ "https://data.example/dump": { body: '{"text":"Calm."}\n{"text":"Windy."}\n', type: "application/x-ndjson" } });
    const items = await collect(collectArticles(["https://data.example/dump"], { fetch }));
    expect(items.map(where)).toEqual(["https://data.example/dump:1", "https://data.example/dump:2"]);
  });

  it("rejects an HTTP error status", async () => {
    const fetch = fakeFetch({ "https://harbourwire.example/gone": { body: "Not here", status: 404 } });
    expect(await collect(collectArticles(["https://harbourwire.example/gone"], { fetch }))).toEqual([
      { ok: false, location: "https://harbourwire.example/gone", code: "INPUT_FETCH_FAILED", reason: "HTTP 404" },
    ]);
  });

  it("rejects a network failure", async () => {
    expect(await collect(collectArticles(["https://nowhere.example/"], { fetch: fakeFetch({}) }))).toEqual([
      { ok: false, location: "https://nowhere.example/", code: "INPUT_FETCH_FAILED", reason: "ENOTFOUND" },
    ]);
  });

  it("rejects a body over maxBytes without reading all of it", async () => {
    const fetch = fakeFetch({ "https://harbourwire.example/long": { body: `<p>${"Calm seas. ".repeat(1000)}</p>`, type: "text/html" } });
    expect(await collect(collectArticles(["https://harbourwire.example/long"], { fetch, maxBytes: 2000 }))).toEqual([
      { ok: false, location: "https://harbourwire.example/long", code: "INPUT_TOO_LARGE", reason: "over the 2.0 KB limit for one input" },
    ]);
  });

  it("rejects a binary download", async () => {
    const fetch = fakeFetch({ "https://harbourwire.example/photo.jpg": { body: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), type: "image/jpeg" } });
    expect(await collect(collectArticles(["https://harbourwire.example/photo.jpg"], { fetch }))).toMatchObject([
      { ok: false, code: "INPUT_BINARY" },
    ]);
  });
});
