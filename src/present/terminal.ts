import pc from "picocolors";
import type { AlignmentKind, CompareReport, ReportSentence, Severity } from "../report/types.js";
import { coversWholeSentence, marksInSentence, mergeMarks, segmentText, strongestSeverity, type SentenceMark } from "./marks.js";
import {
  SEVERITIES,
  alignmentByRewrite,
  countBySeverity,
  findingsByRewriteSentence,
  formatPercent,
  formatScore,
  numberFindings,
  sentenceLabel,
  sentencesByIndex,
  type NumberedFinding,
} from "./model.js";
import { wrapPieces, wrapPlain, type Piece } from "./wrap.js";

export interface TerminalOptions {
  /** ANSI colour; when off, marked spans are drawn as «text» so they survive a pipe. */
  color: boolean;
  /** Columns to wrap at; default 100. */
  width?: number;
}

const DEFAULT_WIDTH = 100;
/** Narrower than this and the indented blocks stop being readable. */
const MIN_WIDTH = 40;
const SENTENCE_INDENT = "    ";
const SOURCE_INDENT = "      ";
const LABEL_WIDTH = 13;
const SEVERITY_WIDTH = 8;
/** Fits the longest finding type, "attribution-dropped", plus a gap. */
const TYPE_WIDTH = 21;
/** Below this a message column reads as a ragged strip, so the message moves under its type. */
const MIN_MESSAGE_WIDTH = 36;

type Colors = ReturnType<typeof pc.createColors>;

interface Painter {
  c: Colors;
  color: boolean;
  /** Colours a marked span (colour on only; without colour, drawPiece brackets the region). */
  mark(text: string, severity: Severity): string;
  /** Text in a severity's colour; the severity's own name by default. */
  severity(severity: Severity, text?: string): string;
  kind(kind: AlignmentKind | "unaligned"): string;
}

function painter(color: boolean): Painter {
  const c = pc.createColors(color);
  const severityColor: Record<Severity, (s: string) => string> = { high: c.red, medium: c.yellow, low: c.dim };
  const kindColor: Record<AlignmentKind | "unaligned", (s: string) => string> = {
    verbatim: c.cyan,
    paraphrase: c.green,
    altered: c.yellow,
    unsupported: c.magenta,
    unaligned: c.dim,
  };
  return {
    c,
    color,
    // Underline as well as colour, so the span stands out to readers who cannot tell red from yellow.
    mark: (text, severity) => severityColor[severity](c.underline(text)),
    severity: (severity, text = severity) => severityColor[severity](severity === "high" ? c.bold(text) : text),
    kind: (kind) => kindColor[kind](`[${kind}]`),
  };
}

/**
 * Renders a compare report for a terminal: the verdict, then the rewrite sentence by sentence with
 * each finding marked in place, the source sentence it came from and the findings under it, then
 * what the rewrite left out of the source.
 */
export function renderTerminal(report: CompareReport, options: TerminalOptions): string {
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const paint = painter(options.color);
  const numbered = numberFindings(report.findings);
  const lines = [
    ...verdictBlock(report, paint, width),
    "",
    ...rewriteBlock(report, numbered, paint, width),
    ...omittedBlock(report, numbered, paint, width),
    ...unplacedBlock(report, numbered, paint, width),
  ];
  while (lines[lines.length - 1] === "") lines.pop();
  return `${lines.join("\n")}\n`;
}

