/**
 * The storage contract. Everything outside a store adapter goes through `Store`, so a PostgreSQL
 * adapter can replace SQLite without touching callers: every method is async, ids are plain
 * numbers, time is ISO 8601 text, and no SQL leaks out.
 *
 * Model: every stored text is one article version with its own dense id. Versions that share a
 * URL form a chain (version 1, 2, ...); the same content (same hash) is stored once.
 */

/** An article as ingest hands it over, before it has an id. */
export interface ArticleInput {
  text: string;
  /** Hex SHA-256 of the normalised text: the same content twice is one article. */
  contentHash: string;
  url?: string;
  /** The outlet's name, or the URL's host when no name is given. */
  outlet?: string;
  title?: string;
  byline?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  /** "WASHINGTON" from "WASHINGTON (Reuters) -". */
  dateline?: string;
  /** Agencies or outlets the text credits as its source: ["Reuters"], ["Associated Press"]. */
  cues: string[];
  /** Where it came from: "path", "path:line", "feed.xml#3", or a URL. */
  origin: string;
}

/** What the indexes need for one article, computed before the write so the write stays short. */
export interface IndexFeatures {
  /** MinHash signature (one 32-bit minimum per permutation). */
  signature: Uint32Array;
  /** One key per LSH band; articles sharing a key are near-duplicate candidates. */
  bandKeys: number[];
  /** Unit-length document vector, when sentence vectors are on. */
  vector?: Float32Array;
}

export interface StoredArticle extends ArticleInput {
  id: number;
  /** 1 for the first text seen at a URL (or without one), then 2, 3, ... */
  version: number;
  /** Id of the version this one replaced, when there is one. */
  previousId?: number;
  /** ISO 8601 time the store accepted it. */
  ingestedAt: string;
  storyId?: number;
}

/** How a new article joins the story index, decided by the caller before the write. */
export type StoryPlacement = { story: number } | { newStory: { headline: string } };

export type AddStatus = "added" | "new-version" | "duplicate";

export interface AddOutcome {
  status: AddStatus;
  /** The new id, or for a duplicate the id already holding that content. */
  id: number;
  storyId?: number;
}

/** Published-time bounds, inclusive; articles with no published time always pass. */
export interface TimeWindow {
  from?: string;
  to?: string;
}

export interface CandidateQuery {
  limit: number;
  window?: TimeWindow;
  /** Leave these ids out (the article itself, its other versions). */
  exclude?: number[];
}

export interface ScoredId {
  id: number;
  /** LSH: shared bands; lexical: BM25 relevance; vector: cosine. Larger is better. */
  score: number;
}

export interface StorySummary {
  id: number;
  headline: string;
  size: number;
  outlets: string[];
  /** Earliest and latest published (or ingested) time among members. */
  firstSeen: string;
  lastSeen: string;
}

export interface StoryListQuery {
  limit?: number;
  offset?: number;
  /** Only stories with at least this many members. */
  minSize?: number;
}

export interface Store {
  /**
   * Stores an article with its index features in one transaction, so a crash leaves either all
   * of it or none. Same content hash already stored: "duplicate", nothing written. Same URL with
   * new content: "new-version". `placement` is applied only when something new is written.
   */
  addArticle(article: ArticleInput, features: IndexFeatures, placement: StoryPlacement): Promise<AddOutcome>;
  /** Id of the article holding this content hash, if any: lets a re-run skip work early. */
  idByHash(contentHash: string): Promise<number | null>;
  getArticle(id: number): Promise<StoredArticle | null>;
  getArticles(ids: number[]): Promise<StoredArticle[]>;
  /** Ids of every version sharing this article's URL, oldest first (just [id] without a URL). */
  versions(id: number): Promise<number[]>;
  countArticles(): Promise<number>;
  /**
   * The largest article id, 0 when empty. Ids only grow and every write adds an article, so a
   * cache keyed on it is fresh until the next write, whichever process makes it.
   */
  latestArticleId(): Promise<number>;
  signatures(ids: number[]): Promise<Map<number, Uint32Array>>;
  vectors(ids: number[]): Promise<Map<number, Float32Array>>;
  /** Articles sharing at least one LSH band key, most shared first. */
  lshCandidates(bandKeys: number[], query: CandidateQuery): Promise<ScoredId[]>;
  /**
   * Full-text retrieval: articles matching any of these words, best BM25 first. Words held by a
   * large share of the articles may be left out (the rarest few are always kept): they tell least
   * about a source and cost most to search.
   */
  lexicalCandidates(terms: string[], query: CandidateQuery): Promise<ScoredId[]>;
  /**
   * Articles with a stored document vector, most similar to `vector` first (score: cosine of the
   * unit vectors). None when the store holds no vectors, or none of this length.
   */
  vectorCandidates(vector: Float32Array, query: CandidateQuery): Promise<ScoredId[]>;
  listStories(query?: StoryListQuery): Promise<StorySummary[]>;
  getStory(id: number): Promise<StorySummary | null>;
  storyMembers(storyId: number): Promise<StoredArticle[]>;
  close(): Promise<void>;
}
