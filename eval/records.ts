import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CompareReport } from "../src/report/types.js";
import type { Scored } from "./score-items.js";
import type { TaskContext } from "./types.js";

/**
 * Write per-item records as JSON Lines to `<outDir>/<name>.jsonl` so errors can be studied
 * without a re-run. Records hold ids, labels, scores and offsets only: never the data's text,
 * which must not be copied into the project.
 */
export function writeRecords(context: TaskContext, name: string, records: readonly object[]): void {
  if (context.outDir === null) return;
  mkdirSync(context.outDir, { recursive: true });
  const lines = records.map((record) => JSON.stringify(record)).join("\n");
  writeFileSync(path.join(context.outDir, `${name}.jsonl`), lines === "" ? "" : `${lines}\n`);
}

/** A comparison's `reportSummary`, or its error when it failed. */
export function scoredSummary(scored: Scored): object {
  return scored.report ? reportSummary(scored.report) : { error: scored.error };
}

/** The report's scores and findings, without any text, for a per-item record. */
export function reportSummary(report: CompareReport): object {
  return {
    relation: report.verdict.relation,
    faithfulness: report.verdict.faithfulness,
    faithful: report.verdict.faithful,
    derivedShare: report.verdict.derivedShare,
    verbatimShare: report.verdict.verbatimShare,
    alignment: report.alignment.map((entry) => ({ kind: entry.kind, score: entry.score })),
    findings: report.findings.map((finding) => ({
      type: finding.type,
      severity: finding.severity,
      rewrite: finding.rewrite ? [finding.rewrite.start, finding.rewrite.end] : null,
    })),
  };
}
