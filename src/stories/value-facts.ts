/**
 * Numbers and dates across members: which mentions state one fact (a value group), and which
 * value groups give different values for one slot (a conflict). Two routes lead to a shared slot:
 * the word next to the value names the same thing ("12,000 jobs" and "1,200 jobs"), or the
 * sentences carrying the values are aligned and each is the one value there the other member does
 * not state ("forcing some 2,300 residents to leave" against "About 3,200 people have been
 * evacuated", in leads that otherwise say the same thing). Precision first: a member stating both
 * values makes them compatible, and an aligned pair with more than one candidate is left alone.
 */
import { areSynonyms } from "../lexicon/index.js";
import type { SentenceAlignment, SentenceRef } from "./aligned-sentences.js";
import type { DateMention, NumberMention } from "./mentions.js";

export type ValueMention = NumberMention | DateMention;

/** How one kind of value (numbers, dates) is compared. */
export interface ValueKind<M extends ValueMention> {
  /** What the value measures: a number's unit, "date" for dates. Part of the slot. */
  measure(mention: M): string;
  /** The two state one value. */
  same(a: M, b: M): boolean;
  /** The two state values that can be compared and differ ("April 1" vs "April 3", not "April" vs "April 3"). */
  differ(a: M, b: M): boolean;
  /** The two could fill one slot: counts with counts, dollars with dollars, never dollars with counts. */
  comparable(a: M, b: M): boolean;
}

export interface ValueGroup<M> {
  /** The noun slot of its first mention: measure and context word, "|job". */
  slot: string;
  mentions: M[];
  members: number[];
}

export interface ConflictSettings {
  /** Noun-slot route: sentences carrying two values share at least this share of content words (overlap coefficient). */
  minContextOverlap: number;
}

/** "unit|head": the slot a value's own words name. */
export function nounSlot<M extends ValueMention>(kind: ValueKind<M>, mention: M): string {
  return `${kind.measure(mention)}|${mention.head ?? ""}`;
}

/**
 * Groups mentions stating one fact: equal values in the same noun slot (synonym heads count:
 * "9 percent raise", "pay rise of 9 percent"), else equal values of one kind of quantity in
 * aligned sentences whatever the noun. Each group is keyed by its first mention's value, so near
 * values do not chain.
 */
export function groupValues<M extends ValueMention>(mentions: readonly M[], kind: ValueKind<M>, alignment: SentenceAlignment): ValueGroup<M>[] {
  const groups: M[][] = [];
  for (const mention of mentions) {
    // Value comparison is the costly test, so it runs last.
    const bySlot = (group: M[]) => group.some((other) => sameNounSlot(kind, other, mention)) && kind.same(group[0]!, mention);
    const byAlignment = (group: M[]) =>
      group.some((other) => alignment.aligned(refOf(other), refOf(mention)) && kind.comparable(other, mention)) && kind.same(group[0]!, mention);
    const home = groups.find(bySlot) ?? groups.find(byAlignment);
    if (home) home.push(mention);
    else groups.push([mention]);
  }
  return groups.map((group) => ({ slot: nounSlot(kind, group[0]!), mentions: group, members: memberIds(group) }));
}

/**
 * Sets of value groups that disagree: each set is connected by conflicts, where two groups
 * conflict when no member states both and either route puts two of their mentions in one slot
 * with different values.
 */
export function conflictingGroups<M extends ValueMention>(
  groups: readonly ValueGroup<M>[],
  kind: ValueKind<M>,
  alignment: SentenceAlignment,
  settings: ConflictSettings,
): Array<Array<ValueGroup<M>>> {
  const groupOf = new Map<M, ValueGroup<M>>();
  for (const group of groups) for (const mention of group.mentions) groupOf.set(mention, group);
  const conflicts = new Components<ValueGroup<M>>();
  const link = (a: M, b: M) => {
    const [x, y] = [groupOf.get(a)!, groupOf.get(b)!];
    if (x !== y && kind.differ(a, b) && !x.members.some((id) => y.members.includes(id))) conflicts.join(x, y);
  };
  for (const [a, b] of nounSlotPairs([...groupOf.keys()], kind, settings)) link(a, b);
  const inSentence = bySentence([...groupOf.keys()]);
  for (const [left, right] of alignment.pairs) {
    // Values the other sentence also gives, or the other member states elsewhere, are accounted
    // for: only the rest can be a changed value.
    const unstated = (at: SentenceRef, other: SentenceRef) => {
      const there = inSentence.get(refKey(other)) ?? [];
      return (inSentence.get(refKey(at)) ?? []).filter(
        (m) => !groupOf.get(m)!.members.includes(other.member) && !there.some((o) => kind.same(m, o) && kind.comparable(m, o)),
      );
    };
    const pairs = counterparts(unstated(left, right), unstated(right, left), kind, alignment.frame(left), alignment.frame(right));
    for (const [a, b] of pairs) link(a, b);
  }
  return conflicts.sets().filter((set) => set.length >= 2);
}

