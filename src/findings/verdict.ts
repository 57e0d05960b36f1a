import type { Sentence } from "../analyze/types.js";
import type { AlignmentEntry, Finding, FindingType, Relation, Severity, Verdict } from "../report/types.js";
import { unsupportedWordShare } from "./unsupported-share.js";

/**
 * How much one finding lowers faithfulness. Per-class values come from a logistic fit of
 * "consistent" on finding counts over the SummEdits evaluation split (never its test split, never
 * BUMP): penalty = 1 - exp(-coefficient). Classes that split had too few of keep the floor of their
 * severity, so every finding costs something. Reproduce with `npx tsx eval/fit-penalties.ts`.
 */
export const severityPenalty: Record<Severity, number> = { high: 0.35, medium: 0.15, low: 0.03 };

/**
 * What a finding is counted as: its type and severity, except that an `unsupported` finding on a
 * whole sentence nothing supports is `unsupported-sentence`. The fit tells the two apart: a summary
 * sentence that retells a dialogue in new words is common in faithful summaries, an invented phrase
 * inside a supported sentence is not.
 */
export type PenaltyClass = `${FindingType}/${Severity}` | `unsupported-sentence/${Severity}`;

export const typePenalty: Partial<Record<PenaltyClass, number>> = {
  "entity-changed/high": 0.69,
  "number-changed/high": 0.67,
  "meaning-changed/high": 0.61,
  "negation-flipped/high": 0.56,
  "unsupported-sentence/high": 0.36,
  "unsupported/medium": 0.29,
  "hedge-dropped/medium": 0.19,
  "meaning-changed/medium": 0.19,
};

export function penaltyClass(finding: Finding, alignment: readonly AlignmentEntry[]): PenaltyClass {
  return classOf(finding, unsupportedSentences(alignment));
}

export function findingPenalty(finding: Finding, alignment: readonly AlignmentEntry[]): number {
  return penaltyOf(finding, unsupportedSentences(alignment));
}

/** The rewrite sentences the alignment leaves unsupported, looked up once per verdict rather than once per finding. */
function unsupportedSentences(alignment: readonly AlignmentEntry[]): Set<number> {
  return new Set(alignment.filter((entry) => entry.kind === "unsupported").map((entry) => entry.rewrite));
}

function classOf(finding: Finding, unsupported: ReadonlySet<number>): PenaltyClass {
  const sentence = finding.rewrite?.sentence;
  const wholeSentence = finding.type === "unsupported" && sentence !== undefined && unsupported.has(sentence);
  return wholeSentence ? `unsupported-sentence/${finding.severity}` : `${finding.type}/${finding.severity}`;
}

function penaltyOf(finding: Finding, unsupported: ReadonlySet<number>): number {
  return Math.max(typePenalty[classOf(finding, unsupported)] ?? 0, severityPenalty[finding.severity]);
}

/** Named cut points for the relation; see DESIGN.md for what each means. */
export const relationCuts = {
  copyVerbatimShare: 0.8,
  rewriteDerivedShare: 0.6,
  partialDerivedShare: 0.2,
  independentCosine: 0.5,
};

/**
 * The verdict over the whole rewrite. `verbatimShare` is the share of the rewrite's word 3-grams
 * found in the source. `faithfulness` starts at 1 and each drift finding multiplies it by
 * (1 - its penalty); omissions do not count, since a shorter rewrite may leave things out.
 * `unsupportedWordShare` is reported but does not lower `faithfulness`: fitted jointly with the
 * penalties (eval/fit-penalties.ts) its weight comes out 0, as on SummEdits a faithful summary
 * uses more words its source lacks, not fewer (eval/README.md, "Fitting the penalties").
 */
export function verdict(
  rewriteSentences: readonly Sentence[],
  alignment: readonly AlignmentEntry[],
  findings: readonly Finding[],
  evidence: { documentCosine: number; verbatimShare: number },
): Verdict {
  const lengths = rewriteSentences.map((sentence) => sentence.end - sentence.start);
  const total = lengths.reduce((sum, length) => sum + length, 0) || 1;
  const share = (keep: (entry: AlignmentEntry) => boolean) =>
    alignment.reduce((sum, entry) => sum + (keep(entry) ? lengths[entry.rewrite]! : 0), 0) / total;
  const derivedShare = share((entry) => entry.kind !== "unsupported");
  const { documentCosine, verbatimShare } = evidence;

  const drift = findings.filter((item) => item.type !== "omitted");
  const unsupported = unsupportedSentences(alignment);
  const faithfulness = drift.reduce((kept, item) => kept * (1 - penaltyOf(item, unsupported)), 1);

  return {
    relation: relation(derivedShare, verbatimShare, documentCosine),
    derivedShare: round(derivedShare),
    verbatimShare: round(verbatimShare),
    unsupportedWordShare: round(unsupportedWordShare(rewriteSentences, alignment)),
    faithfulness: round(faithfulness),
    faithful: !drift.some((item) => item.severity === "high" || item.severity === "medium"),
  };
}

function relation(derivedShare: number, verbatimShare: number, documentCosine: number): Relation {
  if (verbatimShare >= relationCuts.copyVerbatimShare) return "copy";
  if (derivedShare >= relationCuts.rewriteDerivedShare) return "rewrite";
  if (derivedShare >= relationCuts.partialDerivedShare) return "partial";
  return documentCosine >= relationCuts.independentCosine ? "independent" : "unrelated";
}

/** Four decimals, for every figure a report carries: enough for any threshold, and still readable. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
