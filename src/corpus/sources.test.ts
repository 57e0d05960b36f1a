import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ArticleFields } from "../ingest/index.js";
import { openSqliteStore, type Store } from "../store/index.js";
import { ingestArticles } from "./ingest.js";
import { findSources, storedTarget, type SourcesTarget } from "./sources.js";
import { articleOf, itemOf, KITES, REWRITE, REWRITE_OF_REWRITE, WIRE } from "./texts.test-data.js";

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(":memory:");
});
afterEach(async () => {
  await store.close();
});

/** Ingests the chain wire -> rewrite, plus an unrelated article; ids 1, 2 and 3. */
async function storeChain(): Promise<void> {
  await ingestArticles(store, [
    itemOf(WIRE, { origin: "wire", outlet: "Galloway Wire", published: "2025-03-10T08:00:00Z" }),
    itemOf(REWRITE, { origin: "rewrite", outlet: "Tarnmouth Echo", published: "2025-03-10T11:00:00Z" }),
    itemOf(KITES, { origin: "kites", outlet: "Ormsby Times", published: "2025-03-10T09:00:00Z" }),
  ]);
}

/** Ingests the wire report alone, as id 1. */
async function storeWire(): Promise<void> {
  await ingestArticles(store, [itemOf(WIRE, { origin: "wire", outlet: "Galloway Wire", published: "2025-03-10T08:00:00Z" })]);
}

function targetOf(text: string, fields: Partial<ArticleFields> = {}): SourcesTarget {
  return { article: articleOf(text, fields), self: [] };
}

const ids = (matches: { article: { id: number } }[]) => matches.map((match) => match.article.id);

describe("findSources", () => {
  it("finds nothing in an empty store", async () => {
    expect(await findSources(store, targetOf(REWRITE), { encoder: null })).toEqual([]);
  });

  it("ranks the direct source of a rewrite of a rewrite first", async () => {
    await storeChain();
    const matches = await findSources(store, targetOf(REWRITE_OF_REWRITE), { encoder: null });
    expect(ids(matches)[0]).toBe(2);
  });

  it("does not list an unrelated article", async () => {
    await storeChain();
    expect(ids(await findSources(store, targetOf(REWRITE_OF_REWRITE), { encoder: null }))).not.toContain(3);
  });

  it("verifies each source with compare", async () => {
    await storeWire();
    const [best] = await findSources(store, targetOf(REWRITE), { encoder: null });
    expect(best?.verification).toMatchObject({ relation: expect.any(String), derivedShare: expect.any(Number), faithful: expect.any(Boolean) });
    expect(best?.verification?.report.schema).toMatch(/compare/);
  });

  it("reports the changed number among the source's findings", async () => {
    await storeWire();
    const [best] = await findSources(store, targetOf(REWRITE), { encoder: null });
    expect(best?.verification?.findings.map((finding) => finding.type)).toContain("number-changed");
  });

  it("leaves omissions out of the findings and puts the most severe first", async () => {
    await storeChain();
    const [best] = await findSources(store, targetOf(REWRITE_OF_REWRITE), { encoder: null });
    const findings = best?.verification?.findings ?? [];
    const rank = { high: 0, medium: 1, low: 2 };
    expect(findings.some((finding) => finding.type === "omitted")).toBe(false);
    expect(findings.map((finding) => rank[finding.severity])).toEqual([...findings.map((finding) => rank[finding.severity])].sort());
  });

  it("ranks on index evidence alone without verification", async () => {
    await storeChain();
    const matches = await findSources(store, targetOf(REWRITE_OF_REWRITE), { verify: false });
    expect(matches.every((match) => match.verification === undefined)).toBe(true);
    expect(matches.map((match) => match.score)).toEqual([...matches.map((match) => match.score)].sort((a, b) => b - a));
  });

  it("returns at most the limit", async () => {
    await storeChain();
    expect(await findSources(store, targetOf(REWRITE_OF_REWRITE), { verify: false, limit: 1 })).toHaveLength(1);
  });

  it("does not offer the article itself as its own source", async () => {
    await storeChain();
    const target = await storedTarget(store, 2);
    expect(ids(await findSources(store, target!, { verify: false }))).not.toContain(2);
  });

  it("does not offer an article published after the target", async () => {
    await storeChain();
    const early = targetOf(REWRITE_OF_REWRITE, { published: "2025-03-10T10:00:00Z" });
    expect(ids(await findSources(store, early, { verify: false }))).toEqual([1]);
  });
});

describe("storedTarget", () => {
  it("is the stored article with its versions", async () => {
    const url = "https://galloway-wire.example/ferry";
    await ingestArticles(store, [itemOf(WIRE, { url }), itemOf(`${WIRE} Updated.`, { url })]);
    const target = await storedTarget(store, 2);
    expect(target?.article.text).toBe(`${WIRE} Updated.`);
    expect(target?.self).toEqual([1, 2]);
  });

  it("is null for an id not in the store", async () => {
    expect(await storedTarget(store, 42)).toBeNull();
  });

  it("does not offer an earlier version of the article as its source", async () => {
    const url = "https://galloway-wire.example/ferry";
    await ingestArticles(store, [itemOf(WIRE, { url }), itemOf(`${WIRE} Updated.`, { url })]);
    expect(await findSources(store, (await storedTarget(store, 2))!, { verify: false })).toEqual([]);
  });
});

describe("findSources through document vectors", () => {
  const encoderOf = (vector: number[]) => ({ embed: async (texts: string[]) => texts.map(() => Float32Array.from(vector)) });

  /** The store, recording the vector each vector search is asked with. */
  function recording(base: Store, asked: Float32Array[]): Store {
    return new Proxy(base, {
      get(target, name, receiver) {
        if (name === "vectorCandidates") return (vector: Float32Array, query: never) => (asked.push(vector), target.vectorCandidates(vector, query));
        const value = Reflect.get(target, name, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }

  it("searches with the vector stored with a stored article", async () => {
    await ingestArticles(store, [itemOf(WIRE, { origin: "wire" }), itemOf(REWRITE, { origin: "rewrite" })], { encoder: encoderOf([0, 1]) });
    const asked: Float32Array[] = [];
    await findSources(recording(store, asked), (await storedTarget(store, 2))!, { verify: false });
    expect(asked.map((vector) => [...vector])).toEqual([[0, 1]]);
  });

  it("encodes a new article for the search only when asked to", async () => {
    await storeWire();
    const asked: Float32Array[] = [];
    await findSources(recording(store, asked), targetOf(REWRITE), { verify: false, encoder: encoderOf([1, 0]) });
    await findSources(recording(store, asked), targetOf(REWRITE), { verify: false, encoder: encoderOf([1, 0]), semantic: true });
    expect(asked.map((vector) => [...vector])).toEqual([[1, 0]]);
  });
});
