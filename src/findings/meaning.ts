import { areAntonyms } from "../lexicon/index.js";
import { contentTerms } from "../align/index.js";
import { finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";
import { neighbours, sharesSlot } from "./slot.js";

/**
 * A word of the rewrite whose opposite stands in the same slot of its source ("sales rose" where
 * the source says "sales fell"). The two words must share a neighbour (what rose or fell), and the
 * source's word must be gone from the rewrite sentence: "a broad choice that suits his specific
 * needs" keeps "specific", so "broad" did not replace it.
 */
export const checkMeaning: PairCheck = ({ link, sentence, supports }) => {
  const sourceTermsBySentence = supports.map(contentTerms);
  const sourceStems = new Set(sourceTermsBySentence.flat().map((term) => term.stem));
  const rewriteStems = new Set(link.terms.map((term) => term.stem));
  for (const [index, term] of link.terms.entries()) {
    if (sourceStems.has(term.stem) || term.wordClass === undefined) continue;
    const slot = neighbours(link.terms, index);
    for (const sourceTerms of sourceTermsBySentence) {
      const opposite = sourceTerms.find(
        (other, at) =>
          other.wordClass === term.wordClass &&
          !rewriteStems.has(other.stem) &&
          areAntonyms(term.lemma, other.lemma, term.wordClass) &&
          sharesSlot(slot, neighbours(sourceTerms, at)),
      );
      if (!opposite) continue;
      return [
        finding("meaning-changed", "high", spanOf(sentence, term.token), spanAmong(supports, opposite.token),
          `The rewrite says ${quoteText(term.token.text)} where the source says ${quoteText(opposite.token.text)}.`),
      ];
    }
  }
  return [];
};
