import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import type { EntityAtom } from "../analyze/types.js";
import { atomInPlace, placeOf, surroundings } from "./surroundings.js";

/** The surroundings of the first place `name` is written in a one-sentence text. */
function around(text: string, name: string): string | undefined {
  const start = text.indexOf(name);
  return surroundings(analyze(text).sentences[0]!, { start, end: start + name.length, text: name });
}

describe("surroundings", () => {
  it("reads two words either side", () => {
    expect(around("Traders said the Dorvex index swung on Monday.", "Dorvex")).toBe("said the | index swung");
  });

  it("counts the start of the sentence as a word", () => {
    expect(around("Dorvex shares fell.", "Dorvex")).toBe("^ | shares fell");
  });

  it("passes over a possessive's 's", () => {
    expect(around("Losses in Dorvex's accounts grew.", "Dorvex")).toBe(around("Losses in Velmor accounts grew.", "Velmor"));
  });

  it("gives nothing for a name with fewer than three words around it", () => {
    expect(around("Ask Dorvex", "Dorvex")).toBeUndefined();
  });
});

describe("atomInPlace", () => {
  it("finds the supporting atom of the accepted kind that stands where the span stands", () => {
    const support = analyze("By noon on Monday, Velmor shares were down.").sentences[0]!;
    const sentence = analyze("By noon on Monday, Tollgate shares were down.").sentences[0]!;
    const start = sentence.text.indexOf("Tollgate");
    const isEntity = (atom: { kind: string }): atom is EntityAtom => atom.kind === "entity";
    expect(atomInPlace(sentence, { start, end: start + 8, text: "Tollgate" }, [support], isEntity)?.text).toBe("Velmor");
  });
});

/** What a rewrite sentence has where `words` stood in a one-sentence source. */
function placed(source: string, words: string, rewrite: string): string | undefined {
  const start = source.indexOf(words);
  return placeOf(analyze(rewrite).sentences[0]!, analyze(source).sentences[0]!, { start, end: start + words.length, text: words })?.text;
}

describe("placeOf", () => {
  it("gives the words put where the span stood", () => {
    expect(placed("Officials said prices could rise in May.", "could", "Officials said prices will surely rise in May.")).toBe("will surely");
  });

  it("gives the word either side when nothing was put there", () => {
    expect(placed("The robot is not for sale.", "not", "The robot is for sale.")).toBe("is for");
  });

  it("gives nothing when the words around the span are not together in the rewrite", () => {
    expect(placed("Officials said prices could rise in May.", "could", "In May, prices will rise, officials said.")).toBeUndefined();
  });
});
