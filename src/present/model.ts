import type { AlignmentEntry, CompareReport, Finding, ReportDocument, ReportSentence, Severity } from "../report/types.js";

/** Most serious first; also the order counts are shown in. */
export const SEVERITIES: readonly Severity[] = ["high", "medium", "low"];

/** A finding with its 1-based position in the report, the number readers see. */
export interface NumberedFinding {
  number: number;
  finding: Finding;
}

export function numberFindings(findings: Finding[]): NumberedFinding[] {
  return findings.map((finding, i) => ({ number: i + 1, finding }));
}

export function sentencesByIndex(document: ReportDocument): Map<number, ReportSentence> {
  return new Map(document.sentences.map((sentence) => [sentence.index, sentence]));
}

export function alignmentByRewrite(report: CompareReport): Map<number, AlignmentEntry> {
  return new Map(report.alignment.map((entry) => [entry.rewrite, entry]));
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Findings anchored in a rewrite sentence, keyed by that sentence's index, in report order. */
export function findingsByRewriteSentence(numbered: NumberedFinding[]): Map<number, NumberedFinding[]> {
  const groups = new Map<number, NumberedFinding[]>();
  for (const item of numbered) {
    const span = item.finding.rewrite;
    if (!span) continue;
    groups.set(span.sentence, [...(groups.get(span.sentence) ?? []), item]);
  }
  return groups;
}

/** Shares are kept in [0, 1] in the report; people read whole percentages. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** Sentence indexes are 0-based in the JSON; readers count from 1 ("R1" is the first rewrite sentence). */
export function sentenceLabel(side: "source" | "rewrite", index: number): string {
  return `${side === "source" ? "S" : "R"}${index + 1}`;
}
