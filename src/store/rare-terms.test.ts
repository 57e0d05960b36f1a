import { describe, expect, it } from "vitest";
import { RareTerms, type TermStatistics } from "./rare-terms.js";

function statistics(documents: Record<string, number>, articles: number): TermStatistics & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    documentsWith: (stem) => {
      lookups.push(stem);
      return documents[stem] ?? 0;
    },
    articleCount: () => articles,
  };
}

const settings = { maxShare: 0.01, minDocumentLimit: 50, minTerms: 2 };

describe("RareTerms", () => {
  it("drops words held by more than the share of articles", () => {
    const rare = new RareTerms(statistics({ share: 900, gould: 2, opec: 30 }, 10_000), settings);
    expect(rare.select(["shares", "gould", "opec"])).toEqual(["gould", "opec"]);
  });

  it("keeps every word in a small store", () => {
    const rare = new RareTerms(statistics({ share: 40, gould: 2 }, 100), settings);
    expect(rare.select(["shares", "gould"])).toEqual(["shares", "gould"]);
  });

  it("keeps the rarest words even when all are common", () => {
    const rare = new RareTerms(statistics({ share: 900, mln: 5000, compani: 800 }, 10_000), settings);
    expect(rare.select(["shares", "mln", "company"])).toEqual(["shares", "company"]);
  });

  it("keeps phrases without counting them", () => {
    const stats = statistics({}, 10_000);
    expect(new RareTerms(stats, settings).select(["o'brien"])).toEqual(["o'brien"]);
    expect(stats.lookups).toEqual([]);
  });

  it("counts each stem once between refreshes", () => {
    const stats = statistics({ gould: 2 }, 10_000);
    const rare = new RareTerms(stats, settings);
    rare.select(["gould"]);
    rare.select(["gould"]);
    expect(stats.lookups).toEqual(["gould"]);
  });
});
