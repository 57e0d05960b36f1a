import type { Sentence } from "../analyze/types.js";
import type { AlignmentEntry, Finding, Relation, Severity, Verdict } from "../report/types.js";

/** How much one finding lowers the faithfulness of the sentence it sits in. */
export const severityPenalty: Record<Severity, number> = { high: 0.6, medium: 0.35, low: 0.1 };

/** Named cut points for the relation; see DESIGN.md for what each means. */
export const relationCuts = {
  copyVerbatimShare: 0.8,
  rewriteDerivedShare: 0.6,
  partialDerivedShare: 0.2,
  independentCosine: 0.5,
};

/**
 * The verdict over the whole rewrite. `verbatimShare` is the share of the rewrite's word 3-grams
 * found in the source. `faithfulness` is the length-weighted mean over rewrite
 * sentences of their support, each lowered by the drift found in it; omissions do not count.
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
  const faithfulness =
    alignment.reduce((sum, entry) => {
      const penalties = drift
        .filter((item) => item.rewrite?.sentence === entry.rewrite)
        .reduce((kept, item) => kept * (1 - severityPenalty[item.severity]), 1);
      return sum + lengths[entry.rewrite]! * entry.score * penalties;
    }, 0) / total;

  return {
    relation: relation(derivedShare, verbatimShare, documentCosine),
    derivedShare: round(derivedShare),
    verbatimShare: round(verbatimShare),
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

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
