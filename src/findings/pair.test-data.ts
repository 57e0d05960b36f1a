import { analyze } from "../analyze/index.js";
import type { Finding } from "../report/types.js";
import type { PairCheck, PairContext } from "./context.js";

/**
 * Runs one check on the first sentence of `rewrite` with every sentence of `source` as its
 * support, so a check can be tested without the aligner or the sentence encoder.
 */
export function runCheck(check: PairCheck, source: string, rewrite: string): Finding[] {
  const sourceAnalysis = analyze(source);
  const rewriteAnalysis = analyze(rewrite);
  const sources = sourceAnalysis.sentences.map((sentence) => sentence.index);
  const context: PairContext = {
    source: sourceAnalysis,
    rewrite: rewriteAnalysis,
    link: { rewrite: 0, sources, score: 1, cosine: 1, coverage: 1, wordShare: 1, orderShare: 1, covered: [], terms: [], verbatim: false, supported: true },
    links: [],
    sentence: rewriteAnalysis.sentences[0]!,
    supports: sourceAnalysis.sentences,
  };
  return check(context);
}
