import type { CompareReport, FindingSpan } from "../src/report/types.js";
import type { CharRange } from "./edit-span.js";

/**
 * The range in the original rewrite text that a finding's span covers. Spans are meant to be
 * offsets into the whole rewrite; if the span's text shows they are relative to their sentence
 * instead, they are shifted by the sentence's start, so the harness works with either reading.
 */
export function findingRange(span: FindingSpan, report: CompareReport, rewrite: string): CharRange {
  if (rewrite.slice(span.start, span.end) === span.text) return { start: span.start, end: span.end };
  const sentenceStart = report.rewrite.sentences[span.sentence]?.start;
  if (sentenceStart !== undefined) {
    const shifted = { start: sentenceStart + span.start, end: sentenceStart + span.end };
    if (rewrite.slice(shifted.start, shifted.end) === span.text) return shifted;
  }
  return { start: span.start, end: span.end };
}

/** Ranges in the rewrite of every finding that points into it (omissions point nowhere). */
export function findingRanges(report: CompareReport, rewrite: string): CharRange[] {
  return report.findings.flatMap((finding) => (finding.rewrite ? [findingRange(finding.rewrite, report, rewrite)] : []));
}
