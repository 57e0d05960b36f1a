/**
 * Online story clustering: each arriving article joins the story of the most similar article
 * already stored near its date, or starts a story of its own. One pass, no re-clustering, so a
 * fleet of ingest workers can share it.
 */
import type { ArticleInput, Store, StoryPlacement, TimeWindow } from "../store/index.js";
import { findCandidates, type Candidate } from "./candidates.js";
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
  const candidates = await findCandidates(store, features, window ? { window } : {});
  const best = candidates.find((candidate) => candidate.article.storyId !== undefined && storyOverlap(candidate) >= settings.joinOverlap);
  if (best?.article.storyId !== undefined) return { story: best.article.storyId };
  return { newStory: { headline: headlineOf(article) } };
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
