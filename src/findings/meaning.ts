import { areAntonyms, type WordClass } from "../lexicon/index.js";
import { contentTerms, type Term } from "../align/index.js";
import type { Finding, FindingSpan } from "../report/types.js";
import type { Sentence } from "../analyze/types.js";
import { atomsOf, contentStemsOf, finding, quoteText, sentencesHolding, spanAmong, spanOf, termsBySentence, type PairCheck, type PairContext } from "./context.js";
import { describeDifferentNouns } from "./described-noun.js";
import { governedWord } from "./scope.js";
import { neighbours, sharesSlot } from "./slot.js";
import { FULL_PLACE, surroundings } from "./surroundings.js";

/**
 * A word of the rewrite whose opposite stands in the same slot of its source ("sales rose" where
 * the source says "sales fell"). The two words must share a neighbour (what rose or fell), and the
 * source's word must be gone from the rewrite sentence: "a broad choice that suits his specific
 * needs" keeps "specific", so "broad" did not replace it. A noun and a verb can be opposites too
 * ("decreasing the dividend" where the source has "the increase in the dividend"). When the
 * supporting sentences hold no opposite, or the sentence has none (unsupported), the whole source
 * is read with stricter evidence: see `opposedElsewhere`.
 */
export const checkMeaning: PairCheck = (context) => opposedInSupports(context) ?? opposedElsewhere(context) ?? [];

/** The check on the supporting sentences alone; undefined when they hold no opposite. */
function opposedInSupports(context: PairContext): Finding[] | undefined {
  const { link, sentence, supports } = context;
  const sourceTermsBySentence = supports.map(contentTerms);
  const sourceStems = new Set(sourceTermsBySentence.flat().map((term) => term.stem));
  const rewriteStems = new Set(link.terms.map((term) => term.stem));
  const inPlace = oppositesInPlace(context, sourceTermsBySentence);
  for (const [index, term] of link.terms.entries()) {
    // A denied word's opposite says the same; checkNegation judges the denial.
    if (term.wordClass === undefined || isDenied(sentence, term)) continue;
    const replaced = inPlace(term);
    if (replaced) return [opposedFinding(sentence, term, spanAmong(supports, replaced.token), replaced)];
    if (sourceStems.has(term.stem)) continue;
    const slot = neighbours(link.terms, index);
    for (const [holder, sourceTerms] of sourceTermsBySentence.entries()) {
      const opposite = sourceTerms.find(
        (other, at) =>
          !rewriteStems.has(other.stem) &&
          areOpposed(term, other) &&
          sharesSlot(slot, neighbours(sourceTerms, at)) &&
          !describeDifferentNouns(sentence, term.token, supports[holder]!, other.token) &&
          !isDenied(supports[holder]!, other) &&
          !(areConverse(term, other) && rolesSwapped(link.terms, index, sourceTerms, at)),
      );
      if (!opposite) continue;
      return [opposedFinding(sentence, term, spanAmong(supports, opposite.token), opposite)];
    }
  }
  return undefined;
}

function opposedFinding(sentence: Sentence, term: Term, sourceSpan: FindingSpan, opposite: Term): Finding {
  return finding("meaning-changed", "high", spanOf(sentence, term.token), sourceSpan,
    `The rewrite says ${quoteText(term.token.text)} where the source says ${quoteText(opposite.token.text)}.`);
}

/**
 * A finder of the support word a rewrite word stands in place of as its opposite: the same four
 * surrounding words ("a home fell by more" / "a home rose by more"), with the rewrite sentence
 * stating that word fewer times than its support. It holds though the source says the new word
 * of something else, or the rewrite keeps the old one elsewhere: the sentence was copied around
 * the word and the word reversed.
 */
function oppositesInPlace({ link, sentence, supports }: PairContext, sourceTermsBySentence: Term[][]): (term: Term) => Term | undefined {
  const stemCount = (terms: readonly Term[], stem: string) => terms.filter((other) => other.stem === stem).length;
  return (term) => {
    // Opposites are rare: surroundings are read only for a word that has one among the supports
    // (null: not read yet; undefined: too few words around it).
    let place: string | undefined | null = null;
    for (const [at, terms] of sourceTermsBySentence.entries()) {
      for (const other of terms) {
        if (!areOpposed(term, other) || stemCount(link.terms, other.stem) >= stemCount(terms, other.stem)) continue;
        if (place === null) place = surroundings(sentence, term.token, FULL_PLACE);
        if (place === undefined) return undefined;
        if (surroundings(supports[at]!, other.token, FULL_PLACE) === place) return other;
      }
    }
    return undefined;
  };
}

