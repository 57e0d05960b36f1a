import type { Sentence, Token } from "../analyze/types.js";
import { atomsOf, finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";

/** Who a third-person pronoun points at. First and second person are left out: a summary of a talk
 * turns "I" into "she" and "we" into "they" as a matter of course. */
export type Referent = "he" | "she" | "it" | "they";

const REFERENT: Record<string, Referent> = {
  he: "he", him: "he", his: "he", himself: "he",
  she: "she", her: "she", hers: "she", herself: "she",
  it: "it", its: "it", itself: "it",
  they: "they", them: "they", their: "they", theirs: "they", themselves: "they",
};

/**
 * Pairs (rewrite, source) where the rewrite's pronoun cannot stand for the source's: the other
 * gender, or one person where the source has several. "they" for "it" (an organisation) and
 * "they" for "he" or "she" (a person left ungendered) are ordinary paraphrase.
 */
function pointsElsewhere(rewrite: Referent, source: Referent): boolean {
  if (rewrite === source) return false;
  return rewrite === "he" || rewrite === "she";
}

/**
 * A pronoun that now points at someone else: the supporting source sentences put another
 * pronoun in the same place (the same words either side) and never use this one ("she told
 * reporters" where the source says "he told reporters"). A name replaced by its pronoun, or a
 * pronoun the source uses elsewhere in the sentence, is left alone.
 */
export const checkPronouns: PairCheck = ({ sentence, supports }) => {
  const sourcePronouns = supports.flatMap((support) =>
    support.tokens.flatMap((token, index) => (referentOf(token) ? [{ support, index, token }] : [])),
  );
  const usedInSource = new Set(sourcePronouns.map(({ token }) => referentOf(token)));
  for (const [index, token] of sentence.tokens.entries()) {
    const referent = referentOf(token);
    if (!referent || usedInSource.has(referent)) continue;
    const replaced = sourcePronouns.find(
      (other) =>
        pointsElsewhere(referent, referentOf(other.token)!) &&
        (sameNeighbours(sentence, index, other.support, other.index) ||
          genderSwappedBefore(sentence, index, other.support, other.index) ||
          speakerGenderSwapped(sentence, token, other.support, other.token)),
    );
    if (!replaced) continue;
    return [
      finding("entity-changed", "high", spanOf(sentence, token), spanAmong(supports, replaced.token),
        `The rewrite says ${quoteText(token.text)} where the source says ${quoteText(replaced.token.text)}: the pronoun now refers to someone else.`),
    ];
  }
  return [];
};

/** The referent of a third-person pronoun token, or undefined for any other word. */
export function referentOf(token: Token): Referent | undefined {
  return token.pos === "PRON" || token.pos === "DET" ? REFERENT[token.norm] : undefined;
}

/**
 * The words on both sides of the two pronouns are the same (as lemmas; the start or end of the
 * sentence counts as a word). One matching side was not enough on MSRP train: "said he" / "said
 * she" and "he was" / "she was" turn up in sentences that say different things about different people.
 */
function sameNeighbours(a: Sentence, aIndex: number, b: Sentence, bIndex: number): boolean {
  const word = (sentence: Sentence, index: number) => sentence.tokens[index]?.lemma ?? "";
  return word(a, aIndex - 1) === word(b, bIndex - 1) && word(a, aIndex + 1) === word(b, bIndex + 1);
}

/** Words read after two pronouns by `genderSwappedBefore`. */
const WORDS_AFTER = 3;

/**
 * "he" and "she" (or "his" and "her") before the same three words (as lemmas, all inside both
 * sentences): a sentence whose attribution moved to the other end keeps what follows its pronoun
 * ("She looks forward to continuing ..., Tony Blair has said" for "Tony Blair has said he looks
 * forward to continuing ..."). Only the words after, and only a gender swap: on MSRP train the
 * words before ("faced accusations that they" / "... that he") and "they" for "he" were other
 * people in a paraphrase.
 */
function genderSwappedBefore(a: Sentence, aIndex: number, b: Sentence, bIndex: number): boolean {
  if (!isGenderSwap(a.tokens[aIndex]!, b.tokens[bIndex]!)) return false;
  return Array.from({ length: WORDS_AFTER }, (_, i) => i + 1).every((offset) => {
    const [mine, theirs] = [a.tokens[aIndex + offset], b.tokens[bIndex + offset]];
    return mine !== undefined && theirs !== undefined && mine.lemma === theirs.lemma;
  });
}

/**
 * "he" and "she" each the whole speaker of the sentence's reported claim ("The decision did not
 * affect payments, she said" for "He said the decision did not affect payments"): moving the
 * attribution to the other end changes both pronouns' neighbours, but the claim's speaker changed.
 */
function speakerGenderSwapped(a: Sentence, aToken: Token, b: Sentence, bToken: Token): boolean {
  return isGenderSwap(aToken, bToken) && isWholeSpeaker(a, aToken) && isWholeSpeaker(b, bToken);
}

/** One token is "he" (him, his) and the other "she" (her). */
function isGenderSwap(mine: Token, theirs: Token): boolean {
  const [one, other] = [referentOf(mine), referentOf(theirs)];
  return (one === "he" || one === "she") && (other === "he" || other === "she") && one !== other;
}

function isWholeSpeaker(sentence: Sentence, token: Token): boolean {
  return atomsOf([sentence], "attribution").some((atom) => atom.speakerSpan.start === token.start && atom.speakerSpan.end === token.end);
}