function verdictBlock(report: CompareReport, paint: Painter, width: number): string[] {
  const { c } = paint;
  const v = report.verdict;
  const drift = report.findings.filter((finding) => finding.type !== "omitted");
  const counts = countBySeverity(drift);
  const countText = SEVERITIES.map((s) => (counts[s] > 0 ? paint.severity(s, `${counts[s]} ${s}`) : c.dim(`0 ${s}`))).join(
    c.dim(" · "),
  );
  const row = (label: string, value: string) => `  ${c.dim(label.padEnd(LABEL_WIDTH))}${value}`;
  const hang = " ".repeat(2 + LABEL_WIDTH);
  const textRow = (label: string, text: string) => {
    const wrapped = wrapPlain(text, width - hang.length);
    return [row(label, wrapped[0] ?? ""), ...wrapped.slice(1).map((line) => hang + line)];
  };
  const lines = [c.bold("wiretrace compare")];
  if (report.source.title) lines.push(...textRow("Source", report.source.title));
  if (report.rewrite.title) lines.push(...textRow("Rewrite", report.rewrite.title));
  lines.push(
    row("Relation", c.bold(v.relation)),
    row("Faithful", `${v.faithful ? c.green(c.bold("yes")) : c.red(c.bold("no"))}${c.dim(" · ")}faithfulness ${formatScore(v.faithfulness)}`),
    ...textRow("Derived", `${formatPercent(v.derivedShare)} of the rewrite draws on the source`),
    ...textRow("Verbatim", `${formatPercent(v.verbatimShare)} of the rewrite is copied word for word`),
    row("Drift", drift.length === 0 ? "none" : countText),
    row("Omitted", `${report.omitted.length} of ${report.source.sentences.length} source sentences`),
  );
  return lines;
}

function rewriteBlock(report: CompareReport, numbered: NumberedFinding[], paint: Painter, width: number): string[] {
  const { c } = paint;
  const sources = sentencesByIndex(report.source);
  const alignments = alignmentByRewrite(report);
  const grouped = findingsByRewriteSentence(numbered);
  const lines = [c.bold("Rewrite, sentence by sentence"), ""];
  for (const sentence of report.rewrite.sentences) {
    const entry = alignments.get(sentence.index);
    const findings = grouped.get(sentence.index) ?? [];
    const sourceList = entry?.source ?? [];
    const from = sourceList.length > 0 ? `from ${sourceList.map((i) => sentenceLabel("source", i)).join(", ")}` : "no source sentence";
    lines.push(`${c.bold(labelCell(sentenceLabel("rewrite", sentence.index), SENTENCE_INDENT.length))}${paint.kind(entry?.kind ?? "unaligned")}  ${c.dim(from)}`);
    const marks = marksInSentence(findings, "rewrite", sentence);
    lines.push(...markedText(sentence, marks, SENTENCE_INDENT, SENTENCE_INDENT, width, paint, false));
    for (const index of sourceList) {
      const source = sources.get(index);
      if (source) lines.push(...sourceLines(source, marksInSentence(findings, "source", source), sentence.text, width, paint));
    }
    for (const item of findings) lines.push(...findingLines(item, SENTENCE_INDENT, width, paint));
    lines.push("");
  }
  return lines;
}

function omittedBlock(report: CompareReport, numbered: NumberedFinding[], paint: Painter, width: number): string[] {
  const { c } = paint;
  const sources = sentencesByIndex(report.source);
  // Findings placed in the source alone are omissions; their sentences lead, in the report's order.
  const bySentence = new Map<number, NumberedFinding[]>();
  for (const item of numbered) {
    const span = item.finding.source;
    if (item.finding.rewrite || !span) continue;
    bySentence.set(span.sentence, [...(bySentence.get(span.sentence) ?? []), item]);
  }
  for (const index of report.omitted) if (!bySentence.has(index)) bySentence.set(index, []);
  if (bySentence.size === 0) return [`${c.bold("Omitted from the source")}  ${c.dim("nothing")}`, ""];
  const lines = [c.bold("Omitted from the source"), ""];
  for (const [index, findings] of bySentence) {
    const source = sources.get(index);
    if (source) {
      // A span over the whole sentence says nothing the heading does not; mark only parts of it.
      const marks = marksInSentence(findings, "source", source).filter((m) => !coversWholeSentence(m, source.text));
      const label = labelCell(sentenceLabel("source", index), SENTENCE_INDENT.length);
      lines.push(...markedText(source, marks, c.bold(label), " ".repeat(label.length), width, paint, false));
    }
    for (const item of findings) lines.push(...findingLines(item, SENTENCE_INDENT, width, paint));
    lines.push("");
  }
  return lines;
}

