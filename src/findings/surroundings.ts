import type { Atom, Sentence, Span } from "../analyze/types.js";
import { sentenceSlice } from "./context.js";

/** Words either side of a span that `surroundings` reads. */
const SURROUNDING_TOKENS = 2;

/** All four of them: what a place needs when fewer could be a reordered clause's last words and its full stop. */
export const FULL_PLACE = 2 * SURROUNDING_TOKENS;

/**
 * The two words before a span and the two after it (a possessive's "'s" passed over; the start
 * of the sentence counts as a word), written as one string, or undefined with fewer than `least`
 * of them. Two names with the same surroundings stand in the same place of a sentence copied
 * around them ("By noon on Monday, EMI shares were" / "..., Coldplay shares were").
 */
export function surroundings(sentence: Sentence, span: Span, least = 3): string | undefined {
  const before = sentence.tokens.filter((token) => token.end <= span.start).slice(-SURROUNDING_TOKENS).map((token) => token.norm);
  if (before.length < SURROUNDING_TOKENS) before.unshift("^");
  const after = sentence.tokens.filter((token) => token.start >= span.end);
  const afterWords = (/^'s?$/.test(after[0]?.norm ?? "") ? after.slice(1) : after).slice(0, SURROUNDING_TOKENS).map((token) => token.norm);
  if (before.length + afterWords.length < least) return undefined;
  return [...before, "|", ...afterWords].join(" ");
}

/**
 * The first atom of the supporting sentences that `accepts` and that stands where `span` stands in
 * `sentence`: the same surroundings, `least` words of them at least. A name, number or date there
 * that the rewrite no longer gives is the one a sentence copied around it replaced.
 */
export function atomInPlace<T extends Atom>(
  sentence: Sentence, span: Span, supports: readonly Sentence[], accepts: (atom: Atom) => atom is T, least?: number,
): T | undefined {
  const place = surroundings(sentence, span, least);
  if (place === undefined) return undefined;
  for (const holder of supports) {
    for (const atom of holder.atoms) if (accepts(atom) && surroundings(holder, atom) === place) return atom;
  }
  return undefined;
}

/** Words a rewrite may put where a source span stood ("will" for "is expected to"). */
const MAX_REPLACING_TOKENS = 3;

/**
 * Where `span` of the source sentence `holder` stands in the rewrite sentence: between the same two
 * words before it and two after it. The words put there ("will" where the source says "could"), or
 * the word either side when nothing was ("is for" where the source says "is not for"); undefined
 * when the rewrite has no such place.
 */
export function placeOf(sentence: Sentence, holder: Sentence, span: Span): Span | undefined {
  const before = holder.tokens.filter((token) => token.end <= span.start).slice(-SURROUNDING_TOKENS).map((token) => token.norm);
  const after = holder.tokens.filter((token) => token.start >= span.end).slice(0, SURROUNDING_TOKENS).map((token) => token.norm);
  if (before.length < SURROUNDING_TOKENS || after.length < SURROUNDING_TOKENS) return undefined;
  const words = sentence.tokens.map((token) => token.norm);
  for (let at = 0; at + before.length <= words.length; at++) {
    if (!runsAt(words, before, at)) continue;
    const first = at + before.length;
    for (let put = 0; put <= MAX_REPLACING_TOKENS; put++) {
      if (!runsAt(words, after, first + put)) continue;
      const [from, to] = put === 0 ? [sentence.tokens[first - 1]!, sentence.tokens[first]!] : [sentence.tokens[first]!, sentence.tokens[first + put - 1]!];
      return { start: from.start, end: to.end, text: sentenceSlice(sentence, from.start, to.end) };
    }
  }
  return undefined;
}

/** `run` stands in `words` as consecutive words from `at`. */
export function runsAt(words: readonly string[], run: readonly string[], at: number): boolean {
  return run.every((word, i) => words[at + i] === word);
}
