/**
 * Word 3-gram containment between story members: the share of one text's 3-word phrases found in
 * another, on the same hashed shingles the LSH index uses (src/sketch). Callers with their own
 * estimate can pass it through `buildStoryGraph`'s `containment` option.
 */
import { containment, wordShingles } from "../sketch/index.js";
import type { StoredArticle } from "../store/types.js";

/** Estimates the share of `to`'s text covered by `from`'s, 0..1. */
export type ContainmentFn = (from: StoredArticle, to: StoredArticle) => number;

/** Exact 3-gram containment between articles, each article's shingles computed once. */
export function createShingleContainment(): ContainmentFn {
  const cache = new Map<StoredArticle, Uint32Array>();
  const shinglesOf = (article: StoredArticle) => {
    let shingles = cache.get(article);
    if (!shingles) {
      shingles = wordShingles(article.text);
      cache.set(article, shingles);
    }
    return shingles;
  };
  return (from, to) => containment(shinglesOf(to), shinglesOf(from));
}
