import type { Sentence, Token } from "../analyze/types.js";
import { areSynonyms } from "../lexicon/index.js";
import { stemOf } from "./scope.js";

/** Tags that may stand between an adjective and the noun it describes: "small and medium-sized firms", "the general UK election". */
const INSIDE_NOUN_PHRASE = new Set(["ADJ", "ADV", "CCONJ", "PROPN", "NUM", "PUNCT"]);

/**
 * Nouns of quantity an adjective describes through what they measure: "a negligible amount of
 * time" says the time is negligible.
 */
const MEASURES = new Set(["amount", "number", "quantity", "level", "degree", "deal", "lot", "share", "portion", "sum", "volume", "bit"]);

/**
 * The noun an adjective describes when it stands before one ("the third largest bank": bank; "the
 * domestic oil industry": industry, the last of a run of nouns), or undefined when it does not
 * ("the systems are outdated"). Read off the tags, as there is no parse.
 */
export function describedNoun(sentence: Sentence, adjective: Token): Token | undefined {
  const tokens = sentence.tokens;
  const start = tokens.indexOf(adjective);
  return start < 0 ? undefined : nounFrom(tokens, start + 1);
}

function nounFrom(tokens: readonly Token[], from: number): Token | undefined {
  let at = from;
  while (at < tokens.length && (INSIDE_NOUN_PHRASE.has(tokens[at]!.pos) || hyphenated(tokens, at)) && !endsPhrase(tokens[at]!)) at++;
  if (tokens[at]?.pos !== "NOUN") return undefined;
  while (tokens[at + 1]?.pos === "NOUN") at++;
  const noun = tokens[at]!;
  if (MEASURES.has(noun.lemma.toLowerCase()) && tokens[at + 1]?.norm === "of") return nounFrom(tokens, at + 2) ?? noun;
  return noun;
}

/** A word joined by a hyphen ("medium-sized", tagged noun and verb) modifies, it does not head. */
function hyphenated(tokens: readonly Token[], at: number): boolean {
  return tokens[at + 1]?.norm === "-" || tokens[at - 1]?.norm === "-";
}

/**
 * Two adjectives that each describe a noun, and not the same one (by stem or as WordNet
 * synonyms): "the largest bank" and "small industries" say nothing about one thing, so they
 * cannot contradict each other.
 */
export function describeDifferentNouns(mine: Sentence, myAdjective: Token, theirs: Sentence, theirAdjective: Token): boolean {
  if (myAdjective.pos !== "ADJ" || theirAdjective.pos !== "ADJ") return false;
  const myNoun = describedNoun(mine, myAdjective);
  const theirNoun = describedNoun(theirs, theirAdjective);
  if (myNoun === undefined || theirNoun === undefined) return false;
  return stemOf(myNoun) !== stemOf(theirNoun) && !areSynonyms(myNoun.lemma, theirNoun.lemma, "noun");
}

/** Punctuation inside a noun phrase is a hyphen or a list comma; anything else ends it. */
function endsPhrase(token: Token): boolean {
  return token.pos === "PUNCT" && token.norm !== "-" && token.norm !== ",";
}
