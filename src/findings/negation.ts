import type { NegationAtom, Sentence, Token } from "../analyze/types.js";
import { atomsOf, finding, holderOf, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";
import { clauseAfter, governedWord, stemOf } from "./scope.js";

/**
 * The rewrite negates a claim the source states positively, or states positively a claim the
 * source negates. The negated word must appear on both sides, so unrelated negations do not count,
 * and a word anywhere in a negation's clause on the other side is taken as negated there too
 * ("no arrests have been made" / "no one had been arrested"). A rewrite that drops a negation is
 * not flagged when another supporting source sentence states the same word positively ("I didn't
 * submit any" beside "you can submit via the website").
 */
export const checkNegation: PairCheck = ({ sentence, supports }) => {
  const sourceNegations = negations(supports);
  const rewriteNegations = negations([sentence]);
  // Every word, stop words included: "keep" and "make" are stop words to wink but carry claims.
  const sourceStems = new Set(supports.flatMap((s) => s.tokens).map(stemOf));

  const rewriteStems = new Set(sentence.tokens.map(stemOf));
  for (const { cue, word, stem, scope } of rewriteNegations) {
    if (sourceStems.has(stem) && restatesClause(scope, sourceStems) && !negatedThere(stem, scope, sourceNegations, supports)) {
      return [finding("negation-flipped", "high", spanOf(sentence, cue), null,
        `The rewrite says ${quoteText(`${cue.text} … ${word}`)}; the source states it without the negation.`)];
    }
  }
  const inserted = insertedNegation(rewriteNegations, sourceNegations, supports, sourceStems);
  if (inserted) {
    return [finding("negation-flipped", "high", spanOf(sentence, inserted.cue), null,
      `The rewrite says ${quoteText(`${inserted.cue.text} … ${inserted.word}`)}; the source states this claim with no negation.`)];
  }
  for (const { cue, stem, scope } of sourceNegations) {
    const restated = sentence.tokens.find((token) => stemOf(token) === stem);
    if (
      restated &&
      restatesClause(scope, rewriteStems) &&
      !negatedThere(stem, scope, rewriteNegations, [sentence]) &&
      !statedPositively(stem, supports, sourceNegations)
    ) {
      return [finding("negation-flipped", "high", spanOf(sentence, restated), spanAmong(supports, cue),
        `The source says ${quoteText(`${cue.text} … ${restated.text}`)}; the rewrite drops the negation.`)];
    }
  }
  return [];
};

/**
 * A rewrite negation whose clause restates two or more words of sources that negate nothing: the
 * summary denies a claim the source states in other words ("does not provide any tips" beside
 * "it also provides tips"), so the negated word itself need not be the source's. Sources with any
 * negation or denying verb are left to the word-level check, since they may deny the same claim
 * differently. On MSRP train it fires on 0.8% of non-paraphrase pairs and 0.2% of paraphrases.
 */
function insertedNegation(rewriteNegations: Negation[], sourceNegations: Negation[], supports: Sentence[], sourceStems: Set<string>): Negation | undefined {
  if (sourceNegations.length > 0 || supports.some(hasImplicitNegative)) return undefined;
  return rewriteNegations.find(({ scope }) => restatesClause(scope, sourceStems, 2));
}

/**
 * The other side restates the negated clause, not just one of its words: two of its content words
 * (or its only one). On the SummEdits evaluation split single shared words ("costs", "used") were
 * mostly other claims. `least` raises the bar for checks that do not match the negated word itself.
 */
function restatesClause(scope: Set<string>, otherStems: Set<string>, least = 1): boolean {
  let shared = 0;
  for (const stem of scope) if (otherStems.has(stem)) shared++;
  return shared >= Math.max(least, Math.min(2, scope.size));
}

/**
 * The other side negates the same claim too: one of its negations covers the word or restates the
 * clause, or a verb that negates without "not" governs the word ("failed to address" beside "not
 * addressing", "refused to recuse" beside "would not recuse"; on MSRP train these paraphrases were
 * most of the flips found between sentences that say the same thing).
 */
function negatedThere(stem: string, scope: Set<string>, negated: readonly Negation[], sentences: Sentence[]): boolean {
  if (negated.some((other) => other.scope.has(stem) || restatesClause(scope, other.scope))) return true;
  return sentences.some((sentence) =>
    sentence.tokens.some((token) => IMPLICIT_NEGATIVES.has(token.lemma.toLowerCase()) && clauseAfter(sentence, token.end).some((word) => stemOf(word) === stem)),
  );
}

/** Some word of the sentence denies what follows it without a negation cue. */
function hasImplicitNegative(sentence: Sentence): boolean {
  return sentence.tokens.some((token) => IMPLICIT_NEGATIVES.has(token.lemma.toLowerCase()));
}

/** Words that deny what follows them without a negation cue: "failed to act", "unable to pay". */
const IMPLICIT_NEGATIVES = new Set(["fail", "failure", "refuse", "refusal", "decline", "unable", "lack"]);

/** Some token of the sentences has the stem outside every negation's clause. */
function statedPositively(stem: string, sentences: Sentence[], negated: readonly Negation[]): boolean {
  const negatedTokens = new Set(negated.flatMap((negation) => negation.clause));
  return sentences.some((sentence) => sentence.tokens.some((token) => stemOf(token) === stem && !negatedTokens.has(token)));
}

interface Negation {
  cue: NegationAtom;
  /** The word the cue governs, as written and as a stem. */
  word: string;
  stem: string;
  /** The content words of the cue's clause, and their stems. */
  clause: Token[];
  scope: Set<string>;
}

function negations(sentences: Sentence[]): Negation[] {
  return atomsOf(sentences, "negation").flatMap((cue) => {
    const holder = holderOf(sentences, cue.start);
    const governed = holder && governedWord(holder, cue.end);
    if (!holder || !governed) return [];
    const clause = clauseAfter(holder, cue.end);
    return [{ cue, word: governed.text, stem: stemOf(governed), clause, scope: new Set(clause.map(stemOf)) }];
  });
}
