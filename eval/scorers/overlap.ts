import { COMPARE_SCHEMA_ID, type CompareReport, type Finding, type ReportSentence } from "../../src/report/types.js";
import type { Scorer } from "../types.js";

/**
 * A lexical baseline with no model, shaped as a compare@1 report so every task can run on it:
 * - alignment score of a rewrite sentence: share of its word types found in the source
 *   (the "word overlap" baseline of the MSRP literature);
 * - derivedShare: share of the rewrite's word 3-grams found in the source (3-gram containment,
 *   Clough & Stevenson's baseline); verbatimShare: the same with 6-grams;
 * - one "unsupported" finding per rewrite word absent from the source; faithfulness is the share
 *   of rewrite words present, faithful means no such word.
 * It exists to check the harness end to end and to give the engine a floor to beat.
 */
export const overlapScorer: Scorer = async (source, rewrite) => overlapReport(source, rewrite);

interface Word {
  norm: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((match) => ({
    norm: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function sentences(text: string): ReportSentence[] {
  const found: ReportSentence[] = [];
  for (const match of text.matchAll(/[^.!?]+(?:[.!?]+|$)/g)) {
    const trimmed = match[0].trim();
    if (trimmed === "") continue;
    const start = match.index + match[0].indexOf(trimmed);
    found.push({ index: found.length, text: trimmed, start, end: start + trimmed.length });
  }
  return found;
}

function ngrams(tokens: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(" "));
  return grams;
}

function containment(rewriteTokens: readonly string[], sourceTokens: readonly string[], n: number): number {
  const grams = ngrams(rewriteTokens, n);
  if (grams.length === 0) return 0;
  const sourceGrams = new Set(ngrams(sourceTokens, n));
  return grams.filter((gram) => sourceGrams.has(gram)).length / grams.length;
}

function overlapReport(source: string, rewrite: string): CompareReport {
  const sourceWords = words(source).map((w) => w.norm);
  const sourceVocabulary = new Set(sourceWords);
  const rewriteWords = words(rewrite);
  const rewriteSentences = sentences(rewrite);
  const novel = rewriteWords.filter((word) => !sourceVocabulary.has(word.norm));
  const findings: Finding[] = novel.map((word) => {
    const sentence = rewriteSentences.findIndex((s) => word.start >= s.start && word.end <= s.end);
    return {
      type: "unsupported",
      severity: "medium",
      rewrite: { sentence: Math.max(sentence, 0), start: word.start, end: word.end, text: rewrite.slice(word.start, word.end) },
      source: null,
      message: "word not in the source",
    };
  });
  const rewriteNorms = rewriteWords.map((w) => w.norm);
  const faithfulness = rewriteWords.length === 0 ? 1 : 1 - novel.length / rewriteWords.length;
  return {
    schema: COMPARE_SCHEMA_ID,
    source: { sentences: sentences(source) },
    rewrite: { sentences: rewriteSentences },
    verdict: {
      relation: "rewrite",
      derivedShare: containment(rewriteNorms, sourceWords, 3),
      verbatimShare: containment(rewriteNorms, sourceWords, 6),
      faithfulness,
      faithful: novel.length === 0,
    },
    alignment: rewriteSentences.map((sentence) => {
      const types = new Set(words(sentence.text).map((w) => w.norm));
      const found = [...types].filter((type) => sourceVocabulary.has(type)).length;
      const score = types.size === 0 ? 0 : found / types.size;
      return { rewrite: sentence.index, source: [], kind: score === 1 ? "verbatim" : "paraphrase", score };
    }),
    omitted: [],
    findings,
  };
}
