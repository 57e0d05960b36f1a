import { describe, expect, it } from "vitest";
import { areSupplementaryAntonyms } from "./supplement.js";

describe("areSupplementaryAntonyms", () => {
  it("finds a listed pair in either order", () => {
    expect(areSupplementaryAntonyms("increase", "cut")).toBe(true);
    expect(areSupplementaryAntonyms("cut", "increase")).toBe(true);
  });

  it("respects the classes a pair is listed for", () => {
    expect(areSupplementaryAntonyms("confirm", "deny", "verb")).toBe(true);
    expect(areSupplementaryAntonyms("confirm", "deny", "noun")).toBe(false);
  });

  it("is false for pairs not on the list", () => {
    expect(areSupplementaryAntonyms("increase", "budget")).toBe(false);
  });

  it("opposes a loss to a profit, as nouns only", () => {
    expect(areSupplementaryAntonyms("profit", "loss", "noun")).toBe(true);
    expect(areSupplementaryAntonyms("profit", "loss", "verb")).toBe(false);
  });
});
