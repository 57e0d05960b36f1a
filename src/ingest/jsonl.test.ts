import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { jsonLinesItems } from "./jsonl.js";
import { collect } from "./fetch-stub.test-data.js";

const bytes = (text: string) => new TextEncoder().encode(text);
async function* chunked(...parts: string[]) {
  for (const part of parts) yield bytes(part);
}
const read = (text: string, maxLineBytes = 1024 * 1024) => collect(jsonLinesItems(chunked(text), "a.jsonl", maxLineBytes));
const summary = (items: Awaited<ReturnType<typeof read>>) =>
  items.map((item) => (item.ok ? `ok ${item.article.origin}` : `${item.location} ${item.code}: ${item.reason}`));

describe("jsonLinesItems", () => {
  it("reads the fixture: good lines become articles, broken ones rejections at path:LINE", async () => {
    const items = await collect(
      jsonLinesItems(chunked(readFileSync(new URL("./fixtures/articles.jsonl", import.meta.url), "utf8")), "articles.jsonl", 1024 * 1024),
    );
    expect(summary(items)).toEqual([
      "ok articles.jsonl:1",
      expect.stringMatching(/^articles\.jsonl:2 INPUT_BAD_LINE: not valid JSON: /),
      "ok articles.jsonl:4",
      'articles.jsonl:5 INPUT_BAD_LINE: no "text" or "html" field',
      'articles.jsonl:6 INPUT_BAD_LINE: "published" is not a date: "soon"',
    ]);
  });

  it("keeps every field of a full record and derives hash, dateline and cues", async () => {
    const line = JSON.stringify({
      id: "a1",
      url: "https://www.harbourwire.example/a1",
      title: "Storm shuts roads",
      outlet: "Harbour Wire",
      published: "Sun, 03 Mar 2024 10:00:00 GMT",
      byline: "Ann Vale, Reuters",
      text: "CARROW - Roads were shut in Carrow.",
    });
    const [item] = await read(line);
    expect(item).toEqual({
      ok: true,
      article: {
        text: "CARROW - Roads were shut in Carrow.",
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        url: "https://www.harbourwire.example/a1",
        outlet: "Harbour Wire",
        title: "Storm shuts roads",
        byline: "Ann Vale, Reuters",
        published: "2024-03-03T10:00:00.000Z",
        dateline: "CARROW",
        cues: ["Reuters"],
        origin: "a.jsonl:1",
      },
    });
  });

  it("takes the outlet from the URL's host when the record names none", async () => {
    const [item] = await read(JSON.stringify({ url: "https://www.coastnews.example/x", text: "Calm seas." }));
    expect(item).toMatchObject({ ok: true, article: { outlet: "coastnews.example" } });
  });

  it("extracts the article from html, with the page's title when the record has none", async () => {
    const html =
      "<html><head><title>Sea wall approved</title></head><body><article>" +
      "<p>The council approved a sea wall on Tuesday after a long debate.</p></article></body></html>";
    const [item] = await read(JSON.stringify({ html }));
    expect(item).toMatchObject({
      ok: true,
      article: { text: "The council approved a sea wall on Tuesday after a long debate.", title: "Sea wall approved" },
    });
  });

  it("takes URL and outlet from the html's head when the record has neither", async () => {
    const html =
      '<html><head><link rel="canonical" href="https://coastnews.example/sea-wall"><meta property="og:site_name" content="Coast News">' +
      "</head><body><article><p>The council approved a sea wall on Tuesday after a long debate.</p></article></body></html>";
    const [item] = await read(JSON.stringify({ html }));
    expect(item).toMatchObject({ ok: true, article: { url: "https://coastnews.example/sea-wall", outlet: "Coast News" } });
  });

  it("skips blank lines but counts them in line numbers", async () => {
    expect(summary(await read('\n  \n{"text":"Calm seas."}\n'))).toEqual(["ok a.jsonl:3"]);
  });

  it("strips a byte-order mark from the first line", async () => {
    expect(summary(await read('\uFEFF{"text":"Calm seas."}'))).toEqual(["ok a.jsonl:1"]);
  });

  it.each([
    ['["Calm seas."]', "expected a JSON object, found an array"],
    ["42", "expected a JSON object, found number"],
    ['{"text":42}', '"text" must be a string'],
    ['{"text":"Calm.","title":["x"]}', '"title" must be a string'],
    ['{"text":"Calm.","url":"not a url"}', '"url" is not a URL: "not a url"'],
  ])("rejects %s: %s", async (line, reason) => {
    expect(await read(line)).toEqual([{ ok: false, location: "a.jsonl:1", code: "INPUT_BAD_LINE", reason }]);
  });

  it("rejects empty text as empty", async () => {
    expect(await read('{"text":"  "}')).toEqual([{ ok: false, location: "a.jsonl:1", code: "INPUT_EMPTY", reason: '"text" is empty' }]);
  });

  it("rejects html with no article in it", async () => {
    const [item] = await read(JSON.stringify({ html: "<html><body><nav><a href='/'>Home</a></nav></body></html>" }));
    expect(item).toMatchObject({ ok: false, code: "INPUT_NO_ARTICLE" });
  });

  it("rejects a line over the limit as too large and reads the next", async () => {
    const long = JSON.stringify({ text: "Calm seas. ".repeat(20) });
    expect(summary(await read(`${long}\n{"text":"Short."}\n`, 100))).toEqual([
      "a.jsonl:1 INPUT_TOO_LARGE: line is over the 100 bytes limit for one article",
      "ok a.jsonl:2",
    ]);
  });

  it("gives up on a file whose first ten lines are not JSON, with one more rejection saying so", async () => {
    const csv = Array.from({ length: 50 }, (_, i) => `${i},Calm seas`).join("\n");
    const items = await read(csv);
    expect(items).toHaveLength(11);
    expect(items.at(-1)).toMatchObject({ location: "a.jsonl", code: "INPUT_UNSUPPORTED_FORMAT" });
  });

  it("does not give up once a line has been read", async () => {
    const lines = ['{"text":"Calm seas."}', ...Array.from({ length: 12 }, () => "{broken")].join("\n");
    expect(await read(lines)).toHaveLength(13);
  });
});
