import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StemSets } from "./stem-sets.js";

const stems = fc.uniqueArray(fc.constantFrom("plan", "board", "vote", "tax", "rent", "port"), { maxLength: 5 }).map((list) => new Set(list));

describe("StemSets", () => {
  it("answers as reading every set would", () => {
    fc.assert(
      fc.property(fc.array(stems, { maxLength: 12 }), stems, fc.integer({ min: 0, max: 4 }), (sets, asked, count) => {
        const index = new StemSets(sets);
        const held = (set: Set<string>) => [...asked].filter((stem) => set.has(stem)).length;
        expect(index.holdAtLeast(asked, count)).toBe(sets.some((set) => held(set) >= count));
        expect(index.holdingAtLeast(asked, count)).toEqual(sets.flatMap((set, at) => (held(set) >= count ? [at] : [])));
        for (const stem of asked) expect(index.hold(stem)).toBe(sets.some((set) => set.has(stem)));
      }),
      { numRuns: 500 },
    );
  });

  it("needs the words in one set, not spread over two", () => {
    const index = new StemSets([new Set(["plan"]), new Set(["board"])]);
    expect(index.holdAtLeast(new Set(["plan", "board"]), 2)).toBe(false);
    expect(index.holdAtLeast(new Set(["plan", "board"]), 1)).toBe(true);
  });
});
