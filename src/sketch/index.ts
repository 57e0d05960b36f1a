/**
 * Near-copy detection: word shingles, MinHash signatures and LSH band keys, all on typed arrays.
 * `sketch` computes an article's features with the project's defaults; the rest is for callers
 * that need other settings, exact oracles or an in-memory index.
 */
import { bandKeys, DEFAULT_BANDING } from "./lsh.js";
import { createMinHasher } from "./minhash.js";
import { wordShingles } from "./shingles.js";

export { wordShingles, toShingleSet } from "./shingles.js";
export {
  containment,
  createMinHasher,
  DEFAULT_MINHASH_SEED,
  DEFAULT_PERMUTATIONS,
  estimateJaccard,
  isEmptySignature,
  jaccard,
  type MinHasher,
  type MinHasherOptions,
} from "./minhash.js";
export { bandKeys, candidateProbability, DEFAULT_BANDING, LshIndex, type Banding, type LshMatch } from "./lsh.js";

/** Words per shingle in the project's sketches. */
export const DEFAULT_SHINGLE_SIZE = 3;

export interface Sketch {
  /** Hashed word 3-grams, sorted, no repeats. */
  shingles: Uint32Array;
  /** 128-slot MinHash signature with the project's seed. */
  signature: Uint32Array;
  /** One key per LSH band; empty for a text with no words, so empty texts never meet as copies. */
  bandKeys: number[];
}

const defaultHasher = createMinHasher();

/** An article's copy-detection features with the project's defaults (what the store indexes). */
export function sketch(text: string): Sketch {
  const shingles = wordShingles(text, DEFAULT_SHINGLE_SIZE);
  const signature = defaultHasher.signature(shingles);
  return { shingles, signature, bandKeys: shingles.length === 0 ? [] : bandKeys(signature, DEFAULT_BANDING) };
}
