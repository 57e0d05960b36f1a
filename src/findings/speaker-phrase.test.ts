import { describe, expect, it } from "vitest";
import type { AttributionAtom } from "../analyze/types.js";
import { speakerPhraseNames } from "./speaker-phrase.js";

function said(phrase: string): AttributionAtom {
  return { kind: "attribution", start: 0, end: phrase.length, text: phrase, speaker: phrase.toLowerCase(), speakerSpan: { start: 0, end: phrase.length, text: phrase }, cue: "say" };
}

describe("speakerPhraseNames", () => {
  it("finds a name inside a longer speaker phrase", () => {
    expect(speakerPhraseNames(said("Seismologist Dr. Owen Park of Coastal State University"), "owen park")).toBe(true);
  });

  it("needs the name's words in a row", () => {
    expect(speakerPhraseNames(said("Owen Bell and Rita Park"), "owen park")).toBe(false);
  });
});
