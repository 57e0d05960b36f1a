import type { Analysis } from "../analyze/types.js";
import { contentTerms } from "./terms.js";

/** A source sentence ranked for one rewrite sentence: more shared stems first, then nearer in place. */
interface Ranked {
  s: number;
  shared: number;
  distance: number;
}

/**
 * For each rewrite sentence, the `limit` source sentences sharing the most of its content-word
 * stems, by weight (a stem it writes twice counts twice); nearer relative position first on ties,
 * then the earlier sentence.
 *
 * Scoring every source sentence for every rewrite sentence grows with the product of their counts,
 * so only sentences that could rank are scored: the `limit` nearest in place, and those holding
 * enough of the rewrite sentence's stems to beat them, found through a stem index.
 */
export function mostSharedSources(source: Analysis, rewrite: Analysis, limit: number): number[][] {
  const sourceStems = source.sentences.map((sentence) => new Set(contentTerms(sentence).map((term) => term.stem)));
  const index = stemIndex(sourceStems);
  return rewrite.sentences.map((sentence, r) => {
    const weights = stemWeights(contentTerms(sentence).map((term) => term.stem));
    const place = relative(r, rewrite.sentences.length);
    const rank = (s: number): Ranked => ({ s, shared: sharedWeight(weights, sourceStems[s]!), distance: Math.abs(place - relative(s, sourceStems.length)) });
    return bestRanked(nearestInPlace(place, sourceStems.length, limit).map(rank), weights, index, rank, limit).map(({ s }) => s);
  });
}

/**
 * The `limit` best of all source sentences, given the `limit` nearest already ranked (`seeds`).
 *
 * A sentence beyond the seeds ranks above one of them only by sharing more than it, so it must
 * share more than the least-sharing seed; and it must share at least as much as the current
 * `limit`-th best. The stems are read rarest first: once the weight of the stems still unread is
 * under either bound, no sentence holding only those can rank. Repeated text (every sentence
 * alike) stops at once; in news the frequent stems are left unread.
 */
function bestRanked(seeds: Ranked[], weights: Map<string, number>, index: Map<string, number[]>, rank: (s: number) => Ranked, limit: number): Ranked[] {
  const best = [...seeds].sort(byRank);
  const seen = new Set(seeds.map(({ s }) => s));
  const floor = Math.min(...seeds.map(({ shared }) => shared)) + 1;
  const stems = [...weights.keys()].sort((a, b) => (index.get(a)?.length ?? 0) - (index.get(b)?.length ?? 0));
  let unread = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  for (const stem of stems) {
    const threshold = Math.max(floor, best.length === limit ? best[limit - 1]!.shared : 0);
    if (unread < threshold) break;
    for (const s of index.get(stem) ?? []) {
      if (seen.has(s)) continue;
      seen.add(s);
      insertRanked(best, rank(s), limit);
    }
    unread -= weights.get(stem)!;
  }
  return best;
}

/** Puts `item` in its place in the sorted list `best`, which keeps at most `limit` items. */
function insertRanked(best: Ranked[], item: Ranked, limit: number): void {
  let at = best.length;
  while (at > 0 && byRank(item, best[at - 1]!) < 0) at--;
  if (at >= limit) return;
  best.splice(at, 0, item);
  if (best.length > limit) best.pop();
}

function byRank(a: Ranked, b: Ranked): number {
  return b.shared - a.shared || a.distance - b.distance || a.s - b.s;
}

/**
 * The `limit` source sentences nearest a relative place, by distance then index. Distance grows
 * with each step away from the place on either side, so they lie within `limit` steps of it.
 */
function nearestInPlace(place: number, count: number, limit: number): number[] {
  if (limit <= 0 || count === 0) return [];
  const centre = Math.round(place * (count - 1));
  const from = Math.max(0, centre - limit);
  const to = Math.min(count, centre + limit + 1);
  const window = Array.from({ length: to - from }, (_, i) => from + i);
  const distance = (s: number) => Math.abs(place - relative(s, count));
  return window.sort((a, b) => distance(a) - distance(b) || a - b).slice(0, limit);
}

/** For each stem, the sentences holding it, in order. */
function stemIndex(sentenceStems: readonly Set<string>[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  sentenceStems.forEach((stems, s) => {
    for (const stem of stems) {
      const holders = index.get(stem);
      if (holders) holders.push(s);
      else index.set(stem, [s]);
    }
  });
  return index;
}

/** How often each stem occurs: a stem written twice counts twice when shared. */
function stemWeights(stems: readonly string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const stem of stems) weights.set(stem, (weights.get(stem) ?? 0) + 1);
  return weights;
}

function sharedWeight(weights: ReadonlyMap<string, number>, stems: ReadonlySet<string>): number {
  let shared = 0;
  for (const [stem, weight] of weights) if (stems.has(stem)) shared += weight;
  return shared;
}

export function relative(index: number, count: number): number {
  return count <= 1 ? 0 : index / (count - 1);
}
