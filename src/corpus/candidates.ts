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
}

/** Candidates from both indexes, scored and best first. */
export async function findCandidates(store: Store, features: ArticleFeatures, options: CandidateQueryOptions = {}): Promise<Candidate[]> {
  const settings = options.settings ?? candidateDefaults;
  const query = { limit: settings.perIndex, ...(options.window ? { window: options.window } : {}), exclude: options.exclude ?? [] };
  const [byPhrases, byWords] = await Promise.all([
    store.lshCandidates(features.index.bandKeys, query),
    store.lexicalCandidates(features.profile.queryTerms, query),
  ]);
  const ids = [...new Set([...byPhrases, ...byWords].map((hit) => hit.id))];
  if (ids.length === 0) return [];
  const [articles, signatures] = await Promise.all([store.getArticles(ids), store.signatures(ids)]);
  return articles
    .map((article) => scoreCandidate(article, signatures.get(article.id), features, settings))
    .filter((candidate) => candidate.coverage >= settings.minCoverage)
    .sort((a, b) => b.score - a.score || a.article.id - b.article.id);
}

function scoreCandidate(article: StoredArticle, signature: Uint32Array | undefined, features: ArticleFeatures, settings: CandidateSettings): Candidate {
  const stems = textProfile(article.text).stems;
  const coverage = stemContainment(features.profile.stems, stems);
  const reverse = stemContainment(stems, features.profile.stems);
  const jaccard = signature ? estimateJaccard(signature, features.index.signature) : 0;
  const score = coverage + settings.jaccardWeight * jaccard + settings.reverseWeight * reverse;
  return { article, coverage, reverse, jaccard, score };
}
