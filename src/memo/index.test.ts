import { describe, expect, it } from "vitest";
import { boundedMemo } from "./index.js";

describe("boundedMemo", () => {
  it("computes a key once while it is remembered", () => {
    let calls = 0;
    const length = boundedMemo((key) => (calls++, key.length), 10);
    expect([length("harbour"), length("harbour")]).toEqual([7, 7]);
    expect(calls).toBe(1);
  });

  it("forgets everything once the limit is reached, then computes again", () => {
    let calls = 0;
    const upper = boundedMemo((key) => (calls++, key.toUpperCase()), 2);
    upper("a");
    upper("b");
    upper("c");
    expect(upper("a")).toBe("A");
    expect(calls).toBe(4);
  });
});
