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
    const rank = (s: number, shared: number): Ranked => ({ s, shared, distance: Math.abs(place - relative(s, sourceStems.length)) });
    const seeds = nearestInPlace(place, sourceStems.length, limit).map((s) => rank(s, sharedWeight(weights, sourceStems[s]!)));
    const { read, unread, least } = sentencesHolding(seeds, weights, index, limit);
    const unreadWeight = [...unread.values()].reduce((sum, weight) => sum + weight, 0);
    // Only a sentence that may share `least` once the unread stems are counted can rank.
    const others = [...read].filter(([, shared]) => shared + unreadWeight >= least).map(([s, shared]) => rank(s, shared + sharedWeight(unread, sourceStems[s]!)));
    return [...seeds, ...others].sort(byRank).slice(0, limit).map(({ s }) => s);
  });
}

/**
 * The sentences beyond the `limit` nearest (`seeds`) that may rank among the `limit` best, with the
 * weight they share among the stems read (`read`), the weights of the stems left unread, and the
 * least weight a sentence must share to rank (`least`).
 *
 * A sentence beyond the seeds ranks above one of them only by sharing more than it, so it must
 * share more than the least-sharing seed; and it must share at least as much as the `limit`-th
 * best so far. The stems are read rarest first, adding each one's weight to the sentences holding
 * it; once the weight of the stems still unread is under either bound, no sentence holding only
 * those can rank. Repeated text (every sentence alike) stops at once; in news the most frequent
 * stems are left unread.
 */
function sentencesHolding(
  seeds: readonly Ranked[],
  weights: ReadonlyMap<string, number>,
  index: ReadonlyMap<string, number[]>,
  limit: number,
): { read: Map<number, number>; unread: Map<string, number>; least: number } {
  const floor = Math.min(...seeds.map(({ shared }) => shared)) + 1;
  const isSeed = new Set(seeds.map(({ s }) => s));
  const stems = [...weights.keys()].sort((a, b) => (index.get(a)?.length ?? 0) - (index.get(b)?.length ?? 0));
  let unreadWeight = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  // How many sentences (seeds at their full weight, others at the weight read so far) share each weight.
  const sharing = new Array<number>(unreadWeight + 1).fill(0);
  for (const { shared } of seeds) sharing[shared]!++;
  const read = new Map<number, number>();
  let next = 0;
  for (; next < stems.length; next++) {
    if (unreadWeight < Math.max(floor, limitthLargest(sharing, limit))) break;
    const weight = weights.get(stems[next]!)!;
    for (const s of index.get(stems[next]!) ?? []) {
      if (isSeed.has(s)) continue;
      const before = read.get(s);
      if (before !== undefined) sharing[before]!--;
      read.set(s, (before ?? 0) + weight);
      sharing[(before ?? 0) + weight]!++;
    }
    unreadWeight -= weight;
  }
  const unread = new Map(stems.slice(next).map((stem) => [stem, weights.get(stem)!]));
  return { read, unread, least: Math.max(floor, limitthLargest(sharing, limit)) };
}

/** The `limit`-th largest weight counted in `sharing` (sentences per weight), or 0 if fewer sentences. */
function limitthLargest(sharing: readonly number[], limit: number): number {
  let atLeast = 0;
  for (let weight = sharing.length - 1; weight > 0; weight--) {
    atLeast += sharing[weight]!;
    if (atLeast >= limit) return weight;
  }
  return 0;
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
