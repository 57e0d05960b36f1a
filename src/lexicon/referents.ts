/**
 * The named places and peoples a proper name or its adjective stands for, read from WordNet:
 * "UK" and "Britain" share a synset, "British" pertains to Britain, a "Mexican" is a member of
 * Mexico. Only instance synsets count (WordNet's proper names: countries, cities, parties), so a
 * common noun sense of a name ("turkey" the bird) never joins two names.
 */
import type { Synset } from "./format.js";
import { boundedMemo } from "../memo/index.js";
import { toLemmaKey, type WordNetDatabase } from "./wordnet.js";

const INSTANCE_HYPERNYM = "@i";
const PERTAINYM = "\\";
const MEMBER_HOLONYM = "#m";
const DERIVATION = "+";
const PART_HOLONYM = "#p";
/** Part-of steps walked up from a place: city, state, country, continent. */
const MAX_PART_STEPS = 4;
/** Plural endings tried off a common noun WordNet does not list as written ("homes", "companies"). */
const PLURAL_ENDINGS: ReadonlyArray<[RegExp, string]> = [[/ies$/u, "y"], [/es$/u, ""], [/s$/u, ""]];
/** Names with "'s" or a plural "s" ("Americans", "Britons") are looked up as their singular too. */
const PLURAL_SUFFIX = /(?<=\p{L}{3})s$/u;
/** Names remembered at most: a long ingest meets new names without end, and a lookup is cheap to redo. */
const MAX_REMEMBERED = 50_000;

export class NamedReferents {
  /** Entity keys recur across a run: each name's referents are kept (the last 50k names). */
  private readonly referentsOfKey = boundedMemo((key) => this.lookUp(key), MAX_REMEMBERED);

  constructor(private readonly db: WordNetDatabase) {}

  /**
   * Offsets of the instance noun synsets `name` stands for: its own proper-noun senses, what its
   * adjective senses pertain to, and the place or group its demonym noun senses are members of
   * or derived from. Empty for a name WordNet does not know.
   */
  referents(name: string): ReadonlySet<number> {
    return this.referentsOfKey(toLemmaKey(name));
  }

  /**
   * Whether WordNet puts a place `inner` stands for inside one `outer` stands for, through up to
   * four part-of steps ("Baghdad" in "Iraq", "Houston" in "Texas" in "United States"). A place is
   * not inside itself.
   */
  within(inner: string, outer: string): boolean {
    const targets = this.referents(outer);
    if (targets.size === 0) return false;
    let frontier = [...this.referents(inner)];
    const seen = new Set(frontier);
    for (let step = 0; step < MAX_PART_STEPS && frontier.length > 0; step++) {
      frontier = frontier.flatMap((offset) => this.wholesOf(offset)).filter((offset) => !seen.has(offset));
      for (const offset of frontier) {
        if (targets.has(offset)) return true;
        seen.add(offset);
      }
    }
    return false;
  }

  /**
   * Whether the name stands for a place or group only through a people or its adjective ("German",
   * "Tories", "Britons"): it has referents, but no proper-noun sense of its own.
   */
  namesPeople(name: string): boolean {
    const key = toLemmaKey(name);
    if (this.referents(key).size === 0) return false;
    return withSingular(key).every((lemma) => this.firstInstance(lemma) === undefined);
  }

  /**
   * Whether the name's own proper-noun sense is a place that is part of a larger one ("U.S." of
   * North America, "Houston" of Texas): a country or city, not an organisation ("EC") or a person.
   */
  namesPlace(name: string): boolean {
    const own = this.firstInstance(toLemmaKey(name));
    return own !== undefined && this.wholesOf(own).length > 0;
  }

  /** Whether some noun sense of `word`, or of its singular, is not a proper name. */
  isCommonNoun(word: string): boolean {
    const lower = word.toLowerCase();
    const singulars = PLURAL_ENDINGS.filter(([ending]) => ending.test(lower)).map(([ending, base]) => lower.replace(ending, base));
    return [lower, ...singulars].some((form) => this.senses(form, "noun").some((sense) => !isInstance(sense)));
  }

  private wholesOf(offset: number): number[] {
    const synset = this.db.synset(offset, "noun");
    return (synset?.pointers ?? []).filter((pointer) => pointer.symbol === PART_HOLONYM && pointer.targetClass === "noun").map((pointer) => pointer.targetOffset);
  }

  private lookUp(key: string): ReadonlySet<number> {
    const found = new Set<number>();
    for (const lemma of withSingular(key)) {
      this.collect(lemma, found);
    }
    return found;
  }

  /**
   * A name stands for its first proper-noun sense only: WordNet also files "China" under the
   * Republic of China, and taking every sense would make "China" and "Taiwan" one place.
   */
  private collect(lemma: string, found: Set<number>): void {
    const own = this.firstInstance(lemma);
    if (own !== undefined) found.add(own);
    for (const noun of this.senses(lemma, "noun")) this.addTargets(noun, lemma, [MEMBER_HOLONYM, DERIVATION], found);
    for (const adjective of this.senses(lemma, "adj")) this.addTargets(adjective, lemma, [PERTAINYM], found);
  }

  /**
   * Follows the pointers that leave this very word (or its whole synset) to proper nouns. A
   * pointer to one word of a synset ("British" -> "Great Britain", the island) also stands for
   * that word's first proper-noun sense (the United Kingdom), the sense a reader means by it.
   */
  private addTargets(sense: Synset, lemma: string, symbols: readonly string[], found: Set<number>): void {
    const wordNumber = sense.words.indexOf(lemma) + 1;
    for (const pointer of sense.pointers) {
      if (!symbols.includes(pointer.symbol) || pointer.targetClass !== "noun") continue;
      if (pointer.sourceWord !== 0 && pointer.sourceWord !== wordNumber) continue;
      const target = this.db.synset(pointer.targetOffset, "noun");
      if (target === undefined) continue;
      if (pointer.targetWord === 0 && isInstance(target)) found.add(target.offset);
      // A pointer to the whole synset reads as one to its head word ("Briton" -> Great Britain).
      const referent = this.firstInstance(target.words[Math.max(0, pointer.targetWord - 1)] ?? "");
      if (referent !== undefined) found.add(referent);
    }
  }

  private firstInstance(lemma: string): number | undefined {
    return this.senses(lemma, "noun").find(isInstance)?.offset;
  }

  private senses(lemma: string, wordClass: "noun" | "adj"): Synset[] {
    return this.db
      .synsetOffsets(lemma, wordClass)
      .map((offset) => this.db.synset(offset, wordClass))
      .filter((synset): synset is Synset => synset !== undefined);
  }
}

/** A name's key, and its singular when it ends in a plural "s" ("Americans" -> "american"). */
function withSingular(key: string): string[] {
  return PLURAL_SUFFIX.test(key) ? [key, key.replace(PLURAL_SUFFIX, "")] : [key];
}

function isInstance(synset: Synset): boolean {
  return synset.pointers.some((pointer) => pointer.symbol === INSTANCE_HYPERNYM);
}
