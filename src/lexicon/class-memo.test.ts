import { describe, expect, it } from "vitest";
import { classMemo } from "./class-memo.js";

describe("classMemo", () => {
  it("keeps a key apart by its class", () => {
    const lookup = classMemo((key, wordClass) => `${wordClass}/${key}`, 10);
    expect([lookup("run", "verb"), lookup("run", "noun")]).toEqual(["verb/run", "noun/run"]);
  });

  it("hands back a key with a colon whole", () => {
    const lookup = classMemo((key) => key, 10);
    expect(lookup("a:b", "noun")).toBe("a:b");
  });

  it("computes a repeated lookup once", () => {
    let calls = 0;
    const lookup = classMemo(() => ++calls, 10);
    lookup("run", "verb");
    lookup("run", "verb");
    expect(calls).toBe(1);
  });
});
