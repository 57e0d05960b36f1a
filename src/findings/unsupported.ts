import type { Analysis, Sentence } from "../analyze/types.js";
import { contentTerms, type SentenceLink, type Term } from "../align/index.js";
import type { Finding } from "../report/types.js";
import { finding, quoteText, spanOf } from "./context.js";

/** Novel content words in a row that make a phrase-level `unsupported` finding, and a medium one. */
const MIN_PHRASE_TERMS = 2;
const MEDIUM_PHRASE_TERMS = 3;

/** A rewrite sentence nothing in the source supports. */
export function unsupportedSentence(sentence: Sentence): Finding {
  const factual = sentence.atoms.some((atom) => atom.kind === "number" || atom.kind === "entity" || atom.kind === "quote");
  return finding("unsupported", factual ? "high" : "medium", spanOf(sentence, sentence), null,
    "Nothing in the source supports this sentence.");
}

/**
 * Phrases inside a supported sentence made of words the source never uses: an invented example or
 * detail. Words already explained by another finding (a changed number or name) are skipped.
 */
export function unsupportedPhrases(source: Analysis, link: SentenceLink, sentence: Sentence, explained: Finding[]): Finding[] {
  const sourceStems = new Set(source.sentences.flatMap(contentTerms).map((term) => term.stem));
  const isExplained = (term: Term) =>
    explained.some((other) => other.rewrite && term.token.start < other.rewrite.end && other.rewrite.start < term.token.end);
  const runs: Term[][] = [[]];
  link.terms.forEach((term, i) => {
    const novel = !link.covered[i] && !sourceStems.has(term.stem) && !isExplained(term);
    if (novel) runs[runs.length - 1]!.push(term);
    else if (runs[runs.length - 1]!.length > 0) runs.push([]);
  });
  return runs
    .filter((terms) => terms.length >= MIN_PHRASE_TERMS)
    .map((terms) => {
      const first = terms[0]!.token;
      const last = terms[terms.length - 1]!.token;
      const span = { start: first.start, end: last.end, text: sentenceText(sentence, first.start, last.end) };
      const weighty = terms.length >= MEDIUM_PHRASE_TERMS || terms.some((term) => term.token.pos === "PROPN" || term.token.pos === "NUM");
      return finding("unsupported", weighty ? "medium" : "low", spanOf(sentence, span), null,
        `The source has nothing like ${quoteText(span.text)}.`);
    });
}

function sentenceText(sentence: Sentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}
