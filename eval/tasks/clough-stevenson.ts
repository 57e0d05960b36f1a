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
import { cloughFeatures, type CloughFeatureName } from "./clough-features.js";
import {
  chooseByInnerValidation,
  derivedLogistic,
  derivedThreshold,
  revisionBoundaries,
  revisionCuts,
  type Candidate,
  type CloughData,
} from "./clough-models.js";
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

/** The name of the rows from a model chosen inside the training folds among `derivedCandidates` and `revisionCandidates`. */
export const CLOUGH_CHOSEN_DECISION = "fitted-choice";

/** Level 0 = non, 1 = heavy, 2 = light, 3 = cut. */
function levelOf(answer: CloughAnswer): number {
  return CLOUGH_LEVELS.indexOf(answer.category);
}

/**
 * Clough-Stevenson: each answer compared with its task's source. All thresholds and cut points
 * are fitted on four folds and applied to the fifth (stratified by level), so every answer is
 * predicted by a rule that never saw it. Figures: derived (cut/light/heavy) vs non accuracy from
 * a threshold on verbatimShare (target 0.95) and four-level accuracy from cut points on it, the
 * same from derivedShare, and a logistic decision over both shares. The `fitted-choice` rows pick
 * a derived-or-not model and a heavy/light/cut model by nested cross-validation
 * (`chosenPredictions`): a light revision keeps long copied runs, a cut one whole sentences, a
 * heavy one reworded content words, so no single score orders all four levels.
 */
export async function evaluateCloughStevenson(answers: readonly CloughAnswer[], context: TaskContext): Promise<ResultEntry[]> {
  const scored = await scoreAll(
    answers.map((answer) => ({ key: answer.id, source: answer.source, rewrite: answer.answer })),
    context,
    DATASET,
  );
  const usable = answers.flatMap((answer, i) => {
    const report = scored[i]!.report;
    return report ? [{ answer, report, features: { derivedShare: report.verdict.derivedShare, verbatimShare: report.verdict.verbatimShare } }] : [];
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
  const chosen = chosenPredictions({ features: usable.map((item) => cloughFeatures(item.report)), levels }, folds, context.log);

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
        chosenCategory: CLOUGH_LEVELS[chosen[u]!],
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
  entries.push(
    { dataset: DATASET, metric: `derived-accuracy:${CLOUGH_FITTED_DECISION}`, value: accuracy(fittedDerived, derived), target: 0.95 },
    { dataset: DATASET, metric: `derived-accuracy:${CLOUGH_CHOSEN_DECISION}`, value: accuracy(chosen.map((level) => level > 0), derived), target: 0.95 },
    { dataset: DATASET, metric: `four-level-accuracy:${CLOUGH_CHOSEN_DECISION}`, value: accuracy(chosen, levels), target: 0.75 },
  );
  return entries;
}

const CONTAINMENTS: CloughFeatureName[] = ["containment1", "containment2", "containment3", "containment4", "containment5"];

/**
 * Ways to tell a derived answer from an independent one: a threshold on one report or text
 * measure, or a logistic regression over the two shares, the n-gram containments (with the LCS),
 * or the alignment evidence. Simplest first, since the first of equally good candidates wins.
 */
export function derivedCandidates(data: CloughData): Candidate<boolean>[] {
  const single: CloughFeatureName[] = ["verbatimShare", "wordShare", "orderShare", "coverage", "score", ...CONTAINMENTS, "lcsShare"];
  const sets: CloughFeatureName[][] = [
    ["verbatimShare", "derivedShare"],
    CONTAINMENTS,
    [...CONTAINMENTS, "lcsShare"],
    ["verbatimShare", "derivedShare", "score", "cosine", "coverage", "wordShare", "orderShare"],
  ];
  return [...single.map((name) => derivedThreshold(data, name)), ...sets.map((names) => derivedLogistic(data, names))];
}

/**
 * Ways to order a derived answer as heavy < light < cut: cut points on one copy measure, or
 * boundary logistics over a copy measure with the alignment kinds (a cut answer copies whole
 * sentences, so few are paraphrased) or over the containments with the LCS and longest run.
 */
export function revisionCandidates(data: CloughData): Candidate<number>[] {
  const single: CloughFeatureName[] = ["verbatimShare", "containment3", "containment5", "longestRunShare", "orderShare"];
  const sets: CloughFeatureName[][] = [
    ["verbatimShare", "paraphraseKind"],
    ["containment3", "paraphraseKind"],
    ["verbatimShare", "verbatimKind", "paraphraseKind", "alteredKind", "unsupportedKind"],
    [...CONTAINMENTS, "paraphraseKind"],
    ["verbatimShare", "orderShare", "verbatimKind", "paraphraseKind", "longestRunShare"],
    [...CONTAINMENTS, "lcsShare", "longestRunShare"],
  ];
  return [...single.map((name) => revisionCuts(data, name)), ...sets.map((names) => revisionBoundaries(data, names))];
}

/**
 * Four-level predictions (0 = non ... 3 = cut) by nested cross-validation: in each outer fold, a
 * derived-or-not candidate and a revision candidate are each chosen by an inner cross-validation
 * over the other folds, refitted there, and applied to the held-out fold. No choice sees the
 * answers it is then judged on, so the figure is not fitted to the reported data.
 */
export function chosenPredictions(data: CloughData, folds: readonly number[], log: (message: string) => void = () => {}): number[] {
  const derivedGold = data.levels.map((level) => level > 0);
  const isDerived = (index: number) => data.levels[index]! > 0;
  const [derivedMenu, revisionMenu] = [derivedCandidates(data), revisionCandidates(data)];
  return crossValidatedPredictions(
    folds,
    (train) => {
      const derivedChoice = chooseByInnerValidation(derivedMenu, train, data.levels, derivedGold);
      const revisionChoice = chooseByInnerValidation(revisionMenu, train, data.levels, data.levels, isDerived);
      log(`${DATASET}: fold chose ${derivedChoice.chosen.name} then ${revisionChoice.chosen.name}`);
      return (index: number) => (derivedChoice.model(index) ? revisionChoice.model(index) : 0);
    },
    (model, index) => model(index),
  );
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
