import { describe, expect, it } from "vitest";
import { toShingleSet, wordShingles } from "./shingles.js";

describe("wordShingles", () => {
  it("ignores punctuation, case, spacing and line breaks", () => {
    const wire = "Mayor Ada Quill said: \"The bridge opens Monday.\"";
    const reformatted = "mayor ada quill said\nthe   BRIDGE opens monday";
    expect(wordShingles(reformatted)).toEqual(wordShingles(wire));
  });

  it("gives one shingle per distinct run of three words", () => {
    expect(wordShingles("one two three four").length).toBe(2);
    expect(wordShingles("la la la la la").length).toBe(1);
  });

  it("returns the shingles sorted ascending without repeats", () => {
    const shingles = wordShingles("the port of Velmar reopened and the port of Velmar grew");
    for (let i = 1; i < shingles.length; i++) expect(shingles[i]!).toBeGreaterThan(shingles[i - 1]!);
  });

  it("depends on word order", () => {
    expect(wordShingles("prices rose sharply")).not.toEqual(wordShingles("sharply rose prices"));
  });

  it("keeps word boundaries inside a shingle", () => {
    expect(wordShingles("ab c d")).not.toEqual(wordShingles("a bc d"));
  });

  it("gives one shingle for a text shorter than the shingle size", () => {
    expect(wordShingles("Storm warning").length).toBe(1);
    expect(wordShingles("Storm warning")).not.toEqual(wordShingles("Storm"));
  });

  it("gives no shingles for a text without words", () => {
    expect(wordShingles("").length).toBe(0);
    expect(wordShingles(" -- ... !").length).toBe(0);
  });

  it("treats composed and decomposed accents, and full-width digits, as the same word", () => {
    expect(wordShingles("Zu\u0308rich bank fell 12%")).toEqual(wordShingles("Z\u00fcrich bank fell 12%"));
    expect(wordShingles("bank fell \uff11\uff12%")).toEqual(wordShingles("bank fell 12%"));
  });

  it("finds words in non-Latin scripts", () => {
    expect(wordShingles("Министр заявил сегодня утром").length).toBe(2);
  });

  it("uses the size it is given", () => {
    expect(wordShingles("alpha beta gamma beta", 1).length).toBe(3);
  });

  it("rejects a size that is not a positive integer", () => {
    expect(() => wordShingles("a b c", 0)).toThrow(RangeError);
  });
});

describe("toShingleSet", () => {
  it("returns a sorted repeat-free array as it is", () => {
    const set = Uint32Array.of(1, 5, 9);
    expect(toShingleSet(set)).toBe(set);
  });

  it("sorts and deduplicates a copy, leaving the input untouched", () => {
    const values = Uint32Array.of(9, 1, 9, 0xffffffff);
    expect(toShingleSet(values)).toEqual(Uint32Array.of(1, 9, 0xffffffff));
    expect(values).toEqual(Uint32Array.of(9, 1, 9, 0xffffffff));
  });
});
