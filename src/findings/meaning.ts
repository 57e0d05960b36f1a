import { areAntonyms, type WordClass } from "../lexicon/index.js";
import { contentTerms, type Term } from "../align/index.js";
import { finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";
import { neighbours, sharesSlot } from "./slot.js";

/**
 * A word of the rewrite whose opposite stands in the same slot of its source ("sales rose" where
 * the source says "sales fell"). The two words must share a neighbour (what rose or fell), and the
 * source's word must be gone from the rewrite sentence: "a broad choice that suits his specific
 * needs" keeps "specific", so "broad" did not replace it. A noun and a verb can be opposites too
 * ("decreasing the dividend" where the source has "the increase in the dividend").
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
          !rewriteStems.has(other.stem) &&
          areOpposed(term, other) &&
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

/** Classes whose words turn into each other without a suffix: "an increase" / "to increase". */
const DERIVING_CLASSES: ReadonlySet<WordClass> = new Set(["noun", "verb"]);

/**
 * Antonyms in one class, or across noun and verb: rewrites turn "the increase in sales" into
 * "sales decreased", and the tagger reads the same word as a noun in one text and a verb in the
 * other. Across classes each word is read in either class, so the pair must be opposites in one of them.
 */
function areOpposed(term: Term, other: Term): boolean {
  if (term.wordClass === undefined || other.wordClass === undefined) return false;
  if (term.wordClass === other.wordClass) return areAntonyms(term.lemma, other.lemma, term.wordClass);
  if (!DERIVING_CLASSES.has(term.wordClass) || !DERIVING_CLASSES.has(other.wordClass)) return false;
  return areAntonyms(term.lemma, other.lemma, term.wordClass) || areAntonyms(term.lemma, other.lemma, other.wordClass);
}
