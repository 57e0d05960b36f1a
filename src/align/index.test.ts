import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { align, candidateSources } from "./index.js";
import { lcsLength } from "./lcs.js";

// Lexical alignment only (no encoder), so these run without the model.
function links(source: string, rewrite: string) {
  return align(analyze(source), analyze(rewrite));
}

describe("align", () => {
  it("maps each rewrite sentence to the source sentence it restates, whatever the order", () => {
    const result = links(
      "The mayor opened the new bridge on Friday. Traffic on the old road fell by half.",
      "Traffic on the old road fell by half. The mayor opened the new bridge on Friday.",
    );
    expect(result.map((link) => link.sources)).toEqual([[1], [0]]);
  });

  it("draws one rewrite sentence from two source sentences (a merge)", () => {
    const [link] = links(
      "The ferry company cancelled all crossings. Strong winds battered the northern coast.",
      "The ferry company cancelled all crossings as strong winds battered the northern coast.",
    );
    expect([...link!.sources].sort()).toEqual([0, 1]);
  });

  it("lets two rewrite sentences draw on one source sentence (a split)", () => {
    const result = links(
      "The hospital hired forty nurses and opened a new children's ward in the east wing.",
      "The hospital hired forty nurses. It also opened a new children's ward in the east wing.",
    );
    expect(result.map((link) => link.sources)).toEqual([[0], [0]]);
  });

  it("leaves a sentence about something else unsupported", () => {
    const [, invented] = links(
      "The council approved the school budget.",
      "The council approved the school budget. Local bakeries reported record sales of pastries.",
    );
    expect(invented!.supported).toBe(false);
    expect(invented!.sources).toEqual([]);
  });

  it("marks a sentence copied word for word as verbatim", () => {
    const [link] = links("Officials closed the harbour road after the storm.", "Officials closed the harbour road after the storm.");
    expect(link!.verbatim).toBe(true);
  });
});

describe("align evidence", () => {
  it("counts function words in wordShare but not in coverage", () => {
    const [link] = links("Rents rose in the north.", "Rents rose to the north.");
    // Content words (rents, rose, north) are all found; "to" is the one word of five that is not.
    expect(link!.coverage).toBe(1);
    expect(link!.wordShare).toBeCloseTo(4 / 5);
  });

  it("matches words by stem in wordShare", () => {
    const [link] = links("The mayor opens bridges.", "The mayor opened the bridge.");
    expect(link!.wordShare).toBe(1);
  });

  it("measures orderShare as the words kept in the same order", () => {
    const [link] = links("The ferry left port early on Monday.", "On Monday the ferry left port early.");
    // Longest common order: "the ferry left port early", 5 of 7 words.
    expect(link!.orderShare).toBeCloseTo(5 / 7);
  });

  it("measures an unsupported sentence against its nearest source sentence", () => {
    const [, invented] = links(
      "The council approved the school budget.",
      "The council approved the school budget. Bakeries in the city reported record sales.",
    );
    expect(invented!.sources).toEqual([]);
    expect(invented!.wordShare).toBeGreaterThan(0);
    expect(invented!.wordShare).toBeLessThan(0.5);
  });
});

describe("lcsLength", () => {
  it("counts the longest run of words in common order", () => {
    expect(lcsLength(["a", "b", "c", "d"], ["b", "x", "d"])).toBe(2);
  });
});

describe("candidateSources", () => {
  it("keeps the source sentences that share the most words with each rewrite sentence", () => {
    const source = analyze("The mayor opened the bridge. Rain fell all day. The bridge cost nine million.");
    const rewrite = analyze("The new bridge cost nine million.");
    expect(candidateSources(source, rewrite, 1)).toEqual([[2]]);
  });
});
