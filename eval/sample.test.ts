import { describe, expect, it } from "vitest";
import { sampleByHash, stableHash } from "./sample.js";

describe("stableHash", () => {
  it("gives the same unsigned 32-bit value on every call", () => {
    expect(stableHash("bump-636")).toBe(stableHash("bump-636"));
    expect(stableHash("bump-636")).toBeGreaterThanOrEqual(0);
    expect(stableHash("bump-636")).toBeLessThan(2 ** 32);
  });

  it("does not keep ids with neighbouring last digits together", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => String(i));
    const lowest = sampleByHash(ids, 20, (id) => id).map(Number);
    expect(Math.max(...lowest) - Math.min(...lowest)).toBeGreaterThan(500);
  });
});

describe("sampleByHash", () => {
  const items = ["n1", "n2", "n3", "n4", "n5", "n6"];

  it("returns the same items whatever the input order", () => {
    const forward = sampleByHash(items, 3, (id) => id);
    const backward = sampleByHash([...items].reverse(), 3, (id) => id);
    expect([...backward].sort()).toEqual([...forward].sort());
  });

  it("keeps the chosen items in their original order", () => {
    const chosen = sampleByHash(items, 3, (id) => id);
    expect(chosen).toEqual(items.filter((id) => chosen.includes(id)));
  });

  it("returns everything when the count is not smaller", () => {
    expect(sampleByHash(items, undefined, (id) => id)).toEqual(items);
  });
});
