import { areSynonyms } from "../lexicon/index.js";
import type { Term } from "./terms.js";

/** How a rewrite sentence's content words are found among some source sentences' words. */
export interface Coverage {
  /** Share of the rewrite's content words found (same stem or a WordNet synonym). */
  share: number;
  /** One flag per rewrite term: true when the sources contain it. */
  covered: boolean[];
}

/** Coverage of `rewrite` terms by the union of `sources` terms. */
export function coverage(rewrite: readonly Term[], sources: readonly Term[]): Coverage {
  const stems = new Set(sources.map((term) => term.stem));
  const covered = rewrite.map(
    (term) => stems.has(term.stem) || sources.some((source) => term.wordClass !== undefined && term.wordClass === source.wordClass && areSynonyms(term.lemma, source.lemma, term.wordClass)),
  );
  const found = covered.filter(Boolean).length;
  return { share: rewrite.length === 0 ? 1 : found / rewrite.length, covered };
}
