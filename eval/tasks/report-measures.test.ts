import { describe, expect, it } from "vitest";
import type { CompareReport } from "../../src/report/types.js";
import { wordCount, wordWeightedMean } from "./report-measures.js";

function reportWith(sentences: string[], scores: number[]): CompareReport {
  return {
    rewrite: { sentences: sentences.map((text, index) => ({ index, text, start: 0, end: text.length })) },
    alignment: scores.map((score, rewrite) => ({ rewrite, source: [], kind: "paraphrase", score })),
  } as unknown as CompareReport;
}

describe("wordWeightedMean", () => {
  it("weighs each sentence by its words", () => {
    expect(wordWeightedMean(reportWith(["One two three.", "Four."], [1, 0]), (entry) => entry.score)).toBeCloseTo(0.75);
  });

  it("counts a wordless sentence as one word", () => {
    expect(wordWeightedMean(reportWith(["...", "Five six seven."], [1, 0]), (entry) => entry.score)).toBeCloseTo(0.25);
  });
});

describe("wordCount", () => {
  it("counts runs of letters and digits", () => {
    expect(wordCount("Mayor Ines Tarr, 54, left.")).toBe(5);
  });
});
