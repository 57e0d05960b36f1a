import type { Analysis } from "../analyze/types.js";
import { partitionPoint } from "../search/index.js";
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
 * and so does reading every sentence that holds one of its stems: a stem in one sentence of a
 * hundred is held by more sentences the longer the source. So the sentences are walked nearest
 * first from the `limit` nearest (the seeds), and a farther one ranks only by sharing more than the
 * `limit`-th best so far; the walk skips, by binary search in a stem index, every sentence whose
 * stems cannot weigh that much.
 */
export function mostSharedSources(source: Analysis, rewrite: Analysis, limit: number): number[][] {
  const sourceStems = source.sentences.map((sentence) => new Set(contentTerms(sentence).map((term) => term.stem)));
  const index = stemIndex(sourceStems);
  return rewrite.sentences.map((sentence, r) => {
    const weights = stemWeights(contentTerms(sentence).map((term) => term.stem));
    const place = relative(r, rewrite.sentences.length);
    const rank = (s: number, shared: number): Ranked => ({ s, shared, distance: Math.abs(place - relative(s, sourceStems.length)) });
    const seeds = nearestInPlace(place, sourceStems.length, limit).map((s) => rank(s, sharedWeight(weights, sourceStems[s]!)));
    // With fewer seeds than `limit`, every sentence is a seed.
    const best = seeds.length === 0 || seeds.length < limit ? seeds.sort(byRank) : walkFromSeeds(seeds, weights, index, rank);
    return best.map(({ s }) => s);
  });
}

/**
 * The `limit` best, ranked: the seeds, each sentence beyond them that shares more than the last kept
 * taking its place. The walk meets sentences nearer first, so one met later loses every tie.
 */
function walkFromSeeds(seeds: Ranked[], weights: ReadonlyMap<string, number>, index: ReadonlyMap<string, number[]>, rank: (s: number, shared: number) => Ranked): Ranked[] {
  const best = seeds.sort(byRank);
  // The seeds are the sentences from `first` to `last`; the rest lie after or before them.
  const first = Math.min(...seeds.map(({ s }) => s));
  const last = Math.max(...seeds.map(({ s }) => s));
  const after = new Walk(weights, index, last, 1);
  const before = new Walk(weights, index, first, -1);
  for (;;) {
    const need = best[best.length - 1]!.shared + 1;
    const found = [after.next(need), before.next(need)].flatMap((held) => (held ? [rank(held.s, held.shared)] : []));
    if (found.length === 0) return best;
    const nearest = found.sort(byPlace)[0]!;
    (nearest.s > last ? after : before).pass(nearest.s);
    best[best.length - 1] = nearest;
    best.sort(byRank);
  }
}

/** The sentences holding one stem of the rewrite sentence, and where the walk has reached among them. */
interface Cursor {
  holders: readonly number[];
  weight: number;
  /** Index in `holders` of the next sentence the walk meets, -1 or `holders.length` when none is left. */
  at: number;
  /** Where the walk meets that sentence (`step * s`), Infinity when none is left. */
  place: number;
}

/**
 * The source sentences on one side of the seeds, walked away from them (`step` 1 by rising index
 * after the seeds, -1 by falling index before them), with a cursor per stem of the rewrite sentence
 * at the next sentence holding it. The walk meets sentence s at place `step * s`, so cursors in
 * walk order are cursors by rising place.
 */
class Walk {
  private readonly cursors: Cursor[];

  constructor(weights: ReadonlyMap<string, number>, index: ReadonlyMap<string, number[]>, seedEnd: number, private readonly step: 1 | -1) {
    this.cursors = [...weights].map(([stem, weight]) => ({ holders: index.get(stem) ?? [], weight, at: 0, place: 0 }));
    for (const cursor of this.cursors) this.moveTo(cursor, seedEnd + step);
    this.reorder();
  }

  /**
   * The next sentence whose stems weigh at least `need`, with their weight, or undefined when none
   * is left (as in WAND). With the cursors in walk order, no sentence before the one where their
   * weights first add up to `need` (the pivot) can weigh that much, so the cursors before it jump
   * there; then the pivot is weighed, and passed when it weighs too little.
   */
  next(need: number): { s: number; shared: number } | undefined {
    for (;;) {
      const s = this.pivot(need);
      if (s === undefined) return undefined;
      for (const cursor of this.cursors) if (cursor.place < this.step * s) this.moveTo(cursor, s);
      this.reorder();
      const shared = this.weightAt(s);
      if (shared >= need) return { s, shared };
      this.pass(s);
    }
  }

  /** Moves the cursors at sentence `s`, visited or weighing too little, on to their next sentence. */
  pass(s: number): void {
    for (const cursor of this.cursors) {
      if (cursor.place !== this.step * s) continue;
      cursor.at += this.step;
      cursor.place = this.placeOf(cursor);
    }
    this.reorder();
  }

  /**
   * Puts the cursors back in walk order. Only the few at the front have moved, so an insertion
   * sort takes a few steps; `Array.prototype.sort` with a comparator made the whole walk twice as slow.
   */
  private reorder(): void {
    const { cursors } = this;
    for (let i = 1; i < cursors.length; i++) {
      const cursor = cursors[i]!;
      let j = i;
      for (; j > 0 && cursors[j - 1]!.place > cursor.place; j--) cursors[j] = cursors[j - 1]!;
      cursors[j] = cursor;
    }
  }

  private pivot(need: number): number | undefined {
    let total = 0;
    for (const cursor of this.cursors) {
      if (cursor.place === Infinity) return undefined;
      total += cursor.weight;
      if (total >= need) return this.step * cursor.place;
    }
    return undefined;
  }

  private weightAt(s: number): number {
    let shared = 0;
    for (const cursor of this.cursors) if (cursor.place === this.step * s) shared += cursor.weight;
    return shared;
  }

  /** Puts a cursor at the first sentence holding its stem at or beyond `s` in walk order. */
  private moveTo(cursor: Cursor, s: number): void {
    const { holders } = cursor;
    cursor.at = this.step === 1 ? partitionPoint(holders.length, (at) => holders[at]! < s) : partitionPoint(holders.length, (at) => holders[at]! <= s) - 1;
    cursor.place = this.placeOf(cursor);
  }

  private placeOf(cursor: Cursor): number {
    const s = cursor.holders[cursor.at];
    return s === undefined ? Infinity : this.step * s;
  }
}

function byRank(a: Ranked, b: Ranked): number {
  return b.shared - a.shared || a.distance - b.distance || a.s - b.s;
}

function byPlace(a: Ranked, b: Ranked): number {
  return a.distance - b.distance || a.s - b.s;
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
