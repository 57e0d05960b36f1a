import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { describedNoun } from "./described-noun.js";

function nounAfter(text: string, adjective: string): string | undefined {
  const sentence = analyze(text).sentences[0]!;
  const token = sentence.tokens.find((candidate) => candidate.text === adjective)!;
  return describedNoun(sentence, token)?.text;
}

describe("describedNoun", () => {
  it("finds the noun right after an adjective", () => {
    expect(nounAfter("Varrow is the third largest bank in Ostrel.", "largest")).toBe("bank");
  });

  it("takes the last noun of a run of nouns", () => {
    expect(nounAfter("Prices hurt the domestic oil industry.", "domestic")).toBe("industry");
  });

  it("reads past a joined adjective", () => {
    expect(nounAfter("The plan helps small and medium-sized firms.", "small")).toBe("firms");
  });

  it("finds none for an adjective after its noun", () => {
    expect(nounAfter("The Varrow systems are outdated.", "outdated")).toBeUndefined();
  });

  it("reads through a noun of quantity to what it measures", () => {
    expect(nounAfter("It saves a negligible amount of time.", "negligible")).toBe("time");
  });
});
