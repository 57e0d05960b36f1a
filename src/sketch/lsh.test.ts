import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandKeys, candidateProbability, DEFAULT_BANDING, LshIndex } from "./lsh.js";
import { createMinHasher, estimateJaccard, jaccard } from "./minhash.js";
import { wordShingles } from "./shingles.js";

const hasher = createMinHasher({ seed: 11 });

/** A signature whose every slot is `value`, with one slot optionally changed. */
function flatSignature(value: number, changedSlot = -1): Uint32Array {
  const signature = new Uint32Array(128).fill(value);
  if (changedSlot >= 0) signature[changedSlot] = value + 1;
  return signature;
}

describe("bandKeys", () => {
  it("gives one safe-integer key per band, with the band index above the low 32 bits", () => {
    const keys = bandKeys(hasher.signature(Uint32Array.of(1, 2, 3)));
    expect(keys.length).toBe(DEFAULT_BANDING.bands);
    keys.forEach((key, band) => {
      expect(Number.isSafeInteger(key)).toBe(true);
      expect(Math.floor(key / 2 ** 32)).toBe(band);
    });
  });

  it("gives different keys to bands whose rows are equal", () => {
    expect(new Set(bandKeys(flatSignature(7))).size).toBe(DEFAULT_BANDING.bands);
  });

  it("changes only the key of the band holding a changed slot", () => {
    const before = bandKeys(flatSignature(7));
    const after = bandKeys(flatSignature(7, 4));
    const changed = before.flatMap((key, band) => (key === after[band] ? [] : [band]));
    expect(changed).toEqual([1]);
  });

  it("follows the banding it is given", () => {
    expect(bandKeys(flatSignature(7), { bands: 16, rows: 8 }).length).toBe(16);
  });

  it("rejects a banding that needs more slots than the signature has", () => {
    expect(() => bandKeys(new Uint32Array(64), { bands: 42, rows: 3 })).toThrow(RangeError);
  });
});

describe("candidateProbability", () => {
  it("finds pairs at Jaccard 0.5 with probability >= 0.95 and keeps Jaccard 0.2 below 0.3", () => {
    expect(candidateProbability(0.5)).toBeGreaterThanOrEqual(0.95);
    expect(candidateProbability(0.2)).toBeLessThan(0.3);
  });
});

describe("LshIndex", () => {
  it("returns the ids sharing a band, most shared bands first", () => {
    const index = new LshIndex();
    index.add(1, flatSignature(7, 4));
    index.add(2, flatSignature(7));
    index.add(3, flatSignature(900));
    expect(index.matches(flatSignature(7))).toEqual([
      { id: 2, sharedBands: 42 },
      { id: 1, sharedBands: 41 },
    ]);
    expect(index.query(flatSignature(7))).toEqual([2, 1]);
  });

  it("keeps every id of a crowded bucket", () => {
    const index = new LshIndex();
    for (let id = 0; id < 100; id++) index.add(id, flatSignature(7));
    expect(index.query(flatSignature(7)).length).toBe(100);
    expect(index.size).toBe(100);
  });

  it("rejects an id added twice", () => {
    const index = new LshIndex();
    index.add(1, flatSignature(7));
    expect(() => index.add(1, flatSignature(8))).toThrow(RangeError);
  });
});

// Invented words: a small vocabulary, so random texts still share some words but rarely 3 in a row.
const VOCABULARY = (
  "amber basalt cobalt dune ember fjord garnet harbour iris jetty kelp lagoon marsh nectar onyx pylon " +
  "quartz reef summit tundra umber valley willow xenon yarrow zephyr anvil bracken cinder delta " +
  "estuary flint grove heath inlet juniper knoll larch meadow nettle orchard prairie quarry ridge " +
  "spruce thicket upland vale weir yew alder birch cedar dell elm fen"
).split(" ");

const word = fc.constantFrom(...VOCABULARY);

/**
 * A wire text and a second text made from it by replacing each word with probability `editPercent`
 * (so J(3-shingles) is about (1 - 3q) / (1 + 3q) for a rate q), or an unrelated text: exact
 * Jaccard spreads over the whole of 0..1.
 */
const MAX_WORDS = 80;
const textPair = fc
  .record({
    base: fc.array(word, { minLength: 8, maxLength: MAX_WORDS }),
    editPercent: fc.integer({ min: 0, max: 35 }),
    edits: fc.array(fc.record({ roll: fc.integer({ min: 0, max: 99 }), word }), {
      minLength: MAX_WORDS,
      maxLength: MAX_WORDS,
    }),
    // One pair in six is unrelated: the population false positives are measured on.
    unrelated: fc.array(word, { minLength: 8, maxLength: MAX_WORDS }),
    isUnrelated: fc.integer({ min: 0, max: 5 }).map((roll) => roll === 0),
  })
  .map(({ base, editPercent, edits, unrelated, isUnrelated }) => {
    const copy = base.map((original, i) => (edits[i]!.roll < editPercent ? edits[i]!.word : original));
    return { a: base.join(" "), b: (isUnrelated ? unrelated : copy).join(" ") };
  });

describe("LSH recall against exact Jaccard (property)", () => {
  const pairs = fc.sample(textPair, { numRuns: 1500, seed: 20240601 }).map(({ a, b }) => {
    const shinglesA = wordShingles(a);
    const shinglesB = wordShingles(b);
    return {
      exact: jaccard(shinglesA, shinglesB),
      signatureA: hasher.signature(shinglesA),
      signatureB: hasher.signature(shinglesB),
    };
  });
  // Every first text goes in one index; a pair is found when the second text's query returns it.
  const index = new LshIndex();
  pairs.forEach((pair, id) => index.add(id, pair.signatureA));
  const found = pairs.map((pair, id) => index.query(pair.signatureB).includes(id));

  it("finds at least 95% of the pairs with exact Jaccard >= 0.5", () => {
    const similar = pairs.flatMap((pair, id) => (pair.exact >= 0.5 ? [found[id]] : []));
    expect(similar.length).toBeGreaterThan(200);
    expect(similar.filter(Boolean).length / similar.length).toBeGreaterThanOrEqual(0.95);
  });

  it("makes few candidates of pairs with exact Jaccard <= 0.2", () => {
    const dissimilar = pairs.flatMap((pair, id) => (pair.exact <= 0.2 ? [found[id]] : []));
    expect(dissimilar.length).toBeGreaterThan(200);
    expect(dissimilar.filter(Boolean).length / dissimilar.length).toBeLessThan(0.15);
  });

  it("estimates Jaccard within 0.05 of the exact value on average, without bias", () => {
    const errors = pairs.map((pair) => estimateJaccard(pair.signatureA, pair.signatureB) - pair.exact);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean(errors.map(Math.abs))).toBeLessThan(0.05);
    expect(Math.abs(mean(errors))).toBeLessThan(0.01);
  });

  it("always finds a text's exact copy, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
        const signature = hasher.signature(wordShingles(words.join(" ")));
        const copy = hasher.signature(wordShingles(words.join(", ").toUpperCase()));
        expect(bandKeys(copy)).toEqual(bandKeys(signature));
      }),
    );
  });
});
