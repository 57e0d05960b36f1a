import { describe, expect, it } from "vitest";
import { boundedMemo, objectMemo } from "./index.js";

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

describe("objectMemo", () => {
  it("computes once per object and apart for another object", () => {
    let calls = 0;
    const size = objectMemo((list: string[]) => (calls++, list.length));
    const first = ["Harlow"];
    expect([size(first), size(first), size(["Harlow", "Bay"])]).toEqual([1, 1, 2]);
    expect(calls).toBe(2);
  });
});
