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

describe("evaluateCloughStevenson fitted decision", () => {
  // Neither share alone splits these: one kind of independent answer has a higher derivedShare
  // than the heavy revisions, the other a higher verbatimShare. Their sum does.
  const shares: Record<string, { derivedShare: number; verbatimShare: number }> = {
    "non-topical": { derivedShare: 0.85, verbatimShare: 0 },
    "non-phrased": { derivedShare: 0.3, verbatimShare: 0.2 },
    heavy: { derivedShare: 0.8, verbatimShare: 0.15 },
    light: { derivedShare: 0.9, verbatimShare: 0.5 },
    cut: { derivedShare: 1, verbatimShare: 0.9 },
  };
  const mixed: CloughAnswer[] = Object.keys(shares).flatMap((kind) =>
    Array.from({ length: 5 }, (_, i) => ({
      id: `${kind}${i}`,
      task: "a",
      category: kind.split("-")[0] as CloughCategory,
      source: "Tides follow the moon.",
      answer: `${kind}|${i}`,
    })),
  );
  const mixedScorer: Scorer = async (_source, answer) => {
    const [kind, i] = answer.split("|") as [string, string];
    const jitter = Number(i) * 0.002;
    return fakeReport({ derivedShare: shares[kind]!.derivedShare + jitter, verbatimShare: shares[kind]!.verbatimShare + jitter });
  };

  it("separates derived from independent answers by both shares where one alone cannot", async () => {
    const entries = await evaluateCloughStevenson(mixed, fakeContext(mixedScorer));
    const value = (metric: string) => entries.find((entry) => entry.metric === metric)?.value;
    expect(value("derived-accuracy")).toBeLessThan(1);
    expect(value("derived-accuracy:fitted-logistic")).toBe(1);
  });
});

describe("evaluateCloughStevenson chosen models", () => {
  // Cut answers copy whole sentences (aligned verbatim, none paraphrased) yet share no more
  // 3-grams than light ones, so cut points on verbatimShare alone mix the two.
  const profiles: Record<CloughCategory, { verbatimShare: number; kind: "verbatim" | "paraphrase" | "unsupported" }> = {
    non: { verbatimShare: 0, kind: "unsupported" },
    heavy: { verbatimShare: 0.3, kind: "paraphrase" },
    light: { verbatimShare: 0.55, kind: "paraphrase" },
    cut: { verbatimShare: 0.5, kind: "verbatim" },
  };
  const kindScorer: Scorer = async (_source, answer) => {
    const [category, i] = answer.split("|") as [CloughCategory, string];
    const { verbatimShare, kind } = profiles[category];
    const report = fakeReport({ verbatimShare: verbatimShare + Number(i) * 0.01 });
    return { ...report, alignment: [{ rewrite: 0, source: kind === "unsupported" ? [] : [0], kind, score: kind === "unsupported" ? 0 : 1 }] };
  };

  it("recovers the four levels with a model chosen inside the training folds where one score cannot", async () => {
    const entries = await evaluateCloughStevenson(answers, fakeContext(kindScorer));
    const value = (metric: string) => entries.find((entry) => entry.metric === metric)?.value;
    expect(value("four-level-accuracy")).toBeLessThan(1);
    expect(value("four-level-accuracy:fitted-choice")).toBe(1);
    expect(value("derived-accuracy:fitted-choice")).toBe(1);
  });
});
