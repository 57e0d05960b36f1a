import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { clauseAfter, clauseBreakAt, governedWord, stemOf } from "./scope.js";

const sentence = (text: string) => analyze(text).sentences[0]!;

describe("clauseAfter", () => {
  const text = "The council did not approve the new harbour plan, and the mayor never approved the plan either.";
  const first = sentence(text);
  const after = (word: string) => clauseAfter(first, text.indexOf(word) + word.length);

  it("holds the content words up to the clause's end", () => {
    expect(after("not").words.map((token) => token.text)).toEqual(["approve", "new", "harbour", "plan"]);
    // "either" is a conjunction to the tagger, so it ends the clause.
    expect(after("never").words.map((token) => token.text)).toEqual(["approved", "plan"]);
  });

  it("answers for the clause's stems without listing them", () => {
    const clause = after("never");
    expect(clause.size).toBe(2);
    expect(new Set(clause)).toEqual(new Set(clause.words.map(stemOf)));
    expect(clause.has(stemOf(clause.words[0]!))).toBe(true);
    expect(clause.has("harbour")).toBe(false);
  });

  it("counts a stem written twice in a clause once", () => {
    const text = "The team will not play home games near home.";
    const clause = clauseAfter(sentence(text), text.indexOf("not") + 3);
    expect(clause.words.map((token) => token.text)).toEqual(["play", "home", "games", "home"]);
    expect(clause.size).toBe(3);
    expect([...clause].sort()).toEqual(["game", "home", "plai"]);
  });

  it("knows a later cue's clause as a tail of an earlier one's", () => {
    expect(after("did").contains(after("approve"))).toBe(true);
    expect(after("approve").contains(after("did"))).toBe(false);
    expect(after("not").contains(after("never"))).toBe(false);
  });

  it("keeps a hyphenated word in the clause", () => {
    const text = "The injury was not life-threatening, doctors said.";
    expect(clauseAfter(sentence(text), text.indexOf("not") + 3).words.map((token) => token.text)).toEqual(["life", "threatening"]);
    expect(governedWord(sentence(text), text.indexOf("not") + 3)?.text).toBe("threatening");
  });

  it("is empty after the last word", () => {
    const clause = clauseAfter(first, text.length);
    expect(clause.words).toEqual([]);
    expect(clause.size).toBe(0);
    expect([...clause]).toEqual([]);
  });
});

describe("clauseBreakAt", () => {
  const text = "It is likely that the toll will rise, and beds could run out.";
  const first = sentence(text);
  const breakAt = (word: string) => clauseBreakAt(first, text.indexOf(word))?.text;

  it("gives the token that closes an offset's clause, the same for two words of one clause", () => {
    expect([breakAt("likely"), breakAt("toll"), breakAt("rise"), breakAt("beds")]).toEqual(["that", ",", ",", "."]);
  });
});
