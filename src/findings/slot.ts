import { areSynonyms } from "../lexicon/index.js";
import type { Term } from "../align/index.js";

/** Content words either side of a word that make up its slot: what it says something about. */
const SLOT_TERMS = 2;

/** The content words around `terms[index]` that make up its slot, `width` either side. */
export function neighbours(terms: readonly Term[], index: number, width = SLOT_TERMS): Term[] {
  return [...terms.slice(Math.max(0, index - width), index), ...terms.slice(index + 1, index + 1 + width)];
}

/** Two slots share a word, by stem or as WordNet synonyms ("sales" / "sales", "price" / "cost"). */
export function sharesSlot(mine: readonly Term[], theirs: readonly Term[]): boolean {
  return mine.some((term) => theirs.some((other) => sameWord(term, other)));
}

/**
 * `mine[i]` and `theirs[j]` stand between the same content words: the words right before them
 * match and so do the words right after; a side the rewrite sentence lacks (its first or last
 * word) is not compared, and at least one side must match. Stricter than `sharesSlot`, for words
 * that are not opposites: with any shared neighbour, long summary sentences matched words that had
 * nothing to do with each other.
 */
export function sameSlot(mine: readonly Term[], i: number, theirs: readonly Term[], j: number): boolean {
  const before = sideMatches(mine[i - 1], theirs[j - 1]);
  const after = sideMatches(mine[i + 1], theirs[j + 1]);
  return before !== false && after !== false && (before === true || after === true);
}

/** true: the two words match; false: they differ or the source has none there; undefined: the rewrite has none there. */
function sideMatches(mine: Term | undefined, theirs: Term | undefined): boolean | undefined {
  if (mine === undefined) return undefined;
  if (theirs === undefined) return false;
  return sameWord(mine, theirs);
}

function sameWord(term: Term, other: Term): boolean {
  return other.stem === term.stem || (term.wordClass !== undefined && term.wordClass === other.wordClass && areSynonyms(term.lemma, other.lemma, term.wordClass));
}
