import type { CompareReport } from "../src/report/types.js";
import type { TaskContext } from "./types.js";

/** One comparison to run; `key` names it in progress and error lines. */
export interface Comparison {
  key: string;
  source: string;
  rewrite: string;
}

/** The report of a comparison, or the message of the error it raised. */
export type Scored = { report: CompareReport; error?: undefined } | { report?: undefined; error: string };

/**
 * Run the comparisons with up to `context.concurrency` in flight, in input order out. A failed
 * comparison is returned as an error (logged once) rather than stopping the whole evaluation.
 */
export async function scoreAll(comparisons: readonly Comparison[], context: TaskContext, label: string): Promise<Scored[]> {
  const results = new Array<Scored>(comparisons.length);
  let next = 0;
  let done = 0;
  let lastLog = Date.now();
  const started = Date.now();
  const worker = async (): Promise<void> => {
    while (next < comparisons.length) {
      const index = next++;
      const comparison = comparisons[index]!;
      try {
        results[index] = { report: await context.scorer(comparison.source, comparison.rewrite) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        context.log(`${label}: ${comparison.key} failed: ${message}`);
        results[index] = { error: message };
      }
      done++;
      // Progress at most every 5 s so a long run shows life without flooding stderr.
      if (Date.now() - lastLog > 5000) {
        lastLog = Date.now();
        const seconds = (Date.now() - started) / 1000;
        context.log(`${label}: ${done}/${comparisons.length} (${(done / seconds).toFixed(1)}/s)`);
      }
    }
  };
  const lanes = Math.max(1, Math.min(context.concurrency, comparisons.length));
  await Promise.all(Array.from({ length: lanes }, worker));
  return results;
}
