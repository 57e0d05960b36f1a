/**
 * Synonymy and antonymy between two lemmas of one word class, read from a WordNet database.
 */
import type { Pointer, Synset, WordClass } from "./format.js";
import { toLemmaKey, type WordNetDatabase } from "./wordnet.js";

const ANTONYM = "!";
const SIMILAR_TO = "&";
const PERTAINYM = "\\";
/** Adjective senses read for a pertainym: the common ones ("provincial" as in a province, not as narrow-minded). */
const RELATIONAL_SENSES = 2;

/** What antonymy needs to know about one word in one class. */
interface AntonymProfile {
  /** Synsets this word is opposed to. */
  readonly opposites: ReadonlySet<number>;
  /** Synsets that stand for this word when another word's opposites are matched against it. */
  readonly standsFor: ReadonlySet<number>;
}

export class WordRelations {
  /** The aligner asks about the same words many times: each word's profile is kept. */
  private readonly profiles = new Map<string, AntonymProfile>();

  constructor(private readonly db: WordNetDatabase) {}

  /** True when `a` and `b` share at least one synset of `wordClass`. */
  shareSynset(a: string, b: string, wordClass: WordClass): boolean {
    const offsetsOfB = this.db.synsetOffsets(b, wordClass);
    return this.db.synsetOffsets(a, wordClass).some((offset) => offsetsOfB.includes(offset));
  }

  /**
   * True when a sense of one word has an antonym pointer to a synset holding the other word, in
   * either direction. Pointing at the synset rather than at the one target word lets "a and a
   * synonym of b" count, in the sense the antonym pointer means ("approve" / "reject" through
   * "disapprove").
   *
   * Adjectives without an antonym of their own ("huge", "arid") borrow WordNet's indirect
   * antonymy: they stand for the heads their satellite senses hang from ("large", "dry"), so
   * "huge" / "small" and "huge" / "tiny" count. Words with antonyms of their own do not borrow:
   * common adjectives also have rare satellite senses ("old" as in great, under "good"), and
   * borrowing through those made antonyms of "old" / "bad" and "close" / "national".
   */
  haveAntonymPointer(a: string, b: string, wordClass: WordClass): boolean {
    const profileOfA = this.profile(a, wordClass);
    const profileOfB = this.profile(b, wordClass);
    return (
      intersects(profileOfA.opposites, profileOfB.standsFor) ||
      intersects(profileOfB.opposites, profileOfA.standsFor)
    );
  }

  /**
   * True when one of the word's first adjective senses pertains to a noun ("provincial" ->
   * province, "federal" -> federal government): a relational adjective, which says what kind
   * of thing its noun is rather than how it is, so two of them are not paraphrases of each other.
   */
  isRelationalAdjective(word: string): boolean {
    const key = toLemmaKey(word);
    return this.sensesOf(key, "adj")
      .slice(0, RELATIONAL_SENSES)
      .some((sense) => {
        const wordNumber = sense.words.indexOf(key) + 1;
        return sense.pointers.some((pointer) => pointer.symbol === PERTAINYM && (pointer.sourceWord === 0 || pointer.sourceWord === wordNumber));
      });
  }

  private profile(word: string, wordClass: WordClass): AntonymProfile {
    const key = toLemmaKey(word);
    const memoKey = `${wordClass}:${key}`;
    const known = this.profiles.get(memoKey);
    if (known !== undefined) return known;
    const senses = this.sensesOf(key, wordClass);
    const opposites = new Set<number>();
    const standsFor = new Set<number>();
    for (const sense of senses) {
      standsFor.add(sense.offset);
      const wordNumber = sense.words.indexOf(key) + 1;
      // Antonymy is lexical: only the pointers leaving this very word, not its synonyms.
      for (const pointer of sense.pointers) {
        if (isAntonymIn(pointer, wordClass) && pointer.sourceWord === wordNumber) {
          opposites.add(pointer.targetOffset);
        }
      }
    }
    if (opposites.size === 0) {
      for (const head of senses.flatMap((sense) => this.headsOf(sense))) {
        standsFor.add(head.offset);
        for (const pointer of head.pointers) {
          if (isAntonymIn(pointer, wordClass)) opposites.add(pointer.targetOffset);
        }
      }
    }
    const profile = { opposites, standsFor };
    this.profiles.set(memoKey, profile);
    return profile;
  }

  private sensesOf(key: string, wordClass: WordClass): Synset[] {
    const senses: Synset[] = [];
    for (const offset of this.db.synsetOffsets(key, wordClass)) {
      const synset = this.db.synset(offset, wordClass);
      if (synset !== undefined) senses.push(synset);
    }
    return senses;
  }

  /** The head synsets an adjective satellite hangs from through "&" (similar-to) pointers. */
  private headsOf(sense: Synset): Synset[] {
    if (!sense.satellite) return [];
    const heads: Synset[] = [];
    for (const pointer of sense.pointers) {
      if (pointer.symbol !== SIMILAR_TO) continue;
      const head = this.db.synset(pointer.targetOffset, sense.wordClass);
      if (head !== undefined) heads.push(head);
    }
    return heads;
  }
}

function isAntonymIn(pointer: Pointer, wordClass: WordClass): boolean {
  return pointer.symbol === ANTONYM && pointer.targetClass === wordClass;
}

function intersects(left: ReadonlySet<number>, right: ReadonlySet<number>): boolean {
  for (const value of left) if (right.has(value)) return true;
  return false;
}
