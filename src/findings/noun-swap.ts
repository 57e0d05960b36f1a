import type { Analysis, Sentence, Token } from "../analyze/types.js";
import { contentTerms, type Term } from "../align/index.js";
import { isBroaderTerm, isNearby } from "../lexicon/index.js";
import { objectMemo } from "../memo/index.js";
import { atomsOf, finding, quoteText, spanAmong, spanOf, termsBySentence, type PairCheck } from "./context.js";

/**
 * A noun taken from elsewhere in the source into the place of a supporting sentence's noun
 * ("the public library" where the supporting sentence says "the public museum" and the source
 * mentions a library further on). The two nouns must stand between the very same content words
 * (the word before and the word after), and the source's noun must be
 * gone from the rewrite sentence. A noun the source never uses is left to the unsupported checks:
 * a looser same-slot test for those fired more often on paraphrases than on non-paraphrases.
 */
export const checkNounSwap: PairCheck = ({ source, link, sentence, supports }) => {
  const supportTerms = supports.map(contentTerms);
  const supportStems = new Set(supportTerms.flat().map((term) => term.stem));
  // Any source noun the supports lack is one used elsewhere in the source.
  const sourceNouns = nounStemsOf(source);
  const rewriteStems = new Set(link.terms.map((term) => term.stem));
  for (const [index, term] of link.terms.entries()) {
    if (!isNoun(term) || supportStems.has(term.stem) || !sourceNouns.has(term.stem) || isUnitOfNumber(sentence, term.token)) continue;
    for (const terms of supportTerms) {
      const replaced = terms.find(
        (other, at) => isNoun(other) && !rewriteStems.has(other.stem) && sameNeighbours(link.terms, index, terms, at) && !generalises(term, other),
      );
      if (!replaced) continue;
      return [
        finding("entity-changed", "medium", spanOf(sentence, term.token), spanAmong(supports, replaced.token),
          `The rewrite says ${quoteText(term.token.text)} where the source says ${quoteText(replaced.token.text)}.`),
      ];
    }
  }
  return [];
};

/** A number's unit ("dollars" of "922 mln dollars"): the number check compares it, "dlrs" and "dollars" alike. */
function isUnitOfNumber(sentence: Sentence, token: Token): boolean {
  return atomsOf([sentence], "number").some((number) => token.start >= number.start && token.end <= number.end);
}

/** The stems of a text's nouns, found once per analysis: the check reads them for every rewrite sentence. */
const nounStemsOf = objectMemo((analysis: Analysis) => new Set(termsBySentence(analysis).flat().filter(isNoun).map((term) => term.stem)));

/** WordNet files "people" under its singular, which the tagger does not give as its lemma. */
const SINGULAR_OF: Readonly<Record<string, string>> = { people: "person" };

/**
 * The rewrite's noun is a more general word for the source's ("people" for "adults", "person" for
 * "resident"): less said, nothing changed. Or the two are near each other both ways in WordNet
 * ("reductions" / "cuts", "program" / "plan"): near-synonyms. One way is not enough: "life"
 * reaches "term" (a prison term), "term" does not reach "life".
 */
function generalises(general: Term, specific: Term): boolean {
  const lemma = general.lemma.toLowerCase();
  const word = SINGULAR_OF[lemma] ?? lemma;
  return isBroaderTerm(specific.lemma, "noun", word) || (isNearby(specific.lemma, "noun", word) && isNearby(word, "noun", specific.lemma));
}

function isNoun(term: Term): boolean {
  return term.wordClass === "noun";
}

/**
 * The content words right before and right after `mine[i]` are those around `theirs[j]`. Both
 * sides must be there: with one shared word alone, "insurance options" read as a swap for
 * "insurance plans".
 */
function sameNeighbours(mine: readonly Term[], i: number, theirs: readonly Term[], j: number): boolean {
  const before = mine[i - 1];
  const after = mine[i + 1];
  return before !== undefined && after !== undefined && before.stem === theirs[j - 1]?.stem && after.stem === theirs[j + 1]?.stem;
}
