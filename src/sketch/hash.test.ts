import { describe, expect, it } from "vitest";
import { addWord, finishWords, hashString, mix32, seededStream } from "./hash.js";

describe("hashString", () => {
  it("matches the published FNV-1a 32-bit test vectors for ASCII text", () => {
    expect(hashString("")).toBe(0x811c9dc5);
    expect(hashString("a")).toBe(0xe40c292c);
    expect(hashString("foobar")).toBe(0xbf9cf968);
  });

  it("hashes every UTF-16 code unit, so non-Latin words differ", () => {
    expect(hashString("мир")).not.toBe(hashString("мар"));
  });
});

describe("mix32", () => {
  it("maps distinct inputs to distinct outputs (it is a bijection)", () => {
    const outputs = new Set<number>();
    for (let i = 0; i < 10_000; i++) outputs.add(mix32(i));
    expect(outputs.size).toBe(10_000);
  });
});

describe("addWord and finishWords", () => {
  it("depend on the order of the words", () => {
    const forward = finishWords(addWord(addWord(1, 10), 20), 2);
    const backward = finishWords(addWord(addWord(1, 20), 10), 2);
    expect(forward).not.toBe(backward);
  });

  it("give an unsigned 32-bit integer", () => {
    const hash = finishWords(addWord(7, 0xffffffff), 1);
    expect(Number.isInteger(hash) && hash >= 0 && hash <= 0xffffffff).toBe(true);
  });
});

describe("seededStream", () => {
  it("repeats its sequence for the same seed and changes it for another", () => {
    const take = (seed: number) => Array.from({ length: 4 }, seededStream(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });
});
