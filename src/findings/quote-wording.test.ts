import { describe, expect, it } from "vitest";
import { quoteTokens, unmarkedCut, wordingOf } from "./quote-wording.js";

const SOURCE = "We will not close the plant this year. Talks went well. The workers have earned our trust.";

function cutIn(rewriteQuote: string, sourceQuote = SOURCE) {
  return unmarkedCut(wordingOf(quoteTokens(rewriteQuote)), wordingOf(quoteTokens(sourceQuote)));
}

describe("quoteTokens", () => {
  it("marks a word after a sentence end or an ellipsis as opening a sentence", () => {
    expect(quoteTokens("Closed. Then … reopened").map((token) => token.opensSentence)).toEqual([false, true, true]);
  });
});

describe("unmarkedCut", () => {
  it("finds words left out of the middle of a sentence", () => {
    expect(cutIn("We will close the plant this year.")).toEqual({ at: 2, skipped: ["not"] });
  });

  it("accepts a function word left out", () => {
    expect(cutIn("The only thing I know is the plant stays open.", "The only thing that I know is the plant stays open.")).toBeNull();
  });

  it("finds a content word left out", () => {
    expect(cutIn("This deal makes sense for both of us.", "This deal makes good sense for both of us.")).toEqual({ at: 3, skipped: ["good"] });
  });

  it("accepts a cut marked by an ellipsis", () => {
    expect(cutIn("We will not close the plant ... The workers have earned our trust.")).toBeNull();
  });

  it("accepts a quote that starts and ends inside the source's", () => {
    expect(cutIn("not close the plant this")).toBeNull();
  });

  it("accepts a cut at a sentence's edge", () => {
    expect(cutIn("We will not close the plant this year. The workers have earned our trust.")).toBeNull();
  });

  it("accepts a cut where the rewrite starts a new sentence", () => {
    expect(cutIn("We will not close the plant. The workers have earned our trust.", "We will not close the plant and the workers have earned our trust.")).toBeNull();
  });

  it("leaves words that do not read in order to other checks", () => {
    expect(cutIn("The workers have earned our trust. We will not close the plant this year.")).toBeNull();
  });
});
