import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ArticleFields } from "../ingest/index.js";
import { openSqliteStore, type Store } from "../store/index.js";
import { candidateDefaults, findCandidates } from "./candidates.js";
import { articleFeatures } from "./features.js";
import { articleOf, KITES, REWRITE, REWRITE_OF_REWRITE, WIRE } from "./texts.test-data.js";

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(":memory:");
});
afterEach(async () => {
  await store.close();
});

/** Stores a text with its real index features, each in a story of its own; returns its id. */
async function stored(text: string, fields: Partial<ArticleFields> = {}): Promise<number> {
  const features = await articleFeatures(text, null);
  return (await store.addArticle(articleOf(text, fields), features.index, { newStory: { headline: text.slice(0, 20) } })).id;
}

const featuresOf = (text: string) => articleFeatures(text, null);

/** A text with the same content words as WIRE in another order: no shared 3-word phrases for LSH. */
const SHUFFLED_WIRE = WIRE.split(/\s+/).reverse().join(" ");
const unit = (...values: number[]) => Float32Array.from(values.map((value) => value / Math.hypot(...values)));

describe("findCandidates through document vectors", () => {
  async function storedWithVector(text: string, vector: Float32Array): Promise<number> {
    const features = await articleFeatures(text, null);
    return (await store.addArticle(articleOf(text), { ...features.index, vector }, { newStory: { headline: "x" } })).id;
  }

  it("finds an article only its vector brings in when LSH and full text miss it", async () => {
    const wire = await storedWithVector(WIRE, unit(1, 0, 0));
    const features = await featuresOf(SHUFFLED_WIRE);
    features.index.vector = unit(1, 0.1, 0);
    expect((await findCandidates(store, features, { lexical: false })).map((candidate) => candidate.article.id)).toEqual([wire]);
  });

  it("does not search vectors for an article without one", async () => {
    await storedWithVector(WIRE, unit(1, 0, 0));
    expect(await findCandidates(store, await featuresOf(SHUFFLED_WIRE), { lexical: false })).toEqual([]);
  });
});

describe("findCandidates", () => {
  it("finds nothing in an empty store", async () => {
    expect(await findCandidates(store, await featuresOf(REWRITE))).toEqual([]);
  });

  it("finds the article a rewrite was written from", async () => {
    const wire = await stored(WIRE);
    const candidates = await findCandidates(store, await featuresOf(REWRITE));
    expect(candidates.map((candidate) => candidate.article.id)).toEqual([wire]);
  });

  it("finds an exact copy with full coverage both ways", async () => {
    await stored(WIRE);
    const [copy] = await findCandidates(store, await featuresOf(WIRE));
    expect(copy).toMatchObject({ coverage: 1, reverse: 1 });
    expect(copy?.jaccard).toBeGreaterThan(0.9);
  });

  it("leaves out an article that shares too few words", async () => {
    await stored(KITES);
    expect(await findCandidates(store, await featuresOf(WIRE))).toEqual([]);
  });

  it("ranks the nearest ancestor of a rewrite of a rewrite first", async () => {
    await stored(WIRE);
    const rewrite = await stored(REWRITE);
    const [best] = await findCandidates(store, await featuresOf(REWRITE_OF_REWRITE));
    expect(best?.article.id).toBe(rewrite);
  });

  it("ranks the original above an earlier sibling rewrite that changed what the article kept", async () => {
    const wire = await stored(WIRE, { published: "2025-03-10T08:00:00Z" });
    await stored(WIRE.replace("2.4 million", "4.2 million"), { published: "2025-03-10T09:00:00Z" });
    const [best] = await findCandidates(store, await featuresOf(WIRE.replace("by June", "by July")));
    expect(best?.article.id).toBe(wire);
  });

  it("ranks an exact copy above a rewrite", async () => {
    const copy = await stored(WIRE);
    await stored(REWRITE);
    const candidates = await findCandidates(store, await featuresOf(WIRE));
    expect(candidates.map((candidate) => candidate.article.id)[0]).toBe(copy);
  });

  it("measures coverage of the article's words and reverse coverage of the candidate's", async () => {
    await stored(REWRITE);
    const [candidate] = await findCandidates(store, await featuresOf(REWRITE_OF_REWRITE));
    // The shorter text is mostly inside the longer one, not the other way round.
    expect(candidate!.coverage).toBeGreaterThan(candidate!.reverse);
  });

  it("leaves out the ids it is told to exclude", async () => {
    const wire = await stored(WIRE);
    expect(await findCandidates(store, await featuresOf(REWRITE), { exclude: [wire] })).toEqual([]);
  });

  it("leaves out articles published outside the time window", async () => {
    await stored(WIRE, { published: "2025-03-10T08:00:00Z" });
    const window = { from: "2025-04-01T00:00:00Z", to: "2025-04-30T00:00:00Z" };
    expect(await findCandidates(store, await featuresOf(REWRITE), { window })).toEqual([]);
  });

  it("keeps articles published inside the time window", async () => {
    const wire = await stored(WIRE, { published: "2025-03-10T08:00:00Z" });
    const window = { from: "2025-03-09T00:00:00Z", to: "2025-03-11T00:00:00Z" };
    expect((await findCandidates(store, await featuresOf(REWRITE), { window })).map((candidate) => candidate.article.id)).toEqual([wire]);
  });

  it("applies a stricter minimum coverage from its settings", async () => {
    await stored(WIRE);
    const settings = { ...candidateDefaults, minCoverage: 0.99 };
    expect(await findCandidates(store, await featuresOf(REWRITE), { settings })).toEqual([]);
  });
});
