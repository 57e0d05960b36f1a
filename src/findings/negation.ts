import type { NegationAtom, Sentence } from "../analyze/types.js";
import { contentTerms } from "../align/index.js";
import { atomsOf, finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";
import { governedWord, holderOf, stemOf } from "./scope.js";

/**
 * The rewrite negates a claim the source states positively, or states positively a claim the
 * source negates. The negated word must appear on both sides, so unrelated negations do not count.
 */
export const checkNegation: PairCheck = ({ sentence, supports }) => {
  const sourceNegated = negatedStems(supports);
  const rewriteNegated = negatedStems([sentence]);
  const sourceStems = new Set(supports.flatMap(contentTerms).map((term) => term.stem));
  const rewriteTerms = contentTerms(sentence);

  // When both sides negate something, wording differs too often ("no arrests" / "no one arrested")
  // to tell which claim each negates; only a negation present on one side alone is a flip.
  if (sourceNegated.size > 0 && rewriteNegated.size > 0) return [];
  for (const [stem, { cue, word }] of rewriteNegated) {
    if (sourceStems.has(stem)) {
      return [finding("negation-flipped", "high", spanOf(sentence, cue), null,
        `The rewrite says ${quoteText(`${cue.text} … ${word}`)}; the source states it without the negation.`)];
    }
  }
  for (const [stem, { cue }] of sourceNegated) {
    const restated = rewriteTerms.find((term) => term.stem === stem);
    if (restated) {
      return [finding("negation-flipped", "high", spanOf(sentence, restated.token), spanAmong(supports, cue),
        `The source says ${quoteText(cue.text + " … " + restated.token.text)}; the rewrite drops the negation.`)];
    }
  }
  return [];
};

/** The word each negation cue governs, by stem. */
function negatedStems(sentences: Sentence[]) {
  const negated = new Map<string, { cue: NegationAtom; word: string }>();
  for (const cue of atomsOf(sentences, "negation")) {
    const holder = holderOf(sentences, cue.start);
    const governed = holder && governedWord(holder, cue.end);
    if (governed) negated.set(stemOf(governed), { cue, word: governed.text });
  }
  return negated;
}
