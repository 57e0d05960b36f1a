import { describe, expect, it } from "vitest";
import type { SourceArticle } from "./articles.js";
import { buildCorpus, keysInSplit, type BuildOptions } from "./build.js";

const SYLLABLES = ["ka", "lo", "mi", "ner", "sto", "vel", "dra", "pon", "ti", "rus", "gal", "be"];

/** An invented word, different for every (article, slot) pair. */
function word(article: number, slot: number): string {
  const n = article * 16 + slot;
  return SYLLABLES[n % 12]! + SYLLABLES[Math.floor(n / 12) % 12]! + SYLLABLES[Math.floor(n / 144) % 12]!;
}

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Invented articles with their own words, so no two share a run of five words. */
function inventedPool(count: number): SourceArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const w = (slot: number): string => word(i, slot);
    const person = `${cap(w(0))} ${cap(w(1))}`;
    const place = cap(w(2));
    return {
      id: `test:${i}`,
      collection: "bbc",
      title: `${place} ${w(3)} plan`,
      text: [
        `Leaders in ${place} approved a ${100 + i} million ${w(3)} plan on Tuesday, ${person} said.`,
        `${person} told ${w(4)} the ${w(3)} in ${place} would ${w(5)} in March ${1990 + (i % 30)}.`,
        `"This ${w(3)} will ${w(6)} ${place} for good," said ${person}.`,
        `Residents of ${place} raised ${i + 3} ${w(7)} about the ${w(8)} during ${i + 2} ${w(9)}.`,
        `Builders expect ${i + 40} ${w(10)} on the ${place} ${w(11)} by the ${w(12)}.`,
        `${cap(w(13))} in ${place} plan ${i + 4} ${w(14)} against the ${w(15)}.`,
      ].join("\n"),
    };
  });
}

const pool = inventedPool(40);
const options: BuildOptions = { seed: 5, stories: 8, unrelated: 10, maxChainDepth: 3, pool };

describe("buildCorpus", () => {
  const corpus = buildCorpus(options);
  const byKey = new Map(corpus.articles.map((article) => [article.key, article]));

  it("holds the stories, their derived articles and the unrelated ones", () => {
    const stories = new Set(corpus.truth.storyOf.values());
    expect(stories.size).toBe(18);
    const roots = [...corpus.truth.sourceOf.values()].filter((source) => source === null);
    expect(roots).toHaveLength(18);
    expect(corpus.articles).toHaveLength(18 + corpus.derivations.size);
    expect(corpus.derivations.size).toBeGreaterThanOrEqual(8);
  });

  it("gives each derived article a parent from its own story, published earlier", () => {
    for (const [key, derivation] of corpus.derivations) {
      expect(corpus.truth.sourceOf.get(key)).toBe(derivation.parent);
      expect(corpus.truth.storyOf.get(derivation.parent)).toBe(corpus.truth.storyOf.get(key));
      expect(byKey.get(derivation.parent)!.published < byKey.get(key)!.published).toBe(true);
    }
  });

  it("records the depth of each link in a chain", () => {
    for (const derivation of corpus.derivations.values()) {
      const parentDepth = corpus.derivations.get(derivation.parent)?.depth ?? 0;
      expect(derivation.depth).toBe(parentDepth + 1);
      expect(derivation.depth).toBeLessThanOrEqual(3);
    }
    expect([...corpus.derivations.values()].some((derivation) => derivation.depth >= 2)).toBe(true);
  });

  it("makes every derived article copy the original when chains are one deep", () => {
    const flat = buildCorpus({ ...options, maxChainDepth: 1 });
    for (const derivation of flat.derivations.values()) {
      expect(flat.truth.sourceOf.get(derivation.parent)).toBeNull();
    }
  });

  it("keeps unrelated articles as roots of their own one-article stories", () => {
    const sizes = new Map<string, number>();
    for (const story of corpus.truth.storyOf.values()) sizes.set(story, (sizes.get(story) ?? 0) + 1);
    expect([...sizes.values()].filter((size) => size === 1)).toHaveLength(10);
  });

  it("gives opaque keys, distinct texts, outlets and ordered publication times", () => {
    for (const article of corpus.articles) {
      expect(article.key).toMatch(/^a[0-9a-f]{8}$/);
      expect(article.outlet).not.toBe("");
      expect(article.url).toContain(article.key);
    }
    expect(new Set(corpus.articles.map((article) => article.text)).size).toBe(corpus.articles.length);
    const times = corpus.articles.map((article) => article.published);
    expect(times).toEqual([...times].sort());
  });

  it("is the same for the same options and different for another seed", () => {
    expect(buildCorpus(options).articles).toEqual(corpus.articles);
    expect(buildCorpus({ ...options, seed: 6 }).articles.map((a) => a.text)).not.toEqual(corpus.articles.map((a) => a.text));
  });

  it("splits by story into dev and test, each article in exactly one", () => {
    const dev = keysInSplit(corpus, "dev");
    const test = keysInSplit(corpus, "test");
    expect(dev.size + test.size).toBe(corpus.articles.length);
    for (const key of dev) expect(test.has(key)).toBe(false);
    for (const [key, derivation] of corpus.derivations) expect(dev.has(key)).toBe(dev.has(derivation.parent));
  });

  it("fails clearly when the pool is too small", () => {
    expect(() => buildCorpus({ ...options, stories: 30, unrelated: 30 })).toThrow(/asked for 60 distinct articles/);
  });
});
