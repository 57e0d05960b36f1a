import { describe, expect, it } from "vitest";
import { mix32, seededStream } from "./hash.js";
import { containment, createMinHasher, estimateJaccard, isEmptySignature, jaccard } from "./minhash.js";
import { wordShingles } from "./shingles.js";

/** Consecutive integers from `start`, hashed so they look like shingles. */
function shingleRange(start: number, count: number): Uint32Array {
  return Uint32Array.from({ length: count }, (_, i) => mix32(start + i) >>> 0);
}

describe("createMinHasher", () => {
  it("gives one slot per permutation", () => {
    expect(createMinHasher({ permutations: 64, seed: 1 }).signature(Uint32Array.of(5, 6)).length).toBe(64);
  });

  it("gives the same signature for the same seed in another hasher", () => {
    const shingles = wordShingles("Officials in Velmar said the port would reopen on Tuesday.");
    expect(createMinHasher({ seed: 9 }).signature(shingles)).toEqual(createMinHasher({ seed: 9 }).signature(shingles));
    expect(createMinHasher({ seed: 9 }).signature(shingles)).not.toEqual(createMinHasher({ seed: 10 }).signature(shingles));
  });

  it("keeps the signatures already stored: pinned values for a fixed seed", () => {
    expect(Array.from(createMinHasher({ seed: 7, permutations: 4 }).signature(Uint32Array.of(1, 2, 3)))).toEqual([
      635815223, 501486495, 364529917, 3733186966,
    ]);
  });

  it("computes each slot as the minimum of mix32(shingle ^ salt) over the shingles", () => {
    const nextSalt = seededStream(3);
    const salts = [nextSalt(), nextSalt()];
    const shingles = Uint32Array.of(11, 0xfffffff0, 77);
    const expected = salts.map((salt) => Math.min(...Array.from(shingles, (x) => mix32(x ^ salt) >>> 0)));
    expect(Array.from(createMinHasher({ seed: 3, permutations: 2 }).signature(shingles))).toEqual(expected);
  });

  it("gives the first slots of a longer signature when the count is not a multiple of four", () => {
    const shingles = Uint32Array.of(4, 8, 15, 16, 23, 42);
    const six = createMinHasher({ seed: 2, permutations: 6 }).signature(shingles);
    expect(six).toEqual(createMinHasher({ seed: 2, permutations: 8 }).signature(shingles).slice(0, 6));
  });

  it("does not depend on the order or repetition of the shingles", () => {
    const hasher = createMinHasher({ seed: 1 });
    expect(hasher.signature(Uint32Array.of(3, 1, 2, 3))).toEqual(hasher.signature(Uint32Array.of(1, 2, 3)));
  });

  it("reads shingles from a view into a larger buffer correctly", () => {
    const hasher = createMinHasher({ seed: 1 });
    const buffer = Uint32Array.of(99, 1, 2, 3, 98);
    expect(hasher.signature(buffer.subarray(1, 4))).toEqual(hasher.signature(Uint32Array.of(1, 2, 3)));
  });

  it("rejects a permutation count that is not a positive integer", () => {
    expect(() => createMinHasher({ permutations: 0 })).toThrow(RangeError);
  });
});

describe("estimateJaccard", () => {
  const hasher = createMinHasher({ seed: 5 });

  it("is 1 for the same set", () => {
    const set = shingleRange(0, 50);
    expect(estimateJaccard(hasher.signature(set), hasher.signature(set))).toBe(1);
  });

  it("is close to the exact value on large sets (within 4 standard errors)", () => {
    // 1000 shared of 1500 in the union: exact 2/3, standard error sqrt(J(1-J)/128) = 0.042.
    const a = shingleRange(0, 1250);
    const b = shingleRange(250, 1250);
    expect(Math.abs(estimateJaccard(hasher.signature(a), hasher.signature(b)) - 2 / 3)).toBeLessThan(0.17);
  });

  it("is 0 when either set was empty, as the exact measure", () => {
    const empty = hasher.signature(new Uint32Array(0));
    expect(isEmptySignature(empty)).toBe(true);
    expect(estimateJaccard(empty, empty)).toBe(0);
  });

  it("rejects signatures of different lengths", () => {
    expect(() => estimateJaccard(new Uint32Array(4), new Uint32Array(8))).toThrow(RangeError);
  });
});

describe("jaccard", () => {
  it("is the shared share of the union", () => {
    expect(jaccard(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4))).toBe(0.5);
  });

  it("accepts unsorted arrays with repeats", () => {
    expect(jaccard(Uint32Array.of(3, 1, 2, 2), Uint32Array.of(4, 3, 2))).toBe(0.5);
  });

  it("is 0 when either set is empty", () => {
    expect(jaccard(new Uint32Array(0), new Uint32Array(0))).toBe(0);
  });
});

describe("containment", () => {
  it("is the share of the first set found in the second, not the other way round", () => {
    const rewrite = Uint32Array.of(1, 2);
    const source = Uint32Array.of(1, 2, 3, 4);
    expect(containment(rewrite, source)).toBe(1);
    expect(containment(source, rewrite)).toBe(0.5);
  });

  it("is 0 for an empty first set", () => {
    expect(containment(new Uint32Array(0), Uint32Array.of(1))).toBe(0);
  });
});
