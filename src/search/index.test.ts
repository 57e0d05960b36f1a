import { describe, expect, it } from "vitest";
import { partitionPoint } from "./index.js";

describe("partitionPoint", () => {
  const sorted = [1, 3, 3, 5, 8];
  const firstAtLeast = (value: number) => partitionPoint(sorted.length, (at) => sorted[at]! < value);

  it("finds the first item the test fails on", () => {
    expect(firstAtLeast(3)).toBe(1);
    expect(firstAtLeast(4)).toBe(3);
  });

  it("gives 0 when the test fails at once and the count when it never does", () => {
    expect(firstAtLeast(0)).toBe(0);
    expect(firstAtLeast(9)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
