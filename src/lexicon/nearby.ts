/**
 * The words WordNet places near a word without making them a different claim: its more general
 * terms ("purchase" -> "acquire", "announce" -> "say"), what it entails or causes, its verb group,
 * similar adjectives, and its derived forms in other classes ("win" -> the noun "win" -> "victory").
 * Co-hyponyms are deliberately not near: "buy" and "sell" share a parent, and so do "approve" and
 * "delay" two steps up; a sibling is what a changed predicate looks like.
 */
import type { Pointer, Synset, WordClass } from "./format.js";
import { classMemo } from "./class-memo.js";
import { toLemmaKey, type WordNetDatabase } from "./wordnet.js";

/** Pointers that generalise a sense or stay beside it; hyponyms ("~") would reach siblings. */
const NEAR_POINTERS = new Set([
  "@", // hypernym
  "@i", // instance hypernym
  "*", // entailment ("snore" entails "sleep")
  ">", // cause ("kill" causes "die")
  "$", // verb group
  "&", // similar to (adjective satellites)
  "^", // also see
  "+", // derivationally related form, across classes
  "=", // attribute (adjective <-> noun)
  "\\", // pertainym / derived from
]);

/** Pointers to more general senses only: what a thing is a kind of ("adult" -> "person"). */
export const HYPERNYM_POINTERS: ReadonlySet<string> = new Set(["@", "@i"]);

/** Steps from one of the word's own senses. Two reach "purchase" -> "get, acquire" -> "obtain"-like generalities without drifting far. */
const STEPS = 2;

export class NearbyWords {
  /** Bounded, as every word a long ingest meets would otherwise stay remembered. */
  private readonly remembered = classMemo((key, wordClass) => this.compute(key, wordClass), 20_000);

  /**
   * `pointers` are the steps taken (near ones by default; hypernyms alone for "a kind of"), from
   * the word's first `senses` senses (WordNet lists the most frequent first).
   */
  constructor(
    private readonly db: WordNetDatabase,
    private readonly pointers: ReadonlySet<string> = NEAR_POINTERS,
    private readonly senses = Infinity,
  ) {}

  /** Lemma keys (any class, "_" for spaces) within two near steps of `word`'s senses in `wordClass`, the word's own synonyms included. */
  of(word: string, wordClass: WordClass): ReadonlySet<string> {
    return this.remembered(toLemmaKey(word), wordClass);
  }

  private compute(key: string, wordClass: WordClass): ReadonlySet<string> {
    const seen = new Set<string>();
    const words = new Set<string>();
    let frontier: Synset[] = [];
    for (const offset of this.db.synsetOffsets(key, wordClass).slice(0, this.senses)) {
      const sense = this.visit(offset, wordClass, seen);
      if (sense !== undefined) frontier.push(sense);
    }
    for (let step = 0; step <= STEPS && frontier.length > 0; step++) {
      const next: Synset[] = [];
      for (const synset of frontier) {
        synset.words.forEach((lemma) => words.add(lemma));
        if (step === STEPS) continue;
        // Lexical pointers leave one word of a synset: at the first step only the asked word's own.
        const own = step === 0 ? synset.words.indexOf(key) + 1 : 0;
        for (const pointer of synset.pointers) {
          if (!this.pointers.has(pointer.symbol) || !leavesWord(pointer, own)) continue;
          const target = this.visit(pointer.targetOffset, pointer.targetClass, seen);
          if (target !== undefined) next.push(target);
        }
      }
      frontier = next;
    }
    return words;
  }

  private visit(offset: number, wordClass: WordClass, seen: Set<string>): Synset | undefined {
    const id = `${wordClass}:${offset}`;
    if (seen.has(id)) return undefined;
    seen.add(id);
    return this.db.synset(offset, wordClass);
  }
}

function leavesWord(pointer: Pointer, own: number): boolean {
  return pointer.sourceWord === 0 || own === 0 || pointer.sourceWord === own;
}
