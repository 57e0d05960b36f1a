import { describe, expect, it } from "vitest";
import {
  characterF,
  editDistance,
  meteor,
  NgramInformation,
  ngramPrecision,
  nist,
  translationEditRate,
  type MeteorWord,
} from "./mt-metrics.js";

const split = (text: string) => text.split(" ");

/** METEOR words whose stem is given after a slash ("ferries/ferri"); the lemma is the stem. */
function meteorWords(text: string): MeteorWord[] {
  return split(text).map((word) => {
    const [form, stem = form] = word.split("/") as [string, string?];
    return { form, stem, lemma: stem };
  });
}

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

describe("editDistance", () => {
  it("counts one deletion", () => {
    expect(editDistance(split("a b c"), split("a c"))).toBe(1);
  });
});

describe("translationEditRate", () => {
  it("counts a substitution over the reference length", () => {
    expect(translationEditRate(split("the ferry sank"), split("the ferry sailed"))).toBeCloseTo(1 / 3);
  });

  it("repairs a moved word with one shift instead of a deletion and an insertion", () => {
    expect(translationEditRate(split("today the ferry sank"), split("the ferry sank today"))).toBe(1 / 4);
  });

  it("is 0 for identical lists", () => {
    expect(translationEditRate(split("the ferry sank"), split("the ferry sank"))).toBe(0);
  });
});

describe("meteor", () => {
  it("matches by stem and keeps only the one-chunk penalty", () => {
    // 3 matches in 1 chunk: 1 - 0.5 * (1/3)^3.
    expect(meteor(meteorWords("the ferries/ferri stopped"), meteorWords("the ferry/ferri stopped"))).toBeCloseTo(1 - 1 / 54);
  });

  it("penalises a changed word order by its chunks", () => {
    // stopped | the ferry: 2 chunks of 3 matches, 1 - 0.5 * (2/3)^3.
    expect(meteor(meteorWords("stopped the ferry"), meteorWords("the ferry stopped"))).toBeCloseTo(23 / 27);
  });

  it("weighs recall nine times precision", () => {
    // P = 1, R = 1/2: Fmean = 0.5 / (0.9 + 0.05); 1 chunk of 2: penalty 0.5 * (1/2)^3.
    expect(meteor(meteorWords("the ferry"), meteorWords("the ferry sank today"))).toBeCloseTo((0.5 / 0.95) * (15 / 16));
  });

  it("matches synonyms only through the given test", () => {
    const synonyms = (a: string, b: string) => a === "big" && b === "large";
    expect(meteor(meteorWords("big"), meteorWords("large"))).toBe(0);
    expect(meteor(meteorWords("big"), meteorWords("large"), synonyms)).toBe(0.5);
  });
});

describe("characterF", () => {
  it("averages precision and recall over the n-gram orders", () => {
    // n=1: P 2/2, R 2/3; n=2: P 1/1, R 1/2; P = 1, R = 7/12; F1 = 14/19.
    expect(characterF("ab", "abc", 2, 1)).toBeCloseTo(14 / 19);
  });

  it("ignores spaces", () => {
    expect(characterF("a b", "ab")).toBe(1);
  });
});

describe("nist", () => {
  // 4 words: a twice, b and c once; bigrams "a b" and "a c" once each.
  const information = new NgramInformation([split("a b"), split("a c")], 2);

  it("weighs a word by log2 of all words over its count, add-one smoothed", () => {
    expect(information.weight(["a"])).toBeCloseTo(Math.log2(5 / 3));
    expect(information.weight(["a", "b"])).toBeCloseTo(Math.log2(3 / 2));
  });

  it("sums the matched information per candidate n-gram over n", () => {
    const unigrams = (Math.log2(5 / 3) + Math.log2(5 / 2)) / 2;
    expect(nist(split("a b"), split("a b"), information)).toBeCloseTo(unigrams + Math.log2(3 / 2));
  });

  it("halves the score of a candidate two thirds the reference's length", () => {
    const unigramsOnly = new NgramInformation([split("a b"), split("a c")], 1);
    const unigrams = (Math.log2(5 / 3) + Math.log2(5 / 2)) / 2;
    expect(nist(split("a b"), split("a b c"), unigramsOnly)).toBeCloseTo(unigrams / 2);
  });
});
