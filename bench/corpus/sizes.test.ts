import { describe, expect, it } from "vitest";
import { parseSizes, sizeLabel } from "./sizes.js";

describe("parseSizes", () => {
  it("reads k and m suffixes", () => {
    expect(parseSizes("10k,100k,1m")).toEqual([10_000, 100_000, 1_000_000]);
  });

  it("reads plain counts", () => {
    expect(parseSizes("2500")).toEqual([2_500]);
  });

  it("refuses a size it cannot read", () => {
    expect(() => parseSizes("10k,lots")).toThrow(/lots/);
  });
});

describe("sizeLabel", () => {
  it("writes thousands and millions with suffixes", () => {
    expect([10_000, 1_000_000, 2_500, 0].map(sizeLabel)).toEqual(["10k", "1m", "2500", "0"]);
  });
});
