/**
 * Candidate sources for one article, from the store's indexes: LSH finds copies (many shared
 * 3-word phrases), full-text search finds rewrites that kept the names, numbers and rare words but
 * few phrases, and, when the article has a document vector and the store holds vectors, the
 * nearest vectors find rewrites whose words changed but whose meaning did not. Each candidate is then measured on the article's own words, cheaply, before any full
 * compare, and the related ones are ranked as the article's likely direct parent (src/lineage).
 */
import { lineageDefaults, parentScores, sentencePhrases, type LineageWeights } from "../lineage/index.js";
import { estimateJaccard } from "../sketch/index.js";
import type { Store, StoredArticle, TimeWindow } from "../store/index.js";
import type { ArticleFeatures } from "./features.js";
import { stemContainment, textProfile } from "./profile.js";

export interface CandidateSettings {
  /** Candidates taken from each index before scoring. */
  perIndex: number;
  /** How the candidates are weighed as the article's direct parent. */
  lineage: LineageWeights;
  /**
   * Candidates covering less of the article's content words than this are dropped: another report
   * of the same event shares its names and topic words, but not this many.
   */
  minCoverage: number;
}

export const candidateDefaults: CandidateSettings = {
  perIndex: 24,
  // On the dev split of the generated corpus, recall@1 0.946 against 0.922 for the earlier sum of
  // word coverage, phrase coverage, MinHash Jaccard and reverse coverage (eval/corpus/tune.ts; a
  // finer grid runs offline in eval/corpus/lineage-offline.ts).
  lineage: lineageDefaults,
  minCoverage: 0.4,
};

interface TextSets {
  stems: Set<string>;
  /** Filled the first time the candidate is ranked as a parent; placing a story never needs it. */
  phrases?: Uint32Array;
}

const TEXT_CACHE_LIMIT = 20_000;
const textCache = new Map<string, TextSets>();

export interface Candidate {
  article: StoredArticle;
  /** Share of the article's content words the candidate also has. */
  coverage: number;
  /** Share of the candidate's content words the article also has. */
  reverse: number;
  /** Estimated Jaccard similarity of the two texts' 3-word phrases. */
  jaccard: number;
  /** How well the candidate explains the article as its direct parent, against the other candidates (src/lineage). */
  score: number;
}

export interface CandidateQueryOptions {
  window?: TimeWindow;
  exclude?: number[];
  settings?: CandidateSettings;
  /** Search the LSH index (default true); a caller that already holds its candidates skips it. */
  lsh?: boolean;
  /** Also search the full-text index (default true); copies alone need only LSH. */
  lexical?: boolean;
  /**
   * Rank by likelihood of being the direct parent (default true). Without it candidates come in
   * order of word coverage: enough for placing a story, which needs any relative, and cheaper.
   */
  rank?: boolean;
}

/** Candidates from both indexes, scored and best first. */
export async function findCandidates(store: Store, features: ArticleFeatures, options: CandidateQueryOptions = {}): Promise<Candidate[]> {
  const settings = options.settings ?? candidateDefaults;
  const query = { limit: settings.perIndex, ...(options.window ? { window: options.window } : {}), exclude: options.exclude ?? [] };
  const [byPhrases, byWords, byMeaning] = await Promise.all([
    options.lsh === false ? [] : store.lshCandidates(features.index.bandKeys, query),
    options.lexical === false ? [] : store.lexicalCandidates(features.profile.queryTerms, query),
    features.index.vector ? store.vectorCandidates(features.index.vector, query) : [],
  ]);
  const ids = [...new Set([...byPhrases, ...byWords, ...byMeaning].map((hit) => hit.id))];
  if (ids.length === 0) return [];
  const [articles, signatures] = await Promise.all([store.getArticles(ids), store.signatures(ids)]);
  const related = articles
    .map((article) => {
      const sets = textSetsOf(article);
      return { sets, candidate: measureCandidate(article, sets, signatures.get(article.id), features) };
    })
    .filter(({ candidate }) => candidate.coverage >= settings.minCoverage);
  if (options.rank === false) {
    return related.map(({ candidate }) => ({ ...candidate, score: candidate.coverage })).sort((a, b) => b.score - a.score || newerFirst(a.article, b.article));
  }
  // Scored against each other: what only one candidate holds is evidence about that one.
  const candidatePhrases = related.map(({ sets, candidate }) => (sets.phrases ??= sentencePhrases(candidate.article.text)));
  const scores = parentScores(sentencePhrases(features.text), candidatePhrases, settings.lineage);
  return related
    .map(({ candidate }, i) => ({ ...candidate, score: scores[i]! }))
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
    sets = { stems: textProfile(article.text).stems };
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

function measureCandidate(
  article: StoredArticle,
  { stems }: TextSets,
  signature: Uint32Array | undefined,
  features: ArticleFeatures,
): Omit<Candidate, "score"> {
  return {
    article,
    coverage: stemContainment(features.profile.stems, stems),
    reverse: stemContainment(stems, features.profile.stems),
    jaccard: signature ? estimateJaccard(signature, features.index.signature) : 0,
  };
}
