import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ArticleFields } from "../ingest/index.js";
import { openSqliteStore, type Store } from "../store/index.js";
import type { Candidate } from "./candidates.js";
import { articleFeatures } from "./features.js";
import { headlineOf, placeInStory, storyDefaults, storyOverlap } from "./placement.js";
import { articleOf, KITES, REWRITE, WIRE } from "./texts.test-data.js";

let store: Store;
beforeEach(async () => {
  store = await openSqliteStore(":memory:");
});
afterEach(async () => {
  await store.close();
});

/** Places the article as ingest would, stores it there, and returns its story id. */
async function placeAndStore(text: string, fields: Partial<ArticleFields> = {}): Promise<number> {
  const article = articleOf(text, fields);
  const features = await articleFeatures(text, null);
  const placement = await placeInStory(store, article, features);
  return (await store.addArticle(article, features.index, placement)).storyId!;
}

async function placementOf(text: string, fields: Partial<ArticleFields> = {}) {
  return placeInStory(store, articleOf(text, fields), await articleFeatures(text, null));
}

describe("placeInStory", () => {
  it("starts a story, headed by the title, in an empty store", async () => {
    expect(await placementOf(WIRE, { title: "Tarnmouth ferry to close" })).toEqual({ newStory: { headline: "Tarnmouth ferry to close" } });
  });

  it("joins a rewrite to the story of its source", async () => {
    const story = await placeAndStore(WIRE);
    expect(await placementOf(REWRITE)).toEqual({ story });
  });

  it("starts a new story for an article about something else", async () => {
    await placeAndStore(WIRE);
    expect(await placementOf(KITES)).toHaveProperty("newStory");
  });

  it("starts a new story when the similar article is outside the time window", async () => {
    await placeAndStore(WIRE, { published: "2025-03-10T08:00:00Z" });
    expect(await placementOf(REWRITE, { published: "2025-03-20T08:00:00Z" })).toHaveProperty("newStory");
  });

  it("joins within the time window", async () => {
    const story = await placeAndStore(WIRE, { published: "2025-03-10T08:00:00Z" });
    expect(await placementOf(REWRITE, { published: "2025-03-11T08:00:00Z" })).toEqual({ story });
  });

  it("does not join when the word overlap is under the setting", async () => {
    await placeAndStore(WIRE);
    const article = articleOf(REWRITE);
    const strict = { ...storyDefaults, joinOverlap: 0.99 };
    expect(await placeInStory(store, article, await articleFeatures(REWRITE, null), strict)).toHaveProperty("newStory");
  });
});

describe("storyOverlap", () => {
  it("is the larger of the two coverages", () => {
    const candidate = { coverage: 0.3, reverse: 0.7 } as Candidate;
    expect(storyOverlap(candidate)).toBe(0.7);
  });
});

describe("headlineOf", () => {
  it("uses the title when there is one", () => {
    expect(headlineOf(articleOf(WIRE, { title: "Ferry to close" }))).toBe("Ferry to close");
  });

  it("uses the first sentence when there is no title", () => {
    expect(headlineOf(articleOf(KITES))).toBe("Brisk winds delayed the opening of the Ormsby kite festival on Saturday, organisers said.");
  });

  it("collapses runs of white space", () => {
    expect(headlineOf(articleOf("Ferry   to\nclose.   More later."))).toBe("Ferry to close.");
  });

  it("shortens a long headline to 120 characters with an ellipsis", () => {
    const headline = headlineOf(articleOf(`${"Tarnmouth ".repeat(20)}votes.`));
    expect(headline).toHaveLength(120);
    expect(headline.endsWith("…")).toBe(true);
  });
});
