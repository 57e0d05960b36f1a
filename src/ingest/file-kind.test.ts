import { describe, it, expect } from "vitest";
import { sniffKind } from "./file-kind.js";

const rss = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Harbour Wire</title></channel></rss>';
const html = "<!doctype html><html><body><p>Roads were shut.</p></body></html>";

describe("sniffKind", () => {
  it.each([
    ["wire.rss", rss, "", "feed"],
    ["saved.txt", rss, "", "feed"],
    ["feed", '<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast News</title></feed>', "", "feed"],
    ["x", '<?xml version="1.0"?><!-- export --><rdf:RDF xmlns:rdf="x"></rdf:RDF>', "", "feed"],
    ["/feed", "<channel>", "application/rss+xml; charset=utf-8", "feed"],
    ["settings.xml", "<settings/>", "", "feed"],
    ["a.jsonl", '{"text":"Roads were shut."}\n', "", "jsonl"],
    ["a.ndjson", "", "", "jsonl"],
    ["export.txt", '{"text":"Roads were shut."}\n{"text":"Calm."}\n', "", "jsonl"],
    ["/api/articles", '{"text":"Roads"}', "application/x-ndjson", "jsonl"],
    ["a.json", '{\n  "text": "Roads were shut."\n}\n', "", "json"],
    ["a.json", '[{"text":"Roads were shut."}]', "", "json"],
    ["story.html", html, "", "document"],
    ["story.jsonl.bak", html, "", "document"],
    ["story.txt", "Roads were shut in Carrow.", "", "document"],
    ["/2024/03/storm", html, "text/html", "document"],
    ["notes.txt", "[Draft] Roads were shut.", "", "document"],
  ])("%s -> %s", (name, head, contentType, kind) => {
    expect(sniffKind(name, head, contentType)).toBe(kind);
  });

  it("reads an RSS feed named .jsonl as a feed: content that is plainly a feed wins", () => {
    expect(sniffKind("odd.jsonl", rss)).toBe("feed");
  });

  it("reads XHTML, which opens with an XML declaration, as a document", () => {
    expect(sniffKind("page.xhtml", `<?xml version="1.0"?>\n${html}`)).toBe("document");
  });
});