/** Slot width either side for the whole-source reading: a summary reorders a long sentence's words. */
const ELSEWHERE_SLOT_TERMS = 3;
/** Content words a source sentence must share with the rewrite sentence to speak of the same claim. */
const SAME_CLAIM_WORDS = 3;

/**
 * The whole-source reading: an adjective of the rewrite that the source never uses, whose opposite
 * stands in the same slot of a source sentence sharing `SAME_CLAIM_WORDS` or more content words
 * with the rewrite sentence ("an old podcast" where an unpicked sentence says "a new podcast").
 * Summaries of long transcripts align loosely, so the sentence a rewrite reversed is often not
 * among its supports, or the rewrite sentence has none. Adjectives only: on the SummEdits
 * evaluation split the verbs and nouns this reached were chance senses ("backing" / "looking"),
 * while reversed qualities (mediocre / exceptional, negligible / valuable) were real swaps.
 */
function opposedElsewhere({ source, link, sentence }: PairContext): Finding[] | undefined {
  const rewriteStems = new Set(link.terms.map((term) => term.stem));
  const sourceStems = contentStemsOf(source);
  let sameClaim: [number, Term[]][] | undefined;
  let saidOfOther: Finding | undefined;
  for (const [index, term] of link.terms.entries()) {
    if (term.wordClass !== "adj" || sourceStems.has(term.stem)) continue;
    // Found once, and only for a sentence holding an adjective new to the source.
    sameClaim ??= sentencesHolding(source, rewriteStems, SAME_CLAIM_WORDS).map((holder) => [holder.index, termsBySentence(source)[holder.index]!]);
    const slot = neighbours(link.terms, index, ELSEWHERE_SLOT_TERMS);
    for (const [at, sourceTerms] of sameClaim) {
      const holder = source.sentences[at]!;
      const opposites = sourceTerms.filter(
        (other, position) =>
          !rewriteStems.has(other.stem) && areOpposed(term, other) && sharesSlot(slot, neighbours(sourceTerms, position, ELSEWHERE_SLOT_TERMS)),
      );
      const opposite = opposites.find((other) => !describeDifferentNouns(sentence, term.token, holder, other.token));
      if (opposite) return [opposedFinding(sentence, term, spanOf(holder, opposite.token), opposite)];
      if (opposites.length > 0) saidOfOther ??= qualityNotInSource(sentence, term, opposites[0]!);
    }
  }
  return saidOfOther ? [saidOfOther] : undefined;
}

/**
 * An adjective the source never uses whose opposite it says only of something else ("an old
 * podcast" where the source speaks of "new players"): no contradiction, but a quality the source
 * does not give.
 */
function qualityNotInSource(sentence: Sentence, term: Term, opposite: Term): Finding {
  return finding("unsupported", "medium", spanOf(sentence, term.token), null,
    `The source never says ${quoteText(term.token.text)}; it says ${quoteText(opposite.token.text)} of something else.`);
}

/**
 * A negation governs the word ("had not lost"): its opposite then says the same ("unbeaten",
 * "won"), and a negation flipped is checkNegation's to find.
 */
function isDenied(sentence: Sentence, term: Term): boolean {
  return atomsOf([sentence], "negation").some((cue) => governedWord(sentence, cue.end) === term.token);
}

/** Opposites that describe one event from either side: "Wrobel gave Caldmoor the lead" is "Caldmoor took the lead". */
const CONVERSES: readonly (readonly [string, string])[] = [
  ["give", "take"], ["give", "receive"], ["buy", "sell"], ["lend", "borrow"], ["win", "lose"],
];

function areConverse(term: Term, other: Term): boolean {
  const [a, b] = [term.lemma.toLowerCase(), other.lemma.toLowerCase()];
  return CONVERSES.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/** Terms read either side of a verb for the parties of a converse pair. */
const ROLE_TERMS = 3;

/** A word before one verb stands after the other: the parties changed sides, as a converse pair needs. */
function rolesSwapped(mine: readonly Term[], i: number, theirs: readonly Term[], j: number): boolean {
  const stems = (terms: readonly Term[]) => new Set(terms.map((term) => term.stem));
  const [myBefore, myAfter] = [stems(mine.slice(Math.max(0, i - ROLE_TERMS), i)), stems(mine.slice(i + 1, i + 1 + ROLE_TERMS))];
  const [theirBefore, theirAfter] = [stems(theirs.slice(Math.max(0, j - ROLE_TERMS), j)), stems(theirs.slice(j + 1, j + 1 + ROLE_TERMS))];
  return [...myBefore].some((stem) => theirAfter.has(stem)) || [...myAfter].some((stem) => theirBefore.has(stem));
}

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
