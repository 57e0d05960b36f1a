import { describe, expect, it } from "vitest";
import { createRandom } from "./random.js";

describe("createRandom", () => {
  it("gives the same draws for the same seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect([a.next(), a.int(1, 6), a.next()]).toEqual([b.next(), b.int(1, 6), b.next()]);
  });

  it("gives different draws for different seeds", () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it("keeps int within its inclusive bounds", () => {
    const rng = createRandom(7);
    const seen = new Set(Array.from({ length: 200 }, () => rng.int(2, 4)));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });

  it("forks the same stream for the same label, whatever was drawn before", () => {
    const a = createRandom(5);
    const b = createRandom(5);
    b.next();
    expect(a.fork("story:3").next()).toBe(b.fork("story:3").next());
    expect(a.fork("story:3").next()).not.toBe(a.fork("story:4").next());
  });

  it("shuffles into a permutation without touching the input", () => {
    const input = [1, 2, 3, 4, 5];
    const shuffled = createRandom(3).shuffle(input);
    expect([...shuffled].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5]);
  });
});
