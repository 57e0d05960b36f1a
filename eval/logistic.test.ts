import { describe, expect, it } from "vitest";
import {
  fitLogisticDecision,
  fitNonNegativeLogistic,
  fitRidgeLogistic,
  fitStandardisedLogistic,
  predictStandardisedLogistic,
} from "./logistic.js";

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Eight items: feature 0 only on label 0, feature 1 on half of each label. */
const rows = [
  [1, 1],
  [1, 0],
  [2, 1],
  [1, 0],
  [0, 1],
  [0, 0],
  [0, 1],
  [0, 0],
];
const labels: (0 | 1)[] = [0, 0, 0, 0, 1, 1, 1, 1];

describe("fitNonNegativeLogistic", () => {
  it("gives a feature seen only on label 0 a clearly positive coefficient", () => {
    const { coefficients } = fitNonNegativeLogistic(rows, labels);
    expect(coefficients[0]).toBeGreaterThan(1);
  });

  it("gives a feature equally common on both labels a coefficient near zero", () => {
    const { coefficients } = fitNonNegativeLogistic(rows, labels);
    expect(coefficients[1]).toBeLessThan(0.05);
  });

  it("clamps at zero a feature seen only on label 1 instead of going negative", () => {
    const { coefficients } = fitNonNegativeLogistic([[0], [0], [1], [1]], [0, 0, 1, 1]);
    expect(coefficients).toEqual([0]);
  });

  it("sets the bias to the log-odds of the base rate when no feature is ever present", () => {
    const { bias } = fitNonNegativeLogistic([[0], [0], [0], [0]], [1, 1, 1, 0]);
    expect(sigmoid(bias)).toBeCloseTo(0.75, 2);
  });

  it("shrinks coefficients as the L2 penalty grows", () => {
    const weak = fitNonNegativeLogistic(rows, labels, { l2: 0.01 }).coefficients[0]!;
    const strong = fitNonNegativeLogistic(rows, labels, { l2: 1 }).coefficients[0]!;
    expect(strong).toBeLessThan(weak);
  });

  it("returns the same model on every run", () => {
    expect(fitNonNegativeLogistic(rows, labels, { iterations: 200 })).toEqual(
      fitNonNegativeLogistic(rows, labels, { iterations: 200 }),
    );
  });

  it("rejects rows and labels of different lengths", () => {
    expect(() => fitNonNegativeLogistic([[1]], [0, 1])).toThrow(/1 feature rows but 2 labels/);
  });
});

describe("fitStandardisedLogistic", () => {
  // Both features are higher on label 1; feature 0 has a much larger scale than feature 1.
  const items = [
    [300, 1],
    [250, 0.8],
    [280, 0.9],
    [100, 0.1],
    [120, 0.2],
    [90, 0],
  ];
  const itemLabels: (0 | 1)[] = [1, 1, 1, 0, 0, 0];

  it("gives weights of either sign", () => {
    const { weights } = fitStandardisedLogistic(items, itemLabels);
    expect(weights[0]).toBeGreaterThan(0);
    const negativeCase = fitStandardisedLogistic(items.map(([a, b]) => [a!, -b!]), itemLabels);
    expect(negativeCase.weights[1]).toBeLessThan(0);
  });

  it("separates separable rows whatever the features' scales", () => {
    const model = fitStandardisedLogistic(items, itemLabels);
    const predicted = items.map((row) => predictStandardisedLogistic(model, row) >= 0.5);
    expect(predicted).toEqual([true, true, true, false, false, false]);
  });

  it("gives a constant feature no weight", () => {
    const { weights } = fitStandardisedLogistic(items.map(([a]) => [a!, 5]), itemLabels);
    expect(weights[1]).toBe(0);
  });
});


describe("fitLogisticDecision", () => {
  it("separates rows that one feature splits, with a cut between the two classes", () => {
    const rows = [[0.1], [0.2], [0.3], [0.7], [0.8], [0.9]];
    const labels = [false, false, false, true, true, true];
    const decision = fitLogisticDecision(rows, labels);
    expect(rows.map((row) => decision.probability(row) >= decision.threshold)).toEqual(labels);
  });
});

describe("fitRidgeLogistic", () => {
  const fitted = (l2: number | number[]) => fitRidgeLogistic(rows, labels, { l2 });

  it("reaches the same model as plain gradient descent with the same penalty", () => {
    const plain = fitStandardisedLogistic(rows, labels, { l2: 0.01, iterations: 20000 });
    const ridge = fitted(0.01);
    ridge.weights.forEach((weight, k) => expect(weight).toBeCloseTo(plain.weights[k]!, 2));
    expect(ridge.bias).toBeCloseTo(plain.bias, 2);
  });

  it("shrinks only the feature given the stronger penalty", () => {
    const light = fitted([0.01, 0.01]);
    const heavy = fitted([1, 0.01]);
    expect(Math.abs(heavy.weights[0]!)).toBeLessThan(Math.abs(light.weights[0]!) / 2);
  });

  it("refuses a penalty list of the wrong length", () => {
    expect(() => fitted([0.01])).toThrow(/1 penalties for 2 features/);
  });

  it("gives the same model on every run", () => {
    expect(fitted(0.1)).toEqual(fitted(0.1));
  });
});

describe("fitLogisticDecision with a given fitter", () => {
  it("cuts the probabilities of the model the fitter returns", () => {
    const decision = fitLogisticDecision(rows, labels.map((label) => label === 1), (fitRows, fitLabels) =>
      fitRidgeLogistic(fitRows, fitLabels, { l2: 0.01 }),
    );
    const predicted = rows.map((row) => decision.probability(row) >= decision.threshold);
    expect(predicted.filter((positive, i) => positive === (labels[i] === 1)).length).toBeGreaterThanOrEqual(6);
  });
});
