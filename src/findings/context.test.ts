import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { spanFromAuxiliary } from "./context.js";

const spanOfVerb = (text: string, verb: string) => {
  const sentence = analyze(text).sentences[0]!;
  return spanFromAuxiliary(sentence, sentence.tokens.find((token) => token.text === verb)!).text;
};

describe("spanFromAuxiliary", () => {
  it("reaches back over an adverb and another auxiliary to the auxiliary", () => {
    expect(spanOfVerb("Boeing will yet be charged.", "charged")).toBe("will yet be charged");
  });

  it("keeps the verb alone when no auxiliary stands before it", () => {
    expect(spanOfVerb("The mayor resigned on Friday.", "resigned")).toBe("resigned");
  });

  it("stops at a word that is neither an adverb nor an auxiliary", () => {
    expect(spanOfVerb("Ruiz had said he won.", "won")).toBe("won");
  });
});
