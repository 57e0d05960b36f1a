import { areAntonyms, areSynonyms } from "../lexicon/index.js";
import { contentTerms, type Term } from "../align/index.js";
import { finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";

/** Content words either side of a word that make up its slot: what it says something about. */
const SLOT_TERMS = 2;

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

function neighbours(terms: readonly Term[], index: number): Term[] {
  return [...terms.slice(Math.max(0, index - SLOT_TERMS), index), ...terms.slice(index + 1, index + 1 + SLOT_TERMS)];
}

/** Two slots share a word, by stem or as WordNet synonyms ("sales" / "sales", "price" / "cost"). */
function sharesSlot(mine: readonly Term[], theirs: readonly Term[]): boolean {
  return mine.some((term) =>
    theirs.some((other) => other.stem === term.stem || (term.wordClass !== undefined && term.wordClass === other.wordClass && areSynonyms(term.lemma, other.lemma, term.wordClass))),
  );
}
