/**
 * Candidate sources for one article, from the store's two indexes: LSH finds copies (many shared
 * 3-word phrases), full-text search finds rewrites that kept the names, numbers and rare words but
 * few phrases. Each candidate is then scored on the article's own words, cheaply, before any full
 * compare.
 */
import { containment, estimateJaccard, wordShingles } from "../sketch/index.js";
import type { Store, StoredArticle, TimeWindow } from "../store/index.js";
import type { ArticleFeatures } from "./features.js";
import { stemContainment, textProfile } from "./profile.js";

export interface CandidateSettings {
  /** Candidates taken from each index before scoring. */
  perIndex: number;
  /** Weight of the share of the article's 3-word phrases found in the candidate, beside shared content words. */
  phraseWeight: number;
  /** Weight of the two texts' phrase similarity (MinHash Jaccard). */
  jaccardWeight: number;
  /** Weight of how much of the candidate the article covers: prefers the nearest ancestor in a chain. */
  reverseWeight: number;
  /**
   * Candidates covering less of the article's content words than this are dropped: another report
   * of the same event shares its names and topic words, but not this many.
   */
  minCoverage: number;
}

export const candidateDefaults: CandidateSettings = {
  perIndex: 24,
  // Chosen on the dev split of the generated corpus (eval/corpus/tune.ts): recall@1 0.922 against
  // 0.908 for word coverage with Jaccard alone; weighting phrases only some candidates hold did not add.
  phraseWeight: 1,
  jaccardWeight: 0.5,
  reverseWeight: 0.5,
  minCoverage: 0.4,
};

interface TextSets {
  stems: Set<string>;
  shingles: Uint32Array;
}

const TEXT_CACHE_LIMIT = 20_000;
const textCache = new Map<string, TextSets>();

export interface Candidate {
  article: StoredArticle;
  /** Share of the article's content words the candidate also has. */
  coverage: number;
  /** Share of the candidate's content words the article also has. */
  reverse: number;
  /** Share of the article's 3-word phrases the candidate also has. */
  phraseCoverage: number;
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
    .map((article) => scoreCandidate(article, textSetsOf(article), signatures.get(article.id), features, settings))
    .filter((candidate) => candidate.coverage >= settings.minCoverage)
    .sort((a, b) => b.score - a.score || newerFirst(a.article, b.article));
}

/**
 * Stored articles never change, and the same ones come up as candidates again and again while a
 * story is arriving, so their word sets are kept (a bounded cache keyed by id and content hash).
 */
function textSetsOf(article: StoredArticle): TextSets {
  const key = `${article.id}:${article.contentHash}`;
  let sets = textCache.get(key);
  if (!sets) {
    if (textCache.size >= TEXT_CACHE_LIMIT) textCache.delete(textCache.keys().next().value!);
    sets = { stems: textProfile(article.text).stems, shingles: wordShingles(article.text) };
    textCache.set(key, sets);
  }
  return sets;
}

/**
 * On equal evidence the later article wins: in a chain of near copies each one carries what the
 * earlier ones had, and the nearest is the likelier direct source.
 */
function newerFirst(a: StoredArticle, b: StoredArticle): number {
  const byTime = (b.published ?? "").localeCompare(a.published ?? "");
  return byTime !== 0 ? byTime : b.id - a.id;
}

function scoreCandidate(
  article: StoredArticle,
  { stems, shingles }: TextSets,
  signature: Uint32Array | undefined,
  features: ArticleFeatures,
  settings: CandidateSettings,
): Candidate {
  const coverage = stemContainment(features.profile.stems, stems);
  const reverse = stemContainment(stems, features.profile.stems);
  const jaccard = signature ? estimateJaccard(signature, features.index.signature) : 0;
  const phraseCoverage = containment(features.shingles, shingles);
  const score = coverage + settings.phraseWeight * phraseCoverage + settings.jaccardWeight * jaccard + settings.reverseWeight * reverse;
  return { article, coverage, reverse, phraseCoverage, jaccard, score };
}
