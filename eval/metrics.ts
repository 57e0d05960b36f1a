/**
 * Metrics for the evaluation harness. Labels are booleans (true = the positive class) or, for
 * ordinal tasks, integer levels 0..k-1. Thresholds predict positive when `score >= threshold`.
 */

function checkSameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new Error(`metrics: lengths differ (${a.length} vs ${b.length})`);
}

/** Share of predictions equal to the gold value; NaN for no items. */
export function accuracy<T>(predicted: readonly T[], gold: readonly T[]): number {
  checkSameLength(predicted, gold);
  if (gold.length === 0) return NaN;
  let right = 0;
  for (let i = 0; i < gold.length; i++) if (predicted[i] === gold[i]) right++;
  return right / gold.length;
}

export interface Confusion {
  truePositive: number;
  falsePositive: number;
  trueNegative: number;
  falseNegative: number;
}

/** Counts of the four outcomes of a binary decision. */
export function confusion(predicted: readonly boolean[], gold: readonly boolean[]): Confusion {
  checkSameLength(predicted, gold);
  const counts: Confusion = { truePositive: 0, falsePositive: 0, trueNegative: 0, falseNegative: 0 };
  gold.forEach((isPositive, i) => {
    const saidPositive = predicted[i] === true;
    if (saidPositive && isPositive) counts.truePositive++;
    else if (saidPositive) counts.falsePositive++;
    else if (isPositive) counts.falseNegative++;
    else counts.trueNegative++;
  });
  return counts;
}

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of the positive class; a ratio with nothing to count is 0. */
export function precisionRecallF1(predicted: readonly boolean[], gold: readonly boolean[]): PrecisionRecallF1 {
  const { truePositive, falsePositive, falseNegative } = confusion(predicted, gold);
  const precision = truePositive + falsePositive === 0 ? 0 : truePositive / (truePositive + falsePositive);
  const recall = truePositive + falseNegative === 0 ? 0 : truePositive / (truePositive + falseNegative);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Mean of the recall of each class present in gold: 0.5 for a constant guess whatever the class
 * balance. With one class only it is that class's recall; NaN for no items.
 */
export function balancedAccuracy(predicted: readonly boolean[], gold: readonly boolean[]): number {
  const { truePositive, falsePositive, trueNegative, falseNegative } = confusion(predicted, gold);
  const recalls: number[] = [];
  if (truePositive + falseNegative > 0) recalls.push(truePositive / (truePositive + falseNegative));
  if (trueNegative + falsePositive > 0) recalls.push(trueNegative / (trueNegative + falsePositive));
  return recalls.length === 0 ? NaN : recalls.reduce((sum, r) => sum + r, 0) / recalls.length;
}

/** 1-based ranks of the values in ascending order; tied values share the mean of their ranks. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    const meanRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!] = meanRank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Area under the ROC curve from ranks (Mann-Whitney U): the chance that a random positive scores
 * above a random negative, ties counting half. NaN unless both classes are present.
 */
export function rocAuc(scores: readonly number[], gold: readonly boolean[]): number {
  checkSameLength(scores, gold);
  const ranks = averageRanks(scores);
  let positives = 0;
  let positiveRankSum = 0;
  gold.forEach((isPositive, i) => {
    if (isPositive) {
      positives++;
      positiveRankSum += ranks[i]!;
    }
  });
  const negatives = gold.length - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Binary predictions `score >= threshold`. */
export function applyThreshold(scores: readonly number[], threshold: number): boolean[] {
  return scores.map((score) => score >= threshold);
}

export type ThresholdObjective = "accuracy" | "balanced-accuracy";

export interface ThresholdChoice {
  threshold: number;
  /** The objective's value on the data the threshold was chosen on. */
  value: number;
}

/**
 * The threshold that maximises the objective on a development set. Candidates are the midpoints
 * between consecutive distinct scores plus one below the lowest (all positive) and one above the
 * highest (all negative); the lowest of equally good candidates wins.
 */
export function bestThreshold(
  scores: readonly number[],
  gold: readonly boolean[],
  objective: ThresholdObjective,
): ThresholdChoice {
  checkSameLength(scores, gold);
  if (scores.length === 0) throw new Error("bestThreshold: no scores");
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  const positives = gold.filter(Boolean).length;
  const negatives = gold.length - positives;
  const score = (truePositive: number, falsePositive: number): number => {
    const trueNegative = negatives - falsePositive;
    if (objective === "accuracy") return (truePositive + trueNegative) / gold.length;
    const recalls: number[] = [];
    if (positives > 0) recalls.push(truePositive / positives);
    if (negatives > 0) recalls.push(trueNegative / negatives);
    return recalls.reduce((sum, r) => sum + r, 0) / recalls.length;
  };

  const lowest = scores[order[0]!]!;
  const highest = scores[order[order.length - 1]!]!;
  // Start with every item predicted positive, then pass the threshold over one group of tied
  // scores at a time, turning that group negative.
  let truePositive = positives;
  let falsePositive = negatives;
  let best: ThresholdChoice = { threshold: lowest - 1, value: score(truePositive, falsePositive) };
  let start = 0;
  while (start < order.length) {
    const groupScore = scores[order[start]!]!;
    let end = start;
    while (end < order.length && scores[order[end]!] === groupScore) {
      if (gold[order[end]!]) truePositive--;
      else falsePositive--;
      end++;
    }
    const next = end < order.length ? scores[order[end]!]! : highest + 1;
    const threshold = end < order.length ? (groupScore + next) / 2 : next;
    const value = score(truePositive, falsePositive);
    if (value > best.value) best = { threshold, value };
    start = end;
  }
  return best;
}

/**
 * Cut points for an ordinal scale: `cuts[j-1]` is the lowest score given level j or above, so a
 * score's level is the number of cuts at or below it. Length = levelCount - 1, non-decreasing.
 */
export type OrdinalCuts = number[];

/** The level of each score under the given cut points. */
export function applyCuts(scores: readonly number[], cuts: OrdinalCuts): number[] {
  return scores.map((score) => cuts.filter((cut) => score >= cut).length);
}

/**
 * Cut points that maximise accuracy on a development set with levels 0..levelCount-1. Exact:
 * items sorted by score must get non-decreasing levels, so a dynamic programme over groups of
 * tied scores finds the best monotone labelling; cuts sit at midpoints where the level rises.
 */
export function fitOrdinalCuts(scores: readonly number[], levels: readonly number[], levelCount: number): OrdinalCuts {
  checkSameLength(scores, levels);
  if (scores.length === 0) throw new Error("fitOrdinalCuts: no scores");
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  const groups: { score: number; counts: number[] }[] = [];
  for (const i of order) {
    const level = levels[i]!;
    if (!Number.isInteger(level) || level < 0 || level >= levelCount) {
      throw new Error(`fitOrdinalCuts: level ${level} outside 0..${levelCount - 1}`);
    }
    let group = groups[groups.length - 1];
    if (!group || group.score !== scores[i]) {
      group = { score: scores[i]!, counts: new Array<number>(levelCount).fill(0) };
      groups.push(group);
    }
    group.counts[level]!++;
  }

  // best[g][l]: most items right in groups 0..g when group g gets level l; from[g][l]: level of g-1.
  const best: number[][] = [];
  const from: number[][] = [];
  groups.forEach((group, g) => {
    best.push([]);
    from.push([]);
    for (let level = 0; level < levelCount; level++) {
      let previousBest = 0;
      let previousLevel = 0;
      if (g > 0) {
        previousBest = -1;
        for (let p = 0; p <= level; p++) {
          if (best[g - 1]![p]! > previousBest) {
            previousBest = best[g - 1]![p]!;
            previousLevel = p;
          }
        }
      }
      best[g]!.push(previousBest + group.counts[level]!);
      from[g]!.push(previousLevel);
    }
  });

  const assigned = new Array<number>(groups.length);
  const last = best[groups.length - 1]!;
  assigned[groups.length - 1] = last.indexOf(Math.max(...last));
  for (let g = groups.length - 1; g > 0; g--) assigned[g - 1] = from[g]![assigned[g]!]!;

  const cuts: OrdinalCuts = [];
  for (let level = 1; level < levelCount; level++) {
    const first = assigned.findIndex((l) => l >= level);
    if (first === -1) cuts.push(Infinity);
    else if (first === 0) cuts.push(-Infinity);
    else cuts.push((groups[first - 1]!.score + groups[first]!.score) / 2);
  }
  return cuts;
}

/**
 * Deterministic stratified folds: within each level, items keep their given order and are dealt
 * round-robin to folds 0..foldCount-1, so every fold sees every level. Returns a fold per item.
 */
export function stratifiedFolds(levels: readonly (number | boolean)[], foldCount: number): number[] {
  const dealt = new Map<number | boolean, number>();
  return levels.map((level) => {
    const count = dealt.get(level) ?? 0;
    dealt.set(level, count + 1);
    return count % foldCount;
  });
}

/**
 * Out-of-fold predictions: for each fold, fit on the other folds' indexes and predict that fold's
 * items. `fit` gets training indexes; `predict` gets the fitted model and one held-out index.
 */
export function crossValidatedPredictions<Model, Prediction>(
  folds: readonly number[],
  fit: (trainIndexes: number[]) => Model,
  predict: (model: Model, index: number) => Prediction,
): Prediction[] {
  const predictions = new Array<Prediction>(folds.length);
  for (const fold of new Set(folds)) {
    const train = folds.flatMap((f, i) => (f === fold ? [] : [i]));
    const model = fit(train);
    folds.forEach((f, i) => {
      if (f === fold) predictions[i] = predict(model, i);
    });
  }
  return predictions;
}

/** Arithmetic mean; NaN for none. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}
