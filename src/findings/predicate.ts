import { areAntonyms, isNearby, type WordClass } from "../lexicon/index.js";
import { contentTerms, type Term } from "../align/index.js";
import { finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";
import { sameSlot } from "./slot.js";

/** Predicates: verbs, and adjectives said of a noun ("a basic plan" for "a comprehensive plan"). */
const PREDICATE_CLASSES: ReadonlySet<WordClass> = new Set(["verb", "adj"]);

/**
 * Verbs that carry little of a claim by themselves (light verbs) or that rewrites swap freely for
 * one another (reporting and speech verbs): a change among them is a paraphrase, not a new claim.
 */
const LIGHT_VERBS = new Set([
  "be", "have", "do", "make", "take", "get", "give", "go", "come", "become", "seem", "put", "set", "keep", "let",
  "use", "include", "provide", "want", "need", "try", "know", "think", "see", "look",
  "say", "tell", "report", "state", "add", "note", "mention", "talk", "discuss", "explain", "describe", "ask", "share",
]);

/**
 * A rewrite verb or adjective standing in the slot of a different source word it does not
 * paraphrase: "the council delayed the plan" where the source says "the council approved the
 * plan". Opposites are checkMeaning's; this is the other half of a changed predicate.
 *
 * The rewrite word must have no support in its source sentences (stem, synonym, or a word WordNet
 * places near it: "purchased" / "acquired", "announced" / "said"); the source word must be gone
 * from the rewrite sentence in the same sense; and both must sit between the same neighbours.
 * Severity is low: on MSRP train the check fires on 2.0% of paraphrase pairs against 3.1% of the
 * others, so about half of what it flags is a paraphrase WordNet does not know ("rapped" /
 * "reprimanded"), and it must not make a faithful rewrite unfaithful on its own.
 */
export const checkPredicate: PairCheck = ({ link, sentence, supports }) => {
  const sourceTermsBySentence = supports.map(contentTerms);
  const sourceTerms = sourceTermsBySentence.flat();
  const rewriteStems = new Set(link.terms.map((term) => term.stem));
  for (const [index, term] of link.terms.entries()) {
    if (link.covered[index] || !isPredicate(term)) continue;
    // The slot test comes before the WordNet walks: it rarely holds, and the walks cost memory.
    for (const terms of sourceTermsBySentence) {
      const replaced = terms.find(
        (other, at) =>
          other.wordClass === term.wordClass &&
          isPredicate(other) &&
          !rewriteStems.has(other.stem) &&
          !sameSpelling(term, other) &&
          sameSlot(link.terms, index, terms, at) &&
          !areAntonyms(term.lemma, other.lemma, term.wordClass) &&
          !link.terms.some((mine) => near(other, mine)),
      );
      if (!replaced) continue;
      if (sourceTerms.some((other) => near(term, other))) break;
      return [
        finding("meaning-changed", "low", spanOf(sentence, term.token), spanAmong(supports, replaced.token),
          `The rewrite says ${quoteText(term.token.text)} where the source says ${quoteText(replaced.token.text)}.`),
      ];
    }
  }
  return [];
};

function isPredicate(term: Term): boolean {
  return term.wordClass !== undefined && PREDICATE_CLASSES.has(term.wordClass) && !LIGHT_VERBS.has(term.lemma.toLowerCase());
}

/** Either word is near the other in WordNet (checked both ways: only generalisations are followed). */
function near(a: Term, b: Term): boolean {
  return reaches(a, b) || reaches(b, a);
}

function reaches(from: Term, to: Term): boolean {
  return from.wordClass !== undefined && isNearby(from.lemma, from.wordClass, to.lemma);
}

/** One word written two ways ("counter-sued" / "countersued"), or glued to a neighbour by a typo. */
function sameSpelling(a: Term, b: Term): boolean {
  const first = a.token.norm.replace(/[-‐]/g, "");
  const second = b.token.norm.replace(/[-‐]/g, "");
  return first === second || first.endsWith(second) || second.endsWith(first);
}
