import type { Sentence, Token } from "../analyze/types.js";
import { finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";

/**
 * Small words with opposite meanings that WordNet and the content-word checks never see, because
 * they are stop words: quantifiers ("all" / "some"), places ("within" / "outside") and
 * comparisons ("more" / "less"). Each entry is two sides; any word of one side opposes any of the other.
 */
const OPPOSITE_SIDES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [["all", "every"], ["some", "few", "several"]],
  [["above", "over"], ["below", "under"]],
  [["in", "inside", "within"], ["outside"]],
  [["before"], ["after"]],
  [["more"], ["less", "fewer"]],
];

/** Words skipped when reading what a small word is about: "outside of the fridge" is about "fridge". */
const PASSED_OVER = new Set(["the", "a", "an", "of", "its", "their", "our", "his", "her", "your", "my"]);

/**
 * A rewrite says "some simmers" or "above $25 billion" where its source says "all simmers" or
 * "below $25 billion": a small word swapped for its opposite before the same word. The source's
 * own phrase must be gone from the rewrite sentence and the rewrite's phrase absent from the
 * sources, so "all members, some of them new" beside "all members" is not a swap. A contrast that
 * both texts draw with both words ("below 50 means contraction, above it growth") is reordered,
 * not swapped. Medium, not high: a quantifier change narrows a claim more often than it reverses it.
 */
export const checkOppositeWords: PairCheck = ({ sentence, supports }) => {
  const mine = phrases(sentence);
  const theirs = supports.flatMap(phrases);
  for (const phrase of mine) {
    const opposite = theirs.find(
      (other) =>
        other.head === phrase.head &&
        areOpposite(phrase.word.norm, other.word.norm) &&
        !mine.some((kept) => kept.head === other.head && kept.word.norm === other.word.norm) &&
        !theirs.some((said) => said.head === phrase.head && said.word.norm === phrase.word.norm) &&
        !(mine.some((kept) => kept.word.norm === other.word.norm) && theirs.some((said) => said.word.norm === phrase.word.norm)),
    );
    if (!opposite) continue;
    return [
      finding("meaning-changed", "medium", spanOf(sentence, phrase.word), spanAmong(supports, opposite.word),
        `The rewrite says ${quoteText(`${phrase.word.text} ${phrase.head}`)} where the source says ${quoteText(`${opposite.word.text} ${opposite.head}`)}.`),
    ];
  }
  return [];
};

/** One listed small word and the word it is about. */
interface Phrase {
  word: Token;
  head: string;
}

function phrases(sentence: Sentence): Phrase[] {
  const words = sentence.tokens.filter((token) => token.pos !== "PUNCT" && token.pos !== "SPACE");
  const found: Phrase[] = [];
  words.forEach((word, at) => {
    if (!isListed(word.norm)) return;
    const head = words.slice(at + 1).find((next) => !PASSED_OVER.has(next.norm));
    if (head !== undefined && !isListed(head.norm)) found.push({ word, head: head.lemma.toLowerCase() });
  });
  return found;
}

function isListed(word: string): boolean {
  return OPPOSITE_SIDES.some(([one, other]) => one.includes(word) || other.includes(word));
}

function areOpposite(a: string, b: string): boolean {
  return OPPOSITE_SIDES.some(([one, other]) => (one.includes(a) && other.includes(b)) || (one.includes(b) && other.includes(a)));
}
