/**
 * The compare page's view of a report, as plain data: every sentence with its kind, its
 * counterparts on the other side and its text cut into segments at finding spans; the verdict as
 * label and figures; every finding with the places it points at. No DOM here, so it is unit-tested.
 */
import type { AlignmentKind, CompareReport, FindingType, ReportSentence, Severity } from "../report/types.js";
import { coversWholeSentence, marksInSentence, segmentText, strongestSeverity, type Segment } from "../present/marks.js";
import { countBySeverity, formatPercent, formatScore, numberFindings, sentenceLabel, sentenceUses, SEVERITIES, type NumberedFinding, type SentenceUse } from "../present/model.js";
import { relationLabel, shorten } from "./format.js";

export type Side = "source" | "rewrite";
/** Rewrite sentences carry their alignment kind; source sentences are kept or omitted. */
export type SentenceKind = AlignmentKind | "kept" | "omitted";

/** How a source sentence was used, most telling first: a changed claim matters more than a copied one. */
/** Longest span text quoted in a finding's link. */
const QUOTE_LIMIT = 70;

export interface SegmentView {
  text: string;
  /** Finding numbers covering this run of text; empty for plain text. */
  findings: number[];
  /** The strongest severity among them, null for plain text. */
  severity: Severity | null;
  /** Every mark here spans the whole sentence: drawn as an underline so the sentence's colour stays visible. */
  whole: boolean;
}

export interface SentenceView {
  side: Side;
  index: number;
  /** "S1", "R4": how readers refer to it. */
  label: string;
  kind: SentenceKind;
  /** The colour it is drawn in: its kind on the rewrite side; on the source side how the rewrite used it. */
  shade: AlignmentKind | "omitted" | null;
  /** Sentence indexes on the other side that it is aligned with. */
  counterparts: number[];
  /** One line said on hover and to screen readers: label, kind, counterparts. */
  description: string;
  segments: SegmentView[];
}

export interface DocumentView {
  side: Side;
  title?: string;
  meta: string[];
  /** Sentences grouped into the original text's paragraphs (one paragraph when that is unknown). */
  paragraphs: SentenceView[][];
}

export interface FindingPlace {
  side: Side;
  sentence: number;
  label: string;
  quote: string;
  /** Whether the span's words were found in the sentence (else only the sentence can be shown). */
  placed: boolean;
}

export interface FindingView {
  number: number;
  type: FindingType;
  severity: Severity;
  message: string;
  places: FindingPlace[];
}

export interface VerdictView {
  relation: string;
  faithful: boolean;
  /** "Rewrite · not faithful". */
  label: string;
  /** "3 high, 1 medium" or "none": drift findings, omissions apart. */
  drift: string;
  figures: Array<{ name: string; value: string }>;
}

export interface CompareView {
  verdict: VerdictView;
  source: DocumentView;
  rewrite: DocumentView;
  findings: FindingView[];
}

/** The original texts as sent, when known: line breaks between sentences become paragraph breaks. */
export interface OriginalTexts {
  source?: string;
  rewrite?: string;
}

/** Builds the whole page view of a report. */
export function compareView(report: CompareReport, originals: OriginalTexts = {}): CompareView {
  const numbered = numberFindings(report.findings);
  return {
    verdict: verdictView(report),
    source: documentView(report, "source", numbered, originals.source),
    rewrite: documentView(report, "rewrite", numbered, originals.rewrite),
    findings: findingViews(report, numbered),
  };
}

