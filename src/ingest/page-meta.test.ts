import { describe, it, expect } from "vitest";
import { pageMeta } from "./page-meta.js";

describe("pageMeta", () => {
  it("reads the canonical URL and the Open Graph site name", () => {
    const html =
      '<html><head><link rel="canonical" href="https://www.harbourwire.example/storm">' +
      '<meta property="og:site_name" content="Harbour Wire"></head><body></body></html>';
    expect(pageMeta(html)).toEqual({ url: "https://www.harbourwire.example/storm", siteName: "Harbour Wire" });
  });

  it("takes og:url when there is no canonical link, attributes in any order and quoting", () => {
    const html = "<head><meta content='https://coastnews.example/a' property='og:url'><meta name=application-name content=Coast&amp;Bay></head>";
    expect(pageMeta(html)).toEqual({ url: "https://coastnews.example/a", siteName: "Coast&Bay" });
  });

  it("ignores a relative canonical URL", () => {
    expect(pageMeta('<head><link rel="canonical" href="/storm"></head>')).toEqual({});
  });

  it("gives nothing for a page without these tags", () => {
    expect(pageMeta("<html><head><title>Storm</title></head></html>")).toEqual({});
  });
});
