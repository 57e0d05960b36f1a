import { describe, expect, it } from "vitest";
import { lengthBatches } from "./batches.js";

describe("lengthBatches", () => {
  it("puts sentences of similar length together, shortest first", () => {
    const batches = lengthBatches(["a long sentence here", "hi", "a medium one", "yo"], { maxCount: 2, maxPaddedChars: 1000 });
    expect(batches).toEqual([["hi", "yo"], ["a medium one", "a long sentence here"]]);
  });

  it("starts a new pass when padding every sentence to the longest would pass the cap", () => {
    const batches = lengthBatches(["aaaa", "bbbb", "cccccccccc"], { maxCount: 8, maxPaddedChars: 20 });
    expect(batches).toEqual([["aaaa", "bbbb"], ["cccccccccc"]]);
  });

  it("gives a sentence longer than the cap a pass of its own", () => {
    expect(lengthBatches(["x".repeat(50)], { maxCount: 8, maxPaddedChars: 20 })).toEqual([["x".repeat(50)]]);
  });
});
