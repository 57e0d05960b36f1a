/** Shapes of the HTTP API's answers the pages read, from the modules that define them. */
import type { SourceEntry, SourcesDocument } from "../present/sources-types.js";
import type { StoredArticle, StorySummary } from "../store/types.js";

export type { ExamplePair } from "../server/api-types.js";

/** One side of a compare request. */
export type CompareDoc = { text: string; title?: string; published?: string } | { html: string } | { id: number };

export interface ArticleResponse {
  article: StoredArticle;
  versions: number[];
}

export type SourcesResponse = SourcesDocument;
export type SourceEntryView = SourceEntry;

export interface StoriesResponse {
  stories: Array<StorySummary & { derivedShare: number }>;
}
