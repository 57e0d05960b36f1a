import { stemmer } from "stemmer";
import type { Sentence, Token } from "../analyze/types.js";
import type { WordClass } from "../lexicon/index.js";

/** Parts of speech that carry little of a sentence's claim; they are left out of overlap. */
const FUNCTION_POS = new Set(["PUNCT", "SYM", "DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PRON", "SPACE", "INTJ"]);

/** A content word of a sentence, with the forms used to match it across texts. */
export interface Term {
  token: Token;
  lemma: string;
  stem: string;
  /** WordNet class from the part of speech, so synonyms and antonyms come from the right senses. */
  wordClass: WordClass | undefined;
}

/** The content words of a sentence: no stop words, punctuation or function words. */
export function contentTerms(sentence: Sentence): Term[] {
  return sentence.tokens.filter(isContent).map((token) => ({ token, lemma: token.lemma, stem: stemOf(token), wordClass: wordClassOf[token.pos] }));
}

/** Every word of a sentence in order, lower case, for verbatim checks. */
export function words(sentence: Sentence): string[] {
  return sentence.tokens.filter((token) => token.pos !== "PUNCT" && token.pos !== "SPACE").map((token) => token.norm);
}

/** The stems of a sentence's words, function words included (what `wordShare` compares). */
export function wordStems(sentence: Sentence): string[] {
  return sentence.tokens.filter(isWord).map(stemOf);
}

/**
 * Share of a sentence's word stems (from `wordStems`) found among `available`. Content-word
 * coverage ignores the small words, yet "to" against "from" or a dropped "not" is what often
 * separates a paraphrase from a near miss.
 */
export function wordShare(own: readonly string[], available: readonly string[]): number {
  if (own.length === 0) return 0;
  const found = new Set(available);
  return own.filter((stem) => found.has(stem)).length / own.length;
}

const wordClassOf: Record<string, WordClass> = { VERB: "verb", ADJ: "adj", ADV: "adv", NOUN: "noun" };

function isContent(token: Token): boolean {
  return !token.stop && !FUNCTION_POS.has(token.pos) && /[\p{L}\p{N}]/u.test(token.norm);
}

function isWord(token: Token): boolean {
  return token.pos !== "PUNCT" && token.pos !== "SPACE" && /[\p{L}\p{N}]/u.test(token.norm);
}

function stemOf(token: Token): string {
  return token.pos === "NUM" ? token.norm.replace(/,/g, "") : stemmer(token.lemma);
}
