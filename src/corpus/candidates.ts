/**
 * Candidate sources for one article, from the store's two indexes: LSH finds copies (many shared
 * 3-word phrases), full-text search finds rewrites that kept the names, numbers and rare words but
 * few phrases. Each candidate is then scored on the article's own words, cheaply, before any full
 * compare.
 */
import { estimateJaccard } from "../sketch/index.js";
import type { Store, StoredArticle, TimeWindow } from "../store/index.js";
import type { ArticleFeatures } from "./features.js";
import { stemContainment, textProfile } from "./profile.js";

export interface CandidateSettings {
  /** Candidates taken from each index before scoring. */
  perIndex: number;
  /** Weight of shared 3-word phrases (MinHash Jaccard) beside shared content words. */
  jaccardWeight: number;
  /** Weight of how much of the candidate the article covers: prefers the nearest ancestor in a chain. */
  reverseWeight: number;
  /**
   * Candidates covering less of the article's content words than this are dropped: another report
   * of the same event shares its names and topic words, but not this many.
   */
  minCoverage: number;
}

export const candidateDefaults: CandidateSettings = { perIndex: 24, jaccardWeight: 0.5, reverseWeight: 0.25, minCoverage: 0.4 };

const STEM_CACHE_LIMIT = 20_000;
const stemCache = new Map<string, Set<string>>();

export interface Candidate {
  article: StoredArticle;
  /** Share of the article's content words the candidate also has. */
  coverage: number;
  /** Share of the candidate's content words the article also has. */
  reverse: number;
  /** Estimated Jaccard similarity of the two texts' 3-word phrases. */
  jaccard: number;
  score: number;
}

export interface CandidateQueryOptions {
  window?: TimeWindow;
  exclude?: number[];
  settings?: CandidateSettings;
  /** Also search the full-text index (default true); copies alone need only LSH. */
  lexical?: boolean;
}

/** Candidates from both indexes, scored and best first. */
export async function findCandidates(store: Store, features: ArticleFeatures, options: CandidateQueryOptions = {}): Promise<Candidate[]> {
  const settings = options.settings ?? candidateDefaults;
  const query = { limit: settings.perIndex, ...(options.window ? { window: options.window } : {}), exclude: options.exclude ?? [] };
  const [byPhrases, byWords] = await Promise.all([
    store.lshCandidates(features.index.bandKeys, query),
    options.lexical === false ? [] : store.lexicalCandidates(features.profile.queryTerms, query),
  ]);
  const ids = [...new Set([...byPhrases, ...byWords].map((hit) => hit.id))];
  if (ids.length === 0) return [];
  const [articles, signatures] = await Promise.all([store.getArticles(ids), store.signatures(ids)]);
  return articles
    .map((article) => scoreCandidate(article, stemsOf(article), signatures.get(article.id), features, settings))
    .filter((candidate) => candidate.coverage >= settings.minCoverage)
    .sort((a, b) => b.score - a.score || a.article.id - b.article.id);
}

/**
 * Stored articles never change, and the same ones come up as candidates again and again while a
 * story is arriving, so their stems are kept (a bounded cache keyed by id and content hash).
 */
function stemsOf(article: StoredArticle): Set<string> {
  const key = `${article.id}:${article.contentHash}`;
  let stems = stemCache.get(key);
  if (!stems) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.delete(stemCache.keys().next().value!);
    stems = textProfile(article.text).stems;
    stemCache.set(key, stems);
  }
  return stems;
}

function scoreCandidate(
  article: StoredArticle,
  stems: Set<string>,
  signature: Uint32Array | undefined,
  features: ArticleFeatures,
  settings: CandidateSettings,
): Candidate {
  const coverage = stemContainment(features.profile.stems, stems);
  const reverse = stemContainment(stems, features.profile.stems);
  const jaccard = signature ? estimateJaccard(signature, features.index.signature) : 0;
  const score = coverage + settings.jaccardWeight * jaccard + settings.reverseWeight * reverse;
  return { article, coverage, reverse, jaccard, score };
}
