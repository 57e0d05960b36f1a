import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Encoder } from "../encoder/index.js";
import { createError } from "../errors/index.js";
import type { IngestItem } from "../ingest/index.js";
import { openSqliteStore, type Store } from "../store/index.js";
import { ingestArticles, type ItemOutcome } from "./ingest.js";
import { itemOf, KITES, REWRITE, WIRE } from "./texts.test-data.js";

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(":memory:");
});
afterEach(async () => {
  await store.close();
});

const brokenLine: IngestItem = { ok: false, location: "feed.jsonl:2", reason: "not valid JSON", code: "INPUT_UNSUPPORTED_FORMAT" };

/** The store with addArticle replaced, to make a write fail. */
function withFailingAdd(base: Store, failure: () => Error): Store {
  return new Proxy(base, {
    get(target, name, receiver) {
      if (name === "addArticle") return () => Promise.reject(failure());
      const value = Reflect.get(target, name, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** An encoder that gives every sentence the same unit vector, so tests need no model. */
const constantEncoder: Encoder = {
  embed: async (texts) => texts.map(() => Float32Array.of(0.6, 0.8)),
};

describe("ingestArticles", () => {
  it("adds new articles and counts them", async () => {
    const summary = await ingestArticles(store, [itemOf(WIRE), itemOf(KITES)]);
    expect(summary).toEqual({ added: 2, duplicates: 0, newVersions: 0, rejected: [] });
    expect(await store.countArticles()).toBe(2);
  });

  it("stores the same content twice as one article and counts a duplicate", async () => {
    const summary = await ingestArticles(store, [itemOf(WIRE, { origin: "a.txt" }), itemOf(WIRE, { origin: "b.txt" })]);
    expect(summary).toMatchObject({ added: 1, duplicates: 1 });
    expect(await store.countArticles()).toBe(1);
  });

  it("counts nothing new when the same batch is ingested again", async () => {
    await ingestArticles(store, [itemOf(WIRE), itemOf(KITES)]);
    const again = await ingestArticles(store, [itemOf(WIRE), itemOf(KITES)]);
    expect(again).toEqual({ added: 0, duplicates: 2, newVersions: 0, rejected: [] });
  });

  it("keeps new content at a known URL as a new version of that article", async () => {
    const url = "https://tarnmouth-echo.example/ferry";
    await ingestArticles(store, [itemOf(WIRE, { url })]);
    const summary = await ingestArticles(store, [itemOf(`${WIRE} Updated at noon.`, { url })]);
    expect(summary).toMatchObject({ added: 0, newVersions: 1 });
    expect(await store.versions(1)).toEqual([1, 2]);
  });

  it("records a rejected item with its location and reason and goes on", async () => {
    const summary = await ingestArticles(store, [itemOf(WIRE), brokenLine, itemOf(KITES)]);
    expect(summary.rejected).toEqual([{ location: "feed.jsonl:2", reason: "not valid JSON" }]);
    expect(summary.added).toBe(2);
  });

  it("reports every item's outcome, in order", async () => {
    const outcomes: ItemOutcome[] = [];
    await ingestArticles(store, [itemOf(WIRE, { origin: "w" }), brokenLine, itemOf(WIRE, { origin: "again" })], {
      onItem: (outcome) => outcomes.push(outcome),
    });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["added", "rejected", "duplicate"]);
  });

  it("reads an async stream of items", async () => {
    async function* stream(): AsyncGenerator<IngestItem> {
      yield itemOf(WIRE);
      yield itemOf(KITES);
    }
    expect((await ingestArticles(store, stream())).added).toBe(2);
  });

  it("puts a rewrite in the story of the article it was written from", async () => {
    await ingestArticles(store, [itemOf(WIRE), itemOf(REWRITE)]);
    const [wire, rewrite] = await store.getArticles([1, 2]);
    expect(rewrite?.storyId).toBe(wire?.storyId);
  });

  it("starts a new story for an article about something else", async () => {
    await ingestArticles(store, [itemOf(WIRE), itemOf(KITES)]);
    expect(await store.listStories()).toHaveLength(2);
  });

  it("stores a document vector when given an encoder", async () => {
    await ingestArticles(store, [itemOf(WIRE)], { encoder: constantEncoder });
    expect((await store.vectors([1])).get(1)).toHaveLength(2);
  });

  it("stores no document vector without an encoder", async () => {
    await ingestArticles(store, [itemOf(WIRE)]);
    expect((await store.vectors([1])).size).toBe(0);
  });

  it("turns a failure on one article into that article's rejection", async () => {
    const failing = withFailingAdd(store, () => new Error("text too odd to index"));
    const summary = await ingestArticles(failing, [itemOf(WIRE, { origin: "odd.txt" })]);
    expect(summary.rejected).toEqual([{ location: "odd.txt", reason: "text too odd to index" }]);
  });

  it("stops the whole run when the store itself fails", async () => {
    const failing = withFailingAdd(store, () => createError("STORE_UNREADABLE", { path: "x.db", reason: "disk gone" }));
    await expect(ingestArticles(failing, [itemOf(WIRE), itemOf(KITES)])).rejects.toMatchObject({ code: "STORE_UNREADABLE" });
  });
});
