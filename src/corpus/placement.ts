/**
 * Online story clustering: each arriving article joins the story of the most similar article
 * already stored near its date, or starts a story of its own. One pass, no re-clustering, so a
 * fleet of ingest workers can share it.
 *
 * Two routes lead into a story. Copies and rewrites share most of their words with a member. An
 * independent report of the same event shares few words but the event's specifics: the names of
 * its people and places, and its numbers, which no other story in those days mentions.
 */
import type { ArticleInput, Store, StoryPlacement } from "../store/index.js";
import { candidateDefaults, findCandidates, type Candidate } from "./candidates.js";
import { storyOfSameEvent } from "./event-route.js";
import type { ArticleFeatures } from "./features.js";
import { windowAround } from "./time-window.js";

export interface StorySettings {
  /** Join when this share of either article's content words is in the other. */
  joinOverlap: number;
  /** Only articles published this many days either side are considered. */
  windowDays: number;
  /** The event route looks only this many days either side (0 turns the route off). */
  eventWindowDays: number;
  /** The event route needs at least this many distinctive specifics shared with a member... */
  eventMinShared: number;
  /** ...making up at least this share of the arriving article's specifics. */
  eventMinShare: number;
  /** A specific held by more than this many articles outside the story... */
  eventMaxElsewhere: number;
  /** ...published this many days either side is not distinctive. */
  eventRarityDays: number;
}

export const storyDefaults: StorySettings = {
  joinOverlap: 0.6,
  windowDays: 3,
  eventWindowDays: 2,
  eventMinShared: 5,
  eventMinShare: 0.3,
  eventMaxElsewhere: 0,
  eventRarityDays: 30,
};

const HEADLINE_LENGTH = 120;
/** Decides which story an article joins, from the articles already stored. */
export async function placeInStory(
  store: Store,
  article: ArticleInput,
  features: ArticleFeatures,
  settings: StorySettings = storyDefaults,
): Promise<StoryPlacement> {
  const window = windowAround(article.published, settings.windowDays);
  // Either way round counts here, so no candidate is dropped for covering little of the article.
  // Any relative places a story, so candidates are not ranked as parents (the costlier part).
  const query = { ...(window ? { window } : {}), settings: { ...candidateDefaults, minCoverage: 0 }, rank: false };
  // Copies share phrases and LSH finds them; the slower full-text search is for everything else,
  // and only adds to what LSH found (none of which joined).
  const copies = await findCandidates(store, features, { ...query, lexical: false });
  const story = storyToJoin(copies, settings) ?? (await storyByWordsOrEvent(store, article, copies, await findCandidates(store, features, { ...query, lsh: false }), settings));
  return story === undefined ? { newStory: { headline: headlineOf(article) } } : { story };
}

async function storyByWordsOrEvent(
  store: Store,
  article: ArticleInput,
  copies: Candidate[],
  related: Candidate[],
  settings: StorySettings,
): Promise<number | undefined> {
  return storyToJoin(related, settings) ?? (await storyOfSameEvent(store, article, [...copies, ...related], settings));
}

function storyToJoin(candidates: Candidate[], settings: StorySettings): number | undefined {
  return candidates.find((candidate) => candidate.article.storyId !== undefined && storyOverlap(candidate) >= settings.joinOverlap)?.article.storyId;
}

/** A copy covers its source's words and a shortened rewrite is covered by it: either way round counts. */
export function storyOverlap(candidate: Candidate): number {
  return Math.max(candidate.coverage, candidate.reverse);
}

/** The title, or else the first sentence-ish stretch of the text. */
export function headlineOf(article: ArticleInput): string {
  const source = article.title?.trim() || article.text.trim().split(/(?<=[.!?])\s/)[0] || article.text.trim();
  const line = source.replace(/\s+/g, " ");
  return line.length <= HEADLINE_LENGTH ? line : `${line.slice(0, HEADLINE_LENGTH - 1)}…`;
}
