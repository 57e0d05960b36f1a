import { describe, expect, it } from "vitest";
import { COMPARE_SCHEMA_ID, type AlignmentEntry, type CompareReport } from "../../src/report/types.js";
import { cloughFeatures, longestCommonRun, ngramContainment } from "./clough-features.js";

const words = (text: string) => text.split(" ");

function reportOf(source: string[], rewrite: string[], alignment: AlignmentEntry[]): CompareReport {
  const documentOf = (texts: string[]) => ({ sentences: texts.map((text, index) => ({ index, text, start: 0, end: text.length })) });
  return {
    schema: COMPARE_SCHEMA_ID,
    source: documentOf(source),
    rewrite: documentOf(rewrite),
    verdict: { relation: "rewrite", derivedShare: 0.9, verbatimShare: 0.4, faithfulness: 1, faithful: true },
    alignment,
    omitted: [],
    findings: [],
  };
}

describe("ngramContainment", () => {
  it("counts the answer's distinct n-grams found in the source", () => {
    // Bigrams of the answer: "the tide", "tide turned", "turned late"; the source has the first two.
    expect(ngramContainment(words("the tide turned late"), words("at dusk the tide turned"), 2)).toBeCloseTo(2 / 3);
  });

  it("counts a repeated n-gram once", () => {
    expect(ngramContainment(words("rain rain rain"), words("rain"), 1)).toBe(1);
  });

  it("is 0 for an answer shorter than n", () => {
    expect(ngramContainment(words("tide"), words("tide"), 2)).toBe(0);
  });
});

describe("longestCommonRun", () => {
  it("counts only words copied without a gap", () => {
    expect(longestCommonRun(words("a b c d"), words("a x b c d"))).toBe(3);
  });
});

describe("cloughFeatures", () => {
  it("averages the alignment kinds over the answer's sentences by word count", () => {
    const report = reportOf(
      ["Mara Quell sailed north in spring."],
      ["Mara Quell sailed north in spring.", "She liked boats."],
      [
        { rewrite: 0, source: [0], kind: "verbatim", score: 1, wordShare: 1 },
        { rewrite: 1, source: [], kind: "unsupported", score: 0, wordShare: 0 },
      ],
    );
    const features = cloughFeatures(report);
    // Six words verbatim, three unsupported.
    expect(features.verbatimKind).toBeCloseTo(6 / 9);
    expect(features.unsupportedKind).toBeCloseTo(3 / 9);
    expect(features.wordShare).toBeCloseTo(6 / 9);
  });

  it("reads the containments and runs from the two texts' word stems", () => {
    const report = reportOf(["Mara Quell sailed north in spring."], ["Mara Quell sailing north."], []);
    const features = cloughFeatures(report);
    // Stems make "sailing" match "sailed": all four answer words are found, in one run.
    expect(features.containment1).toBe(1);
    expect(features.longestRunShare).toBe(1);
    expect(features.containment2).toBe(1);
  });
});
