import { describe, expect, it } from "vitest";
import { dropHedge, flipNegation, swapAntonym, swapPronoun } from "./predicates.js";
import { createRandom } from "./random.js";
import { parseDoc, renderDoc } from "./sentences.js";

const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
/** Every text an operation makes of `text` over the seeds. */
const outcomes = (operation: typeof flipNegation, text: string) =>
  [...new Set(seeds.map((seed) => operation(parseDoc(text), createRandom(seed))).map((outcome) => (outcome ? renderDoc(outcome.doc) : null)))];

describe("flipNegation", () => {
  it("removes a negation or adds one after an auxiliary", () => {
    expect(outcomes(flipNegation, "The council did not approve the plan. The mayor will raise fees.").sort()).toEqual([
      "The council did approve the plan. The mayor will raise fees.",
      "The council did not approve the plan. The mayor will not raise fees.",
    ]);
  });

  it("turns a contraction positive", () => {
    expect(outcomes(flipNegation, "The union won't strike.")).toEqual(["The union will strike."]);
  });

  it("leaves 'not only' and makes no double negative", () => {
    expect(outcomes(flipNegation, "It is not only costly. A deal is unlikely. There have been no talks.")).toEqual([null]);
  });
});

describe("dropHedge", () => {
  it("makes a modal, a plan or an expectation certain", () => {
    expect(outcomes(dropHedge, "Rates may rise.")).toEqual(["Rates will rise."]);
    expect(outcomes(dropHedge, "Harlow Mills plans to close the plant.")).toEqual(["Harlow Mills will close the plant."]);
    expect(outcomes(dropHedge, "Prices are expected to ease.")).toEqual(["Prices will ease."]);
  });

  it("drops a hedging adverb", () => {
    expect(outcomes(dropHedge, "The mayor reportedly resigned.")).toEqual(["The mayor resigned."]);
  });

  it("leaves a plan that is a noun and the month of May", () => {
    expect(outcomes(dropHedge, "Labour's plan to invest was praised. The vote is on 5 May as expected.")).toEqual([null]);
  });

  it("leaves 'may have' and 'could not'", () => {
    expect(outcomes(dropHedge, "He may have left. She could not sleep.")).toEqual([null]);
  });
});

describe("swapAntonym", () => {
  it("turns a direction or result word to its opposite, keeping its case", () => {
    expect(outcomes(swapAntonym, "Sales fell.")).toEqual(["Sales rose."]);
    expect(outcomes(swapAntonym, "Profit was flat.")).toEqual(["Loss was flat."]);
  });

  it("leaves the 'won' of 'won't'", () => {
    expect(outcomes(swapAntonym, "The union won't strike.")).toEqual([null]);
  });
});

describe("swapPronoun", () => {
  it("gives the other gender's pronoun", () => {
    expect(outcomes(swapPronoun, "He said so.")).toEqual(["She said so."]);
  });

  it("leaves 'her', which could be 'him' or 'his'", () => {
    expect(outcomes(swapPronoun, "They thanked her.")).toEqual([null]);
  });
});
