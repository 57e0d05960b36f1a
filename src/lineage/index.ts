/**
 * Which of several related texts an article was most likely written from: its direct parent,
 * rather than a sibling (another rewrite of the same original) or a grandparent (the original a
 * near copy was made from). Shared by source ranking (src/corpus) and story derivation
 * (src/stories), which face the same choice.
 *
 * The evidence is word 3-grams kept inside one sentence. Phrases that span a sentence boundary
 * change whenever a sentence is dropped, merged or moved, so two rewrites that happened to drop the
 * same sentence would share new boundary phrases and look related to each other; phrases within a
 * sentence change only when the words do. Phrases are hashed (src/sketch) so that callers can keep
 * many articles' phrases in memory.
 */
import { toShingleSet, wordShingles } from "../sketch/index.js";

export interface LineageWeights {
  /**
   * Cost of each phrase the candidate has and the article lacks. Rewrites drop sentences all the
   * time, so a missing phrase is weak evidence; it mainly prefers the parent over a grandparent
   * that still holds what the parent left out.
   */
  extraWeight: number;
  /**
   * Extra cost of a phrase only this candidate holds among the candidates and the article lacks:
   * a change of the candidate's own that a copy of it would have carried over.
   */
  ownChangeWeight: number;
}

/** Chosen on the dev split of the generated corpus (eval/corpus/lineage-offline.ts). */
export const lineageDefaults: Readonly<LineageWeights> = { extraWeight: 0.02, ownChangeWeight: 0.1 };

const PHRASE_WORDS = 3;
const SENTENCE_BREAK = /(?<=[.!?]["'”’)]?)\s+|\n+/u;

/**
 * Hashed lower-cased word 3-grams of a text that stay within one sentence (a shorter sentence is
 * one phrase), sorted, no repeats.
 */
export function sentencePhrases(text: string): Uint32Array {
  const parts = phrasesBySentence(text);
  const all = new Uint32Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return toShingleSet(all);
}

/** Hashed word 3-grams of each sentence of a text, one array per sentence, in order. */
export function phrasesBySentence(text: string): Uint32Array[] {
  return text.split(SENTENCE_BREAK).map((sentence) => wordShingles(sentence, PHRASE_WORDS));
}

/**
 * For each candidate, a score of how well it explains `article` as its direct parent, comparable
 * across the candidates of one article (higher is likelier). Every article phrase the candidate
 * holds counts for it; a phrase the article has and the candidate lacks was either the article's
 * own change or inherited from another relative. Against it count its phrases the article lacks,
 * and more so those no other candidate holds: a sibling's own paraphrases and changed figures, or
 * what the direct parent dropped from a grandparent. Scaled by the article's phrase count and
 * kept within (-1, 1] without changing the order, so callers can rank below any score with a fixed
 * penalty. All arrays are phrase sets as `sentencePhrases` returns them.
 */
export function parentScores(
  article: Uint32Array,
  candidates: readonly Uint32Array[],
  weights: LineageWeights = lineageDefaults,
): number[] {
  if (article.length === 0) return candidates.map(() => 0);
  const extras = candidates.map((phrases) => difference(phrases, article));
  // Every candidate's extra phrases in one sorted array: a phrase that occurs once in it is held
  // by one candidate only. Typed-array sorting keeps this cheap for a few dozen candidates.
  const pooled = new Uint32Array(extras.reduce((total, extra) => total + extra.length, 0));
  let at = 0;
  for (const extra of extras) {
    pooled.set(extra, at);
    at += extra.length;
  }
  pooled.sort();
  return candidates.map((phrases, i) => {
    const extra = extras[i]!;
    let ownChanges = 0;
    for (const phrase of extra) if (occursOnce(pooled, phrase)) ownChanges++;
    const shared = phrases.length - extra.length;
    const score = (shared - weights.extraWeight * extra.length - weights.ownChangeWeight * ownChanges) / article.length;
    // A long candidate for a short article can cost more than the article has phrases.
    return score >= 0 ? score : score / (1 - score);
  });
}

/** The values of sorted set `a` that sorted set `b` lacks. */
function difference(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  let kept = 0;
  let j = 0;
  for (const value of a) {
    while (j < b.length && b[j]! < value) j++;
    if (j === b.length || b[j] !== value) out[kept++] = value;
  }
  return out.subarray(0, kept);
}

/** True when `value` occurs exactly once in the sorted array. */
function occursOnce(sorted: Uint32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return sorted[low] === value && sorted[low + 1] !== value;
}
