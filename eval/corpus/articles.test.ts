import { describe, expect, it } from "vitest";
import {
  countSentences,
  distinctDocuments,
  normaliseReutersBody,
  parseBbc,
  parseReuters,
  reutersDate,
  sampleArticles,
  type SourceArticle,
} from "./articles.js";

const FIVE = "One sentence here. Two sentence here. Three here. Four here. Five here.";

describe("reutersDate", () => {
  it("turns the Reuters stamp into ISO 8601", () => {
    expect(reutersDate("26-FEB-1987 15:01:01.79")).toBe("1987-02-26T15:01:01Z");
    expect(reutersDate(" 3-MAR-1987 09:05:00.00")).toBe("1987-03-03T09:05:00Z");
  });

  it("gives undefined for another shape", () => {
    expect(reutersDate("yesterday")).toBeUndefined();
  });
});

describe("normaliseReutersBody", () => {
  it("unwraps lines, splits indented paragraphs and drops company markers", () => {
    const body = "Harlow Mills said it\nwill cut jobs.\n    <Berg Holdings Inc> said\nnothing.\n Reuter\n";
    expect(normaliseReutersBody(body)).toBe("Harlow Mills said it will cut jobs.\nBerg Holdings Inc said nothing.\nReuter");
  });
});

describe("countSentences", () => {
  it("leaves out the closing credit line", () => {
    expect(countSentences("One here. Two here.\nReuter")).toBe(2);
  });
});

describe("parseReuters", () => {
  const line = (newid: number, text: string, title = "HARLOW CUTS <HRL> JOBS") =>
    JSON.stringify({ newid, date: "26-FEB-1987 15:01:01.79", title, text, topics: [], lewissplit: "TRAIN" });

  it("keeps bodies of five sentences or more, once each, with title and date", () => {
    const jsonl = [line(1, FIVE), line(2, "Too short. Really."), line(3, FIVE), line(4, "")].join("\n");
    expect(parseReuters(jsonl)).toEqual([
      { id: "reuters:1", collection: "reuters", text: FIVE, title: "HARLOW CUTS JOBS", date: "1987-02-26T15:01:01Z" },
    ]);
  });

  it("takes a different minimum", () => {
    expect(parseReuters(line(2, "Too short. Really."), { minSentences: 2 })).toHaveLength(1);
  });
});

describe("parseBbc", () => {
  it("drops the title line the body repeats and identical articles", () => {
    const item = (id: string) => JSON.stringify({ id, category: "business", title: "Mills close", text: `Mills close\n\n${FIVE}` });
    expect(parseBbc([item("business/001.txt"), item("business/002.txt")].join("\n"))).toEqual([
      { id: "bbc:business/001.txt", collection: "bbc", title: "Mills close", text: FIVE },
    ]);
  });
});

describe("distinctDocuments", () => {
  it("keeps the first of identical documents and prefixes the collection", () => {
    const documents = [
      { id: "7", text: FIVE },
      { id: "8", text: ` ${FIVE} ` },
    ];
    expect(distinctDocuments(documents, "bump")).toEqual([{ id: "bump:7", collection: "bump", text: FIVE }]);
  });
});

describe("sampleArticles", () => {
  const articles: SourceArticle[] = Array.from({ length: 20 }, (_, i) => ({ id: `x:${i}`, collection: "bbc", text: FIVE }));

  it("draws the same articles for the same seed", () => {
    expect(sampleArticles(articles, 5, 9)).toEqual(sampleArticles(articles, 5, 9));
    expect(sampleArticles(articles, 5, 9).map((a) => a.id)).not.toEqual(sampleArticles(articles, 5, 10).map((a) => a.id));
  });
});
