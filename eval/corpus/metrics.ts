/**
 * Scores for the corpus evaluation against the generated truth: source retrieval recall@k,
 * precision and recall of derivation edges with their direction, and B-cubed clustering scores.
 */
import { sentencePhrases } from "../../src/lineage/index.js";
import type { CorpusTruth } from "./build.js";

/**
 * Share of derived articles (those with a true source) whose true source is among the first `k`
 * candidates ranked for them. An article with no ranking counts as a miss. `only` restricts the
 * articles scored (a dev or test split); NaN when none is scored.
 */
export function recallAtK(
  ranked: ReadonlyMap<string, readonly string[]>,
  truth: CorpusTruth,
  k: number,
  only?: ReadonlySet<string>,
): number {
  let hits = 0;
  let total = 0;
  for (const [key, source] of truth.sourceOf) {
    if (source === null || (only !== undefined && !only.has(key))) continue;
    total++;
    if ((ranked.get(key) ?? []).slice(0, k).includes(source)) hits++;
  }
  return total === 0 ? NaN : hits / total;
}

/**
 * Recall@1 misses where the candidate ranked first and the true source hold exactly the same of
 * the article's phrases (src/lineage's within-sentence 3-grams): the text cannot tell them apart,
 * only what the two have beyond the article can. Explains a gap in recall@1; changes nothing.
 */
export function tiedMisses(
  ranked: ReadonlyMap<string, readonly string[]>,
  truth: CorpusTruth,
  textOf: ReadonlyMap<string, string>,
  only?: ReadonlySet<string>,
): number {
  const phrasesOf = (key: string) => sentencePhrases(textOf.get(key) ?? "");
  let tied = 0;
  for (const [key, source] of truth.sourceOf) {
    if (source === null || (only !== undefined && !only.has(key))) continue;
    const first = ranked.get(key)?.[0];
    if (first === undefined || first === source) continue;
    const article = new Set(phrasesOf(key));
    const held = (candidate: string) => phrasesOf(candidate).filter((phrase) => article.has(phrase)).join(",");
    if (held(first) === held(source)) tied++;
  }
  return tied;
}

/** A derivation edge: `derived` was made from `source`. */
export interface Edge {
  source: string;
  derived: string;
}

export interface EdgeScores {
  /** Predicted edges that are true edges, direction included. */
  precision: number;
  /** True edges that were predicted, direction included. */
  recall: number;
  f1: number;
  /** The same two ratios with direction ignored. */
  undirectedPrecision: number;
  undirectedRecall: number;
  /** Among predicted edges whose unordered pair is a true edge, the share pointing the right way. */
  directionAccuracy: number;
  /** How many predicted edges had the pair right (the denominator of `directionAccuracy`). */
  pairsRight: number;
  predicted: number;
  actual: number;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/**
 * Edge precision and recall against `truth.sourceOf`. Repeated predicted edges count once; an
 * edge and its reverse are two predictions. `only` keeps the edges whose two ends are both in it.
 * Ratios with nothing to count are 0, except `directionAccuracy`, which is NaN then.
 */
export function edgeScores(predicted: Iterable<Edge>, truth: CorpusTruth, only?: ReadonlySet<string>): EdgeScores {
  const inScope = (edge: Edge): boolean => only === undefined || (only.has(edge.source) && only.has(edge.derived));
  const actualDirected = new Set<string>();
  const actualPairs = new Set<string>();
  for (const [derived, source] of truth.sourceOf) {
    if (source === null || !inScope({ source, derived })) continue;
    actualDirected.add(`${source}\u0000${derived}`);
    actualPairs.add(pairKey(source, derived));
  }
  const predictedDirected = new Set<string>();
  for (const edge of predicted) if (inScope(edge) && edge.source !== edge.derived) predictedDirected.add(`${edge.source}\u0000${edge.derived}`);

  let right = 0;
  let pairsRight = 0;
  const pairsFound = new Set<string>();
  for (const directed of predictedDirected) {
    const [source, derived] = directed.split("\u0000") as [string, string];
    const pair = pairKey(source, derived);
    if (!actualPairs.has(pair)) continue;
    pairsRight++;
    pairsFound.add(pair);
    if (actualDirected.has(directed)) right++;
  }
  const precision = ratio(right, predictedDirected.size);
  const recall = ratio(right, actualDirected.size);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    undirectedPrecision: ratio(pairsRight, predictedDirected.size),
    undirectedRecall: ratio(pairsFound.size, actualPairs.size),
    directionAccuracy: pairsRight === 0 ? NaN : right / pairsRight,
    pairsRight,
    predicted: predictedDirected.size,
    actual: actualDirected.size,
  };
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * B-cubed precision, recall and F1 (Bagga and Baldwin 1998) of a clustering against gold
 * classes. For each item: precision = share of its predicted cluster that shares its gold class,
 * recall = share of its gold class that shares its predicted cluster; both are averaged over the
 * gold items and F1 is their harmonic mean. Items missing from `predicted` count as singleton
 * clusters; predicted items not in `gold` are ignored. NaN for an empty gold map.
 */
export function bCubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  if (gold.size === 0) return { precision: NaN, recall: NaN, f1: NaN };
  const clusterOf = (key: string): string => {
    const cluster = predicted.get(key);
    return cluster === undefined ? `\u0000singleton:${key}` : `cluster:${cluster}`;
  };
  const clusterSize = new Map<string, number>();
  const classSize = new Map<string, number>();
  const overlap = new Map<string, number>();
  for (const [key, goldClass] of gold) {
    const cluster = clusterOf(key);
    clusterSize.set(cluster, (clusterSize.get(cluster) ?? 0) + 1);
    classSize.set(goldClass, (classSize.get(goldClass) ?? 0) + 1);
    const both = `${cluster}\u0000${goldClass}`;
    overlap.set(both, (overlap.get(both) ?? 0) + 1);
  }
  let precisionSum = 0;
  let recallSum = 0;
  for (const [key, goldClass] of gold) {
    const cluster = clusterOf(key);
    const shared = overlap.get(`${cluster}\u0000${goldClass}`)!;
    precisionSum += shared / clusterSize.get(cluster)!;
    recallSum += shared / classSize.get(goldClass)!;
  }
  const precision = precisionSum / gold.size;
  const recall = recallSum / gold.size;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
