import { describe, expect, it } from "vitest";
import { areAntonyms, areSynonyms, isBroaderTerm, isCommonNoun, isRelationalAdjective, relatedWords, sameStem } from "./index.js";

describe("areSynonyms", () => {
  it("is true for words that share a synset", () => {
    expect(areSynonyms("buy", "purchase")).toBe(true);
    expect(areSynonyms("big", "large")).toBe(true);
  });

  it("honours the given word class", () => {
    expect(areSynonyms("buy", "purchase", "verb")).toBe(true);
    expect(areSynonyms("big", "large", "noun")).toBe(false);
  });

  it("is false where WordNet keeps the words in separate synsets", () => {
    // WordNet has "fire, flame, flaming" and "blaze, blazing" apart.
    expect(areSynonyms("fire", "blaze")).toBe(false);
  });

  it("accepts multiword lemmas with spaces or underscores", () => {
    expect(areSynonyms("set up", "establish", "verb")).toBe(true);
    expect(areSynonyms("set_up", "establish", "verb")).toBe(true);
  });

  it("ignores case", () => {
    expect(areSynonyms("Buy", "PURCHASE")).toBe(true);
  });

  it("is false for unrelated words", () => {
    expect(areSynonyms("dog", "budget")).toBe(false);
  });
});

describe("areAntonyms", () => {
  it("finds the direct WordNet antonyms news rewrites flip", () => {
    expect(areAntonyms("rise", "fall")).toBe(true);
    expect(areAntonyms("increase", "decrease")).toBe(true);
    expect(areAntonyms("win", "lose")).toBe(true);
    expect(areAntonyms("guilty", "innocent", "adj")).toBe(true);
  });

  it("finds an antonym of a synonym (approve / disapprove, reject)", () => {
    expect(areAntonyms("approve", "reject", "verb")).toBe(true);
  });

  it("finds pairs WordNet lacks through the supplementary list", () => {
    expect(areAntonyms("increase", "cut")).toBe(true);
    expect(areAntonyms("confirm", "deny", "verb")).toBe(true);
  });

  it("honours the given word class", () => {
    expect(areAntonyms("open", "closed", "adj")).toBe(true);
    expect(areAntonyms("open", "close", "verb")).toBe(true);
    expect(areAntonyms("rise", "fall", "adv")).toBe(false);
  });

  it("is false for synonyms and unrelated words", () => {
    expect(areAntonyms("buy", "purchase")).toBe(false);
    expect(areAntonyms("dog", "budget")).toBe(false);
  });
});

describe("sameStem", () => {
  it("is re-exported from the stemming module", () => {
    expect(sameStem("approval", "approved")).toBe(true);
  });
});

describe("relatedWords", () => {
  it("says same for equal words and for one stem", () => {
    expect(relatedWords("budget", "Budget")).toBe("same");
    expect(relatedWords("approval", "approved")).toBe("same");
  });

  it("says synonym, antonym or unrelated from WordNet", () => {
    expect(relatedWords("buy", "purchase")).toBe("synonym");
    expect(relatedWords("rise", "fall")).toBe("antonym");
    expect(relatedWords("dog", "budget")).toBe("unrelated");
  });
});

describe("unknown and odd input", () => {
  it("returns false or unrelated without throwing", () => {
    for (const word of ["zxqvbnm", "", "   ", "café", "42", "a|b", "new\nline"]) {
      expect(areSynonyms(word, "budget")).toBe(false);
      expect(areAntonyms(word, "budget")).toBe(false);
      expect(relatedWords(word, "budget")).toBe("unrelated");
    }
  });
});

describe("isBroaderTerm", () => {
  it("reaches the kind a noun's first sense belongs to", () => {
    expect(isBroaderTerm("adult", "noun", "person")).toBe(true);
  });

  it("does not reach through a rarer sense", () => {
    expect(isBroaderTerm("life", "noun", "term")).toBe(false);
  });

  it("does not reach a sibling", () => {
    expect(isBroaderTerm("museum", "noun", "library")).toBe(false);
  });
});

describe("isRelationalAdjective", () => {
  it.each(["provincial", "federal", "municipal", "medical"])("is true for '%s', which pertains to a noun", (word) => {
    expect(isRelationalAdjective(word)).toBe(true);
  });

  it.each(["big", "new", "former"])("is false for the descriptive '%s'", (word) => {
    expect(isRelationalAdjective(word)).toBe(false);
  });
});

describe("isCommonNoun", () => {
  it("is true for a common noun, singular or plural", () => {
    expect(isCommonNoun("Archipelago")).toBe(true);
    expect(isCommonNoun("homes")).toBe(true);
  });

  it("is false for a word WordNet knows only as a name, and for unknown words", () => {
    expect(isCommonNoun("Jones")).toBe(false);
    expect(isCommonNoun("Tamsin")).toBe(false);
  });
});