/** Mention pairs of one named noun slot whose sentences speak of the same thing. */
function nounSlotPairs<M extends ValueMention>(mentions: readonly M[], kind: ValueKind<M>, settings: ConflictSettings): Array<[M, M]> {
  const bySlot = new Map<string, M[]>();
  for (const mention of mentions) {
    if (mention.head === null) continue;
    const slot = nounSlot(kind, mention);
    const list = bySlot.get(slot);
    if (list) list.push(mention);
    else bySlot.set(slot, [mention]);
  }
  const pairs: Array<[M, M]> = [];
  for (const inSlot of bySlot.values()) {
    for (const [i, a] of inSlot.entries()) {
      for (const b of inSlot.slice(i + 1)) {
        if (overlapCoefficient(a.context, b.context) >= settings.minContextOverlap) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/**
 * Pairs each unstated value of one aligned sentence with the one value of the other it can
 * stand for: first by the same (or a synonym) noun, then, among what is left, only where one
 * value has exactly one comparable counterpart and it has exactly one back, leaving out values
 * whose noun the other sentence uses for something else.
 */
function counterparts<M extends ValueMention>(
  left: readonly M[],
  right: readonly M[],
  kind: ValueKind<M>,
  leftFrame: ReadonlySet<string>,
  rightFrame: ReadonlySet<string>,
): Array<[M, M]> {
  const pairs: Array<[M, M]> = [];
  const unique = (fits: (a: M, b: M) => boolean, xs: readonly M[], ys: readonly M[]) => {
    for (const a of xs) {
      const bs = ys.filter((b) => fits(a, b));
      if (bs.length === 1 && xs.filter((other) => fits(other, bs[0]!)).length === 1) pairs.push([a, bs[0]!]);
    }
  };
  const byNoun = (a: M, b: M) => kind.comparable(a, b) && a.head !== null && b.head !== null && sameHead(a.head, b.head);
  unique(byNoun, left, right);
  const paired = new Set(pairs.flat());
  const restLeft = left.filter((m) => !paired.has(m));
  const restRight = right.filter((m) => !paired.has(m));
  // A value's noun that the other sentence uses away from the candidate ("flooding 400 homes"
  // against "evacuated from their homes") names a thing that sentence mentions without a number.
  const mentionedApart = (value: M, other: M, otherFrame: ReadonlySet<string>) =>
    value.head !== null && otherFrame.has(value.head) && (other.head === null || !sameHead(value.head, other.head));
  const otherThing = (a: M, b: M) => mentionedApart(a, b, rightFrame) || mentionedApart(b, a, leftFrame);
  unique((a, b) => kind.comparable(a, b) && !otherThing(a, b), restLeft, restRight);
  return pairs;
}

function sameNounSlot<M extends ValueMention>(kind: ValueKind<M>, a: M, b: M): boolean {
  if (kind.measure(a) !== kind.measure(b)) return false;
  if (a.head === null || b.head === null) return a.head === b.head;
  return sameHead(a.head, b.head);
}

function sameHead(a: string, b: string): boolean {
  return a === b || areSynonyms(a, b);
}

function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size);
}

function refOf(mention: ValueMention): SentenceRef {
  return { member: mention.member, sentence: mention.sentence };
}

function refKey(ref: SentenceRef): string {
  return `${ref.member}:${ref.sentence}`;
}

function bySentence<M extends ValueMention>(mentions: readonly M[]): Map<string, M[]> {
  const map = new Map<string, M[]>();
  for (const mention of mentions) {
    const key = refKey(refOf(mention));
    const list = map.get(key);
    if (list) list.push(mention);
    else map.set(key, [mention]);
  }
  return map;
}

function memberIds(mentions: ReadonlyArray<{ member: number }>): number[] {
  return [...new Set(mentions.map((m) => m.member))].sort((a, b) => a - b);
}

/** Connected components over joined items (union-find), in first-joined order. */
class Components<T> {
  private readonly parent = new Map<T, T>();

  join(a: T, b: T): void {
    const [rootA, rootB] = [this.root(a), this.root(b)];
    if (rootA !== rootB) this.parent.set(rootB, rootA);
  }

  sets(): T[][] {
    const sets = new Map<T, T[]>();
    for (const item of this.parent.keys()) {
      const root = this.root(item);
      const set = sets.get(root);
      if (set) set.push(item);
      else sets.set(root, [item]);
    }
    return [...sets.values()];
  }

  private root(item: T): T {
    if (!this.parent.has(item)) this.parent.set(item, item);
    let root = item;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    return root;
  }
}
