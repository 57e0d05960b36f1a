import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ArticleInput, IndexFeatures, Store, StoryPlacement } from "./types.js";

/**
 * The behaviour every `Store` must show, as a vitest suite: call it from an adapter's test file
 * with a factory that opens a fresh, empty store each time. It uses the public contract only,
 * so it runs unchanged against SQLite today and PostgreSQL later.
 */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    // Closing an already closed store must be harmless: the "closing" test relies on it.
    afterEach(async () => {
      await store.close();
    });

    const anyStory: StoryPlacement = { newStory: { headline: "Ferries return to Carrow" } };

    /** Adds an article and returns its id, failing the test if it was not newly written. */
    async function add(input: ArticleInput, features = featuresOf([]), placement = anyStory): Promise<number> {
      const outcome = await store.addArticle(input, features, placement);
      expect(outcome.status).not.toBe("duplicate");
      return outcome.id;
    }

    describe("adding articles", () => {
      it("adds a new article with an id", async () => {
        const outcome = await store.addArticle(article("Ferries return to Carrow."), featuresOf([1]), anyStory);
        expect(outcome).toMatchObject({ status: "added", id: expect.any(Number) });
      });

      it("reports the same content again as a duplicate of the first", async () => {
        const first = await add(article("Ferries return to Carrow."));
        const again = await store.addArticle(article("Ferries return to Carrow.", { origin: "elsewhere.txt" }), featuresOf([1]), anyStory);
        expect(again).toMatchObject({ status: "duplicate", id: first });
        expect(await store.countArticles()).toBe(1);
      });

      it("moves the latest article id forward with every write and not for a duplicate", async () => {
        expect(await store.latestArticleId()).toBe(0);
        const first = await add(article("Ferries return to Carrow."));
        expect(await store.latestArticleId()).toBe(first);
        await store.addArticle(article("Ferries return to Carrow."), featuresOf([1]), anyStory);
        expect(await store.latestArticleId()).toBe(first);
        const second = await add(article("Ferries stay in Carrow."));
        expect(await store.latestArticleId()).toBe(second);
      });

      it("stores new content at a known URL as the next version", async () => {
        const url = "https://harbour.example/ferries";
        const first = await add(article("Ferries return to Carrow.", { url }));
        const outcome = await store.addArticle(article("Ferries return to Carrow on Monday.", { url }), featuresOf([]), anyStory);
        expect(outcome.status).toBe("new-version");
        expect(await store.getArticle(outcome.id)).toMatchObject({ version: 2, previousId: first });
      });

      it("chains versions oldest first, from any of them", async () => {
        const url = "https://harbour.example/ferries";
        const ids = [];
        for (const text of ["Ferries return.", "Ferries return on Monday.", "Ferries returned on Monday."]) {
          ids.push(await add(article(text, { url })));
        }
        expect(await store.versions(ids[1]!)).toEqual(ids);
        expect((await store.getArticle(ids[2]!))?.previousId).toBe(ids[1]);
      });

      it("gives an article without a URL a chain of its own", async () => {
        const id = await add(article("Ferries return to Carrow."));
        expect(await store.versions(id)).toEqual([id]);
      });

      it("finds an id by content hash", async () => {
        const input = article("Ferries return to Carrow.");
        const id = await add(input);
        expect(await store.idByHash(input.contentHash)).toBe(id);
        expect(await store.idByHash(hashOf("never stored"))).toBeNull();
      });

      it("counts the articles stored", async () => {
        await add(article("Ferries return to Carrow."));
        await add(article("Tolls rise on the Velmar bridge."));
        expect(await store.countArticles()).toBe(2);
      });
    });

    describe("reading articles", () => {
      it("returns every field as it was stored", async () => {
        const input = article("WESTPORT (Harbour Wire) - Ferries return to Carrow.", {
          url: "https://courier.example/ferries",
          outlet: "Northgate Courier",
          title: "Ferries return",
          byline: "By Ines Marlow",
          published: "2024-03-04T08:15:00Z",
          dateline: "WESTPORT",
          cues: ["Harbour Wire"],
          origin: "feeds/courier.xml#2",
        });
        const id = await add(input);
        const stored = await store.getArticle(id);
        expect(stored).toEqual({
          ...input,
          id,
          version: 1,
          ingestedAt: expect.any(String),
          storyId: expect.any(Number),
        });
        expect(Number.isNaN(Date.parse(stored!.ingestedAt))).toBe(false);
      });

      it("returns null for an unknown id", async () => {
        expect(await store.getArticle(9999)).toBeNull();
      });

      it("returns several articles in the order asked, skipping unknown ids", async () => {
        const first = await add(article("Ferries return to Carrow."));
        const second = await add(article("Tolls rise on the Velmar bridge."));
        const found = await store.getArticles([second, 9999, first]);
        expect(found.map((stored) => stored.id)).toEqual([second, first]);
      });

      it("returns signatures as equal typed arrays", async () => {
        const signature = Uint32Array.of(7, 0xffffffff, 42);
        const id = await add(article("Ferries return to Carrow."), { signature, bandKeys: [1] });
        const signatures = await store.signatures([id, 9999]);
        expect([...signatures.keys()]).toEqual([id]);
        expect(signatures.get(id)).toEqual(signature);
      });

      it("returns vectors only for articles stored with one", async () => {
        const vector = Float32Array.of(0.6, -0.8, 0);
        const withVector = await add(article("Ferries return to Carrow."), { signature: Uint32Array.of(1), bandKeys: [], vector });
        const without = await add(article("Tolls rise on the Velmar bridge."));
        const vectors = await store.vectors([withVector, without]);
        expect([...vectors.keys()]).toEqual([withVector]);
        expect(vectors.get(withVector)).toEqual(vector);
      });
    });

    describe("stories", () => {
      it("creates a story with the given headline", async () => {
        const outcome = await store.addArticle(article("Ferries return to Carrow."), featuresOf([]), {
          newStory: { headline: "Ferries return" },
        });
        expect(outcome.storyId).toEqual(expect.any(Number));
        expect(await store.getStory(outcome.storyId!)).toMatchObject({ headline: "Ferries return", size: 1 });
        expect((await store.getArticle(outcome.id))?.storyId).toBe(outcome.storyId);
      });

      it("grows an existing story and lists its outlets once each, sorted", async () => {
        const storyId = await newStory(store, article("Ferries return.", { outlet: "Velmar Times" }));
        for (const [text, outlet] of [["Ferries back.", "Harbour Wire"], ["Ferries again.", "Velmar Times"]] as const) {
          await store.addArticle(article(text, { outlet }), featuresOf([]), { story: storyId });
        }
        expect(await store.getStory(storyId)).toMatchObject({ size: 3, outlets: ["Harbour Wire", "Velmar Times"] });
      });

      it("tracks first and last seen by published time, whatever the arrival order", async () => {
        const storyId = await newStory(store, article("Ferries return.", { published: "2024-03-04T08:00:00Z" }));
        for (const [text, published] of [["Ferries back.", "2024-03-06T10:00:00Z"], ["Ferries early.", "2024-03-02T09:30:00Z"]] as const) {
          await store.addArticle(article(text, { published }), featuresOf([]), { story: storyId });
        }
        expect(await store.getStory(storyId)).toMatchObject({
          firstSeen: "2024-03-02T09:30:00Z",
          lastSeen: "2024-03-06T10:00:00Z",
        });
      });

      it("compares published times across time zones", async () => {
        const storyId = await newStory(store, article("Ferries return.", { published: "2024-03-04T10:00:00Z" }));
        await store.addArticle(article("Ferries back.", { published: "2024-03-04T08:00:00-05:00" }), featuresOf([]), {
          story: storyId,
        });
        expect(await store.getStory(storyId)).toMatchObject({ lastSeen: "2024-03-04T08:00:00-05:00" });
      });

      it("falls back to the ingest time when nothing was published", async () => {
        const id = await add(article("Ferries return."));
        const stored = await store.getArticle(id);
        expect(await store.getStory(stored!.storyId!)).toMatchObject({ firstSeen: stored!.ingestedAt, lastSeen: stored!.ingestedAt });
      });

      it("keeps a dated story's times when an undated article joins it", async () => {
        const storyId = await newStory(store, article("Ferries return.", { published: "2024-03-04T08:00:00Z" }));
        await store.addArticle(article("Ferries back."), featuresOf([]), { story: storyId });
        expect(await store.getStory(storyId)).toMatchObject({ size: 2, firstSeen: "2024-03-04T08:00:00Z", lastSeen: "2024-03-04T08:00:00Z" });
      });

      it("leaves the story alone when the article is a duplicate", async () => {
        const input = article("Ferries return.");
        const storyId = await newStory(store, input);
        const again = await store.addArticle(input, featuresOf([]), { newStory: { headline: "Another" } });
        expect(again.storyId).toBe(storyId);
        expect(await store.listStories()).toHaveLength(1);
        expect((await store.getStory(storyId))?.size).toBe(1);
      });

      it("refuses a placement in a story that does not exist, writing nothing", async () => {
        await expect(store.addArticle(article("Ferries return."), featuresOf([]), { story: 9999 })).rejects.toThrow();
        expect(await store.countArticles()).toBe(0);
      });

      it("returns null for an unknown story", async () => {
        expect(await store.getStory(9999)).toBeNull();
      });

      it("lists a story's members oldest first", async () => {
        const first = await store.addArticle(article("Ferries return."), featuresOf([]), anyStory);
        const second = await store.addArticle(article("Ferries back."), featuresOf([]), { story: first.storyId! });
        await add(article("Tolls rise on the Velmar bridge."));
        const members = await store.storyMembers(first.storyId!);
        expect(members.map((member) => member.id)).toEqual([first.id, second.id]);
      });

      it("lists stories with the latest activity first", async () => {
        const march = await newStory(store, article("Ferries return.", { published: "2024-03-04" }));
        const may = await newStory(store, article("Tolls rise.", { published: "2024-05-01" }));
        const april = await newStory(store, article("Pier closes.", { published: "2024-04-09" }));
        expect((await store.listStories()).map((story) => story.id)).toEqual([may, april, march]);
      });

      it("pages through stories with limit and offset", async () => {
        const ids = [];
        for (const day of ["01", "02", "03", "04"]) {
          ids.push(await newStory(store, article(`Market report ${day}.`, { published: `2024-03-${day}` })));
        }
        const page = await store.listStories({ limit: 2, offset: 1 });
        expect(page.map((story) => story.id)).toEqual([ids[2], ids[1]]);
      });

      it("lists only stories of at least the minimum size", async () => {
        const big = await newStory(store, article("Ferries return."));
        await store.addArticle(article("Ferries back."), featuresOf([]), { story: big });
        await newStory(store, article("Tolls rise."));
        expect((await store.listStories({ minSize: 2 })).map((story) => story.id)).toEqual([big]);
      });
    });

    describe("LSH candidates", () => {
      it("ranks articles by the number of band keys they share", async () => {
        const one = await add(article("Ferries return."), featuresOf([10, 20]));
        const three = await add(article("Ferries back."), featuresOf([10, 30, 40]));
        await add(article("Tolls rise."), featuresOf([99]));
        expect(await store.lshCandidates([10, 30, 40], { limit: 10 })).toEqual([
          { id: three, score: 3 },
          { id: one, score: 1 },
        ]);
      });

      it("returns nothing for no band keys", async () => {
        await add(article("Ferries return."), featuresOf([10]));
        expect(await store.lshCandidates([], { limit: 10 })).toEqual([]);
      });

      it("keeps the window inclusive and lets undated articles through", async () => {
        const before = await add(article("Ferries early.", { published: "2024-03-01T23:59:00Z" }), featuresOf([5]));
        const onStart = await add(article("Ferries return.", { published: "2024-03-02T00:00:00Z" }), featuresOf([5]));
        const undated = await add(article("Ferries back."), featuresOf([5]));
        const onEnd = await add(article("Ferries daily.", { published: "2024-03-05" }), featuresOf([5]));
        const after = await add(article("Ferries late.", { published: "2024-03-06T00:00:00Z" }), featuresOf([5]));
        const found = await store.lshCandidates([5], { limit: 10, window: { from: "2024-03-02T00:00:00Z", to: "2024-03-05T12:00:00Z" } });
        expect(found.map((hit) => hit.id).sort((a, b) => a - b)).toEqual([onStart, undated, onEnd]);
        expect([before, after].some((id) => found.some((hit) => hit.id === id))).toBe(false);
      });

      it("leaves out excluded ids and stops at the limit", async () => {
        const ids = [];
        for (const text of ["Ferries one.", "Ferries two.", "Ferries three.", "Ferries four."]) {
          ids.push(await add(article(text), featuresOf([5])));
        }
        const found = await store.lshCandidates([5], { limit: 2, exclude: [ids[0]!] });
        expect(found.map((hit) => hit.id)).toEqual([ids[1], ids[2]]);
      });
    });

    describe("vector candidates", () => {
      const unit = (...values: number[]) => Float32Array.from(values.map((value) => value / Math.hypot(...values)));

      it("ranks articles with stored vectors by cosine, most similar first", async () => {
        const near = await add(article("Ferries return."), { ...featuresOf([]), vector: unit(1, 0.1) });
        const far = await add(article("Tolls rise."), { ...featuresOf([]), vector: unit(0.1, 1) });
        await add(article("No vector here."));
        const found = await store.vectorCandidates(unit(1, 0), { limit: 10 });
        expect(found.map((hit) => hit.id)).toEqual([near, far]);
        expect(found[0]!.score).toBeCloseTo(0.995, 3);
      });

      it("finds articles stored after an earlier query", async () => {
        await add(article("Ferries return."), { ...featuresOf([]), vector: unit(1, 0) });
        await store.vectorCandidates(unit(1, 0), { limit: 10 });
        const later = await add(article("Ferries back."), { ...featuresOf([]), vector: unit(1, 0.01) });
        expect((await store.vectorCandidates(unit(1, 0.01), { limit: 1 })).map((hit) => hit.id)).toEqual([later]);
      });

      it("applies the window and exclusions", async () => {
        const early = await add(article("Ferries early.", { published: "2024-03-01" }), { ...featuresOf([]), vector: unit(1, 0) });
        await add(article("Ferries late.", { published: "2024-03-09" }), { ...featuresOf([]), vector: unit(1, 0) });
        const undated = await add(article("Ferries undated."), { ...featuresOf([]), vector: unit(1, 0) });
        const found = await store.vectorCandidates(unit(1, 0), { limit: 10, window: { to: "2024-03-05" }, exclude: [undated] });
        expect(found.map((hit) => hit.id)).toEqual([early]);
      });

      it("returns nothing when no vectors are stored", async () => {
        await add(article("Ferries return."));
        expect(await store.vectorCandidates(unit(1, 0), { limit: 10 })).toEqual([]);
      });
    });

    describe("lexical candidates", () => {
      it("finds articles holding any of the terms, best match first, larger scores better", async () => {
        const both = await add(article("The Velmar ferry resumed service to Carrow harbour."));
        const one = await add(article("Tolls on the Velmar bridge rose again this week, drivers said."));
        await add(article("A bakery opened in Westport."));
        const found = await store.lexicalCandidates(["Velmar", "ferry"], { limit: 10 });
        expect(found.map((hit) => hit.id)).toEqual([both, one]);
        expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
      });

      it("matches the title too", async () => {
        const id = await add(article("Service resumed on Monday.", { title: "Velmar ferry returns" }));
        expect((await store.lexicalCandidates(["ferry"], { limit: 10 })).map((hit) => hit.id)).toEqual([id]);
      });

      it("matches different forms of a word", async () => {
        const id = await add(article("The ferries resumed sailing."));
        expect((await store.lexicalCandidates(["ferry"], { limit: 10 })).map((hit) => hit.id)).toEqual([id]);
      });

      it("takes terms with apostrophes, hyphens, quotes and operators as plain words", async () => {
        const id = await add(article("Mayor O'Brien backed the cross-border ferry."));
        const found = await store.lexicalCandidates(["O'Brien", "cross-border", '"NEAR', "OR", "*"], { limit: 10 });
        expect(found.map((hit) => hit.id)).toEqual([id]);
      });

      it("returns nothing for no usable terms", async () => {
        await add(article("Ferries return."));
        expect(await store.lexicalCandidates([], { limit: 10 })).toEqual([]);
        expect(await store.lexicalCandidates(["--", " "], { limit: 10 })).toEqual([]);
      });

      it("applies the window, exclusions and limit", async () => {
        const ids = [];
        for (const [text, published] of [
          ["Ferry one.", "2024-03-02"],
          ["Ferry two.", "2024-03-03"],
          ["Ferry three.", "2024-03-04"],
          ["Ferry four.", "2024-03-20"],
        ] as const) {
          ids.push(await add(article(text, { published })));
        }
        const found = await store.lexicalCandidates(["ferry"], {
          limit: 1,
          exclude: [ids[0]!],
          window: { from: "2024-03-01", to: "2024-03-10" },
        });
        expect(found).toHaveLength(1);
        expect([ids[1], ids[2]]).toContain(found[0]!.id);
      });
    });

    describe("closing", () => {
      it("closes, after which calls fail", async () => {
        await store.close();
        await expect(store.countArticles()).rejects.toThrow();
      });
    });
  });
}

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function article(text: string, fields: Partial<ArticleInput> = {}): ArticleInput {
  return { text, contentHash: hashOf(text), cues: [], origin: "contract-test", ...fields };
}

function featuresOf(bandKeys: number[]): IndexFeatures {
  return { signature: Uint32Array.of(...bandKeys, 1), bandKeys };
}

async function newStory(store: Store, input: ArticleInput): Promise<number> {
  const outcome = await store.addArticle(input, featuresOf([]), { newStory: { headline: input.text } });
  return outcome.storyId!;
}
