/**
 * Same-stem test with the Porter stemmer from the `stemmer` package.
 */
import { stemmer } from "stemmer";

/** Stems this short are mostly function words ("us" from "use" and "us"): too weak to match on. */
const MIN_STEM_LENGTH = 3;

/**
 * True when `a` and `b` have equal Porter stems, word by word for multiword terms ("approval" and
 * "approved" both give "approv"). A word whose stem is under three letters matches only itself.
 */
export function sameStem(a: string, b: string): boolean {
  const wordsOfA = splitWords(a);
  const wordsOfB = splitWords(b);
  if (wordsOfA.length === 0 || wordsOfA.length !== wordsOfB.length) return false;
  return wordsOfA.every((wordOfA, i) => sameWordStem(wordOfA, wordsOfB[i] ?? ""));
}

function sameWordStem(a: string, b: string): boolean {
  if (a === b) return true;
  const stemOfA = stemmer(a);
  const stemOfB = stemmer(b);
  if (stemOfA.length < MIN_STEM_LENGTH || stemOfB.length < MIN_STEM_LENGTH) return false;
  return stemOfA === stemOfB;
}

function splitWords(term: string): string[] {
  return term
    .toLowerCase()
    .split(/[\s_]+/)
    .filter((word) => word !== "");
}
