/** Shapes of the HTTP API's answers the pages read, from the modules that define them. */
import type { SourceEntry, SourcesDocument } from "../present/sources-types.js";
import type { StoredArticle, StorySummary } from "../store/types.js";

export type { CompareDoc, ExamplePair } from "../server/api-types.js";

export interface ArticleResponse {
  article: StoredArticle;
  versions: number[];
}

export type SourcesResponse = SourcesDocument;
export type SourceEntryView = SourceEntry;

export interface StoriesResponse {
  stories: Array<StorySummary & { derivedShare: number }>;
}
