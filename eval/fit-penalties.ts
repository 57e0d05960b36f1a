/**
 * `npx tsx eval/fit-penalties.ts [--sample] [--jobs N]`
 * Refits the per-class faithfulness penalties of src/findings/verdict.ts on the SummEdits
 * EVALUATION split (never its test split, never BUMP): a non-negative logistic regression of
 * "consistent" on per-item counts of drift findings by class, then penalty = 1 - exp(-coefficient).
 * `verdict.unsupportedWordShare` is fitted alongside as one more non-negative column (weight d), to
 * tell whether faithfulness should also fall with exp(-d * share).
 * Prints the fit, its in-sample ROC-AUC per domain, the summary groups the share helps and hurts,
 * and a `typePenalty` snippet to paste.
 */
import assert from "node:assert/strict";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { penaltyClass } from "../src/findings/index.js";
import type { CompareReport } from "../src/report/types.js";
import { loadSummEdits, SUMMEDITS_DOMAINS, type SummEditsDomain, type SummEditsItem } from "./datasets/summedits.js";
import { fitNonNegativeLogistic } from "./logistic.js";
import { mean, rocAuc } from "./metrics.js";
import { DataMissingError, dataFolder } from "./paths.js";
import { sampleByHash } from "./sample.js";
import { scoreAll } from "./score-items.js";
import { createScorer } from "./scorers/index.js";
import { createPooledScorer } from "./scorers/pool.js";
import { SUMMEDITS_SAMPLE_SIZE } from "./tasks/summedits.js";
import type { Scorer } from "./types.js";

/** Hyper-parameters of the fit; changing them changes the shipped penalties. */
const FIT_OPTIONS = { l2: 0.01, rate: 0.1, iterations: 4000 };
/** Classes below this penalty stay out of the snippet: their severity floor already covers them. */
const SNIPPET_MIN_PENALTY = 0.1;

interface Scored {
  domain: SummEditsDomain;
  item: SummEditsItem;
  report: CompareReport;
}

const log = (message: string): void => {
  process.stderr.write(`[fit-penalties] ${message}\n`);
};

/** A SummEdits id is its summary's id plus an edit suffix ("..._og", "..._12"): the part before it names the group. */
function summaryGroup(entry: Scored): string {
  return `${entry.domain}:${entry.item.id.replace(/_[^_]+$/, "")}`;
}

