import { describe, it, expect } from "vitest";
import { extractArticle, htmlToText, looksLikeHtml } from "./html.js";

const page = (head: string, body: string) =>
  `<!doctype html><html><head><title>Floods hit Carrow</title>${head}</head><body>` +
  `<nav><a href="/">Home</a> <a href="/world">World</a></nav><article>${body}</article>` +
  `<footer>Daily Ledger</footer></body></html>`;

const story =
  "<h1>Floods hit Carrow</h1><p class=\"byline\">By Mira Holt</p>" +
  "<p>Flood waters rose overnight in Carrow, officials said on Tuesday.</p>" +
  "<p>The army sent boats to the worst-hit streets.</p>";

describe("looksLikeHtml", () => {
  it("recognises a document with a doctype", () => {
    expect(looksLikeHtml(page("", story))).toBe(true);
  });

  it("recognises a bare paragraph fragment", () => {
    expect(looksLikeHtml("<p>Roads were shut.</p>\n<p>Schools stayed open.</p>")).toBe(true);
  });

  it("does not take prose with a stray angle bracket for HTML", () => {
    expect(looksLikeHtml("Turnout was <50% in Carrow, where <p> tags are not news.")).toBe(false);
  });

  it("needs a closing tag", () => {
    expect(looksLikeHtml("<p> marks a paragraph in this note")).toBe(false);
  });
});

describe("extractArticle", () => {
  it("keeps the paragraphs, separated by blank lines, without navigation or the repeated title", () => {
    expect(extractArticle(page("", story))?.text).toBe(
      "Flood waters rose overnight in Carrow, officials said on Tuesday.\n\n" +
        "The army sent boats to the worst-hit streets.",
    );
  });

  it("keeps the title and byline", () => {
    const article = extractArticle(page('<meta name="author" content="Mira Holt">', story));
    expect(article).toMatchObject({ title: "Floods hit Carrow", byline: "Mira Holt" });
  });

  it("takes the published date from article:published_time", () => {
    const head = '<meta property="article:published_time" content="2024-11-05T08:30:00-05:00">';
    expect(extractArticle(page(head, story))?.published).toBe("2024-11-05T08:30:00-05:00");
  });

  it("falls back to a <time datetime> in the page", () => {
    const body = story + '<p>Posted <time datetime="2024-11-05">Nov 5</time></p>';
    expect(extractArticle(page("", body))?.published).toBe("2024-11-05");
  });

  it("keeps a line break from <br> inside a paragraph", () => {
    const article = extractArticle("<p>Roads were shut.<br>Schools stayed open.</p>");
    expect(article?.text).toBe("Roads were shut.\nSchools stayed open.");
  });

  it("returns null when the page has no article text", () => {
    expect(extractArticle("<html><body><script>track()</script></body></html>")).toBeNull();
  });

  it("returns null when the page has only navigation links", () => {
    expect(extractArticle("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>")).toBeNull();
  });
});

describe("htmlToText", () => {
  it("turns block elements into paragraphs and drops the tags", () => {
    expect(htmlToText("<p>Roads were <b>shut</b>.</p><p>The mayor spoke.</p>")).toBe("Roads were shut.\n\nThe mayor spoke.");
  });

  it("keeps plain text as it is, entities decoded", () => {
    expect(htmlToText("Fares rose 5% at A&amp;B Buses.")).toBe("Fares rose 5% at A&B Buses.");
  });

  it("keeps even a one-line fragment", () => {
    expect(htmlToText("<p>Short.</p>")).toBe("Short.");
  });
});
