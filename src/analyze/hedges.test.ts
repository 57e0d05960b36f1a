import { describe, expect, it } from "vitest";
import { extractHedges, extractNegations } from "./hedges.js";

function hedgeCues(text: string): string[] {
  return extractHedges(text).map((h) => h.cue);
}

function negationCues(text: string): string[] {
  return extractNegations(text).map((n) => n.cue);
}

describe("extractHedges", () => {
  it("finds modals: may, might, could, would", () => {
    expect(hedgeCues("It may rain, it might flood, roads could close and ferries would stop.")).toEqual(["may", "might", "could", "would"]);
  });

  it("reports spans in offsets of the given text", () => {
    expect(extractHedges("Prices will likely rise.")).toEqual([{ kind: "hedge", start: 12, end: 18, text: "likely", cue: "likely" }]);
  });

  it("finds epistemic adverbs", () => {
    expect(hedgeCues("He possibly, probably, reportedly, allegedly and apparently left; a win is unlikely.")).toEqual([
      "possibly", "probably", "reportedly", "allegedly", "apparently", "unlikely",
    ]);
  });

  it("finds 'apparent' before a noun, not where it means evident", () => {
    expect(hedgeCues("He suffered an apparent injury in apparent retaliation. It was not immediately apparent why.")).toEqual(["apparent", "apparent"]);
  });

  it("normalises inflected softening verbs to one cue", () => {
    expect(hedgeCues("The mill seemed to stall and appeared to close.")).toEqual(["seems to", "appears to"]);
  });

  it("reads the active forms of 'expect to' as the expectation hedge", () => {
    expect(hedgeCues("The firm expects to save, expected to hire and is expecting to grow.")).toEqual(["expected to", "expected to", "expected to"]);
  });

  it("finds intention and expectation phrases", () => {
    expect(hedgeCues("The firm is expected to vote, plans to hire, aims to grow, hopes to win and intends to sue.")).toEqual([
      "expected to", "plans to", "aims to", "hopes to", "intends to",
    ]);
  });

  it("finds 'is set to' and 'is said to' only after a form of be", () => {
    expect(hedgeCues("Fares are set to rise. The crew set to work. The dam is said to leak. He said to wait.")).toEqual(["set to", "said to"]);
  });

  it("finds 'reported to' before 'be' or 'have', after a noun or a form of be", () => {
    expect(hedgeCues("A ransom reported to be 2 million dollars was paid. The pilot is reported to have ejected.")).toEqual(["reported to", "reported to"]);
  });

  it("does not take 'reported to' for a report made to someone, or 'reported' for its verb", () => {
    expect(hedgeCues("The leak was reported to the harbour master. The bakery reported a loss. They reported to be ready.")).toEqual([]);
  });

  it("finds believed to, estimated, proposed, suspected, preliminary", () => {
    expect(hedgeCues("An estimated 40 suspected smugglers, believed to be armed, face the proposed law, preliminary data show.")).toEqual([
      "estimated", "suspected", "believed to", "proposed", "preliminary",
    ]);
  });

  it("finds 'up to', 'as many as' and 'as much as' only before a number", () => {
    expect(hedgeCues("Up to 300 jobs and as many as forty shops may go; it is up to the board.")).toEqual(["up to", "as many as", "may"]);
    expect(hedgeCues("Fines of as much as $500 apply, as much as anyone likes them.")).toEqual(["as much as"]);
  });

  it("does not take May the month", () => {
    expect(hedgeCues("The vote in May was close. May 5 was calm. Talks end on May 9.")).toEqual([]);
  });

  it("takes a sentence-initial modal May", () => {
    expect(hedgeCues("May the talks succeed.")).toEqual(["may"]);
  });
});

describe("extractNegations", () => {
  it("finds not", () => {
    expect(negationCues("The bridge is not safe.")).toEqual(["not"]);
  });

  it("reads a contraction typed without its apostrophe", () => {
    expect(negationCues("I dont know who signed it.")).toEqual(["not"]);
  });

  it("does not take a capitalised Not inside a name", () => {
    expect(negationCues("Callers on the Do Not Call list were phoned anyway.")).toEqual([]);
  });

  it('reads "has yet to" as "not", and "yet to" after a noun as nothing', () => {
    expect(negationCues("The cause has yet to be confirmed.")).toEqual(["not"]);
    expect(negationCues("With the hardest part yet to come, they rested.")).toEqual([]);
  });

  it("reports contractions and cannot as 'not', spanning the whole word", () => {
    const found = extractNegations("They didn't go, won't stay and cannot leave.");
    expect(found.map((n) => [n.text, n.cue])).toEqual([
      ["didn't", "not"],
      ["won't", "not"],
      ["cannot", "not"],
    ]);
  });

  it("finds no, never, none, nobody, nothing", () => {
    expect(negationCues("No deal, never again; none came, nobody spoke, nothing moved.")).toEqual(["no", "never", "none", "nobody", "nothing"]);
  });

  it("finds neither/nor and without", () => {
    expect(negationCues("Neither the mayor nor the council acted, without delay.")).toEqual(["neither", "nor", "without"]);
  });

  it("prefers 'no longer' and 'no one' to a bare 'no'", () => {
    expect(negationCues("He no longer works there and no one knows why.")).toEqual(["no longer", "no one"]);
  });

  it("skips 'not only' and the number sign 'No.'", () => {
    expect(negationCues("Not only rain but snow fell on No. 10 Birch Road.")).toEqual([]);
  });

  it("reads a capitalised 'No' before a figure as a number sign", () => {
    expect(negationCues("The No 10 media chief said the album was No 1 again.")).toEqual([]);
  });

  it("keeps a lower-case 'no' before a figure, and 'No' before an age, as negations", () => {
    expect(negationCues("It gave no 1986 figures. No 16-year-old may vote.")).toEqual(["no", "no"]);
  });

  it("does not treat denied or refused as negations", () => {
    expect(negationCues("She denied the report and refused to comment.")).toEqual([]);
  });
});
