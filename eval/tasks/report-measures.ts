import type { AlignmentEntry, CompareReport } from "../../src/report/types.js";

/** Words in a text: runs of letters and digits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Mean of a per-sentence alignment value over the rewrite, each sentence weighted by its word
 * count, so a rewrite the engine splits in two is read whole, not by its first part. Every sentence
 * weighs at least one word, so a report of wordless sentences still averages.
 */
export function wordWeightedMean(report: CompareReport, read: (entry: AlignmentEntry) => number): number {
  let total = 0;
  let weight = 0;
  for (const entry of report.alignment) {
    const words = Math.max(1, wordCount(report.rewrite.sentences[entry.rewrite]?.text ?? ""));
    total += words * read(entry);
    weight += words;
  }
  return weight === 0 ? 0 : total / weight;
}
