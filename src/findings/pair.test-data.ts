import { align } from "../align/index.js";
import { analyze } from "../analyze/index.js";
import type { Finding } from "../report/types.js";
import type { PairCheck, PairContext } from "./context.js";

/**
 * Runs one pair check on the first rewrite sentence, aligned by words alone (no encoder), so a
 * check's unit tests stay small and fast. The sentence must share enough words to be supported.
 */
export function runCheck(check: PairCheck, sourceText: string, rewriteText: string): Finding[] {
  const source = analyze(sourceText);
  const rewrite = analyze(rewriteText);
  const links = align(source, rewrite);
  const link = links[0]!;
  if (!link.supported) throw new Error(`the rewrite's first sentence is not supported (score ${link.score})`);
  const sentence = rewrite.sentences[0]!;
  return check({ source, rewrite, link, links, sentence, supports: link.sources.map((s) => source.sentences[s]!) });
}

/**
 * Runs one check on one rewrite sentence (the first unless told) with every source sentence as
 * its support, for checks that read only the supporting sentences (no aligner at all).
 */
export function runCheckAgainstAll(check: PairCheck, sourceText: string, rewriteText: string, rewriteSentence = 0): Finding[] {
  const source = analyze(sourceText);
  const rewrite = analyze(rewriteText);
  const sources = source.sentences.map((sentence) => sentence.index);
  const context: PairContext = {
    source,
    rewrite,
    link: { rewrite: rewriteSentence, sources, score: 1, cosine: 1, coverage: 1, wordShare: 1, orderShare: 1, covered: [], terms: [], verbatim: false, supported: true },
    links: [],
    sentence: rewrite.sentences[rewriteSentence]!,
    supports: source.sentences,
  };
  return check(context);
}

/**
 * Runs one check on the first rewrite sentence with the given source sentences as its support
 * (none: an unsupported sentence), for checks that also read the source beyond the supports.
 */
export function runCheckWithSupports(check: PairCheck, sourceText: string, rewriteText: string, supportIndexes: number[]): Finding[] {
  const source = analyze(sourceText);
  const rewrite = analyze(rewriteText);
  const link = align(source, rewrite)[0]!;
  const context: PairContext = {
    source,
    rewrite,
    link: { ...link, sources: supportIndexes, supported: supportIndexes.length > 0 },
    links: [],
    sentence: rewrite.sentences[0]!,
    supports: supportIndexes.map((s) => source.sentences[s]!),
  };
  return check(context);
}
