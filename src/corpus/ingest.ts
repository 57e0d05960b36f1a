/**
 * The ingest pipeline: each article is checked against the store by content hash, sketched,
 * placed in a story and written in one transaction. A bad item is recorded and skipped; the
 * rest of the batch goes on.
 */
import type { Encoder } from "../encoder/index.js";
import { WiretraceError } from "../errors/index.js";
import type { IngestItem } from "../ingest/index.js";
import type { AddStatus, Store } from "../store/index.js";
import { articleFeatures } from "./features.js";
import { placeInStory, storyDefaults, type StorySettings } from "./placement.js";

export interface Rejection {
  location: string;
  reason: string;
}

export interface IngestSummary {
  added: number;
  duplicates: number;
  newVersions: number;
  rejected: Rejection[];
}

export type ItemOutcome = { status: AddStatus; id: number; origin: string; storyId?: number } | { status: "rejected"; rejection: Rejection };

export interface IngestOptions {
  /** Sentence encoder for document vectors; null or absent stores none. */
  encoder?: Encoder | null;
  stories?: StorySettings;
  /** Called after every item, for progress display. */
  onItem?: (outcome: ItemOutcome) => void;
}

/** Ingests a stream of articles into the store and counts what happened to each. */
export async function ingestArticles(
  store: Store,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, duplicates: 0, newVersions: 0, rejected: [] };
  for await (const item of items) {
    const outcome = item.ok ? await ingestOne(store, item.article, options) : rejected(item.location, item.reason);
    count(summary, outcome);
    options.onItem?.(outcome);
  }
  return summary;
}

async function ingestOne(store: Store, article: Extract<IngestItem, { ok: true }>["article"], options: IngestOptions): Promise<ItemOutcome> {
  try {
    const existing = await store.idByHash(article.contentHash);
    if (existing !== null) return { status: "duplicate", id: existing, origin: article.origin };
    const features = await articleFeatures(article.text, options.encoder ?? null);
    const placement = await placeInStory(store, article, features, options.stories ?? storyDefaults);
    const outcome = await store.addArticle(article, features.index, placement);
    return { status: outcome.status, id: outcome.id, origin: article.origin, ...(outcome.storyId !== undefined ? { storyId: outcome.storyId } : {}) };
  } catch (error) {
    // A store that cannot be written to fails the whole run; anything else costs one item.
    if (error instanceof WiretraceError && error.code.startsWith("STORE_")) throw error;
    return rejected(article.origin, error instanceof Error ? error.message : String(error));
  }
}

function rejected(location: string, reason: string): ItemOutcome {
  return { status: "rejected", rejection: { location, reason } };
}

function count(summary: IngestSummary, outcome: ItemOutcome): void {
  if (outcome.status === "added") summary.added++;
  else if (outcome.status === "duplicate") summary.duplicates++;
  else if (outcome.status === "new-version") summary.newVersions++;
  else if (outcome.status === "rejected") summary.rejected.push(outcome.rejection);
}
