import { describe, expect, it } from "vitest";
import type { CloughFeatures } from "./clough-features.js";
import { chooseByInnerValidation, derivedThreshold, revisionBoundaries, revisionCuts, type Candidate, type CloughData } from "./clough-models.js";

// Every feature 0 unless a test sets it.
function featuresWith(values: Partial<CloughFeatures>): CloughFeatures {
  const zero: CloughFeatures = {
    verbatimShare: 0, derivedShare: 0, score: 0, cosine: 0, coverage: 0, wordShare: 0, orderShare: 0,
    verbatimKind: 0, paraphraseKind: 0, alteredKind: 0, unsupportedKind: 0,
    containment1: 0, containment2: 0, containment3: 0, containment4: 0, containment5: 0, lcsShare: 0, longestRunShare: 0,
  };
  return { ...zero, ...values };
}

// Five answers per level (0 = non ... 3 = cut); a small per-item step keeps scores distinct.
function dataOf(read: (level: number, step: number) => Partial<CloughFeatures>): CloughData {
  const levels = [0, 1, 2, 3].flatMap((level) => Array.from({ length: 5 }, () => level));
  return { levels, features: levels.map((level, i) => featuresWith(read(level, (i % 5) * 0.01))) };
}

const everyIndex = (data: CloughData) => data.levels.map((_, i) => i);

describe("chooseByInnerValidation", () => {
  const data = dataOf((level, step) => ({ wordShare: level === 0 ? step : 0.5 + step, score: step }));
  const derivedGold = data.levels.map((level) => level > 0);

  it("chooses the candidate that is right on held-out training items", () => {
    const { chosen } = chooseByInnerValidation([derivedThreshold(data, "score"), derivedThreshold(data, "wordShare")], everyIndex(data), data.levels, derivedGold);
    expect(chosen.name).toBe("threshold:wordShare");
  });

  it("keeps the first of equally good candidates", () => {
    const always = (name: string): Candidate<boolean> => ({ name, fit: () => () => true });
    const { chosen } = chooseByInnerValidation([always("first"), always("second")], everyIndex(data), data.levels, derivedGold);
    expect(chosen.name).toBe("first");
  });

  it("judges candidates only on the items it is told to score", () => {
    // Over all items the two are right on 15 of 20 and the first would win; over derived answers
    // only, the second is right on all 15 and the first on 10.
    const sayLevel = (name: string, level: (index: number) => number): Candidate<number> => ({ name, fit: () => level });
    const candidates = [
      sayLevel("wrong-on-cut", (i) => (data.levels[i] === 3 ? 0 : data.levels[i]!)),
      sayLevel("wrong-on-non", (i) => Math.max(1, data.levels[i]!)),
    ];
    const { chosen } = chooseByInnerValidation(candidates, everyIndex(data), data.levels, data.levels, (i) => data.levels[i]! > 0);
    expect(chosen.name).toBe("wrong-on-non");
  });
});

describe("revision models", () => {
  // Cut answers copy whole sentences (none paraphrased) but no more 3-grams than light ones.
  const data = dataOf((level, step) => ({
    verbatimShare: [0, 0.3, 0.55, 0.5][level]! + step,
    paraphraseKind: level === 3 ? 0.1 + step : 0.7 + step,
  }));
  const derivedIndexes = everyIndex(data).filter((i) => data.levels[i]! > 0);
  const correct = (model: (index: number) => number) => derivedIndexes.filter((i) => model(i) === data.levels[i]).length;

  it("orders heavy < light < cut by cut points on one feature, fitted on derived answers", () => {
    const model = revisionCuts(data, "verbatimShare").fit(everyIndex(data));
    expect(model(5)).toBe(1);
    expect(correct(model)).toBeLessThan(derivedIndexes.length);
  });

  it("separates light from cut by a second feature through the boundary logistics", () => {
    const model = revisionBoundaries(data, ["verbatimShare", "paraphraseKind"]).fit(everyIndex(data));
    expect(correct(model)).toBe(derivedIndexes.length);
  });
});
