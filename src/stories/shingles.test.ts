import { describe, expect, it } from "vitest";
import type { StoredArticle } from "../store/types.js";
import { createShingleContainment } from "./shingles.js";

function stored(id: number, text: string): StoredArticle {
  return { id, text, version: 1, contentHash: `h${id}`, cues: [], origin: "test", ingestedAt: "2024-01-01T00:00:00Z" };
}

describe("createShingleContainment", () => {
  it("is asymmetric: a trimmed copy is covered by the original, not the reverse", () => {
    const containment = createShingleContainment();
    const original = stored(1, "The council voted on Monday to close the old library. It will reopen as a museum next spring.");
    const trimmed = stored(2, "The council voted on Monday to close the old library.");
    expect(containment(original, trimmed)).toBe(1);
    expect(containment(trimmed, original)).toBeLessThan(0.6);
  });
});
