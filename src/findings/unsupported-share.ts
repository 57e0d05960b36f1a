import type { Sentence } from "../analyze/types.js";
import { contentTerms } from "../align/index.js";
import type { AlignmentEntry } from "../report/types.js";

/**
 * Share of the rewrite's content words that its aligned source sentences do not contain (by stem
 * or WordNet synonym, as the aligner's `coverage` counts them); every word of an unsupported
 * sentence counts, since no source sentence is aligned to it. 0 for a copy or a paraphrase whose
 * words the source supports, 0 for a rewrite with no content words.
 */
export function unsupportedWordShare(rewriteSentences: readonly Sentence[], alignment: readonly AlignmentEntry[]): number {
  let words = 0;
  let unsupported = 0;
  for (const entry of alignment) {
    const count = contentTerms(rewriteSentences[entry.rewrite]!).length;
    words += count;
    unsupported += entry.kind === "unsupported" ? count : count * (1 - (entry.coverage ?? 0));
  }
  return words === 0 ? 0 : unsupported / words;
}
