import type { Sentence, Span } from "../analyze/types.js";
import type { Term } from "../align/index.js";
import { areAntonyms, areSynonyms, isNearby, isRelationalAdjective } from "../lexicon/index.js";
import { finding, quoteText, sentenceSlice, spanAmong, spanOf, termsOf, type PairCheck } from "./context.js";

/**
 * A kind-of adjective swapped on a noun the supporting sentence keeps: "the provincial
 * government" where the source says "the federal government". Both adjectives must be relational
 * (pertaining to a noun, as "provincial" does to province), since a descriptive one is often
 * restated with another ("a big rise", "a large rise"); the source's adjective must be gone from
 * the rewrite sentence and the rewrite's absent from the supports. Opposites ("public" /
 * "private") are left to the opposite-word check, and capitalised adjectives ("Chinese") to the
 * name checks.
 */
export const checkModifierSwap: PairCheck = ({ link, sentence, supports }) => {
  const rewriteStems = new Set(link.terms.map((term) => term.stem));
  const supportStems = new Set(supports.flatMap(termsOf).map((term) => term.stem));
  for (const [index, modifier] of link.terms.entries()) {
    const noun = link.terms[index + 1];
    if (!noun || supportStems.has(modifier.stem) || !isKindModifier(sentence, modifier, noun)) continue;
    for (const support of supports) {
      const terms = termsOf(support);
      const at = terms.findIndex(
        (other, position) =>
          terms[position + 1]?.stem === noun.stem && !rewriteStems.has(other.stem) && isKindModifier(support, other, terms[position + 1]!) && !restates(modifier, other),
      );
      if (at < 0) continue;
      const theirs = phrase(support, terms[at]!, terms[at + 1]!);
      const mine = phrase(sentence, modifier, noun);
      return [
        finding("entity-changed", "medium", spanOf(sentence, mine), spanAmong(supports, theirs),
          `The rewrite says ${quoteText(mine.text)} where the source says ${quoteText(theirs.text)}.`),
      ];
    }
  }
  return [];
};

/** A lower-case relational adjective written right before its noun. */
function isKindModifier(sentence: Sentence, modifier: Term, noun: Term): boolean {
  return (
    modifier.token.pos === "ADJ" &&
    noun.wordClass === "noun" &&
    modifier.token.text === modifier.token.norm &&
    sentenceSlice(sentence, modifier.token.end, noun.token.start).trim() === "" &&
    isRelationalAdjective(modifier.lemma)
  );
}

/** The two adjectives may stand for one another: synonyms, near in WordNet, or opposites (another check's). */
function restates(a: Term, b: Term): boolean {
  return areSynonyms(a.lemma, b.lemma, "adj") || isNearby(a.lemma, "adj", b.lemma) || isNearby(b.lemma, "adj", a.lemma) || areAntonyms(a.lemma, b.lemma, "adj");
}

function phrase(sentence: Sentence, modifier: Term, noun: Term): Span {
  const { start } = modifier.token;
  const { end } = noun.token;
  return { start, end, text: sentenceSlice(sentence, start, end) };
}
