import { describe, expect, it } from "vitest";
import type { AlignmentEntry, Finding } from "../report/types.js";
import { findingPenalty, penaltyClass, severityPenalty, typePenalty } from "./verdict.js";

const unsupportedIn = (sentence: number): Finding => ({
  type: "unsupported",
  severity: "medium",
  rewrite: { sentence, start: 0, end: 10, text: "new things" },
  source: null,
  message: "The source has nothing like this.",
});

const alignment: AlignmentEntry[] = [
  { rewrite: 0, source: [2], kind: "paraphrase", score: 0.8 },
  { rewrite: 1, source: [], kind: "unsupported", score: 0.2 },
];

describe("penaltyClass", () => {
  it("counts an unsupported phrase inside a supported sentence as unsupported", () => {
    expect(penaltyClass(unsupportedIn(0), alignment)).toBe("unsupported/medium");
  });

  it("counts an unsupported finding on a sentence nothing supports as unsupported-sentence", () => {
    expect(penaltyClass(unsupportedIn(1), alignment)).toBe("unsupported-sentence/medium");
  });
});

describe("findingPenalty", () => {
  it("gives a class the fit left out the floor of its severity, not another class's penalty", () => {
    expect(typePenalty["unsupported-sentence/medium"]).toBeUndefined();
    expect(findingPenalty(unsupportedIn(1), alignment)).toBe(severityPenalty.medium);
    expect(findingPenalty(unsupportedIn(0), alignment)).toBe(typePenalty["unsupported/medium"]);
  });
});
