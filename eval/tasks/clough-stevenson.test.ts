import { describe, expect, it } from "vitest";
import type { CloughAnswer, CloughCategory } from "../datasets/clough-stevenson.js";
import { fakeContext, fakeReport } from "../testing/fake-report.js";
import type { Scorer } from "../types.js";
import { evaluateCloughStevenson } from "./clough-stevenson.js";

// Separable by construction: derivedShare splits non from the rest, verbatimShare orders the rest.
const features: Record<CloughCategory, { derivedShare: number; verbatimShare: number }> = {
  non: { derivedShare: 0.05, verbatimShare: 0 },
  heavy: { derivedShare: 0.6, verbatimShare: 0.1 },
  light: { derivedShare: 0.8, verbatimShare: 0.5 },
  cut: { derivedShare: 0.95, verbatimShare: 0.9 },
};

const answers: CloughAnswer[] = (["non", "heavy", "light", "cut"] as const).flatMap((category) =>
  Array.from({ length: 5 }, (_, i) => ({
    id: `${category}${i}`,
    task: "a",
    category,
    source: "Tides follow the moon.",
    answer: `${category}|${i}`,
  })),
);

// Small per-item jitter keeps the scores distinct, as real ones are.
const scorer: Scorer = async (_source, answer) => {
  const [category, i] = answer.split("|") as [CloughCategory, string];
  const jitter = Number(i) * 0.01;
  return fakeReport({
    derivedShare: features[category].derivedShare + jitter,
    verbatimShare: features[category].verbatimShare + jitter,
  });
};

describe("evaluateCloughStevenson", () => {
  it("separates derived from independent answers by cross-validated threshold", async () => {
    const entries = await evaluateCloughStevenson(answers, fakeContext(scorer));
    expect(entries.find((entry) => entry.metric === "derived-accuracy")?.value).toBe(1);
  });

  it("recovers the four levels from cross-validated cuts", async () => {
    const entries = await evaluateCloughStevenson(answers, fakeContext(scorer));
    expect(entries.find((entry) => entry.metric === "four-level-accuracy")?.value).toBe(1);
  });
});
