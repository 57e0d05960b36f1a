import { seededStream } from "./hash.js";
import { toShingleSet } from "./shingles.js";

/** Seed of the project's permutations; changing it invalidates every stored signature. */
export const DEFAULT_MINHASH_SEED = 0x5eed1e55;
export const DEFAULT_PERMUTATIONS = 128;

/** A signature slot no shingle reached: the value every slot of an empty set's signature holds. */
const EMPTY_SLOT = 0xffffffff;

/**
 * Minima are taken in int32 with the sign bit flipped, which orders like unsigned, so the hot loop
 * never leaves int32 (uint32 values above 2^31 would become doubles).
 */
const SIGN_BIT = 0x80000000;
const MAX_FLIPPED = 0x7fffffff;

export interface MinHasherOptions {
  /** Signature length: one minimum per simulated permutation. */
  permutations?: number;
  /** Same seed, same permutations: signatures from different runs and processes compare. */
  seed?: number;
}

export interface MinHasher {
  readonly permutations: number;
  readonly seed: number;
  /** One unsigned 32-bit minimum per permutation over the shingle hashes. */
  signature(shingles: Uint32Array): Uint32Array;
}

/**
 * A MinHash signer. Each permutation is `x -> mix32(x ^ salt_i)`: a bijection on 32-bit values
 * (so two shingles never tie within one permutation) with a salt per permutation drawn from the
 * seed. That costs a handful of int32 operations per shingle and permutation, against a 64-bit
 * `(a*x + b) mod p`, which JavaScript numbers cannot compute exactly.
 */
export function createMinHasher(options: MinHasherOptions = {}): MinHasher {
  const permutations = options.permutations ?? DEFAULT_PERMUTATIONS;
  const seed = options.seed ?? DEFAULT_MINHASH_SEED;
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new RangeError(`permutations must be a positive integer, got ${permutations}`);
  }
  const nextSalt = seededStream(seed);
  // Salts for a whole number of 4-permutation groups; the signature keeps the first `permutations`.
  const salts = new Int32Array(Math.ceil(permutations / 4) * 4);
  for (let i = 0; i < salts.length; i++) salts[i] = nextSalt();

  return {
    permutations,
    seed,
    signature(shingles) {
      // The same bits read as int32: a Uint32Array element above 2^31 would be loaded as a double
      // and make the hot loop several times slower.
      const values = new Int32Array(shingles.buffer, shingles.byteOffset, shingles.length);
      const signature = new Uint32Array(permutations);
      // Four permutations per pass over the shingles: each value is loaded once for four, and the
      // four independent chains keep the CPU busy (about 1.4x the speed of one at a time).
      for (let p = 0; p < salts.length; p += 4) {
        const salt0 = salts[p]!;
        const salt1 = salts[p + 1]!;
        const salt2 = salts[p + 2]!;
        const salt3 = salts[p + 3]!;
        let min0 = MAX_FLIPPED;
        let min1 = MAX_FLIPPED;
        let min2 = MAX_FLIPPED;
        let min3 = MAX_FLIPPED;
        for (let i = 0; i < values.length; i++) {
          const value = values[i]!;
          const hash0 = permute(value, salt0);
          if (hash0 < min0) min0 = hash0;
          const hash1 = permute(value, salt1);
          if (hash1 < min1) min1 = hash1;
          const hash2 = permute(value, salt2);
          if (hash2 < min2) min2 = hash2;
          const hash3 = permute(value, salt3);
          if (hash3 < min3) min3 = hash3;
        }
        // Writes past the end of a typed array are ignored: the padding permutations vanish here.
        signature[p] = unflip(min0);
        signature[p + 1] = unflip(min1);
        signature[p + 2] = unflip(min2);
        signature[p + 3] = unflip(min3);
      }
      return signature;
    },
  };
}

/**
 * mix32(value ^ salt) with the sign bit flipped. A copy of `mix32` from hash.ts on purpose: under
 * tsx (which runs the tests and the bench) a call into another module is not inlined and signing
 * was 7x slower; built code on plain Node inlines either. A test checks the two agree.
 */
function permute(value: number, salt: number): number {
  let h = value ^ salt;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16) ^ SIGN_BIT;
}

function unflip(flipped: number): number {
  return (flipped ^ SIGN_BIT) >>> 0;
}

/** True for the signature of an empty shingle set (every slot unreached). */
export function isEmptySignature(signature: Uint32Array): boolean {
  return signature.every((slot) => slot === EMPTY_SLOT);
}

/**
 * Share of slots two signatures agree on: an unbiased estimate of their sets' Jaccard similarity,
 * with a standard error of about sqrt(J(1-J)/permutations). 0 when either set was empty, as `jaccard`.
 */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length: ${a.length} and ${b.length}`);
  if (a.length === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets. 0 when either is empty: an empty
 * text copies nothing. Inputs sorted without repeats (as `wordShingles` returns) are used as they
 * are; others are sorted into a copy first.
 */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const setA = toShingleSet(a);
  const setB = toShingleSet(b);
  if (setA.length === 0 || setB.length === 0) return 0;
  const shared = intersectionSize(setA, setB);
  return shared / (setA.length + setB.length - shared);
}

/**
 * Containment |A ∩ B| / |A|: the share of `a`'s shingles also in `b`. Asymmetric on purpose: a
 * rewrite built from a source is mostly contained in it, not the other way round. 0 when `a` is empty.
 */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const setA = toShingleSet(a);
  if (setA.length === 0) return 0;
  return intersectionSize(setA, toShingleSet(b)) / setA.length;
}

/** Size of the intersection of two ascending, repeat-free arrays, by one merge pass. */
function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
