import { describe, expect, it } from "vitest";
import { createAnswerCache } from "./answer-cache.js";

describe("createAnswerCache", () => {
  it("computes an answer once and serves it as JSON after", async () => {
    const cache = createAnswerCache();
    let computed = 0;
    const compute = async () => ({ story: 3, computed: ++computed });
    await cache.json("story:3", compute);
    expect(await cache.json("story:3", compute)).toBe('{"story":3,"computed":1}');
  });

  it("shares one computation between requests that arrive together", async () => {
    const cache = createAnswerCache();
    let computed = 0;
    const compute = async () => ++computed;
    await Promise.all([cache.json("k", compute), cache.json("k", compute), cache.json("k", compute)]);
    expect(computed).toBe(1);
  });

  it("keeps nothing when the computation fails, so the next request tries again", async () => {
    const cache = createAnswerCache();
    await expect(cache.json("k", () => Promise.reject(new Error("no such story")))).rejects.toThrow("no such story");
    expect(await cache.json("k", async () => "found")).toBe('"found"');
  });

  it("drops the least recently used answers past its size", async () => {
    const cache = createAnswerCache(25);
    for (const key of ["a", "b", "c"]) await cache.json(key, async () => "0123456789");
    expect(cache.size).toBe(2);
  });
});
