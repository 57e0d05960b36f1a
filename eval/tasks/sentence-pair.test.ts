import { describe, expect, it } from "vitest";
import { fakeReport } from "../testing/fake-report.js";
import type { CompareReport } from "../../src/report/types.js";
import { jaccard, sentencePair } from "./sentence-pair.js";

function pairReport(source: string, rewrite: string): CompareReport {
  return {
    ...fakeReport(),
    source: { sentences: [{ index: 0, text: source, start: 0, end: source.length }] },
    rewrite: { sentences: [{ index: 0, text: rewrite, start: 0, end: rewrite.length }] },
  };
}

describe("jaccard", () => {
  it("divides the shared distinct items by all distinct items", () => {
    expect(jaccard(["rain", "fell"], ["rain", "stopped", "early"])).toBeCloseTo(1 / 4);
  });

  it("counts a repeated item once", () => {
    expect(jaccard(["rain", "rain", "rain"], ["rain"])).toBe(1);
  });

  it("treats two empty lists as the same", () => {
    expect(jaccard([], [])).toBe(1);
  });
});

describe("sentencePair", () => {
  it("counts the negations of each sentence", () => {
    const pair = sentencePair(pairReport("The Harwick council did not approve the bridge.", "The Harwick council approved the bridge."));
    expect(pair.negations).toEqual([1, 0]);
  });

  it("compares word stems, so inflected forms match", () => {
    const pair = sentencePair(pairReport("Ferries stopped running.", "The ferry stops running."));
    // Stems: ferri, stop, run against the, ferri, stop, run.
    expect(pair.wordJaccard).toBeCloseTo(3 / 4);
    // "the" is not a content word.
    expect(pair.contentJaccard).toBe(1);
  });

  it("clips a repeated stem to the other sentence's count in the stem precisions", () => {
    const pair = sentencePair(pairReport("The ferry and the barge", "The ferry sank"));
    // the, ferri of the, ferri, and, the, barg (the second "the" has no partner); the, ferri of the, ferri, sank.
    expect(pair.stemPrecisions[0]).toBeCloseTo(2 / 5);
    expect(pair.stemPrecisions[1]).toBeCloseTo(2 / 3);
  });
});
