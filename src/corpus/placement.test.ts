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

/** WIRE's event told from scratch: its own quotes and people, the same places, names and count. */
const FERRY_REPORTED_INDEPENDENTLY = `Commuters queued in the rain at the Pellow Street pier on Monday evening, hours after Tarnmouth councillors voted to shut the crossing. "I have taken this boat for twenty years and nobody asked us," said nurse Delia Marsh, who lives across the Vell in Harnet. The Vellcross Lines skipper on the last sailing, Tomas Brede, said crews had expected the decision since the pier failed an inspection in the spring. Councillor Imogen Sarrow told the meeting the town could not afford the repairs. A petition against the closure has gathered 1,300 signatures, organisers said.`;

/** Another event in the same town on the same day: it shares the place name and nothing else. */
const BAKERY_FIRE = `A fire at a bakery on Quayside Lane in Tarnmouth forced 40 people from the flats above it on Monday, the Dunmere fire service said. Crews from Lowick and Brindle put out the blaze within an hour. "The ovens were left on overnight," station manager Rhys Tolland said. No one was hurt, and the Corran Road bridge reopened at noon.`;

/** Nine days earlier: a story of its own that names the same ferry, pier, people and places. */
const FERRY_TIMETABLE = `TARNMOUTH, March 1 (Galloway Wire) - Vellcross Lines will cut its Pellow Street ferry to one crossing an hour from March, council leader Imogen Sarrow said, after 1,300 fewer trips were sold last year. Passengers from Harnet and the far bank of the Vell face longer waits at peak times.`;

const MONDAY = { published: "2025-03-10T08:00:00Z" };
const MONDAY_EVENING = { published: "2025-03-10T19:00:00Z" };

describe("placeInStory: the event route", () => {
  it("joins an independent report of the same event, which shares too few words for the overlap route", async () => {
    const story = await placeAndStore(WIRE, MONDAY);
    const article = articleOf(FERRY_REPORTED_INDEPENDENTLY, MONDAY_EVENING);
    const features = await articleFeatures(FERRY_REPORTED_INDEPENDENTLY, null);
    expect(await placeInStory(store, article, features, { ...storyDefaults, eventWindowDays: 0 })).toHaveProperty("newStory");
    expect(await placeInStory(store, article, features)).toEqual({ story });
  });

  it("starts a new story for another event on the same day in the same town", async () => {
    await placeAndStore(WIRE, MONDAY);
    expect(await placementOf(BAKERY_FIRE, MONDAY_EVENING)).toHaveProperty("newStory");
  });

  it("does not join an undated report on names alone", async () => {
    await placeAndStore(WIRE, MONDAY);
    expect(await placementOf(FERRY_REPORTED_INDEPENDENTLY)).toHaveProperty("newStory");
  });

  it("does not join a report published after the event window", async () => {
    await placeAndStore(WIRE, MONDAY);
    expect(await placementOf(FERRY_REPORTED_INDEPENDENTLY, { published: "2025-03-12T20:00:00Z" })).toHaveProperty("newStory");
  });

  it("does not count names that another story carries too", async () => {
    await placeAndStore(FERRY_TIMETABLE, { published: "2025-03-01T08:00:00Z" });
    await placeAndStore(WIRE, MONDAY);
    expect(await placementOf(FERRY_REPORTED_INDEPENDENTLY, MONDAY_EVENING)).toHaveProperty("newStory");
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