/** Per-class counts of a report's drift findings (omissions excluded, as in the verdict). */
function classCounts(report: CompareReport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of report.findings) {
    if (finding.type === "omitted") continue;
    const name = penaltyClass(finding, report.alignment);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

function evaluationItems(sample: boolean): { domain: SummEditsDomain; item: SummEditsItem }[] {
  return SUMMEDITS_DOMAINS.flatMap((domain) => {
    const evaluation = loadSummEdits(domain).filter((item) => item.split === "evaluation");
    const chosen = sample ? sampleByHash(evaluation, SUMMEDITS_SAMPLE_SIZE, (item) => item.id) : evaluation;
    return chosen.map((item) => ({ domain, item }));
  });
}

async function scoreEvaluationSplit(sample: boolean, jobs: number): Promise<Scored[]> {
  const items = evaluationItems(sample);
  // The penalties are judged on the test split later, so not one test item may shape them.
  assert.ok(items.every(({ item }) => item.split === "evaluation"), "fit-penalties must never read the test split");
  const started = Date.now();
  let scorer: Scorer;
  let close = async (): Promise<void> => {};
  if (jobs > 1) {
    ({ scorer, close } = await createPooledScorer("engine", jobs));
  } else {
    scorer = await createScorer("engine");
  }
  log(`engine ready on ${jobs} thread${jobs > 1 ? "s" : ""}; scoring ${items.length} evaluation items`);
  try {
    const results = await scoreAll(
      items.map(({ item }) => ({ key: item.id, source: item.doc, rewrite: item.summary })),
      { scorer, sample, outDir: null, concurrency: jobs * 2, log },
      "summedits-evaluation",
    );
    log(`scored in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const scored = items.flatMap((entry, i) => {
      const report = results[i]!.report;
      return report ? [{ ...entry, report }] : [];
    });
    if (scored.length < items.length) log(`${items.length - scored.length} items failed and are left out`);
    return scored;
  } finally {
    await close();
  }
}

function printFit(classes: string[], coefficients: number[], rows: number[][], scored: Scored[]): void {
  const total = (k: number, label: 0 | 1): number =>
    rows.reduce((sum, row, i) => sum + (scored[i]!.item.label === label ? row[k]! : 0), 0);
  const lines = classes
    .map((name, k) => ({ name, c: coefficients[k]!, consistent: total(k, 1), inconsistent: total(k, 0) }))
    .sort((a, b) => b.c - a.c || a.name.localeCompare(b.name));
  const width = Math.max(...classes.map((name) => name.length), 5);
  console.log(`${"class".padEnd(width)}  coef    penalty  on-consistent  on-inconsistent`);
  for (const line of lines) {
    console.log(
      `${line.name.padEnd(width)}  ${line.c.toFixed(3).padStart(5)}   ${(1 - Math.exp(-line.c)).toFixed(3)}    ` +
        `${String(line.consistent).padStart(13)}  ${String(line.inconsistent).padStart(15)}`,
    );
  }
}

/** ROC-AUC per domain of the refitted product score beside the shipped `verdict.faithfulness`. */
function printAuc(scored: Scored[], fittedScores: number[]): void {
  console.log("\nROC-AUC on the same evaluation split (in-sample for the refit), consistent = positive");
  console.log(`${"domain".padEnd(12)}  refit   shipped`);
  const refit: number[] = [];
  const shipped: number[] = [];
  for (const domain of SUMMEDITS_DOMAINS) {
    const at = scored.flatMap((entry, i) => (entry.domain === domain ? [i] : []));
    const gold = at.map((i) => scored[i]!.item.label === 1);
    refit.push(rocAuc(at.map((i) => fittedScores[i]!), gold));
    shipped.push(rocAuc(at.map((i) => scored[i]!.report.verdict.faithfulness), gold));
    console.log(`${domain.padEnd(12)}  ${refit.at(-1)!.toFixed(3)}   ${shipped.at(-1)!.toFixed(3)}`);
  }
  console.log(`${"average".padEnd(12)}  ${mean(refit).toFixed(3)}   ${mean(shipped).toFixed(3)}`);
}

/**
 * Within each summary group (edits of one summary), the ROC-AUC of the scores with and without the
 * unsupported-word share: a group is helped when the share ranks its consistent edits above its
 * inconsistent ones more often. The groups differ between the splits, so a gain that rests on a
 * few groups may not carry over to test.
 */
function printGroupEffect(scored: Scored[], withShare: number[], withoutShare: number[]): void {
  const groups = new Map<string, number[]>();
  scored.forEach((entry, i) => groups.set(summaryGroup(entry), [...(groups.get(summaryGroup(entry)) ?? []), i]));
  let helped = 0;
  let hurt = 0;
  for (const at of groups.values()) {
    const gold = at.map((i) => scored[i]!.item.label === 1);
    const change = rocAuc(at.map((i) => withShare[i]!), gold) - rocAuc(at.map((i) => withoutShare[i]!), gold);
    if (change > 0) helped++;
    else if (change < 0) hurt++;
  }
  console.log(`\nsummary groups whose ranking the unsupported-word share helps / hurts: ${helped} / ${hurt} of ${groups.size}`);
}

/** `typePenalty` entries for the classes at or above the cut, largest first. */
function printSnippet(classes: string[], coefficients: number[]): void {
  const entries = classes
    .map((name, k) => ({ name, penalty: 1 - Math.exp(-coefficients[k]!) }))
    .filter(({ penalty }) => penalty >= SNIPPET_MIN_PENALTY)
    .sort((a, b) => b.penalty - a.penalty);
  console.log("\nexport const typePenalty: Partial<Record<PenaltyClass, number>> = {");
  for (const { name, penalty } of entries) console.log(`  "${name}": ${penalty.toFixed(2)},`);
  console.log("};");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sample: { type: "boolean", default: false },
      jobs: { type: "string", default: String(Math.min(2, availableParallelism())) },
    },
  });
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error("--jobs must be a whole number of at least 1");
  dataFolder("summedits");

  const scored = await scoreEvaluationSplit(values.sample, jobs);
  const counts = scored.map(({ report }) => classCounts(report));
  const classes = [...new Set(counts.flatMap((map) => [...map.keys()]))].sort();
  const rows = counts.map((map) => classes.map((name) => map.get(name) ?? 0));
  const shares = scored.map(({ report }) => report.verdict.unsupportedWordShare ?? 0);
  const labels = scored.map(({ item }) => item.label);
  const fit = fitNonNegativeLogistic(rows.map((row, i) => [...row, shares[i]!]), labels, FIT_OPTIONS);
  const coefficients = fit.coefficients.slice(0, classes.length);
  const shareWeight = fit.coefficients[classes.length]!;
  const withoutShare = fitNonNegativeLogistic(rows, labels, FIT_OPTIONS).coefficients;

  const consistent = labels.filter((label) => label === 1).length;
  console.log(`SummEdits evaluation split${values.sample ? " (sample)" : ""}: ${scored.length} items, ${consistent} consistent`);
  console.log(`fit: l2 ${FIT_OPTIONS.l2}, rate ${FIT_OPTIONS.rate}, ${FIT_OPTIONS.iterations} iterations; bias ${fit.bias.toFixed(3)}\n`);
  printFit(classes, coefficients, rows, scored);
  console.log(`\nunsupportedWordShare weight d ${shareWeight.toFixed(3)} (faithfulness would be multiplied by exp(-d * share); verdict.ts uses none while d is 0)`);
  // The product of (1 - penalty) over findings is exp(-sum c_k * count_k).
  const productScore = (weights: number[], share: number) => (row: number[], i: number) =>
    Math.exp(-row.reduce((sum, count, k) => sum + weights[k]! * count, 0) - share * shares[i]!);
  const withShareScores = rows.map(productScore(coefficients, shareWeight));
  printAuc(scored, withShareScores);
  printGroupEffect(scored, withShareScores, rows.map(productScore(withoutShare, 0)));
  printSnippet(classes, coefficients);
}

main().catch((error: unknown) => {
  const message = error instanceof DataMissingError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`fit-penalties: ${message}\n`);
  process.exitCode = error instanceof DataMissingError ? 2 : 1;
});
