import type { Sentence } from "../analyze/types.js";
import { words } from "./terms.js";

/**
 * Share of the rewrite's word 3-grams (within sentences) that also occur in the source: how much of
 * the rewrite is copied word for word. 3-gram containment is the classic copy signal (Clough and
 * Stevenson report about 0.95 accuracy for copied vs independent answers with it alone).
 */
export function trigramContainment(rewrite: readonly Sentence[], source: readonly Sentence[]): number {
  const sourceGrams = new Set(source.flatMap((sentence) => trigrams(words(sentence))));
  const rewriteGrams = rewrite.flatMap((sentence) => trigrams(words(sentence)));
  if (rewriteGrams.length === 0) return 0;
  return rewriteGrams.filter((gram) => sourceGrams.has(gram)).length / rewriteGrams.length;
}

function trigrams(sequence: string[]): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 2 < sequence.length; i++) grams.push(`${sequence[i]} ${sequence[i + 1]} ${sequence[i + 2]}`);
  return grams;
}
