import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { feedItems, type FeedOptions } from "./feed.js";
import { collect, fakeFetch } from "./fetch-stub.test-data.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const offline: FeedOptions = { fetchLinks: false, fetch: fakeFetch({}), maxBytes: 1024 * 1024 };

const page = (body: string) =>
  `<!doctype html><html><head><title>Page title</title></head><body><nav><a href="/">Home</a></nav>` +
  `<article>${body}</article></body></html>`;

describe("feedItems: RSS 2.0", () => {
  it("makes one article per item from its content, with the item's metadata", async () => {
    const [first] = await collect(feedItems(fixture("harbour-wire.rss"), "wire.rss", offline));
    expect(first).toEqual({
      ok: true,
      article: {
        text: 'CARROW (Reuters) - Roads were shut in Carrow on Sunday after a storm.\n\n"Stay home," the mayor told Reuters.',
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        url: "https://harbourwire.example/2024/03/storm",
        outlet: "Harbour Wire",
        title: "Storm shuts Carrow roads",
        byline: "Ann Vale",
        published: "2024-03-03T10:00:00.000Z",
        dateline: "CARROW",
        cues: ["Reuters"],
        origin: "wire.rss#1",
      },
    });
  });

  it("falls back on the description, stripped of its HTML, and normalises an RFC 822 date with a zone", async () => {
    const [, second] = await collect(feedItems(fixture("harbour-wire.rss"), "wire.rss", offline));
    expect(second).toMatchObject({
      ok: true,
      article: {
        text: "Ferry fares rose 5% on Monday, the Carrow Evening Post reported.",
        published: "2024-03-04T07:30:00.000Z",
        cues: ["Carrow Evening Post"],
        origin: "wire.rss#2",
      },
    });
  });

  it("rejects an item with no text, saying a fetch of its link would give one", async () => {
    const items = await collect(feedItems(fixture("harbour-wire.rss"), "wire.rss", offline));
    expect(items[2]).toEqual({
      ok: false,
      location: "wire.rss#3",
      code: "INPUT_EMPTY",
      reason: "the item has no content or description; fetching its linked page would give one",
    });
  });
});

describe("feedItems: Atom", () => {
  it("reads entries, their HTML titles as text, and the dateline and cue in the content", async () => {
    const [first] = await collect(feedItems(fixture("coast-news.atom"), "coast.atom", offline));
    expect(first).toMatchObject({
      ok: true,
      article: {
        text: "LONDON, March 5 (AP) — The council approved a sea wall.",
        title: "Council approves sea wall",
        outlet: "Coast News",
        byline: "Ben Ortiz",
        published: "2024-03-05T09:00:00.000Z",
        dateline: "LONDON",
        cues: ["Associated Press"],
      },
    });
  });

  it("uses the summary, and the updated time when there is no published time", async () => {
    const [, second] = await collect(feedItems(fixture("coast-news.atom"), "coast.atom", offline));
    expect(second).toMatchObject({
      ok: true,
      article: { text: "Dredging of the harbour started on Wednesday.", published: "2024-03-06T07:00:00.000Z", origin: "coast.atom#2" },
    });
  });
});

describe("feedItems: RDF", () => {
  it("reads RSS 1.0 items with Dublin Core dates and creators", async () => {
    const rdf =
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ` +
      `xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://bay.example/"><title>Bay Times</title>` +
      `<link>https://bay.example/</link></channel><item rdf:about="https://bay.example/a"><title>Pier reopens</title>` +
      `<link>https://bay.example/a</link><description>The pier reopened on Friday.</description>` +
      `<dc:date>2024-03-08T12:00:00Z</dc:date><dc:creator>Cara Lind</dc:creator></item></rdf:RDF>`;
    expect(await collect(feedItems(rdf, "bay.rdf", offline))).toMatchObject([
      { ok: true, article: { text: "The pier reopened on Friday.", outlet: "Bay Times", byline: "Cara Lind", published: "2024-03-08T12:00:00.000Z" } },
    ]);
  });
});

