import { describe, expect, it } from "vitest";
import { checkMeaning } from "./meaning.js";
import { runCheck, runCheckWithSupports } from "./pair.test-data.js";

const wordsOf = (found: ReturnType<typeof runCheck>) => found.map((item) => [item.rewrite?.text, item.source?.text]);

describe("checkMeaning", () => {
  it("finds an opposite said of the same thing", () => {
    const found = runCheck(checkMeaning, "Ticket sales at the Varrow stadium fell in May.", "Ticket sales at the Varrow stadium rose in May.");
    expect(wordsOf(found)).toEqual([["rose", "fell"]]);
  });

  it("finds an opposite in the source word's place though the source uses it elsewhere", () => {
    const found = runCheck(
      checkMeaning,
      "The price of a home fell by 2% in May, while the time it takes to sell a home rose to 81 days.",
      "The price of a home rose by 2% in May, while the time it takes to sell a home rose to 81 days.",
    );
    expect(wordsOf(found)).toEqual([["rose", "fell"]]);
  });

  it("finds an opposite in the source word's place though the rewrite says the source word elsewhere", () => {
    const found = runCheck(
      checkMeaning,
      "Profit at Harlow Mills fell to 86 million in 2024 because of the fall in paper prices.",
      "Profit at Harlow Mills fell to 86 million in 2024 because of the rise in paper prices.",
    );
    expect(wordsOf(found)).toEqual([["rise", "fall"]]);
  });

  it("finds a surplus turned into a deficit", () => {
    const found = runCheck(checkMeaning, "Tarland's trade surplus with Varland rose to 13 billion crowns.", "Tarland's trade deficit with Varland rose to 13 billion crowns.");
    expect(wordsOf(found)).toEqual([["deficit", "surplus"]]);
  });

  it("ignores a word the source uses elsewhere when its opposite is still stated in place", () => {
    const found = runCheck(
      checkMeaning,
      "Shares fell by 2% on Monday and rose by 3% on Tuesday.",
      "Shares rose by 3% on Tuesday and fell by 2% on Monday.",
    );
    expect(found).toEqual([]);
  });

  it("ignores an opposite said of something else in the sentence", () => {
    // "reducing" is about debt, "expanded" about the company's focus.
    const found = runCheck(
      checkMeaning,
      "As debt falls, the focus of Denholm Mining has expanded to returning capital to shareholders.",
      "Denholm Mining is returning capital to shareholders, buying back shares and reducing its net debt.",
    );
    expect(found).toEqual([]);
  });

  it("ignores an opposite when the source's own word is still in the rewrite", () => {
    const found = runCheck(
      checkMeaning,
      "Our agents offer insurance plans for your specific needs.",
      "The agents offer a broad choice of insurance plans for specific needs.",
    );
    expect(found).toEqual([]);
  });

  it("ignores the opposite of a word the source denies", () => {
    const found = runCheck(checkMeaning, "Varrow Rovers, who had not lost at home since March, drew on Sunday.", "Varrow Rovers, who had won at home since March, drew on Sunday.");
    expect(found).toEqual([]);
  });

  it("ignores the other side of a converse pair when the parties change places", () => {
    const found = runCheck(checkMeaning, "Caldmoor took the lead when Tomasz Wrobel scored.", "Tomasz Wrobel gave Caldmoor the lead when he scored.");
    expect(found).toEqual([]);
  });

  it("finds the other side of a converse pair said of the same party", () => {
    const found = runCheck(checkMeaning, "Caldmoor took the lead when Tomasz Wrobel scored.", "Caldmoor gave the lead away when Tomasz Wrobel scored.");
    expect(wordsOf(found)).toEqual([["gave", "took"]]);
  });

  it("finds a noun in the source turned into its opposite verb", () => {
    const found = runCheck(
      checkMeaning,
      "The board of Calloway Freight announced an increase in its quarterly dividend.",
      "Calloway Freight is decreasing its quarterly dividend.",
    );
    expect(wordsOf(found)).toEqual([["decreasing", "increase"]]);
  });

  it("finds a loss where the source reports earnings", () => {
    const found = runCheck(checkMeaning, "Marrow Bank earned $2.1 billion in the second quarter.", "Marrow Bank lost $2.1 billion in the second quarter.");
    expect(wordsOf(found)).toEqual([["lost", "earned"]]);
  });

  it("ignores opposite adjectives that describe different nouns", () => {
    const found = runCheckWithSupports(
      checkMeaning,
      "The Varrow project will help small firms in Ostrel. Varrow is the largest employer in the town.",
      "The Varrow loan will help the largest bank in Ostrel.",
      [0],
    );
    expect(found).toEqual([]);
  });

  it("finds an opposite adjective that describes the same noun", () => {
    const found = runCheck(checkMeaning, "Varrow opened a small plant in Ostrel.", "Varrow opened a large plant in Ostrel.");
    expect(wordsOf(found)).toEqual([["large", "small"]]);
  });

  describe("beyond the supporting sentences", () => {
    const source =
      "Welcome to Brindle Radio, recorded every week in Harrow Yard. Our host Mara Quill reviews board games with listeners. " +
      "The Brindle Radio show is a new podcast about board games and puzzles. Next week we visit a games cafe.";
    const rewrite = "Brindle Radio is an old podcast where Mara Quill reviews board games.";

    it("finds an opposite adjective in a source sentence the supports leave out", () => {
      const found = runCheckWithSupports(checkMeaning, source, rewrite, [1]);
      expect(found.map((item) => [item.rewrite?.text, item.source?.text, item.source?.sentence])).toEqual([["old", "new", 2]]);
    });

    it("finds an opposite adjective for a sentence with no supports", () => {
      const found = runCheckWithSupports(checkMeaning, source, rewrite, []);
      expect(wordsOf(found)).toEqual([["old", "new"]]);
    });

    it("calls an adjective new to the source unsupported when its opposite there describes something else", () => {
      const found = runCheckWithSupports(
        checkMeaning,
        "Our host Mara Quill reviews board games with listeners. The Brindle Radio show brings new players to board games.",
        rewrite,
        [0],
      );
      expect(found.map((item) => [item.type, item.rewrite?.text])).toEqual([["unsupported", "old"]]);
    });

    it("ignores an opposite in a source sentence that shares too few words to state the same claim", () => {
      const found = runCheckWithSupports(
        checkMeaning,
        "Our host Mara Quill reviews board games with listeners. Brindle Radio bought a new microphone.",
        "Brindle Radio is an old podcast where Mara Quill reviews board games.",
        [0],
      );
      expect(found).toEqual([]);
    });

    it("ignores an opposite elsewhere when the source uses the rewrite's adjective too", () => {
      const found = runCheckWithSupports(checkMeaning, `${source} Some old episodes are online.`, rewrite, [1]);
      expect(found).toEqual([]);
    });

    it("ignores a verb whose opposite stands only in a source sentence the supports leave out", () => {
      const found = runCheckWithSupports(
        checkMeaning,
        "Tessel Foods opened a plant in Varna. Output at the Tessel Foods plant in Varna rose in March, the company said.",
        "Output at the Tessel Foods plant in Varna fell in March.",
        [0],
      );
      expect(found).toEqual([]);
    });
  });
});
