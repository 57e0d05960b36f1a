import type { Analysis, NegationAtom, Sentence, Token } from "../analyze/types.js";
import { objectMemo } from "../memo/index.js";
import { atomsOf, finding, holderOf, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";
import { clauseAfter, governedWord, nearClause, sentenceStems, stemOf } from "./scope.js";

/**
 * The rewrite negates a claim the source states positively, or states positively a claim the
 * source negates. The negated word must appear on both sides, so unrelated negations do not count,
 * and a word anywhere in a negation's clause on the other side is taken as negated there too
 * ("no arrests have been made" / "no one had been arrested"). A rewrite that drops a negation is
 * not flagged when another supporting source sentence states the same word positively ("I didn't
 * submit any" beside "you can submit via the website"). When the supporting sentences do not
 * restate the negated words, the rest of the source is read, in both directions: summaries of long
 * transcripts align loosely, and the sentence stating the claim is often not among the supports.
 * With no supports at all (an unsupported sentence) only the whole-source reading applies.
 */
export const checkNegation: PairCheck = ({ source, sentence, supports }) => {
  const sourceNegations = negations(supports);
  const rewriteNegations = negations([sentence]);
  // Every word, stop words included: "keep" and "make" are stop words to wink but carry claims.
  const sourceStems = new Set(supports.flatMap((s) => [...sentenceStems(s)]));
  for (const { cue, word, stem, scope, near } of rewriteNegations) {
    if (sourceStems.has(stem) && restatesClause(scope, sourceStems) && !negatedThere(stem, near, sourceNegations, supports)) {
      return [finding("negation-flipped", "high", spanOf(sentence, cue), null,
        `The rewrite says ${quoteText(`${cue.text} … ${word}`)}; the source states it without the negation.`)];
    }
  }
  const inserted = insertedNegation(rewriteNegations, supports, sourceStems) ?? negatedElsewhere(rewriteNegations, source);
  if (inserted) {
    return [finding("negation-flipped", "high", spanOf(sentence, inserted.cue), null,
      `The rewrite says ${quoteText(`${inserted.cue.text} … ${inserted.word}`)}; the source states this claim with no negation.`)];
  }
  const dropped = droppedNegation(sourceNegations, sentence, rewriteNegations, supports) ??
    // Summaries of dialogues restate a line the aligner did not pick ("just don't make it a habit").
    droppedNegation(sourceWideNegations(source), sentence, rewriteNegations, source.sentences, { least: 2, thing: true });
  if (dropped) {
    const { negation, restated } = dropped;
    return [finding("negation-flipped", "high", spanOf(sentence, restated), spanAmong(source.sentences, negation.cue),
      `The source says ${quoteText(`${negation.cue.text} … ${restated.text}`)}; the rewrite drops the negation.`)];
  }
  return [];
};

/**
 * A source negation whose governed word the rewrite sentence restates without a negation, with
 * `least` or more of its clause's words. Reading the whole source asks for two, one of them a noun
 * (the thing denied: "don't make it a habit"), so a lone shared word or a phrase such as "never get
 * back" in a long source does not count. Silent when the rewrite negates it another way or a
 * source sentence states the word outside every negation's clause.
 */
function droppedNegation(
  sourceNegations: Negation[], sentence: Sentence, rewriteNegations: Negation[], sourceSentences: Sentence[],
  { least = 1, thing = false } = {},
): { negation: Negation; restated: Token } | undefined {
  const rewriteStems = sentenceStems(sentence);
  const restatesThing = (negation: Negation) =>
    negation.clause.some((token) => (token.pos === "NOUN" || token.pos === "PROPN") && rewriteStems.has(stemOf(token)));
  for (const negation of sourceNegations) {
    const restated = sentence.tokens.find((token) => stemOf(token) === negation.stem);
    if (
      restated &&
      restatesClause(negation.scope, rewriteStems, least) &&
      (!thing || restatesThing(negation)) &&
      !negatedThere(negation.stem, negation.scope, rewriteNegations, [sentence]) &&
      !statedPositively(negation.stem, sourceSentences, sourceNegations)
    ) return { negation, restated };
  }
  return undefined;
}

/**
 * A rewrite negation whose clause restates two or more words of the supporting sentences: the
 * summary denies a claim the source states in other words ("does not provide any tips" beside "it
 * also provides tips"), so the negated word itself need not be the source's. Silent when a
 * supporting sentence with those words negates anything (see `deniedInAny`).
 */
function insertedNegation(rewriteNegations: Negation[], supports: Sentence[], sourceStems: Set<string>): Negation | undefined {
  return rewriteNegations.find((negation) => restatesClause(negation.scope, sourceStems, 2) && !deniedInAny(negation, supports));
}

/**
 * A rewrite negation whose nearest words (the verb and its object) some source sentence with no
 * negation or denying verb at all states, two or more of them ("provide no support to simmers"
 * beside "is to help support all simmers", far from the sentences the aligner chose). Silent when
 * a negation anywhere in the source covers those words in its clause, or a sentence holding them
 * has a denying verb or an "X-free".
 */
function negatedElsewhere(rewriteNegations: Negation[], source: Analysis): Negation | undefined {
  if (rewriteNegations.length === 0) return undefined;
  const plain = source.sentences.filter((sentence) => !deniesAnything(sentence));
  return rewriteNegations.find((negation) =>
    plain.some((sentence) => restatesClause(negation.near, sentenceStems(sentence), 2)) && !deniedInClause(negation, source),
  );
}

/**
 * The sentence has a negation or a denying verb anywhere. Only sentences with neither count as the
 * positive statement: in a one-sentence source (MSRP) a "no" before the restated words ("no
 * immediate evidence that the two incidents were connected") denies them in its own way.
 */
function deniesAnything(sentence: Sentence): boolean {
  return atomsOf([sentence], "negation").length > 0 || hasImplicitNegative(sentence);
}

/**
 * Some negation's clause holds the negated word or two of the words nearest the cue, or a sentence
 * holding them has a denying verb or an "X-free". Clauses rather than whole sentences: a long
 * transcript has a "not" in many sentences that also happen to hold two of the words ("it doesn't
 * seem fair" beside "overtime rules"), and whole sentences silenced real flips there.
 */
function deniedInClause(negation: Negation, source: Analysis): boolean {
  if (sourceWideNegations(source).some((other) => other.scope.has(negation.stem) || restatesClause(negation.near, other.scope, 2))) return true;
  return source.sentences.some((sentence) => holdsClaim(sentence, negation) && (hasImplicitNegative(sentence) || freeOf(sentence, negation.stem)));
}

/**
 * Some sentence holding the negated word, or two of the words nearest the cue, has a negation,
 * a denying verb or an "X-free" anywhere: it may deny the same claim in its own way ("declined
 * requests for an interview" / "did not respond to requests for an interview"; "wouldn't be
 * capped" after the words it denies). Whole sentences, not clauses: on MSRP train, reading only
 * the source negation's clause let such paraphrases through.
 */
function deniedInAny(negation: Negation, sentences: Sentence[]): boolean {
  return sentences.some((sentence) => holdsClaim(sentence, negation) && (deniesAnything(sentence) || freeOf(sentence, negation.stem)));
}

/** The sentence has the negated word, or two of the words nearest the cue: it speaks of the same claim. */
function holdsClaim(sentence: Sentence, negation: Negation): boolean {
  const stems = sentenceStems(sentence);
  return stems.has(negation.stem) || restatesClause(negation.near, stems, 2);
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
 * clause, a verb that negates without "not" governs the word ("failed to address" beside "not
 * addressing", "refused to recuse" beside "would not recuse"; on MSRP train these paraphrases were
 * most of the flips found between sentences that say the same thing), or an "X-free" says it.
 */
function negatedThere(stem: string, scope: Set<string>, negated: readonly Negation[], sentences: Sentence[]): boolean {
  if (negated.some((other) => other.scope.has(stem) || restatesClause(scope, other.scope))) return true;
  return sentences.some((sentence) =>
    freeOf(sentence, stem) ||
    sentence.tokens.some((token) => IMPLICIT_NEGATIVES.has(token.lemma.toLowerCase()) && clauseAfter(sentence, token.end).some((word) => stemOf(word) === stem)),
  );
}

/** "risk-free", "tax-free": the sentence says the thing is absent, as "with no risk" does. */
function freeOf(sentence: Sentence, stem: string): boolean {
  const tokens = sentence.tokens;
  return tokens.some((token, index) => {
    const [word, hyphen] = [tokens[index - 2], tokens[index - 1]];
    return token.lemma.toLowerCase() === "free" && hyphen?.text === "-" && word !== undefined && stemOf(word) === stem;
  });
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
  /** Stems of the clause's first few words, the ones the cue can govern: the claim it denies. */
  near: Set<string>;
}

/** Every negation of a source, found once per analysis: each rewrite sentence may read them all. */
const sourceWideNegations = objectMemo((source: Analysis) => negations(source.sentences));

function negations(sentences: Sentence[]): Negation[] {
  return atomsOf(sentences, "negation").flatMap((cue) => {
    const holder = holderOf(sentences, cue.start);
    const governed = holder && governedWord(holder, cue.end);
    if (!holder || !governed) return [];
    const clause = clauseAfter(holder, cue.end);
    const near = new Set(nearClause(holder, cue.end).map(stemOf));
    return [{ cue, word: governed.text, stem: stemOf(governed), clause, scope: new Set(clause.map(stemOf)), near }];
  });
}
