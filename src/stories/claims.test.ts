import { describe, expect, it } from "vitest";
import { alignMembers } from "./aligned-sentences.js";
import { addedSentences, sharedClaims } from "./claims.js";
import type { MemberMentions } from "./mentions.js";

/** A member whose sentences are given as their content words; the text is the words joined. */
function member(id: number, sentences: string[][]): MemberMentions {
  return { member: id, frames: sentences.map((words) => new Set(words)), sentences: sentences.map((words) => `${words.join(" ")}.`), numbers: [], dates: [], quotes: [], entities: [] };
}

const settings = { minSharedWords: 3, minSentenceDice: 0.4 };
const wire = member(1, [
  ["river", "burst", "bank", "town", "flood"],
  ["mayor", "open", "shelter", "school", "close"],
]);
const rewrite = member(2, [
  ["mayor", "open", "shelter", "school", "shut"],
  ["river", "burst", "bank", "town", "overnight"],
  ["soldier", "garrison", "send", "fill", "sandbag"],
]);

describe("sharedClaims", () => {
  it("makes one claim of each statement two members share, worded as the earlier one writes it", () => {
    const claims = sharedClaims([wire, rewrite], alignMembers([wire, rewrite], settings));
    expect(claims.map((claim) => [claim.text, claim.members])).toEqual(
      expect.arrayContaining([
        ["river burst bank town flood.", [1, 2]],
        ["mayor open shelter school close.", [1, 2]],
      ]),
    );
  });

  it("leaves out what only one member says", () => {
    const claims = sharedClaims([wire, rewrite], alignMembers([wire, rewrite], settings));
    expect(claims).toHaveLength(2);
  });
});

describe("addedSentences", () => {
  it("names the rewrite's sentence whose words its source never uses", () => {
    expect(addedSentences(rewrite, wire, alignMembers([wire, rewrite], settings))).toEqual([2]);
  });

  it("does not call a sentence added when most of its words are the source's, aligned or not", () => {
    const reworded = member(3, [["mayor", "river", "school", "town", "rain"]]);
    expect(addedSentences(reworded, wire, alignMembers([wire, reworded], settings))).toEqual([]);
  });

  it("ignores sentences too short to judge", () => {
    const short = member(4, [["storm", "end"]]);
    expect(addedSentences(short, wire, alignMembers([wire, short], settings))).toEqual([]);
  });
});
