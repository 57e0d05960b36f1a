import { addWord, finishWords, hashString } from "./hash.js";

/** A word: a letter or digit, then letters, digits and combining marks (so "café" in NFD stays one word). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** Seed of the shingle hash; changing it changes every stored signature. */
const SHINGLE_SEED = 0x2545f491;

/**
 * The set of word `size`-grams of `text`, each hashed to 32 bits: sorted ascending, no repeats.
 * Words are lower-cased runs of letters and digits after NFKC normalisation, so punctuation,
 * line breaks, spacing, case and compatibility forms (ligatures, full-width digits) do not change
 * the result. A text of fewer than `size` words gives one shingle of the words it has; an empty one
 * gives none.
 */
export function wordShingles(text: string, size = 3): Uint32Array {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shingle size must be a positive integer, got ${size}`);
  const words = text.normalize("NFKC").toLowerCase().match(WORD);
  if (words === null) return new Uint32Array(0);
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = hashString(words[i]!);

  const width = Math.min(size, words.length);
  const shingles = new Uint32Array(words.length - width + 1);
  for (let start = 0; start < shingles.length; start++) {
    let hash = SHINGLE_SEED;
    for (let i = start; i < start + width; i++) hash = addWord(hash, wordHashes[i]!);
    shingles[start] = finishWords(hash, width);
  }
  return uniqueSorted(shingles);
}

/**
 * `values` as a set: sorted ascending without repeats. Returns `values` itself when it already is
 * one, else a new array (sorting in place would surprise a caller that kept the input).
 */
export function toShingleSet(values: Uint32Array): Uint32Array {
  for (let i = 1; i < values.length; i++) {
    if (values[i]! <= values[i - 1]!) return uniqueSorted(values.slice());
  }
  return values;
}

/** Sorts `values` in place and returns each value once, in an array of its own. */
function uniqueSorted(values: Uint32Array): Uint32Array {
  values.sort();
  let kept = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i] !== values[kept - 1]) values[kept++] = values[i]!;
  }
  // A copy rather than a view: callers may store `.buffer`, which a view would over-read.
  return kept === values.length ? values : values.slice(0, kept);
}
