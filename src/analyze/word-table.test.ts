import { describe, expect, it } from "vitest";
import { wordTable } from "./word-table.js";

describe("wordTable", () => {
  it("finds its own words", () => {
    expect(wordTable({ three: 3 })["three"]).toBe(3);
  });

  it("finds nothing for a word that names an Object property", () => {
    expect(wordTable({ three: 3 })["constructor"]).toBeUndefined();
  });
});
