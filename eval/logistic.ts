/**
 * Logistic regression in which every feature can only lower the odds of the positive class:
 * logit(p) = bias - sum_k coefficient_k * x_k with coefficient_k >= 0. Used to fit how much each
 * kind of finding costs faithfulness, where a finding that made a summary MORE likely consistent
 * would be nonsense (it would reward drift), so the sign is enforced rather than hoped for.
 */

import { bestThreshold } from "./metrics.js";

export interface LogisticOptions {
  /** L2 penalty on the coefficients (not the bias): adds (l2 / 2) * sum c^2 to the mean log-loss. */
  l2?: number;
  /** Step size of the gradient descent. */
  rate?: number;
  /** Full-batch steps; the fit is deterministic, so the same data always gives the same model. */
  iterations?: number;
}

export interface NonNegativeLogistic {
  bias: number;
  coefficients: number[];
}

/**
 * Fit by projected gradient descent from all zeros: a full-batch step on the mean log-loss plus
 * the L2 term, then every coefficient below zero is set back to zero. `labels` are 1 for the
 * positive class. Defaults: l2 0.01, rate 0.1, 4000 iterations.
 */
export function fitNonNegativeLogistic(
  features: readonly (readonly number[])[],
  labels: readonly (0 | 1)[],
  options: LogisticOptions = {},
): NonNegativeLogistic {
  const { l2 = 0.01, rate = 0.1, iterations = 4000 } = options;
  // logit = bias - sum c_k x_k with c_k >= 0 is logit = bias + sum w_k x_k with w_k = -c_k <= 0.
  const { bias, weights } = gradientDescent(features, labels, { l2, rate, iterations }, (w) => Math.min(0, w));
  return { bias, coefficients: weights.map((w) => (w === 0 ? 0 : -w)) };
}

/**
 * Full-batch gradient descent from all zeros on the mean log-loss plus (l2 / 2) * sum w^2 for
 * logit = bias + sum w_k x_k; `project` puts each weight back where it may be after every step.
 * Deterministic: the same data always gives the same model.
 */
function gradientDescent(
  features: readonly (readonly number[])[],
  labels: readonly (0 | 1)[],
  { l2, rate, iterations }: Required<LogisticOptions>,
  project: (weight: number) => number = (weight) => weight,
): { bias: number; weights: number[] } {
  const width = checkFittable(features, labels);
  const n = features.length;
  let bias = 0;
  const weights = new Array<number>(width).fill(0);
  for (let step = 0; step < iterations; step++) {
    let biasGradient = 0;
    const gradient = weights.map((w) => l2 * w);
    features.forEach((row, i) => {
      const residual = sigmoid(bias + dot(weights, row)) - labels[i]!;
      biasGradient += residual / n;
      row.forEach((x, k) => (gradient[k]! += (residual * x) / n));
    });
    bias -= rate * biasGradient;
    weights.forEach((w, k) => (weights[k] = project(w - rate * gradient[k]!)));
  }
  return { bias, weights };
}

/** Throws unless there is one label per row, at least one row, and rows of one width; returns the width. */
function checkFittable(features: readonly (readonly number[])[], labels: readonly (0 | 1)[]): number {
  if (features.length !== labels.length) {
    throw new Error(`logistic: ${features.length} feature rows but ${labels.length} labels`);
  }
  if (features.length === 0) throw new Error("logistic: no items to fit");
  const width = features[0]!.length;
  if (features.some((row) => row.length !== width)) throw new Error("logistic: feature rows differ in length");
  return width;
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, value, k) => sum + value * b[k]!, 0);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** A logistic model over standardised features: p = sigmoid(bias + sum_k weight_k * (x_k - mean_k) / scale_k). */
export interface StandardisedLogistic {
  bias: number;
  weights: number[];
  means: number[];
  scales: number[];
}

/**
 * Ordinary logistic regression (weights of either sign) on features standardised to mean 0 and
 * unit variance on the fitting data, so one step size and one L2 penalty suit every feature
 * whatever its range. Full-batch gradient descent from zero, deterministic. Defaults: l2 0.001,
 * rate 0.5, 3000 iterations.
 */
export function fitStandardisedLogistic(
  features: readonly (readonly number[])[],
  labels: readonly (0 | 1)[],
  options: LogisticOptions = {},
): StandardisedLogistic {
  const { l2 = 0.001, rate = 0.5, iterations = 3000 } = options;
  const { means, scales, rows } = standardise(features);
  const { bias, weights } = gradientDescent(rows, labels, { l2, rate, iterations });
  return { bias, weights, means, scales };
}

/** The probability of the positive class for one feature row under a standardised model. */
export function predictStandardisedLogistic(model: StandardisedLogistic, row: readonly number[]): number {
  return sigmoid(model.bias + row.reduce((sum, x, k) => sum + model.weights[k]! * ((x - model.means[k]!) / model.scales[k]!), 0));
}

/** A standardised logistic model and the probability cut that was most accurate where it was fitted. */
export interface LogisticDecision {
  probability(row: readonly number[]): number;
  threshold: number;
}

