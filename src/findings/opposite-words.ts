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
  const mine = indexed(phrases(sentence));
  const theirs = indexed(supports.flatMap(phrases));
  for (const phrase of mine.firsts) {
    const opposite = (theirs.byHead.get(phrase.head) ?? []).find(
      (other) =>
        areOpposite(phrase.word.norm, other.word.norm) &&
        !mine.said.has(phraseKey(other)) &&
        !theirs.said.has(phraseKey(phrase)) &&
        !(mine.words.has(other.word.norm) && theirs.words.has(phrase.word.norm)),
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
    let next = at + 1;
    while (next < words.length && PASSED_OVER.has(words[next]!.norm)) next++;
    const head = words[next];
    if (head !== undefined && !isListed(head.norm)) found.push({ word, head: head.lemma.toLowerCase() });
  });
  return found;
}

/**
 * Phrases with lookups by head, by head and word, and by word. A phrase of the same word and head
 * as an earlier one is left out of `firsts` and `byHead`: the check reads each pair of words
 * once, as a long sentence has many phrases ("in" is listed) and each was compared with every
 * phrase of the other side.
 */
function indexed(phrases: Phrase[]) {
  const said = new Set<string>();
  const firsts: Phrase[] = [];
  const byHead = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    if (said.has(phraseKey(phrase))) continue;
    said.add(phraseKey(phrase));
    firsts.push(phrase);
    (byHead.get(phrase.head) ?? byHead.set(phrase.head, []).get(phrase.head)!).push(phrase);
  }
  return { firsts, byHead, said, words: new Set(phrases.map((phrase) => phrase.word.norm)) };
}

function phraseKey(phrase: Phrase): string {
  return `${phrase.head}\u0000${phrase.word.norm}`;
}

function isListed(word: string): boolean {
  return OPPOSITE_SIDES.some(([one, other]) => one.includes(word) || other.includes(word));
}

function areOpposite(a: string, b: string): boolean {
  return OPPOSITE_SIDES.some(([one, other]) => (one.includes(a) && other.includes(b)) || (one.includes(b) && other.includes(a)));
}
