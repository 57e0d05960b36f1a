import type { FindingSpan, ReportSentence, Severity } from "../report/types.js";
import { SEVERITIES, type NumberedFinding } from "./model.js";

/** A finding's span placed inside one sentence, offsets relative to the sentence text. */
export interface SentenceMark {
  start: number;
  end: number;
  severity: Severity;
  finding: number;
}

/** A run of sentence text covered by the same set of marks (none for plain text). */
export interface Segment {
  text: string;
  start: number;
  end: number;
  marks: SentenceMark[];
}

/**
 * Where a finding span falls inside its sentence. Offsets are meant to index the original text, but
 * a span is only trusted where its recorded text is found, so a producer that counts from the
 * sentence start, or text that shifted, still marks the right words; null when it cannot be placed.
 */
export function locateSpan(sentence: ReportSentence, span: FindingSpan): { start: number; end: number } | null {
  const text = sentence.text;
  const length = span.end - span.start;
  if (span.text === "" || length <= 0) return null;
  for (const start of [span.start - sentence.start, span.start]) {
    if (start >= 0 && text.slice(start, start + length) === span.text) return { start, end: start + length };
  }
  const found = text.indexOf(span.text);
  if (found >= 0) return { start: found, end: found + span.text.length };
  const start = span.start - sentence.start;
  if (start >= 0 && start + length <= text.length) return { start, end: start + length };
  return null;
}

/** The marks that one side of the given findings places in `sentence`. */
export function marksInSentence(findings: NumberedFinding[], side: "rewrite" | "source", sentence: ReportSentence): SentenceMark[] {
  const marks: SentenceMark[] = [];
  for (const { number, finding } of findings) {
    const span = finding[side];
    if (!span || span.sentence !== sentence.index) continue;
    const place = locateSpan(sentence, span);
    if (place) marks.push({ ...place, severity: finding.severity, finding: number });
  }
  return marks;
}

export function strongestSeverity(severities: Severity[]): Severity {
  return SEVERITIES.find((severity) => severities.includes(severity)) ?? "low";
}

/** Cuts the text at every mark boundary so overlapping marks can be drawn without nesting. */
export function segmentText(text: string, marks: SentenceMark[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(text.length, mark.start)));
    cuts.add(Math.max(0, Math.min(text.length, mark.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end === start) continue;
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end);
    segments.push({ text: text.slice(start, end), start, end, marks: covering });
  }
  return segments;
}

/** Overlapping or touching marks merged into one region drawn in its strongest severity. */
export interface MarkedRegion {
  start: number;
  end: number;
  severity: Severity;
}

export function mergeMarks(marks: SentenceMark[]): MarkedRegion[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const regions: MarkedRegion[] = [];
  for (const mark of sorted) {
    const last = regions[regions.length - 1];
    if (last && mark.start <= last.end) {
      last.end = Math.max(last.end, mark.end);
      last.severity = strongestSeverity([last.severity, mark.severity]);
    } else {
      regions.push({ start: mark.start, end: mark.end, severity: mark.severity });
    }
  }
  return regions;
}

/** True when a mark spans the whole sentence, ignoring surrounding white space. */
export function coversWholeSentence(mark: SentenceMark, text: string): boolean {
  return text.slice(mark.start, mark.end).trim() === text.trim();
}
