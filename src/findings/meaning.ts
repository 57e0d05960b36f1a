import { areAntonyms } from "../lexicon/index.js";
import { contentTerms } from "../align/index.js";
import { finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";

/** A word of the rewrite whose opposite stands in its source ("rose" where the source says "fell"). */
export const checkMeaning: PairCheck = ({ link, sentence, supports }) => {
  const sourceTerms = supports.flatMap(contentTerms);
  const sourceStems = new Set(sourceTerms.map((term) => term.stem));
  for (const term of link.terms) {
    if (sourceStems.has(term.stem)) continue;
    const opposite = sourceTerms.find(
      (other) => term.wordClass !== undefined && other.wordClass === term.wordClass && areAntonyms(term.lemma, other.lemma, term.wordClass),
    );
    if (!opposite) continue;
    return [
      finding("meaning-changed", "high", spanOf(sentence, term.token), spanAmong(supports, opposite.token),
        `The rewrite says ${quoteText(term.token.text)} where the source says ${quoteText(opposite.token.text)}.`),
    ];
  }
  return [];
};
