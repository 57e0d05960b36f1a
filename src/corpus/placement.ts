/**
 * Online story clustering: each arriving article joins the story of the most similar article
 * already stored near its date, or starts a story of its own. One pass, no re-clustering, so a
 * fleet of ingest workers can share it.
 */
import type { ArticleInput, Store, StoryPlacement, TimeWindow } from "../store/index.js";
import { candidateDefaults, findCandidates, type Candidate } from "./candidates.js";
import type { ArticleFeatures } from "./features.js";

export interface StorySettings {
  /** Join when this share of either article's content words is in the other. */
  joinOverlap: number;
  /** Only articles published this many days either side are considered. */
  windowDays: number;
}

export const storyDefaults: StorySettings = { joinOverlap: 0.6, windowDays: 3 };

const DAY_MS = 86_400_000;
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
  const query = { ...(window ? { window } : {}), settings: { ...candidateDefaults, minCoverage: 0 } };
  // Copies share phrases and LSH finds them; the slower full-text search is for everything else.
  const story = storyToJoin(await findCandidates(store, features, { ...query, lexical: false }), settings)
    ?? storyToJoin(await findCandidates(store, features, query), settings);
  return story === undefined ? { newStory: { headline: headlineOf(article) } } : { story };
}

function storyToJoin(candidates: Candidate[], settings: StorySettings): number | undefined {
  return candidates.find((candidate) => candidate.article.storyId !== undefined && storyOverlap(candidate) >= settings.joinOverlap)?.article.storyId;
}

/** A copy covers its source's words and a shortened rewrite is covered by it: either way round counts. */
export function storyOverlap(candidate: Candidate): number {
  return Math.max(candidate.coverage, candidate.reverse);
}

function windowAround(published: string | undefined, days: number): TimeWindow | null {
  const time = published ? Date.parse(published) : NaN;
  if (Number.isNaN(time)) return null;
  return { from: new Date(time - days * DAY_MS).toISOString(), to: new Date(time + days * DAY_MS).toISOString() };
}

/** The title, or else the first sentence-ish stretch of the text. */
export function headlineOf(article: ArticleInput): string {
  const source = article.title?.trim() || article.text.trim().split(/(?<=[.!?])\s/)[0] || article.text.trim();
  const line = source.replace(/\s+/g, " ");
  return line.length <= HEADLINE_LENGTH ? line : `${line.slice(0, HEADLINE_LENGTH - 1)}…`;
}
