import { COMPARE_SCHEMA_ID, type CompareReport, type Finding, type Verdict } from "../../src/report/types.js";
import type { Scorer, TaskContext } from "../types.js";

/** A minimal compare@1 report for tests: verdict fields and findings as given, one sentence. */
export function fakeReport(
  verdict: Partial<Verdict> = {},
  options: { alignmentScore?: number; findings?: Finding[]; rewriteSentenceStart?: number } = {},
): CompareReport {
  return {
    schema: COMPARE_SCHEMA_ID,
    source: { sentences: [] },
    rewrite: { sentences: [{ index: 0, text: "", start: options.rewriteSentenceStart ?? 0, end: 0 }] },
    verdict: {
      relation: "rewrite",
      derivedShare: 0,
      verbatimShare: 0,
      faithfulness: 1,
      faithful: true,
      ...verdict,
    },
    alignment: options.alignmentScore === undefined ? [] : [{ rewrite: 0, source: [0], kind: "paraphrase", score: options.alignmentScore }],
    omitted: [],
    findings: options.findings ?? [],
  };
}

/** A task context around a scorer, writing no files and logging nowhere. */
export function fakeContext(scorer: Scorer): TaskContext {
  return { scorer, sample: false, outDir: null, concurrency: 2, log: () => {} };
}

/** A scorer answering from a table keyed by the rewrite text. */
export function scorerByRewrite(reports: Record<string, CompareReport>): Scorer {
  return async (_source, rewrite) => {
    const report = reports[rewrite];
    if (!report) throw new Error(`no fake report for "${rewrite}"`);
    return report;
  };
}
