/**
 * 32-bit integer hashing shared by shingling, MinHash and LSH. Everything stays in int32 arithmetic
 * (Math.imul, shifts) so V8 keeps the values unboxed, and every function is a pure function of its
 * inputs: signatures and band keys are stored, so they must be identical across processes.
 */

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * MurmurHash3's finaliser: a bijection on 32-bit values with full avalanche, so distinct inputs
 * never collide and nearby inputs land far apart. Returns an int32 (signed); `>>> 0` for unsigned.
 */
export function mix32(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Folds one 32-bit word into a running hash, as MurmurHash3's block step does. Hashing a sequence
 * is `finishWords(addWord(addWord(seed, w0), w1), 2)`.
 */
export function addWord(hash: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  const h = hash ^ k;
  return Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
}

/** Ends a hash built with `addWord` over `wordCount` words; unsigned 32-bit result. */
export function finishWords(hash: number, wordCount: number): number {
  return mix32(hash ^ (wordCount << 2)) >>> 0;
}

/** Deterministic stream of 32-bit values from a seed (SplitMix32), for per-permutation salts. */
export function seededStream(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    return mix32(state) >>> 0;
  };
}