describe("feedItems: bad feeds", () => {
  it("rejects a feed whose XML breaks off inside a tag, once, with the parser's reason", async () => {
    expect(await collect(feedItems(fixture("broken-tag.rss"), "broken.rss", offline))).toEqual([
      { ok: false, location: "broken.rss", code: "INPUT_BAD_FEED", reason: expect.stringMatching(/^malformed feed XML: .+/) },
    ]);
  });

  it("rejects a cut-off feed once, rather than keeping items the cut may have damaged", async () => {
    expect(await collect(feedItems(fixture("truncated.rss"), "cut.rss", offline))).toEqual([
      { ok: false, location: "cut.rss", code: "INPUT_BAD_FEED", reason: expect.stringContaining("ends before its closing") },
    ]);
  });

  it("rejects XML that is not a feed", async () => {
    expect(await collect(feedItems(fixture("not-a-feed.xml"), "settings.xml", offline))).toEqual([
      { ok: false, location: "settings.xml", code: "INPUT_BAD_FEED", reason: expect.stringContaining("not an RSS, Atom or RDF feed") },
    ]);
  });

  it("rejects a feed with no items", async () => {
    const empty = `<rss version="2.0"><channel><title>Quiet Times</title></channel></rss>`;
    expect(await collect(feedItems(empty, "quiet.rss", offline))).toEqual([
      { ok: false, location: "quiet.rss", code: "INPUT_EMPTY", reason: "the feed has no items" },
    ]);
  });

  it("takes the outlet from the feed's site when the feed has no title and the item no link", async () => {
    const untitled = `<rss version="2.0"><channel><link>https://www.quiet.example/</link><item><description>Calm seas.</description></item></channel></rss>`;
    const [item] = await collect(feedItems(untitled, "quiet.rss", offline));
    expect(item).toMatchObject({ ok: true, article: { outlet: "quiet.example" } });
  });
});

describe("feedItems: fetchLinks", () => {
  const article = "<p>Roads were shut in Carrow on Sunday after a storm felled trees.</p><p>The mayor urged people to stay home.</p>";

  it("fetches each item's page and extracts its article with Readability", async () => {
    const fetch = fakeFetch({
      "https://harbourwire.example/2024/03/storm": { body: page(article) },
      "https://harbourwire.example/2024/03/fares": { body: page("<p>Ferry fares rose by five percent on Monday morning.</p>") },
      "https://harbourwire.example/2024/03/photo": { body: page("<p>A photo of the harbour at dawn, taken on Tuesday.</p>") },
    });
    const items = await collect(feedItems(fixture("harbour-wire.rss"), "wire.rss", { ...offline, fetchLinks: true, fetch }));
    expect(items.map((item) => item.ok && item.article.text)).toEqual([
      "Roads were shut in Carrow on Sunday after a storm felled trees.\n\nThe mayor urged people to stay home.",
      "Ferry fares rose by five percent on Monday morning.",
      "A photo of the harbour at dawn, taken on Tuesday.",
    ]);
    expect(items[0]).toMatchObject({ article: { title: "Storm shuts Carrow roads", origin: "wire.rss#1", outlet: "Harbour Wire" } });
  });

  it("rejects the item whose page cannot be fetched, and keeps the others", async () => {
    const fetch = fakeFetch({
      "https://harbourwire.example/2024/03/storm": { body: page(article) },
      "https://harbourwire.example/2024/03/fares": { body: "gone", status: 404 },
    });
    const items = await collect(feedItems(fixture("harbour-wire.rss"), "wire.rss", { ...offline, fetchLinks: true, fetch }));
    expect(items.map((item) => (item.ok ? "ok" : `${item.location} ${item.code}: ${item.reason}`))).toEqual([
      "ok",
      "wire.rss#2 INPUT_FETCH_FAILED: fetching https://harbourwire.example/2024/03/fares: HTTP 404",
      "wire.rss#3 INPUT_FETCH_FAILED: fetching https://harbourwire.example/2024/03/photo: ENOTFOUND",
    ]);
  });

  it("rejects a linked page over the size limit", async () => {
    const fetch = fakeFetch({ "https://coastnews.example/sea-wall": { body: page(article.repeat(50)) } });
    const [first] = await collect(feedItems(fixture("coast-news.atom"), "coast.atom", { ...offline, fetchLinks: true, fetch, maxBytes: 1000 }));
    expect(first).toMatchObject({ ok: false, code: "INPUT_TOO_LARGE", location: "coast.atom#1" });
  });

  it("does not fetch anything without fetchLinks", async () => {
    const requested: string[] = [];
    await collect(feedItems(fixture("harbour-wire.rss"), "wire.rss", { ...offline, fetch: fakeFetch({}, requested) }));
    expect(requested).toEqual([]);
  });
});