export function verdictView(report: CompareReport): VerdictView {
  const v = report.verdict;
  const drift = report.findings.filter((finding) => finding.type !== "omitted");
  const counts = countBySeverity(drift);
  const driftText = drift.length === 0 ? "none" : SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`).join(", ");
  return {
    relation: v.relation,
    faithful: v.faithful,
    label: `${relationLabel(v.relation)} · ${v.faithful ? "faithful" : "not faithful"}`,
    drift: driftText,
    figures: [
      { name: "Faithfulness", value: formatScore(v.faithfulness) },
      { name: "Derived from the source", value: formatPercent(v.derivedShare) },
      { name: "Copied word for word", value: formatPercent(v.verbatimShare) },
      { name: "Drift findings", value: driftText },
      { name: "Source sentences omitted", value: `${report.omitted.length} of ${report.source.sentences.length}` },
    ],
  };
}

function documentView(report: CompareReport, side: Side, numbered: NumberedFinding[], original: string | undefined): DocumentView {
  const document = report[side];
  const uses = sentenceUses(report, side);
  const views = document.sentences.map((sentence) => sentenceView(side, sentence, uses.get(sentence.index), numbered));
  return {
    side,
    ...(document.title ? { title: document.title } : {}),
    meta: [document.byline, document.published].filter((part): part is string => Boolean(part)),
    paragraphs: groupParagraphs(document.sentences, original).map((group) => group.map((i) => views[i]!)),
  };
}

function sentenceView(side: Side, sentence: ReportSentence, use: SentenceUse | undefined, numbered: NumberedFinding[]): SentenceView {
  const label = sentenceLabel(side, sentence.index);
  return {
    side,
    index: sentence.index,
    label,
    kind: sentenceKind(side, use),
    shade: use?.kind ?? null,
    counterparts: use?.counterparts ?? [],
    description: use?.description ?? (side === "source" ? `${label}: kept` : label),
    segments: segmentText(sentence.text, marksInSentence(numbered, side, sentence)).map((segment) => segmentView(segment, sentence.text)),
  };
}

/** A rewrite sentence has its alignment kind; a source sentence is kept or omitted. */
function sentenceKind(side: Side, use: SentenceUse | undefined): SentenceKind {
  if (side === "rewrite") return use?.kind && use.kind !== "omitted" ? use.kind : "unsupported";
  return use?.kind === "omitted" ? "omitted" : "kept";
}

function segmentView(segment: Segment, sentenceText: string): SegmentView {
  return {
    text: segment.text,
    findings: segment.marks.map((mark) => mark.finding),
    severity: segment.marks.length > 0 ? strongestSeverity(segment.marks.map((mark) => mark.severity)) : null,
    whole: segment.marks.length > 0 && segment.marks.every((mark) => coversWholeSentence(mark, sentenceText)),
  };
}

/**
 * Groups sentence positions (indexes into `sentences`) into paragraphs wherever the original text
 * has a line break between two sentences. Without the original, or when offsets do not fit it,
 * everything stays one paragraph.
 */
export function groupParagraphs(sentences: ReportSentence[], original: string | undefined): number[][] {
  const paragraphs: number[][] = [];
  let current: number[] = [];
  sentences.forEach((sentence, i) => {
    const previous = sentences[i - 1];
    const gap =
      previous && original !== undefined && previous.end <= sentence.start && sentence.start <= original.length ? original.slice(previous.end, sentence.start) : "";
    if (gap.includes("\n") && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    current.push(i);
  });
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

function findingViews(report: CompareReport, numbered: NumberedFinding[]): FindingView[] {
  const sentences = {
    source: new Map(report.source.sentences.map((sentence) => [sentence.index, sentence])),
    rewrite: new Map(report.rewrite.sentences.map((sentence) => [sentence.index, sentence])),
  };
  return numbered.map((item) => {
    const { number, finding } = item;
    const places = (["rewrite", "source"] as const).flatMap((side): FindingPlace[] => {
      const span = finding[side];
      if (!span) return [];
      const sentence = sentences[side].get(span.sentence);
      const placed = sentence !== undefined && marksInSentence([item], side, sentence).length > 0;
      return [{ side, sentence: span.sentence, label: sentenceLabel(side, span.sentence), quote: shorten(span.text, QUOTE_LIMIT), placed }];
    });
    return { number, type: finding.type, severity: finding.severity, message: finding.message, places };
  });
}

/**
 * The sentences to light when one is hovered or selected: its counterparts on the other side,
 * keyed "side:index" like the sentences' `data-sentence` hooks.
 */
export function linkedKeys(sentence: Pick<SentenceView, "side" | "counterparts">): string[] {
  const other: Side = sentence.side === "source" ? "rewrite" : "source";
  return sentence.counterparts.map((index) => sentenceKey(other, index));
}

export function sentenceKey(side: Side, index: number): string {
  return `${side}:${index}`;
}
