import type { Analysis, Atom, EntityAtom, NumberAtom, Sentence } from "../analyze/types.js";
import type { SentenceLink, Term } from "../align/index.js";
import type { Finding } from "../report/types.js";
import { isBroaderTerm } from "../lexicon/index.js";
import { contentStemsOf, finding, quoteText, sentenceSlice, sourceNames, spanOf, termsOf, writes } from "./context.js";
import { isFraming } from "./framing.js";
import { sameQuantityAtoms } from "./numbers.js";

/** Novel content words in a row that make a phrase-level `unsupported` finding, and a medium one. */
const MIN_PHRASE_TERMS = 2;
const MEDIUM_PHRASE_TERMS = 3;

/**
 * Share of an unsupported sentence's content words (framing words left out) the source never
 * uses, from which it counts as invented (medium) rather than a synthesis of the source's own words
 * (low: "the team discussed the budget"). On the SummEdits evaluation split such syntheses were a quarter of the consistent
 * summaries' findings.
 */
const INVENTED_SHARE = 0.5;

/**
 * A rewrite sentence nothing in the source supports: medium when its words are new, high when it
 * also brings a fact the source does not have (a name, number or quote); names and numbers the
 * source has make it a retelling of the source's facts, not an invention of new ones.
 */
export function unsupportedSentence(source: Analysis, link: SentenceLink, sentence: Sentence): Finding {
  const factual = sentence.atoms.some((atom) => isNewFact(atom, source));
  const sourceStems = contentStemsOf(source);
  const stated = statedNumbers(source, sentence);
  const claimTerms = link.terms.filter((term) => !isFraming(term));
  const novel = claimTerms.filter((term) => !sourceStems.has(term.stem) && !stated(term)).length;
  const invented = claimTerms.length > 0 && novel / claimTerms.length >= INVENTED_SHARE;
  const severity = invented ? (factual ? "high" : "medium") : "low";
  return finding("unsupported", severity, spanOf(sentence, sentence), null,
    invented ? "Nothing in the source supports this sentence." : "No source sentence says this; its words come from different parts of the source.");
}

/** A name, number or quote of the rewrite that the source nowhere states. */
function isNewFact(atom: Atom, source: Analysis): boolean {
  switch (atom.kind) {
    case "entity":
      return !sourceNames(source, atom);
    case "number":
      return sameQuantityAtoms(source, atom).length === 0;
    case "quote":
      return !writes(source, atom.inner.text.toLowerCase());
    default:
      return false;
  }
}

/**
 * Phrases inside a supported sentence made of words the source never uses: an invented example or
 * detail. Words already explained by another finding (a changed number or name) and words that
 * frame the summary ("the document discusses") are not part of one.
 */
export function unsupportedPhrases(source: Analysis, link: SentenceLink, sentence: Sentence, explained: Finding[]): Finding[] {
  const sourceStems = contentStemsOf(source);
  const stated = statedNumbers(source, sentence);
  const isExplained = (term: Term) =>
    explained.some((other) => other.rewrite && term.token.start < other.rewrite.end && other.rewrite.start < term.token.end);
  const supportTerms = link.sources.flatMap((index) => termsOf(source.sentences[index]!));
  const named = namedInSource(source, sentence);
  const runs: Term[][] = [[]];
  link.terms.forEach((term, i) => {
    const novel =
      !link.covered[i] && !sourceStems.has(term.stem) && !stated(term) && !isFraming(term) && !isExplained(term) && !generalisesAny(term, supportTerms) && !named(term);
    if (novel) runs[runs.length - 1]!.push(term);
    else if (runs[runs.length - 1]!.length > 0) runs.push([]);
  });
  return runs
    .filter((terms) => terms.length >= MIN_PHRASE_TERMS)
    .map((terms) => {
      const first = terms[0]!.token;
      const last = terms[terms.length - 1]!.token;
      const span = { start: first.start, end: last.end, text: sentenceSlice(sentence, first.start, last.end) };
      const weighty = terms.length >= MEDIUM_PHRASE_TERMS || terms.some((term) => term.token.pos === "PROPN" || term.token.pos === "NUM");
      return finding("unsupported", weighty ? "medium" : "low", spanOf(sentence, span), null,
        `The source has nothing like ${quoteText(span.text)}.`);
    });
}

/**
 * Whether a word belongs to one of the sentence's numbers that the source states too, with its
 * unit: "5 percent" for the source's "5.0%". The number checks judge numbers by value; their
 * digits and unit words are no invented content.
 */
function statedNumbers(source: Analysis, sentence: Sentence): (term: Term) => boolean {
  const numbers = sentence.atoms.filter((atom): atom is NumberAtom => atom.kind === "number" && sameQuantityAtoms(source, atom).length > 0);
  return (term) => numbers.some((number) => term.token.start >= number.start && term.token.end <= number.end);
}

/**
 * Whether a word belongs to a name the source names in another form ("EU" for "the European
 * Union", "Alvarez" for "Maria Alvarez"): the entity checks judge names, and a name the source has
 * is no invented content.
 */
function namedInSource(source: Analysis, sentence: Sentence): (term: Term) => boolean {
  const names = sentence.atoms.filter((atom): atom is EntityAtom => atom.kind === "entity" && sourceNames(source, atom));
  return (term) => names.some((name) => term.token.start >= name.start && term.token.end <= name.end);
}

/**
 * The word is a more general one for a word of the supporting sentences ("left" for "fled"): it
 * says less than the source, not something new.
 */
function generalisesAny(term: Term, supportTerms: readonly Term[]): boolean {
  const wordClass = term.wordClass;
  return wordClass !== undefined && supportTerms.some((other) => other.wordClass === wordClass && isBroaderTerm(other.lemma, wordClass, term.lemma));
}
