import { describe, expect, it } from "vitest";
import { ngramPrecision, ngrams } from "./mt-metrics.js";

const split = (text: string) => text.split(" ");

describe("ngrams", () => {
  it("lists the n-grams in order, repeats kept", () => {
    expect(ngrams(split("a b a b"), 2)).toEqual(["a b", "b a", "a b"]);
  });
});

describe("ngramPrecision", () => {
  it("clips a repeated word to the reference's count", () => {
    // "the" twice in the candidate, once in the reference: the, cat of the, the, cat, sat match.
    expect(ngramPrecision(split("the cat sat the"), split("the cat"), 1)).toBe(2 / 4);
  });

  it("counts bigrams for n = 2", () => {
    // Only "the cat" of "the cat", "cat sat", "sat the".
    expect(ngramPrecision(split("the cat sat the"), split("the cat"), 2)).toBeCloseTo(1 / 3);
  });

  it("is 0 when the candidate is shorter than n", () => {
    expect(ngramPrecision(split("ferry sank"), split("ferry sank"), 4)).toBe(0);
  });
});
