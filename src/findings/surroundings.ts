import type { Sentence, Span } from "../analyze/types.js";

/** Words either side of a span that `surroundings` reads. */
const SURROUNDING_TOKENS = 2;

/**
 * The two words before a span and the two after it (a possessive's "'s" passed over; the start
 * of the sentence counts as a word), written as one string, or undefined with fewer than three
 * of them. Two names with the same surroundings stand in the same place of a sentence copied
 * around them ("By noon on Monday, EMI shares were" / "..., Coldplay shares were").
 */
export function surroundings(sentence: Sentence, span: Span): string | undefined {
  const before = sentence.tokens.filter((token) => token.end <= span.start).slice(-SURROUNDING_TOKENS).map((token) => token.norm);
  if (before.length < SURROUNDING_TOKENS) before.unshift("^");
  const after = sentence.tokens.filter((token) => token.start >= span.end);
  const afterWords = (/^'s?$/.test(after[0]?.norm ?? "") ? after.slice(1) : after).slice(0, SURROUNDING_TOKENS).map((token) => token.norm);
  if (before.length + afterWords.length < 3) return undefined;
  return [...before, "|", ...afterWords].join(" ");
}
