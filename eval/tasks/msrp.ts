import type { CompareReport } from "../../src/report/types.js";
import { loadMsrp, type MsrpPair } from "../datasets/msrp.js";
import { accuracy, applyThreshold, bestThreshold, precisionRecallF1, rocAuc } from "../metrics.js";
import { reportSummary, writeRecords } from "../records.js";
import { sampleByHash } from "../sample.js";
import { scoreAll } from "../score-items.js";
import type { ResultEntry, Task, TaskContext } from "../types.js";

/** Items per split in `--sample` runs. */
export const MSRP_SAMPLE_SIZE = 60;

/**
 * The paraphrase scores, read from compare(sentence1, sentence2) and compare(sentence2, sentence1):
 * a paraphrase must say the same thing both ways, so the mutual scores take the weaker direction.
 */
const FEATURES: { name: string; read: (forward: CompareReport, backward: CompareReport) => number }[] = [
  // Support of the rewrite's (single) sentence by the source.
  { name: "alignment-score", read: (forward) => forward.alignment[0]?.score ?? 0 },
  { name: "mutual-support", read: (forward, backward) => Math.min(forward.alignment[0]?.score ?? 0, backward.alignment[0]?.score ?? 0) },
  { name: "mutual-faithfulness", read: (forward, backward) => Math.min(forward.verdict.faithfulness, backward.verdict.faithfulness) },
];

interface ScoredPair {
  pair: MsrpPair;
  split: "train" | "test";
  report: CompareReport;
  backward: CompareReport;
}

/**
 * MSRP paraphrase decision: for each feature, the threshold with the best accuracy on train,
 * then accuracy and F1 on test (targets 0.76 / 0.83), plus the threshold and test ROC-AUC.
 */
export async function evaluateMsrp(
  data: { train: readonly MsrpPair[]; test: readonly MsrpPair[] },
  context: TaskContext,
): Promise<ResultEntry[]> {
  const tagged = [
    ...data.train.map((pair) => ({ pair, split: "train" as const })),
    ...data.test.map((pair) => ({ pair, split: "test" as const })),
  ];
  const scored = await scoreAll(
    tagged.map(({ pair, split }) => ({ key: `${split} ${pair.id}`, source: pair.sentence1, rewrite: pair.sentence2 })),
    context,
    "msrp",
  );
  const reversed = await scoreAll(
    tagged.map(({ pair, split }) => ({ key: `${split} ${pair.id} reversed`, source: pair.sentence2, rewrite: pair.sentence1 })),
    context,
    "msrp",
  );
  writeRecords(
    context,
    "msrp",
    tagged.map(({ pair, split }, i) => {
      const result = scored[i]!;
      const base = { id: pair.id, split, label: pair.label };
      return result.report ? { ...base, ...reportSummary(result.report) } : { ...base, error: result.error };
    }),
  );
  const usable: ScoredPair[] = tagged.flatMap((item, i) => {
    const report = scored[i]!.report;
    const backward = reversed[i]!.report;
    return report && backward ? [{ ...item, report, backward }] : [];
  });
  const train = usable.filter((item) => item.split === "train");
  const test = usable.filter((item) => item.split === "test");
  const entries: ResultEntry[] = [];
  const failed = tagged.length - usable.length;
  if (failed > 0) entries.push({ dataset: "msrp", metric: "items-failed", value: failed, target: null });
  if (train.length === 0 || test.length === 0) return entries;

  const testGold = test.map((item) => item.pair.label === 1);
  for (const feature of FEATURES) {
    const { threshold } = bestThreshold(
      train.map((item) => feature.read(item.report, item.backward)),
      train.map((item) => item.pair.label === 1),
      "accuracy",
    );
    const testScores = test.map((item) => feature.read(item.report, item.backward));
    const predicted = applyThreshold(testScores, threshold);
    entries.push(
      { dataset: "msrp", metric: `accuracy:${feature.name}`, value: accuracy(predicted, testGold), target: 0.76 },
      { dataset: "msrp", metric: `f1:${feature.name}`, value: precisionRecallF1(predicted, testGold).f1, target: 0.83 },
      { dataset: "msrp", metric: `roc-auc:${feature.name}`, value: rocAuc(testScores, testGold), target: null },
      { dataset: "msrp", metric: `threshold:${feature.name}`, value: threshold, target: null },
    );
  }
  return entries;
}

/** The MSRP task on the shared data (train to tune, test to report). */
export const msrpTask: Task = {
  name: "msrp",
  run(context) {
    const size = context.sample ? MSRP_SAMPLE_SIZE : undefined;
    const idOf = (pair: MsrpPair): string => pair.id;
    return evaluateMsrp(
      { train: sampleByHash(loadMsrp("train"), size, idOf), test: sampleByHash(loadMsrp("test"), size, idOf) },
      context,
    );
  },
};