/**
 * Fits a standardised logistic model on the rows (`fitStandardisedLogistic` with its defaults
 * unless `fit` is given), then picks the probability cut with the best accuracy on those same
 * rows: a decision that never sees the data it is later applied to.
 */
export function fitLogisticDecision(
  rows: readonly (readonly number[])[],
  labels: readonly boolean[],
  fit: (rows: readonly (readonly number[])[], labels: readonly (0 | 1)[]) => StandardisedLogistic = fitStandardisedLogistic,
): LogisticDecision {
  const model = fit(rows, labels.map((label) => (label ? 1 : 0)));
  const probability = (row: readonly number[]) => predictStandardisedLogistic(model, row);
  const { threshold } = bestThreshold(rows.map(probability), labels, "accuracy");
  return { probability, threshold };
}

/** Options of `fitRidgeLogistic`. */
export interface RidgeOptions {
  /** L2 penalty per feature (on the standardised weights): one number for all or one per column. */
  l2: number | readonly number[];
  /** Accelerated full-batch steps. */
  iterations?: number;
}

/**
 * Logistic regression over standardised features with an L2 penalty per column, for wide rows
 * (a thousand sentence-vector components beside a few report features) where one penalty cannot
 * suit both. Plain gradient descent needs tens of thousands of steps at such widths, so this
 * takes Nesterov-accelerated steps of 1 / L, L bounding the loss's curvature from the largest
 * eigenvalue of the standardised rows' covariance (power iteration from all ones). Deterministic.
 * Default 300 iterations.
 */
export function fitRidgeLogistic(
  features: readonly (readonly number[])[],
  labels: readonly (0 | 1)[],
  { l2, iterations = 300 }: RidgeOptions,
): StandardisedLogistic {
  const width = checkFittable(features, labels);
  const n = features.length;
  const penalties = typeof l2 === "number" ? new Array<number>(width).fill(l2) : [...l2];
  if (penalties.length !== width) throw new Error(`logistic: ${penalties.length} penalties for ${width} features`);
  const { means, scales, rows } = standardise(features);
  // Standardised columns have mean 0, so the bias column adds at most 1 to the largest eigenvalue.
  const step = 1 / (0.25 * (largestEigenvalue(rows, width) + 1) + Math.max(0, ...penalties));
  let weights = new Float64Array(width + 1); // the bias last, unpenalised
  let previous = weights;
  for (let t = 1; t <= iterations; t++) {
    const momentum = (t - 1) / (t + 2);
    const ahead = weights.map((w, k) => w + momentum * (w - previous[k]!));
    const gradient = new Float64Array(width + 1);
    for (const [i, row] of rows.entries()) {
      let z = ahead[width]!;
      for (let k = 0; k < width; k++) z += ahead[k]! * row[k]!;
      const residual = (sigmoid(z) - labels[i]!) / n;
      gradient[width]! += residual;
      for (let k = 0; k < width; k++) gradient[k]! += residual * row[k]!;
    }
    for (let k = 0; k < width; k++) gradient[k]! += penalties[k]! * ahead[k]!;
    previous = weights;
    weights = ahead.map((w, k) => w - step * gradient[k]!);
  }
  return { bias: weights[width]!, weights: [...weights.subarray(0, width)], means, scales };
}

/**
 * Columns shifted to mean 0 and scaled to unit variance on the fitting rows. A constant column
 * keeps scale 1: it standardises to all zeros and so gets no weight.
 */
function standardise(features: readonly (readonly number[])[]): { means: number[]; scales: number[]; rows: number[][] } {
  const n = Math.max(1, features.length);
  const width = features[0]?.length ?? 0;
  const means = Array.from({ length: width }, (_, k) => features.reduce((sum, row) => sum + (row[k] ?? 0), 0) / n);
  const scales = means.map((mean, k) => Math.sqrt(features.reduce((sum, row) => sum + ((row[k] ?? 0) - mean) ** 2, 0) / n) || 1);
  const rows = features.map((row) => row.map((x, k) => (x - means[k]!) / scales[k]!));
  return { means, scales, rows };
}

/** The largest eigenvalue of rows^T rows / n, by thirty power-iteration steps from all ones. */
function largestEigenvalue(rows: readonly (readonly number[])[], width: number): number {
  let vector = new Float64Array(width).fill(1 / Math.sqrt(Math.max(1, width)));
  let eigenvalue = 0;
  for (let step = 0; step < 30; step++) {
    const next = new Float64Array(width);
    for (const row of rows) {
      let projection = 0;
      for (let k = 0; k < width; k++) projection += row[k]! * vector[k]!;
      for (let k = 0; k < width; k++) next[k]! += (row[k]! * projection) / rows.length;
    }
    eigenvalue = Math.sqrt(next.reduce((sum, x) => sum + x * x, 0));
    if (eigenvalue === 0) return 0;
    vector = next.map((x) => x / eigenvalue);
  }
  return eigenvalue;
}
