import { describe, expect, it } from "vitest";
import { maximum, median, minimum, round } from "./stats.js";

describe("median", () => {
  it("takes the middle sample of an odd count, whatever the order", () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it("averages the two middle samples of an even count", () => {
    expect(median([4, 1, 2, 10])).toBe(3);
  });

  it("is NaN with no samples", () => {
    expect(median([])).toBeNaN();
  });
});

describe("minimum and maximum", () => {
  it("pick the extremes", () => {
    expect(minimum([3, 1, 2])).toBe(1);
    expect(maximum([3, 1, 2])).toBe(3);
  });
});

describe("round", () => {
  it("keeps the requested number of decimals", () => {
    expect(round(3.14159, 2)).toBe(3.14);
  });
});
