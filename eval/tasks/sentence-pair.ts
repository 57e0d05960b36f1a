import { analyze, type Analysis } from "../../src/analyze/index.js";
import { contentTerms, wordStems } from "../../src/align/index.js";
import type { CompareReport, ReportDocument } from "../../src/report/types.js";
import { ngramPrecision } from "./mt-metrics.js";

/** What the MSRP features read from the two sentences of a pair, beyond what the report states. */
export interface SentencePair {
  /** Distinct word stems (function words included) both sentences use, over those either uses. */
  wordJaccard: number;
  /** The same over content-word stems only. */
  contentJaccard: number;
  /** Negation cues ("not", "no", "without", ...) in each sentence. */
  negations: [number, number];
  /**
   * BLEU's unigram precision over word stems, each sentence against the other: the share of its
   * stems the other has, a repeated stem matching only as often as the other repeats it.
   */
  stemPrecisions: [number, number];
}

// Several features read the same pair; the analysis is the costly part, so it is done once per report.
const analysed = new WeakMap<CompareReport, SentencePair>();

/**
 * The two texts of a report (its source and rewrite sentences, as reported) analysed with
 * wiretrace's own analyze and align word forms, and compared as wholes: the alignment entries
 * compare one direction and count a repeated word each time, these count each word once over both.
 */
export function sentencePair(report: CompareReport): SentencePair {
  const known = analysed.get(report);
  if (known) return known;
  const [first, second] = [analyzeDocument(report.source), analyzeDocument(report.rewrite)];
  const stemsOf = (analysis: Analysis) => analysis.sentences.flatMap(wordStems);
  const contentOf = (analysis: Analysis) => analysis.sentences.flatMap((sentence) => contentTerms(sentence).map((term) => term.stem));
  const negationsOf = (analysis: Analysis) => analysis.atoms.filter((atom) => atom.kind === "negation").length;
  const [firstStems, secondStems] = [stemsOf(first), stemsOf(second)];
  const pair: SentencePair = {
    wordJaccard: jaccard(firstStems, secondStems),
    contentJaccard: jaccard(contentOf(first), contentOf(second)),
    negations: [negationsOf(first), negationsOf(second)],
    stemPrecisions: [ngramPrecision(firstStems, secondStems, 1), ngramPrecision(secondStems, firstStems, 1)],
  };
  analysed.set(report, pair);
  return pair;
}

function analyzeDocument(document: ReportDocument): Analysis {
  return analyze(document.sentences.map((sentence) => sentence.text).join(" "));
}

/** Shared distinct items over all distinct items; two empty lists are the same (1). */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const [setA, setB] = [new Set(a), new Set(b)];
  const union = new Set([...setA, ...setB]).size;
  if (union === 0) return 1;
  return [...setA].filter((item) => setB.has(item)).length / union;
}
