import { partitionPoint } from "../search/index.js";
import type { EntityAtom } from "./types.js";

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
  /** The last entity at or before i that "he" or "she" can stand for (a person or an untyped name), or -1. */
  private readonly lastPerson: number[] = [];

  constructor(private readonly entities: readonly EntityAtom[]) {
    let furthest = -Infinity;
    let organization = -1;
    let person = -1;
    entities.forEach((entity, i) => {
      if (!this.firstByEnd.has(entity.end)) this.firstByEnd.set(entity.end, entity);
      furthest = Math.max(furthest, entity.end);
      if (entity.type === "organization") organization = i;
      if (entity.type === "person" || entity.type === "other") person = i;
      this.furthestEnd.push(furthest);
      this.lastOrganization.push(organization);
      this.lastPerson.push(person);
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
   * entity among those before the first one that ends after `anchor`.
   */
  antecedent(pronoun: "it" | "he" | "she", anchor: number): EntityAtom | null {
    const before = partitionPoint(this.entities.length, (i) => this.furthestEnd[i]! <= anchor);
    if (before === 0) return null;
    const found = (pronoun === "it" ? this.lastOrganization : this.lastPerson)[before - 1]!;
    return found < 0 ? null : this.entities[found]!;
  }
}
