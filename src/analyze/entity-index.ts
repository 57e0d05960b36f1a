import { partitionPoint } from "../search/index.js";
import { mayBePerson } from "./entities.js";
import type { EntityAtom } from "./types.js";

/**
 * How far before a pronoun a likely person still outranks a later one-word name of no known type:
 * about a news sentence ("For analyst Olivier Beauvillain, Yahoo's decision was an error. "...,"
 * he said" means Beauvillain, not Yahoo).
 */
const NEAR_PERSON_CHARS = 200;

/**
 * A text's entities (sorted by start) looked up by position. Speakers are searched for at every
 * reporting verb and quote, and a scan of all the entities each time made a long text's analysis
 * grow with its square.
 */
export class EntityIndex {
  private readonly firstByEnd = new Map<number, EntityAtom>();
  /** The largest end among entities 0..i: non-decreasing, so it can be searched by halving. */
  private readonly furthestEnd: number[] = [];
  /** The last entity at or before i that "it" can stand for (an organisation), or -1. */
  private readonly lastOrganization: number[] = [];
  /** Per pronoun, the last entity at or before i it can stand for (a person or an untyped name, not of the other given-name gender), or -1. */
  private readonly lastPerson = { he: [] as number[], she: [] as number[] };
  /** The same among entities `mayBePerson` holds for. */
  private readonly lastLikelyPerson = { he: [] as number[], she: [] as number[] };

  constructor(private readonly entities: readonly EntityAtom[]) {
    let furthest = -Infinity;
    let organization = -1;
    const person = { he: -1, she: -1 };
    const likelyPerson = { he: -1, she: -1 };
    entities.forEach((entity, i) => {
      if (!this.firstByEnd.has(entity.end)) this.firstByEnd.set(entity.end, entity);
      furthest = Math.max(furthest, entity.end);
      if (entity.type === "organization") organization = i;
      for (const pronoun of ["he", "she"] as const) {
        // "He" cannot stand for Martha Seger, nor "she" for Tony Blair.
        const fits = entity.pronoun === undefined || entity.pronoun === pronoun;
        if (fits && (entity.type === "person" || entity.type === "other")) person[pronoun] = i;
        if (fits && mayBePerson(entity)) likelyPerson[pronoun] = i;
        this.lastPerson[pronoun].push(person[pronoun]);
        this.lastLikelyPerson[pronoun].push(likelyPerson[pronoun]);
      }
      this.furthestEnd.push(furthest);
      this.lastOrganization.push(organization);
    });
  }

  /** The first entity starting at `at` or after it. */
  firstStartingFrom(at: number): EntityAtom | null {
    return this.entities[partitionPoint(this.entities.length, (i) => this.entities[i]!.start < at)] ?? null;
  }

  /** The first entity, in text order, ending exactly at `end`. */
  firstEndingAt(end: number): EntityAtom | null {
    return this.firstByEnd.get(end) ?? null;
  }

  /**
   * What "it" (an organisation) or "he"/"she" (a person or untyped name) refers to: the last such
   * entity among those before the first one that ends after `anchor`. For "he"/"she", a likely
   * person (`mayBePerson`) within NEAR_PERSON_CHARS wins over a later one-word untyped name, which
   * is as often a company or a product ("Yahoo").
   */
  antecedent(pronoun: "it" | "he" | "she", anchor: number): EntityAtom | null {
    const before = partitionPoint(this.entities.length, (i) => this.furthestEnd[i]! <= anchor);
    if (before === 0) return null;
    if (pronoun === "it") return this.at(this.lastOrganization[before - 1]!);
    const likely = this.at(this.lastLikelyPerson[pronoun][before - 1]!);
    if (likely && anchor - likely.end <= NEAR_PERSON_CHARS) return likely;
    return this.at(this.lastPerson[pronoun][before - 1]!);
  }

  private at(index: number): EntityAtom | null {
    return index < 0 ? null : this.entities[index]!;
  }
}
