import { stemmer } from "stemmer";
import type { Sentence, Token } from "../analyze/types.js";
import { objectMemo } from "../memo/index.js";
import { partitionPoint } from "../search/index.js";

/** Parts of speech a hedge or a negation can govern. */
const SCOPE_POS = new Set(["VERB", "ADJ", "NOUN", "PROPN", "ADV"]);
/** How many content tokens after a cue may hold the word it governs. */
const SCOPE_TOKENS = 4;
/** Tokens that end a clause, unless a hyphen inside a word. */
const CLAUSE_BREAK_POS = new Set(["PUNCT", "CCONJ", "SCONJ"]);

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
  return clauseAfter(sentence, cueEnd).firstWords(SCOPE_TOKENS);
}

/**
 * The content words after an offset, up to the end of its clause (punctuation or a conjunction).
 * A hyphen inside a word ("life-threatening") does not end it.
 */
export function clauseAfter(sentence: Sentence, offset: number): Clause {
  const index = clauseIndex(sentence);
  // Tokens are in text order.
  const at = partitionPoint(sentence.tokens.length, (token) => sentence.tokens[token]!.start < offset);
  return new Clause(index, index.wordsBefore[at]!, index.wordsBefore[index.clauseEnd[at]!]!);
}

/**
 * The token that ends the clause holding an offset (punctuation or a conjunction, see `clauseAfter`),
 * or undefined at the sentence's end: two offsets with the same one share a clause.
 */
export function clauseBreakAt(sentence: Sentence, offset: number): Token | undefined {
  const at = partitionPoint(sentence.tokens.length, (token) => sentence.tokens[token]!.start < offset);
  return sentence.tokens[clauseIndex(sentence).clauseEnd[at]!];
}

/**
 * The content words of a sentence from one of them to the end of its clause, read through an
 * index built once per sentence. Every cue of a long clause has its own tail of it, and copying
 * each tail would take time in the square of the clause's length.
 */
export class Clause implements Iterable<string> {
  constructor(
    private readonly index: ClauseIndex,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** The clause's content words, in order. */
  get words(): Token[] {
    return this.index.words.slice(this.from, this.to);
  }

  firstWords(count: number): Token[] {
    return this.index.words.slice(this.from, Math.min(this.to, this.from + count));
  }

  /** How many different stems the clause's words have. */
  get size(): number {
    return this.from < this.to ? this.index.stemsFrom[this.from]! : 0;
  }

  has(stem: string): boolean {
    const uses = this.index.uses.get(stem);
    if (uses === undefined) return false;
    const first = uses[partitionPoint(uses.length, (use) => uses[use]! < this.from)] ?? this.to;
    return first < this.to;
  }

  /** The clause's different stems (the last used first). */
  [Symbol.iterator](): Iterator<string> {
    const start = this.from < this.to ? this.index.clauseStemsAt[this.from]! : 0;
    return this.index.stemsByLastUse.slice(start, start + this.size)[Symbol.iterator]();
  }

  /** This clause contains `other` (a later tail of the same clause, or itself). */
  contains(other: Clause): boolean {
    return this.index === other.index && this.to === other.to && this.from <= other.from;
  }
}

/** A sentence's content words and the clauses they fall in. */
interface ClauseIndex {
  /** The content words (parts of speech in SCOPE_POS), in order. */
  words: Token[];
  /** Per token, and one past the last: how many content words come before it. */
  wordsBefore: number[];
  /** Per token: the token that ends its clause (the first break at or after it), or the token count. */
  clauseEnd: number[];
  /** Per content word: how many different stems its clause has from it on. */
  stemsFrom: number[];
  /** Per content word: where its clause's stems begin in `stemsByLastUse`. */
  clauseStemsAt: number[];
  /** Each clause's different stems, the last used first: those of a tail are a prefix of them. */
  stemsByLastUse: string[];
  /** Per stem: the content words that have it, by position. */
  uses: Map<string, number[]>;
}

const clauseIndex = objectMemo((sentence: Sentence): ClauseIndex => {
  const tokens = sentence.tokens;
  const clauseEnd: number[] = new Array(tokens.length + 1);
  clauseEnd[tokens.length] = tokens.length;
  for (let at = tokens.length - 1; at >= 0; at--) clauseEnd[at] = isClauseBreak(tokens, at) ? at : clauseEnd[at + 1]!;
  const words: Token[] = [];
  const wordsBefore: number[] = [];
  const wordClauseEnd: number[] = [];
  tokens.forEach((token, at) => {
    wordsBefore.push(words.length);
    if (SCOPE_POS.has(token.pos)) {
      words.push(token);
      wordClauseEnd.push(clauseEnd[at]!);
    }
  });
  wordsBefore.push(words.length);
  const stems = words.map(stemOf);
  const uses = new Map<string, number[]>();
  stems.forEach((stem, at) => (uses.get(stem) ?? uses.set(stem, []).get(stem)!).push(at));
  const stemsFrom: number[] = new Array(words.length);
  const clauseStemsAt: number[] = new Array(words.length);
  const stemsByLastUse: string[] = [];
  // Each clause read backwards: a stem met for the first time is the clause's last use of it.
  let seen = new Set<string>();
  let clauseStems = 0;
  for (let at = words.length - 1; at >= 0; at--) {
    if (wordClauseEnd[at] !== wordClauseEnd[at + 1]) {
      seen = new Set();
      clauseStems = stemsByLastUse.length;
    }
    if (!seen.has(stems[at]!)) stemsByLastUse.push(stems[at]!);
    seen.add(stems[at]!);
    stemsFrom[at] = seen.size;
    clauseStemsAt[at] = clauseStems;
  }
  return { words, wordsBefore, clauseEnd, stemsFrom, clauseStemsAt, stemsByLastUse, uses };
});

function isClauseBreak(tokens: readonly Token[], index: number): boolean {
  return CLAUSE_BREAK_POS.has(tokens[index]!.pos) && !isInWordHyphen(tokens, index);
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
