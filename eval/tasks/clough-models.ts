import { fitLogisticDecision, fitStandardisedLogistic, predictStandardisedLogistic } from "../logistic.js";
import { accuracy, applyCuts, bestThreshold, crossValidatedPredictions, fitOrdinalCuts, stratifiedFolds } from "../metrics.js";
import type { CloughFeatureName, CloughFeatures } from "./clough-features.js";

/** A model fitted on the items at some indexes, then asked about any item by its index. */
export type Fitted<P> = (index: number) => P;

/** A named way of fitting a model on training indexes. */
export interface Candidate<P> {
  name: string;
  fit(train: readonly number[]): Fitted<P>;
}

/** What every candidate reads: the answers' features and gold levels (0 = non ... 3 = cut). */
export interface CloughData {
  features: readonly CloughFeatures[];
  levels: readonly number[];
}

/** Folds of the inner cross-validation that chooses a candidate inside the outer training folds. */
export const INNER_FOLDS = 5;

const LEVEL_COUNT = 4;

function rowOf(data: CloughData, names: readonly CloughFeatureName[], index: number): number[] {
  return names.map((name) => data.features[index]![name]);
}

/** Derived (cut, light or heavy) or not: `feature >= threshold`, the most accurate threshold on the training items. */
export function derivedThreshold(data: CloughData, feature: CloughFeatureName): Candidate<boolean> {
  return {
    name: `threshold:${feature}`,
    fit(train) {
      const { threshold } = bestThreshold(
        train.map((i) => data.features[i]![feature]),
        train.map((i) => data.levels[i]! > 0),
        "accuracy",
      );
      return (index) => data.features[index]![feature] >= threshold;
    },
  };
}

/** Derived or not from a logistic regression over some features, with its most accurate probability cut. */
export function derivedLogistic(data: CloughData, names: readonly CloughFeatureName[]): Candidate<boolean> {
  return {
    name: `logistic:${names.join("+")}`,
    fit(train) {
      const decision = fitLogisticDecision(
        train.map((i) => rowOf(data, names, i)),
        train.map((i) => data.levels[i]! > 0),
      );
      return (index) => decision.probability(rowOf(data, names, index)) >= decision.threshold;
    },
  };
}

/**
 * Heavy (1), light (2) or cut (3) for an answer already judged derived, fitted on the derived
 * training answers only. One feature: the most accurate monotone cut points on it.
 */
export function revisionCuts(data: CloughData, feature: CloughFeatureName): Candidate<number> {
  return {
    name: `cuts:${feature}`,
    fit(train) {
      const derived = train.filter((i) => data.levels[i]! > 0);
      const cuts = fitOrdinalCuts(
        derived.map((i) => data.features[i]![feature]),
        derived.map((i) => data.levels[i]! - 1),
        LEVEL_COUNT - 1,
      );
      return (index) => 1 + applyCuts([data.features[index]![feature]], cuts)[0]!;
    },
  };
}

/**
 * Heavy, light or cut from several features: one logistic regression per boundary (light or
 * above; cut), the sum of their probabilities as an expected level, then monotone cut points on
 * that sum, all fitted on the derived training answers. Two boundaries rather than one shared
 * slope because light-vs-cut turns on other evidence (whole sentences copied, few paraphrased)
 * than heavy-vs-light (how much wording survives).
 */
export function revisionBoundaries(data: CloughData, names: readonly CloughFeatureName[]): Candidate<number> {
  return {
    name: `boundaries:${names.join("+")}`,
    fit(train) {
      const derived = train.filter((i) => data.levels[i]! > 0);
      const rows = derived.map((i) => rowOf(data, names, i));
      const models = [2, 3].map((boundary) =>
        fitStandardisedLogistic(rows, derived.map((i) => (data.levels[i]! >= boundary ? 1 : 0))),
      );
      const expected = (row: readonly number[]) => models.reduce((sum, model) => sum + predictStandardisedLogistic(model, row), 0);
      const cuts = fitOrdinalCuts(rows.map(expected), derived.map((i) => data.levels[i]! - 1), LEVEL_COUNT - 1);
      return (index) => 1 + applyCuts([expected(rowOf(data, names, index))], cuts)[0]!;
    },
  };
}

/**
 * The candidate with the best accuracy in a cross-validation over the training items alone
 * (folds stratified by level; the first listed wins a tie), refitted on all of them. `gold` holds
 * every item's answer; `scored` limits the inner figure to some training items (the revision
 * models are judged on derived answers only).
 */
export function chooseByInnerValidation<P>(
  candidates: readonly Candidate<P>[],
  train: readonly number[],
  levels: readonly number[],
  gold: readonly P[],
  scored: (index: number) => boolean = () => true,
): { chosen: Candidate<P>; model: Fitted<P> } {
  const inner = train.filter(scored);
  const folds = stratifiedFolds(inner.map((i) => levels[i]!), INNER_FOLDS);
  let chosen = candidates[0]!;
  let bestAccuracy = -1;
  for (const candidate of candidates) {
    const predicted = crossValidatedPredictions(
      folds,
      (positions) => candidate.fit(positions.map((p) => inner[p]!)),
      (model, p) => model(inner[p]!),
    );
    const value = accuracy(predicted, inner.map((i) => gold[i]!));
    if (value > bestAccuracy) {
      bestAccuracy = value;
      chosen = candidate;
    }
  }
  return { chosen, model: chosen.fit(train) };
}
