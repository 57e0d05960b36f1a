import type { AlignmentEntry, AlignmentKind, CompareReport, Finding, ReportDocument, ReportSentence, Severity } from "../report/types.js";

/** Most serious first; also the order counts are shown in. */
export const SEVERITIES: readonly Severity[] = ["high", "medium", "low"];

/** Each sentence kind a report colours, with what it means to a reader, in legend order. */
export const KIND_LEGEND: ReadonlyArray<readonly [string, string]> = [
  ["verbatim", "copied word for word"],
  ["paraphrase", "same claim, new words"],
  ["altered", "drawn from the source but changed"],
  ["unsupported", "not found in the source"],
  ["omitted", "source sentence the rewrite leaves out"],
];

/** How a source sentence was used, most telling first: a changed claim matters more than a copied one. */
const SOURCE_USE_ORDER: AlignmentKind[] = ["altered", "paraphrase", "verbatim"];

/** How one sentence is used by the other side: its kind, its counterparts there, and a one-line description. */
export interface SentenceUse {
  /** Rewrite: its alignment kind. Source: the most telling use, "omitted", or null when used only in ways not shown. */
  kind: AlignmentKind | "omitted" | null;
  counterparts: number[];
  description: string;
}

/**
 * Every sentence of one side that the alignment mentions, keyed by index: rewrite sentences with
 * their sources, source sentences with the rewrite sentences using them or marked omitted.
 */
export function sentenceUses(report: CompareReport, side: "source" | "rewrite"): Map<number, SentenceUse> {
  const uses = new Map<number, SentenceUse>();
  if (side === "rewrite") {
    for (const entry of report.alignment) {
      const from = entry.source.length > 0 ? `from ${entry.source.map((i) => sentenceLabel("source", i)).join(", ")}` : "no source sentence";
      uses.set(entry.rewrite, {
        kind: entry.kind,
        counterparts: entry.source,
        description: `${sentenceLabel("rewrite", entry.rewrite)}: ${entry.kind}, ${from}, score ${formatScore(entry.score)}`,
      });
    }
    return uses;
  }
  const users = new Map<number, { rewrites: number[]; kinds: AlignmentKind[] }>();
  for (const entry of report.alignment) {
    for (const index of entry.source) {
      const use = users.get(index) ?? { rewrites: [], kinds: [] };
      use.rewrites.push(entry.rewrite);
      use.kinds.push(entry.kind);
      users.set(index, use);
    }
  }
  for (const [index, use] of users) {
    const kind = SOURCE_USE_ORDER.find((candidate) => use.kinds.includes(candidate)) ?? null;
    const by = use.rewrites.map((i) => sentenceLabel("rewrite", i)).join(", ");
    uses.set(index, { kind, counterparts: use.rewrites, description: `${sentenceLabel("source", index)}: ${kind ?? "used"} in ${by}` });
  }
  for (const index of report.omitted) {
    if (!uses.has(index)) uses.set(index, { kind: "omitted", counterparts: [], description: `${sentenceLabel("source", index)}: omitted from the rewrite` });
  }
  return uses;
}

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
