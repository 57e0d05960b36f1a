import { describe, expect, it } from "vitest";
import {
  accuracy,
  applyCuts,
  applyThreshold,
  averageRanks,
  balancedAccuracy,
  bestThreshold,
  confusion,
  crossValidatedPredictions,
  fitOrdinalCuts,
  mean,
  precisionRecallF1,
  rocAuc,
  stratifiedFolds,
} from "./metrics.js";

describe("accuracy", () => {
  it("is the share of predictions equal to gold", () => {
    expect(accuracy([true, false, true], [true, true, true])).toBeCloseTo(2 / 3);
  });

  it("works on ordinal levels", () => {
    expect(accuracy([0, 2, 3, 1], [0, 2, 1, 1])).toBe(0.75);
  });

  it("is NaN with no items", () => {
    expect(accuracy([], [])).toBeNaN();
  });

  it("rejects lists of different lengths", () => {
    expect(() => accuracy([true], [true, false])).toThrow(/lengths differ/);
  });
});

describe("confusion and precision/recall/F1", () => {
  it("counts the four outcomes", () => {
    expect(confusion([true, true, false, false], [true, false, true, false])).toEqual({
      truePositive: 1,
      falsePositive: 1,
      falseNegative: 1,
      trueNegative: 1,
    });
  });

  it("computes precision 2/3, recall 1, F1 0.8", () => {
    const { precision, recall, f1 } = precisionRecallF1([true, true, true, false], [true, false, true, false]);
    expect(precision).toBeCloseTo(2 / 3);
    expect(recall).toBe(1);
    expect(f1).toBeCloseTo(0.8);
  });

  it("gives 0 rather than NaN when nothing is predicted positive", () => {
    expect(precisionRecallF1([false, false], [true, false])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("balancedAccuracy", () => {
  it("averages the recall of each class", () => {
    expect(balancedAccuracy([true, true, false, false], [true, true, true, false])).toBeCloseTo((2 / 3 + 1) / 2);
  });

  it("gives 0.5 to a constant guess whatever the balance", () => {
    expect(balancedAccuracy([true, true, true, true], [true, true, true, false])).toBe(0.5);
  });

  it("is the one class's recall when gold has one class", () => {
    expect(balancedAccuracy([true, false], [true, true])).toBe(0.5);
  });
});

describe("averageRanks and rocAuc", () => {
  it("gives tied values the mean of their ranks", () => {
    expect(averageRanks([3, 1, 3, 2])).toEqual([3.5, 1, 3.5, 2]);
  });

  it("is 0.75 when one of four positive-negative pairs is out of order", () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.75);
  });

  it("counts a tied pair as half", () => {
    // Pairs (pos, neg): (0.5, 0.2) 1, (0.5, 0.5) 0.5, (0.9, 0.2) 1, (0.9, 0.5) 1 -> 3.5 / 4.
    expect(rocAuc([0.2, 0.5, 0.5, 0.9], [false, true, false, true])).toBe(0.875);
  });

  it("is NaN when a class is missing", () => {
    expect(rocAuc([0.1, 0.2], [true, true])).toBeNaN();
  });
});

describe("bestThreshold", () => {
  it("puts the threshold at the midpoint between the classes", () => {
    expect(bestThreshold([0.1, 0.2, 0.6, 0.7], [false, false, true, true], "accuracy")).toEqual({
      threshold: 0.4,
      value: 1,
    });
  });

  it("chooses all-negative for accuracy on a rare positive but a real cut for balanced accuracy", () => {
    const scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
    const gold = [false, false, true, false, false, false];
    const forAccuracy = bestThreshold(scores, gold, "accuracy");
    expect(forAccuracy.value).toBeCloseTo(5 / 6);
    expect(applyThreshold(scores, forAccuracy.threshold)).toEqual(scores.map(() => false));
    const forBalanced = bestThreshold(scores, gold, "balanced-accuracy");
    expect(forBalanced.threshold).toBeCloseTo(0.25);
    expect(forBalanced.value).toBeCloseTo(0.7);
  });

  it("predicts positive at or above the threshold", () => {
    expect(applyThreshold([0.2, 0.5, 0.7], 0.5)).toEqual([false, true, true]);
  });
});

describe("ordinal cut points", () => {
  it("assigns the number of cuts at or below a score", () => {
    expect(applyCuts([0.1, 0.3, 0.8], [0.3, 0.6])).toEqual([0, 1, 2]);
  });

  it("fits cuts at midpoints between separable levels", () => {
    const cuts = fitOrdinalCuts([0.1, 0.2, 0.5, 0.6, 0.9], [0, 0, 1, 1, 2], 3);
    expect(cuts[0]).toBeCloseTo(0.35);
    expect(cuts[1]).toBeCloseTo(0.75);
  });

  it("finds a best monotone labelling when levels overlap", () => {
    const scores = [0.1, 0.2, 0.3, 0.4];
    const levels = [0, 1, 0, 1];
    expect(accuracy(applyCuts(scores, fitOrdinalCuts(scores, levels, 2)), levels)).toBe(0.75);
  });

  it("stacks the cuts of a level no training item has", () => {
    expect(fitOrdinalCuts([0.1, 0.9], [0, 2], 3)).toEqual([0.5, 0.5]);
  });

  it("keeps tied scores at one level", () => {
    const cuts = fitOrdinalCuts([0.4, 0.4, 0.4, 0.8], [0, 1, 1, 1], 2);
    expect(applyCuts([0.4, 0.8], cuts)).toEqual([1, 1]);
  });
});

describe("folds and cross-validation", () => {
  it("deals each level round-robin over the folds", () => {
    expect(stratifiedFolds([0, 0, 1, 0, 1], 2)).toEqual([0, 1, 0, 0, 1]);
  });

  it("predicts each item with a model fitted on the other folds", () => {
    const values = [1, 2, 3, 4];
    const predictions = crossValidatedPredictions(
      [0, 1, 0, 1],
      (train) => mean(train.map((i) => values[i]!)),
      (model) => model,
    );
    expect(predictions).toEqual([3, 2, 3, 2]);
  });
});
