import type { CompareReport } from "../../src/report/types.js";
import { loadSummEdits, SUMMEDITS_DOMAINS, type SummEditsItem } from "../datasets/summedits.js";
import { applyThreshold, balancedAccuracy, bestThreshold, mean, rocAuc } from "../metrics.js";
import { scoredSummary, writeRecords } from "../records.js";
import { sampleByHash } from "../sample.js";
import { scoreAll } from "../score-items.js";
import type { ResultEntry, Task, TaskContext } from "../types.js";

/** Items per split and domain in `--sample` runs. */
export const SUMMEDITS_SAMPLE_SIZE = 12;

interface ScoredItem {
  item: SummEditsItem;
  report: CompareReport;
}

/**
 * One SummEdits domain: balanced accuracy of the faithful flag on test (target 0.60), balanced
 * accuracy of faithfulness with a threshold chosen on the evaluation split, and test ROC-AUC.
 */
export async function evaluateSummEditsDomain(
  dataset: string,
  items: readonly SummEditsItem[],
  context: TaskContext,
): Promise<ResultEntry[]> {
  const scored = await scoreAll(
    items.map((item) => ({ key: item.id, source: item.doc, rewrite: item.summary })),
    context,
    dataset,
  );
  writeRecords(
    context,
    dataset,
    items.map((item, i) => {
      const result = scored[i]!;
      const base = { id: item.id, split: item.split, label: item.label, editTypes: item.editTypes };
      return { ...base, ...scoredSummary(result) };
    }),
  );
  const usable: ScoredItem[] = items.flatMap((item, i) => {
    const report = scored[i]!.report;
    return report ? [{ item, report }] : [];
  });
  const entries: ResultEntry[] = [];
  const failed = items.length - usable.length;
  if (failed > 0) entries.push({ dataset, metric: "items-failed", value: failed, target: null });
  const evaluation = usable.filter(({ item }) => item.split === "evaluation");
  const test = usable.filter(({ item }) => item.split === "test");
  if (test.length === 0) return entries;

  const testGold = test.map(({ item }) => item.label === 1);
  const testFaithfulness = test.map(({ report }) => report.verdict.faithfulness);
  entries.push({
    dataset,
    metric: "balanced-accuracy",
    value: balancedAccuracy(test.map(({ report }) => report.verdict.faithful), testGold),
    target: 0.6,
  });
  if (evaluation.length > 0) {
    const { threshold } = bestThreshold(
      evaluation.map(({ report }) => report.verdict.faithfulness),
      evaluation.map(({ item }) => item.label === 1),
      "balanced-accuracy",
    );
    entries.push({
      dataset,
      metric: "balanced-accuracy-tuned",
      value: balancedAccuracy(applyThreshold(testFaithfulness, threshold), testGold),
      target: null,
    });
  }
  entries.push({ dataset, metric: "roc-auc", value: rocAuc(testFaithfulness, testGold), target: null });
  return entries;
}

/** The mean of each balanced-accuracy figure over the domains, as the `summedits-average` rows. */
export function summEditsAverage(entries: readonly ResultEntry[]): ResultEntry[] {
  const targets: Record<string, number | null> = { "balanced-accuracy": 0.68, "balanced-accuracy-tuned": null };
  return Object.entries(targets).flatMap(([metric, target]) => {
    const values = entries.filter((entry) => entry.metric === metric).map((entry) => entry.value);
    return values.length === 0 ? [] : [{ dataset: "summedits-average", metric, value: mean(values), target }];
  });
}

/** All seven SummEdits domains plus their average. */
export const summEditsTask: Task = {
  name: "summedits",
  async run(context) {
    // Domains run side by side so a slow item in one does not leave the other threads idle.
    const perDomain = await Promise.all(
      SUMMEDITS_DOMAINS.map((domain) => {
        let items = loadSummEdits(domain);
        if (context.sample) {
          const idOf = (item: SummEditsItem): string => item.id;
          items = [
            ...sampleByHash(items.filter((item) => item.split === "evaluation"), SUMMEDITS_SAMPLE_SIZE, idOf),
            ...sampleByHash(items.filter((item) => item.split === "test"), SUMMEDITS_SAMPLE_SIZE, idOf),
          ];
        }
        return evaluateSummEditsDomain(`summedits-${domain}`, items, context);
      }),
    );
    const entries = perDomain.flat();
    return [...entries, ...summEditsAverage(entries)];
  },
};
