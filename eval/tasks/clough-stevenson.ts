import { CLOUGH_LEVELS, loadCloughStevenson, type CloughAnswer } from "../datasets/clough-stevenson.js";
import {
  accuracy,
  applyCuts,
  applyThreshold,
  bestThreshold,
  crossValidatedPredictions,
  fitOrdinalCuts,
  rocAuc,
  stratifiedFolds,
} from "../metrics.js";
import { fitLogisticDecision } from "../logistic.js";
import { reportSummary, writeRecords } from "../records.js";
import { scoreAll } from "../score-items.js";
import type { ResultEntry, Task, TaskContext } from "../types.js";

/** Folds for the cross-validated thresholds and cut points. */
export const CLOUGH_FOLDS = 5;

const DATASET = "clough-stevenson";

interface Features {
  derivedShare: number;
  verbatimShare: number;
}

/** The name of the rows from a logistic regression over both shares, fitted on the training folds. */
export const CLOUGH_FITTED_DECISION = "fitted-logistic";

/** Level 0 = non, 1 = heavy, 2 = light, 3 = cut. */
function levelOf(answer: CloughAnswer): number {
  return CLOUGH_LEVELS.indexOf(answer.category);
}

/**
 * Clough-Stevenson: each answer compared with its task's source. All thresholds and cut points
 * are fitted on four folds and applied to the fifth (stratified by level), so every answer is
 * predicted by a rule that never saw it. Figures: derived (cut/light/heavy) vs non accuracy from
 * derivedShare (target 0.95); four-level accuracy from cuts on derivedShare, and from a two-step
 * rule (derivedShare decides derived or not, verbatimShare then orders heavy < light < cut).
 * The fitted decision combines both shares: copying shows in verbatimShare, heavy rewording only
 * in derivedShare, so neither alone separates a heavy revision from an independent answer.
 */
export async function evaluateCloughStevenson(answers: readonly CloughAnswer[], context: TaskContext): Promise<ResultEntry[]> {
  const scored = await scoreAll(
    answers.map((answer) => ({ key: answer.id, source: answer.source, rewrite: answer.answer })),
    context,
    DATASET,
  );
  const usable = answers.flatMap((answer, i) => {
    const report = scored[i]!.report;
    return report ? [{ answer, features: { derivedShare: report.verdict.derivedShare, verbatimShare: report.verdict.verbatimShare } }] : [];
  });
  const entries: ResultEntry[] = [];
  const failed = answers.length - usable.length;
  if (failed > 0) entries.push({ dataset: DATASET, metric: "items-failed", value: failed, target: null });
  if (usable.length < CLOUGH_FOLDS) return entries;

  const features: Features[] = usable.map((item) => item.features);
  const levels = usable.map((item) => levelOf(item.answer));
  const derived = levels.map((level) => level > 0);
  const folds = stratifiedFolds(levels, CLOUGH_FOLDS);
  const pick = <T>(values: readonly T[], indexes: readonly number[]): T[] => indexes.map((i) => values[i]!);

  // verbatimShare (word 3-gram containment) is the copy signal; derivedShare is reported beside it.
  const signals = {
    "verbatim-share": features.map((f) => f.verbatimShare),
    "derived-share": features.map((f) => f.derivedShare),
  };
  const predictions = Object.entries(signals).map(([name, scores]) => ({
    name,
    scores,
    derived: crossValidatedPredictions(
      folds,
      (train) => bestThreshold(pick(scores, train), pick(derived, train), "accuracy").threshold,
      (threshold, i) => applyThreshold([scores[i]!], threshold)[0]!,
    ),
    levels: crossValidatedPredictions(
      folds,
      (train) => fitOrdinalCuts(pick(scores, train), pick(levels, train), CLOUGH_LEVELS.length),
      (cuts, i) => applyCuts([scores[i]!], cuts)[0]!,
    ),
  }));
  const primary = predictions[0]!;
  const fittedDerived = fittedDerivedPredictions(features, derived, folds);

  writeRecords(
    context,
    DATASET,
    answers.map((answer, i) => {
      const result = scored[i]!;
      const base = { id: answer.id, task: answer.task, category: answer.category };
      if (!result.report) return { ...base, error: result.error };
      const u = usable.findIndex((item) => item.answer === answer);
      return {
        ...base,
        fold: folds[u],
        predictedDerived: primary.derived[u],
        predictedCategory: CLOUGH_LEVELS[primary.levels[u]!],
        ...reportSummary(result.report),
      };
    }),
  );

  for (const { name, scores, derived: predictedDerived, levels: predictedLevels } of predictions) {
    const suffix = name === primary.name ? "" : `:${name}`;
    entries.push(
      { dataset: DATASET, metric: `derived-accuracy${suffix}`, value: accuracy(predictedDerived, derived), target: 0.95 },
      { dataset: DATASET, metric: `derived-roc-auc${suffix}`, value: rocAuc(scores, derived), target: null },
      { dataset: DATASET, metric: `four-level-accuracy${suffix}`, value: accuracy(predictedLevels, levels), target: 0.75 },
    );
  }
  entries.push({ dataset: DATASET, metric: `derived-accuracy:${CLOUGH_FITTED_DECISION}`, value: accuracy(fittedDerived, derived), target: 0.95 });
  return entries;
}

/**
 * Derived-or-not from a logistic regression over verbatimShare and derivedShare: for each fold,
 * fitted on the other folds, with the probability cut that is most accurate there.
 */
function fittedDerivedPredictions(features: readonly Features[], derived: readonly boolean[], folds: readonly number[]): boolean[] {
  const rowOf = (f: Features): number[] => [f.verbatimShare, f.derivedShare];
  return crossValidatedPredictions(
    folds,
    (train) => fitLogisticDecision(train.map((i) => rowOf(features[i]!)), train.map((i) => derived[i]!)),
    (decision, i) => decision.probability(rowOf(features[i]!)) >= decision.threshold,
  );
}

/** All 95 answers (the corpus is small enough to run whole even in `--sample` runs). */
export const cloughStevensonTask: Task = {
  name: DATASET,
  run(context) {
    return evaluateCloughStevenson(loadCloughStevenson(), context);
  },
};
