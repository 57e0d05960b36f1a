import { stemmer } from "stemmer";
import type { Sentence, Token } from "../analyze/types.js";
import { objectMemo } from "../memo/index.js";

/** Parts of speech a hedge or a negation can govern. */
const SCOPE_POS = new Set(["VERB", "ADJ", "NOUN", "PROPN", "ADV"]);
/** How many content tokens after a cue may hold the word it governs. */
const SCOPE_TOKENS = 4;

/**
 * The word a cue ("not", "may", "expected to") governs: the first verb or adjective of the clause
 * after it, else its first noun. The clause ends at punctuation or a conjunction.
 */
export function governedWord(sentence: Sentence, cueEnd: number): Token | undefined {
  const scope = nearClause(sentence, cueEnd);
  return scope.find((token) => token.pos === "VERB" || token.pos === "ADJ") ?? scope[0];
}

/** The first few content words of the clause after a cue: the ones it can govern. */
export function nearClause(sentence: Sentence, cueEnd: number): Token[] {
  return clauseAfter(sentence, cueEnd).slice(0, SCOPE_TOKENS);
}

/**
 * The content words after an offset, up to the end of its clause (punctuation or a conjunction).
 * A hyphen inside a word ("life-threatening") does not end it.
 */
export function clauseAfter(sentence: Sentence, offset: number): Token[] {
  const clause: Token[] = [];
  for (const [index, token] of sentence.tokens.entries()) {
    if (token.start < offset) continue;
    if (isInWordHyphen(sentence.tokens, index)) continue;
    if (token.pos === "PUNCT" || token.pos === "CCONJ" || token.pos === "SCONJ") break;
    if (SCOPE_POS.has(token.pos)) clause.push(token);
  }
  return clause;
}

function isInWordHyphen(tokens: readonly Token[], index: number): boolean {
  const [before, hyphen, after] = [tokens[index - 1], tokens[index]!, tokens[index + 1]];
  return hyphen.text === "-" && before?.end === hyphen.start && after?.start === hyphen.end;
}

export function stemOf(token: Token): string {
  return stemmer(token.lemma);
}

/**
 * The stems of every word of a sentence, stop words included, computed once per sentence: the
 * negation checks read each source sentence for every negation of every rewrite sentence.
 */
export const sentenceStems: (sentence: Sentence) => Set<string> = objectMemo((sentence) => new Set(sentence.tokens.map(stemOf)));
