import { describe, expect, it } from "vitest";
import type { StoredArticle } from "../store/types.js";
import { createShingleContainment, setContainment, shingleSet } from "./shingles.js";

function stored(id: number, text: string): StoredArticle {
  return { id, text, version: 1, contentHash: `h${id}`, cues: [], origin: "test", ingestedAt: "2024-01-01T00:00:00Z" };
}

describe("shingleSet", () => {
  it("holds the lower-cased word 3-grams, ignoring punctuation", () => {
    expect([...shingleSet("The mayor, Ana Lutz, resigned.")]).toEqual(["the mayor ana", "mayor ana lutz", "ana lutz resigned"]);
  });

  it("is empty for fewer than three words", () => {
    expect(shingleSet("Two words").size).toBe(0);
  });
});

describe("setContainment", () => {
  it("is the share of the covered set found in the covering set", () => {
    expect(setContainment(new Set(["a", "b", "c", "d"]), new Set(["a", "b", "x", "y"]))).toBe(0.5);
  });

  it("is 0 when the covered set is empty", () => {
    expect(setContainment(new Set(["a"]), new Set())).toBe(0);
  });
});

describe("createShingleContainment", () => {
  it("is asymmetric: a trimmed copy is covered by the original, not the reverse", () => {
    const containment = createShingleContainment();
    const original = stored(1, "The council voted on Monday to close the old library. It will reopen as a museum next spring.");
    const trimmed = stored(2, "The council voted on Monday to close the old library.");
    expect(containment(original, trimmed)).toBe(1);
    expect(containment(trimmed, original)).toBeLessThan(0.6);
  });
});
