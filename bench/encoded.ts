import { readFileSync } from "node:fs";
import { analyze } from "../src/analyze/index.js";
import { alignDefaults, candidateSources } from "../src/align/index.js";
import { sourceSentencesToEncode } from "../src/compare/index.js";

/**
 * Sentences the encoder embeds per pair of a `compare --pairs` file, its cache empty: a
 * deterministic measure of the batch's main cost, for A/B on a machine too busy to time.
 */
export function encodedSentencesPerPair(pairsFile: string): number {
  const pairs = readFileSync(pairsFile, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as { source: string; rewrite: string });
  const counts = pairs.map(({ source, rewrite }) => {
    const rewriteAnalysis = analyze(rewrite);
    const candidates = candidateSources(analyze(source), rewriteAnalysis, alignDefaults.candidates);
    return sourceSentencesToEncode(candidates).length + rewriteAnalysis.sentences.length;
  });
  return counts.reduce((sum, count) => sum + count, 0) / Math.max(1, counts.length);
}
