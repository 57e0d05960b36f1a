import { describe, expect, it } from "vitest";
import { sourceSentencesToEncode } from "./index.js";

describe("sourceSentencesToEncode", () => {
  it("encodes each candidate source sentence once, in text order", () => {
    expect(sourceSentencesToEncode([[4, 1], [1, 7], []])).toEqual([1, 4, 7]);
  });
});
