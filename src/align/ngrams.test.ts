import { describe, expect, it } from "vitest";
import { analyze } from "../analyze/index.js";
import { trigramContainment } from "./ngrams.js";

const share = (rewrite: string, source: string) => trigramContainment(analyze(rewrite).sentences, analyze(source).sentences);

describe("trigramContainment", () => {
  it("is 1 for a copy", () => {
    expect(share("The river rose overnight.", "The river rose overnight.")).toBe(1);
  });

  it("counts the share of the rewrite's 3-grams found in the source", () => {
    // rewrite 3-grams: "the river rose", "river rose sharply"; only the first is in the source
    expect(share("The river rose sharply.", "The river rose overnight.")).toBe(0.5);
  });

  it("is 0 when no three words in a row are shared", () => {
    expect(share("Water levels climbed during the night.", "The river rose overnight.")).toBe(0);
  });
});
