import { analyze } from "../../src/analyze/index.js";
import { lcsLength, wordStems } from "../../src/align/index.js";
import type { AlignmentEntry, AlignmentKind, CompareReport, ReportDocument } from "../../src/report/types.js";
import { ngrams } from "./mt-metrics.js";
import { wordWeightedMean } from "./report-measures.js";

/**
 * What the Clough-Stevenson models may read about one answer. From the report: its two shares, the
 * alignment evidence and the alignment kinds (each averaged over the answer's sentences by word
 * count). From the two texts, with wiretrace's own word stems: the n-gram containment and longest
 * common subsequence that Clough and Stevenson (2011) used, and the longest copied run.
 */
export interface CloughFeatures {
  verbatimShare: number;
  derivedShare: number;
  score: number;
  cosine: number;
  coverage: number;
  wordShare: number;
  orderShare: number;
  /** Share of the answer's words in sentences aligned as verbatim (likewise the next three). */
  verbatimKind: number;
  paraphraseKind: number;
  alteredKind: number;
  unsupportedKind: number;
  /** Share of the answer's distinct word-stem n-grams found in the source, n = 1..5. */
  containment1: number;
  containment2: number;
  containment3: number;
  containment4: number;
  containment5: number;
  /** Longest common subsequence of the two stem sequences over the answer's length. */
  lcsShare: number;
  /** Longest run of stems copied in order over the answer's length. */
  longestRunShare: number;
}

export type CloughFeatureName = keyof CloughFeatures;

type Evidence = "score" | "cosine" | "coverage" | "wordShare" | "orderShare";

/** Read every feature of one answer's report; the two texts are re-analysed from the sentences the report holds. */
export function cloughFeatures(report: CompareReport): CloughFeatures {
  const answer = documentStems(report.rewrite);
  const source = documentStems(report.source);
  const lengthShare = (count: number) => (answer.length === 0 ? 0 : count / answer.length);
  const byWords = (read: (entry: AlignmentEntry) => number) => wordWeightedMean(report, read);
  const evidence = (name: Evidence) => byWords((entry) => entry[name] ?? 0);
  const kind = (name: AlignmentKind) => byWords((entry) => (entry.kind === name ? 1 : 0));
  return {
    verbatimShare: report.verdict.verbatimShare,
    derivedShare: report.verdict.derivedShare,
    score: evidence("score"),
    cosine: evidence("cosine"),
    coverage: evidence("coverage"),
    wordShare: evidence("wordShare"),
    orderShare: evidence("orderShare"),
    verbatimKind: kind("verbatim"),
    paraphraseKind: kind("paraphrase"),
    alteredKind: kind("altered"),
    unsupportedKind: kind("unsupported"),
    containment1: ngramContainment(answer, source, 1),
    containment2: ngramContainment(answer, source, 2),
    containment3: ngramContainment(answer, source, 3),
    containment4: ngramContainment(answer, source, 4),
    containment5: ngramContainment(answer, source, 5),
    lcsShare: lengthShare(lcsLength(answer, source)),
    longestRunShare: lengthShare(longestCommonRun(answer, source)),
  };
}

function documentStems(document: ReportDocument): string[] {
  return analyze(document.sentences.map((sentence) => sentence.text).join(" ")).sentences.flatMap(wordStems);
}

/**
 * Share of the distinct n-grams of `answer` that occur in `source` (Clough and Stevenson's
 * containment); 0 when the answer is shorter than n. Runs across sentence ends, as theirs did.
 */
export function ngramContainment(answer: readonly string[], source: readonly string[], n: number): number {
  const answerGrams = new Set(ngrams(answer, n));
  if (answerGrams.size === 0) return 0;
  const sourceGrams = new Set(ngrams(source, n));
  let found = 0;
  for (const gram of answerGrams) if (sourceGrams.has(gram)) found++;
  return found / answerGrams.size;
}

/** Length of the longest run of words the two sequences share without a gap. */
export function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let longest = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (word !== b[j - 1]) continue;
      current[j] = previous[j - 1]! + 1;
      longest = Math.max(longest, current[j]!);
    }
    previous = current;
  }
  return longest;
}
