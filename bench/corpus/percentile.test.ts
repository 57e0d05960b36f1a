import { describe, expect, it } from "vitest";
import { percentile } from "./percentile.js";

const HUNDRED = Array.from({ length: 100 }, (_, i) => 100 - i);

describe("percentile", () => {
  it("gives the median of an odd count as its middle sample", () => {
    expect(percentile([5, 1, 3], 0.5)).toBe(3);
  });

  it("gives p99 of 1..100 as 99", () => {
    expect(percentile(HUNDRED, 0.99)).toBe(99);
  });

  it("gives p99 of 300 samples as the 297th smallest", () => {
    const samples = Array.from({ length: 300 }, (_, i) => i + 1);
    expect(percentile(samples, 0.99)).toBe(297);
  });

  it("is NaN with no samples", () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});