/** Findings tied to no sentence shown above; rare, but never silently dropped. */
function unplacedBlock(report: CompareReport, numbered: NumberedFinding[], paint: Painter, width: number): string[] {
  const rewriteIndexes = new Set(report.rewrite.sentences.map((sentence) => sentence.index));
  const unplaced = numbered.filter(({ finding }) =>
    finding.rewrite ? !rewriteIndexes.has(finding.rewrite.sentence) : !finding.source,
  );
  if (unplaced.length === 0) return [];
  return [paint.c.bold("Other findings"), "", ...unplaced.flatMap((item) => findingLines(item, "  ", width, paint)), ""];
}

/** A sentence label padded to `width` columns, with at least one space after it however long it is. */
function labelCell(label: string, width: number): string {
  return label.length < width ? label.padEnd(width) : `${label} `;
}

/** A source sentence under its rewrite sentence, dim, or "(identical)" when nothing differs. */
function sourceLines(
  source: ReportSentence,
  marks: SentenceMark[],
  rewriteText: string,
  width: number,
  paint: Painter,
): string[] {
  const indent = SOURCE_INDENT;
  const label = labelCell(sentenceLabel("source", source.index), 4);
  if (rewriteText.trim() === source.text.trim() && marks.length === 0) {
    return [paint.c.dim(`${indent}${label}(identical)`)];
  }
  return markedText(source, marks, paint.c.dim(indent + label), indent + " ".repeat(label.length), width, paint, true);
}

/**
 * One finding: severity, type, then the message in a column of its own; when the line is too
 * narrow for that column the message goes underneath instead.
 */
function findingLines(item: NumberedFinding, indent: string, width: number, paint: Painter): string[] {
  const { severity, type, message } = item.finding;
  const head = `${indent}${paint.severity(severity)}${" ".repeat(SEVERITY_WIDTH - severity.length)}`;
  const columnHang = indent + " ".repeat(SEVERITY_WIDTH + TYPE_WIDTH);
  if (width - columnHang.length >= MIN_MESSAGE_WIDTH) {
    const wrapped = wrapPlain(message, width - columnHang.length);
    return [head + paint.c.dim(type.padEnd(TYPE_WIDTH)) + (wrapped[0] ?? ""), ...wrapped.slice(1).map((line) => columnHang + line)];
  }
  const underHang = indent + " ".repeat(SEVERITY_WIDTH);
  return [head + paint.c.dim(type), ...wrapPlain(message, width - underHang.length).map((line) => underHang + line)];
}

/**
 * Sentence text with its marks drawn and wrapped: the first line starts with `prefix`, the rest with
 * `indent`, which must be as wide on screen; `dim` greys the unmarked words.
 */
function markedText(
  sentence: ReportSentence,
  marks: SentenceMark[],
  prefix: string,
  indent: string,
  width: number,
  paint: Painter,
  dim: boolean,
): string[] {
  const pieces: Piece[] = [];
  let at = 0;
  mergeMarks(marks).forEach((region, id) => {
    if (region.start > at) pieces.push({ text: sentence.text.slice(at, region.start), severity: null });
    // Each part of the region keeps its own severity: a changed number stays red inside a yellow clause.
    const inside = marks.filter((m) => m.start < region.end && m.end > region.start);
    for (const segment of segmentText(sentence.text.slice(0, region.end), inside)) {
      if (segment.start < region.start) continue;
      pieces.push({ text: segment.text, severity: strongestSeverity(segment.marks.map((m) => m.severity)), region: id });
    }
    at = region.end;
  });
  if (at < sentence.text.length) pieces.push({ text: sentence.text.slice(at), severity: null });
  const lines = wrapPieces(pieces, width - indent.length, paint.color ? 0 : 2);
  return lines.map((line, i) => (i === 0 ? prefix : indent) + line.map((_, j) => drawPiece(line, j, paint, dim)).join(""));
}

/** One piece of a wrapped line; brackets open and close once per region on the line. */
function drawPiece(line: Piece[], at: number, paint: Painter, dim: boolean): string {
  const piece = line[at]!;
  if (!piece.severity) return dim ? paint.c.dim(piece.text) : piece.text;
  if (paint.color) return paint.mark(piece.text, piece.severity);
  const continues = (other: Piece | undefined) => other !== undefined && other.severity !== null && other.region === piece.region;
  return `${continues(line[at - 1]) ? "" : "«"}${piece.text}${continues(line[at + 1]) ? "" : "»"}`;
}
