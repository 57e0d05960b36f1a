import type { CompareReport } from "../../src/report/types.js";
import { loadBump, type BumpPair, type BumpTask } from "../datasets/bump.js";
import { editSpans, rangesOverlap, type CharRange } from "../edit-span.js";
import { findingRanges } from "../finding-range.js";
import { balancedAccuracy, mean, rocAuc } from "../metrics.js";
import { scoredSummary, writeRecords } from "../records.js";
import { sampleByHash } from "../sample.js";
import { scoreAll } from "../score-items.js";
import type { ResultEntry, Task, TaskContext } from "../types.js";

/** Pairs per task in `--sample` runs (each pair is two comparisons). */
export const BUMP_SAMPLE_SIZE = 25;

interface ScoredBumpPair {
  pair: BumpPair;
  reference: CompareReport;
  edited: CompareReport;
  /** Whether a finding in the edited summary overlaps the edit; null when it was not located. */
  findingOnEdit: boolean | null;
  /** The same for the reference summary at the words the edit replaced: the false-alarm control. */
  findingOnReference: boolean | null;
}

function findingOverlaps(report: CompareReport | undefined, text: string, span: CharRange | null): boolean | null {
  if (!report || !span) return null;
  return findingRanges(report, text).some((range) => rangesOverlap(range, span));
}

/**
 * BUMP: each article is compared with its faithful reference summary (label 1) and with the
 * edited one (label 0). Figures: ROC-AUC of faithfulness (target 0.80), balanced accuracy of the
 * faithful flag, per error type the share of edited summaries with a finding on the edit, and
 * the share of reference summaries with a finding on the words the edit replaced (a finding that
 * covers a whole sentence overlaps any edit, so this control says how much of the hit rate is luck).
 */
export async function evaluateBump(dataset: string, pairs: readonly BumpPair[], context: TaskContext): Promise<ResultEntry[]> {
  const scored = await scoreAll(
    pairs.flatMap((pair) => [
      { key: `${pair.id} reference`, source: pair.article, rewrite: pair.reference },
      { key: `${pair.id} edited`, source: pair.article, rewrite: pair.edited },
    ]),
    context,
    dataset,
  );
  const records: object[] = [];
  const usable: ScoredBumpPair[] = [];
  pairs.forEach((pair, i) => {
    const reference = scored[2 * i]!;
    const edited = scored[2 * i + 1]!;
    const spans = editSpans(pair.reference, pair.edited);
    const findingOnEdit = findingOverlaps(edited.report, pair.edited, spans.edited);
    const findingOnReference = findingOverlaps(reference.report, pair.reference, spans.reference);
    const base = { id: pair.id, errorType: pair.errorType };
    const asRange = (span: CharRange | null) => (span ? [span.start, span.end] : null);
    records.push(
      {
        ...base,
        kind: "reference",
        label: 1,
        editSpan: asRange(spans.reference),
        findingOnEdit: findingOnReference,
        ...scoredSummary(reference),
      },
      {
        ...base,
        kind: "edited",
        label: 0,
        editSpan: asRange(spans.edited),
        findingOnEdit,
        ...scoredSummary(edited),
      },
    );
    if (reference.report && edited.report) {
      usable.push({ pair, reference: reference.report, edited: edited.report, findingOnEdit, findingOnReference });
    }
  });
  writeRecords(context, dataset, records);

  const entries: ResultEntry[] = [];
  const failed = pairs.length - usable.length;
  if (failed > 0) entries.push({ dataset, metric: "items-failed", value: failed, target: null });
  if (usable.length === 0) return entries;

  const reports = usable.flatMap((item) => [item.reference, item.edited]);
  const gold = usable.flatMap(() => [true, false]);
  entries.push(
    { dataset, metric: "roc-auc", value: rocAuc(reports.map((r) => r.verdict.faithfulness), gold), target: 0.8 },
    {
      dataset,
      metric: "faithful-accuracy",
      value: balancedAccuracy(reports.map((r) => r.verdict.faithful), gold),
      target: null,
    },
  );
  const located = usable.filter((item) => item.findingOnEdit !== null);
  const shareFound = (items: readonly ScoredBumpPair[]): number => mean(items.map((item) => (item.findingOnEdit ? 1 : 0)));
  const referenceLocated = usable.filter((item) => item.findingOnReference !== null);
  entries.push(
    { dataset, metric: "finding-on-edit:all", value: shareFound(located), target: null },
    {
      dataset,
      metric: "finding-on-reference:all",
      value: mean(referenceLocated.map((item) => (item.findingOnReference ? 1 : 0))),
      target: null,
    },
  );
  const types = [...new Set(located.map((item) => item.pair.errorType))].sort();
  for (const type of types) {
    entries.push({
      dataset,
      metric: `finding-on-edit:${type}`,
      value: shareFound(located.filter((item) => item.pair.errorType === type)),
      target: null,
    });
  }
  return entries;
}

function bumpTask(task: BumpTask): Task {
  const name = `bump-task${task}`;
  return {
    name,
    run(context) {
      const pairs = sampleByHash(loadBump(task), context.sample ? BUMP_SAMPLE_SIZE : undefined, (pair) => pair.id);
      return evaluateBump(name, pairs, context);
    },
  };
}

/** BUMP task 1 (693 pairs, error types as corrected by the authors). */
export const bumpTask1 = bumpTask(1);
/** BUMP task 2 (196 pairs). */
export const bumpTask2 = bumpTask(2);
