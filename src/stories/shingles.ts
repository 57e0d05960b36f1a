/**
 * Word 3-gram containment: the share of one text's 3-word phrases found in another. A small exact
 * implementation so the graph works on its own; callers with MinHash signatures at hand can pass
 * their own estimate through `buildStoryGraph`'s `containment` option.
 */
import type { StoredArticle } from "../store/types.js";

/** Estimates the share of `to`'s text covered by `from`'s, 0..1. */
export type ContainmentFn = (from: StoredArticle, to: StoredArticle) => number;

const SHINGLE_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/** The set of lower-cased word 3-grams of a text. */
export function shingleSet(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? [];
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    shingles.add(words.slice(i, i + SHINGLE_WORDS).join(" "));
  }
  return shingles;
}

/** Share of `covered`'s shingles that `covering` also holds; 0 when `covered` has none. */
export function setContainment(covering: ReadonlySet<string>, covered: ReadonlySet<string>): number {
  if (covered.size === 0) return 0;
  let shared = 0;
  for (const shingle of covered) if (covering.has(shingle)) shared++;
  return shared / covered.size;
}

/** Exact 3-gram containment between articles, each article's shingles computed once. */
export function createShingleContainment(): ContainmentFn {
  const cache = new Map<StoredArticle, Set<string>>();
  const shinglesOf = (article: StoredArticle) => {
    let set = cache.get(article);
    if (!set) {
      set = shingleSet(article.text);
      cache.set(article, set);
    }
    return set;
  };
  return (from, to) => setContainment(shinglesOf(from), shinglesOf(to));
}
