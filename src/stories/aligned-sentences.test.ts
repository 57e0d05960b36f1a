import { describe, expect, it } from "vitest";
import { alignMembers, alignSentences, type AlignmentSettings } from "./aligned-sentences.js";

const settings: AlignmentSettings = { minSharedWords: 3, minSentenceDice: 0.4 };

/** A frame from a line of words, standing in for a sentence's content lemmas. */
function frame(words: string): Set<string> {
  return new Set(words.split(" "));
}

describe("alignSentences", () => {
  it("pairs sentences that say the same thing around their values", () => {
    const original = [frame("council approve budget school monday"), frame("river flood town night rain")];
    const rewrite = [frame("heavy rain flood town river night"), frame("council approve budget school mayor")];
    expect(alignSentences(original, rewrite, settings)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("aligns a sentence split in two with both halves", () => {
    const original = [frame("river aske burst bank corrin falls thursday rain flood home force resident leave millbank district official")];
    const rewrite = [
      frame("people evacuate home corrin falls river aske overflow thursday rain"),
      frame("emergency official home millbank district under water force leave"),
    ];
    expect(alignSentences(original, rewrite, settings)).toEqual([
      [0, 0],
      [0, 1],
    ]);
  });

  it("does not align a dropped sentence with the neighbour it resembles most", () => {
    const original = [frame("river reach town bridge gauge normal level regional environment agency"), frame("expect crest thursday evening agency say")];
    const rewrite = [frame("regional environment agency say aske crest thursday evening")];
    expect(alignSentences(original, rewrite, settings)).toEqual([[1, 0]]);
  });

  it("aligns a short sentence held between two aligned neighbours", () => {
    const original = [frame("phone camera japan people use month"), frame("figure"), frame("europe people snap camera rise month")];
    const rewrite = [frame("phone camera japan people use month"), frame("now figure"), frame("europe people snap camera rise month")];
    expect(alignSentences(original, rewrite, settings)).toContainEqual([1, 1]);
  });

  it("leaves sentences sharing too few words apart", () => {
    expect(alignSentences([frame("storm hit coast")], [frame("storm close school town")], settings)).toEqual([]);
  });
});

describe("alignMembers", () => {
  it("answers for both orders of an aligned pair across members", () => {
    const alignment = alignMembers(
      [
        { member: 4, frames: [frame("council approve budget school monday")] },
        { member: 9, frames: [frame("council approve budget school")] },
      ],
      settings,
    );
    expect(alignment.aligned({ member: 4, sentence: 0 }, { member: 9, sentence: 0 })).toBe(true);
    expect(alignment.aligned({ member: 9, sentence: 0 }, { member: 4, sentence: 0 })).toBe(true);
  });
});
