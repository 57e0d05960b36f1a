/**
 * Consolidates what the members state into story facts, and finds where they disagree. Values are
 * grouped per slot (numbers: unit + context word; dates: context word; quotes: wording); a slot
 * whose groups are never stated together by one member, in sentences about the same thing, is a
 * disagreement. Precision first: a member stating two values of one slot ("12,000 jobs in France,
 * 3,000 jobs in Spain") marks them as compatible, and unslotted values are never compared.
 */
import { entityKeysMatch, sameDate, sameQuantity } from "../analyze/index.js";
import { lcsLength } from "../align/lcs.js";
import { shorten } from "./labels.js";
import type { DateMention, EntityMention, MemberMentions, NumberMention, QuoteMention } from "./mentions.js";
import type { Disagreement, DisagreementKind, StoryFact } from "./types.js";

export interface FactSettings {
  /** Two quotes are one when their common words in order reach this share of the shorter one. */
  sameQuoteShare: number;
  /**
   * Two values conflict only when sentences carrying them share at least this share of content
   * words (overlap coefficient), so "12,000 jobs" in a plan and "1,200 jobs" in a history never clash.
   */
  minContextOverlap: number;
}

export const factDefaults: Readonly<FactSettings> = {
  sameQuoteShare: 0.6,
  minContextOverlap: 0.4,
};

export interface Consolidated {
  facts: StoryFact[];
  disagreements: Disagreement[];
}

/** Member id -> outlet, for wording disagreements by outlet. */
export type OutletOf = ReadonlyMap<number, string | undefined>;

/** Facts and disagreements of a story from its members' mentions. */
export function consolidate(all: readonly MemberMentions[], outlets: OutletOf, settings: FactSettings = factDefaults): Consolidated {
  const numbers = slotted(all.flatMap((m) => m.numbers), (n) => `${n.atom.unit}|${n.head ?? ""}`, (a, b) => sameQuantity(a.atom, b.atom));
  const dates = slotted(all.flatMap((m) => m.dates), (d) => `date|${d.head ?? ""}`, (a, b) => sameDate(a.atom, b.atom) === "same");
  const quotes = groupBy(all.flatMap((m) => m.quotes), (a, b) => quoteShare(a.words, b.words) >= settings.sameQuoteShare);
  const entities = groupBy(all.flatMap((m) => m.entities), (a, b) => a.atom.type === b.atom.type && entityKeysMatch(a.atom.key, b.atom.key));

  const widestFirst = (a: StoryFact, b: StoryFact) => b.members.length - a.members.length;
  const facts: StoryFact[] = [
    ...numbers.map((group) => valueFact("number", group, numberValue(group.mentions[0]!))).sort(widestFirst),
    ...dates.map((group) => valueFact("date", group, group.mentions[0]!.atom.key)).sort(widestFirst),
    ...quotes.map(quoteFact).sort(widestFirst),
    ...entities.map(entityFact).sort(widestFirst),
  ];
  const disagreements = [
    ...valueConflicts("number", numbers, outlets, settings),
    ...valueConflicts("date", dates, outlets, settings, (a, b) => sameDate(a.atom, b.atom) === "different"),
    ...quotes.flatMap((group) => speakerConflict(group, outlets)),
  ];
  return { facts, disagreements };
}

interface ValueGroup<M> {
  slot: string;
  mentions: M[];
  members: number[];
}

/** Groups mentions by slot, then by value within a slot (each group keyed by its first mention). */
function slotted<M extends { member: number }>(mentions: M[], slotOf: (m: M) => string, same: (a: M, b: M) => boolean): ValueGroup<M>[] {
  const bySlot = new Map<string, M[]>();
  for (const mention of mentions) pushTo(bySlot, slotOf(mention), mention);
  return [...bySlot].flatMap(([slot, inSlot]) => groupBy(inSlot, same).map((group) => ({ ...group, slot })));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups mentions greedily: each joins the first group whose first mention is the same fact. */
function groupBy<M extends { member: number }>(mentions: M[], same: (a: M, b: M) => boolean): ValueGroup<M>[] {
  const groups: M[][] = [];
  for (const mention of mentions) {
    const home = groups.find((group) => same(group[0]!, mention));
    if (home) home.push(mention);
    else groups.push([mention]);
  }
  return groups.map((group) => ({ slot: "", mentions: group, members: memberIds(group) }));
}

function memberIds(mentions: ReadonlyArray<{ member: number }>): number[] {
  return [...new Set(mentions.map((m) => m.member))].sort((a, b) => a - b);
}

function numberValue(mention: NumberMention): string {
  const { value, high, unit } = mention.atom;
  const amount = high !== value ? `${value}-${high}` : `${value}`;
  return unit ? `${amount} ${unit}` : amount;
}

function valueFact(kind: "number" | "date", group: ValueGroup<NumberMention | DateMention>, value: string): StoryFact {
  return { kind, slot: group.slot, value, text: group.mentions[0]!.display, members: group.members };
}

function quoteShare(a: string[], b: string[]): number {
  return lcsLength(a, b) / Math.max(1, Math.min(a.length, b.length));
}

function quoteFact(group: ValueGroup<QuoteMention>): StoryFact {
  const speakers = speakerGroups(group.mentions);
  const first = group.mentions[0]!;
  return {
    kind: "quote",
    slot: speakers[0]?.speaker ?? "",
    value: first.words.join(" "),
    text: quoteDisplay(first.atom.inner.text),
    members: group.members,
    speakers,
  };
}

/** Named speakers of one quote, each with the members naming them; the longest written name shown. */
function speakerGroups(mentions: QuoteMention[]): Array<{ speaker: string; members: number[] }> {
  const named = mentions.filter((m) => m.speaker !== null);
  return groupBy(named, (a, b) => entityKeysMatch(a.speaker!, b.speaker!))
    .map((group) => ({
      speaker: group.mentions.map((m) => m.speakerText!).reduce((long, text) => (text.length > long.length ? text : long)),
      members: group.members,
    }))
    .sort((a, b) => b.members.length - a.members.length);
}

function entityFact(group: ValueGroup<EntityMention>): StoryFact {
  const shown = mostCommonForm(group.mentions);
  return {
    kind: "entity",
    slot: group.mentions.some((m) => m.speaks) ? "speaker" : "mentioned",
    value: shown.atom.key,
    text: shown.atom.text,
    members: group.members,
    entityType: shown.atom.type,
  };
}

/** The form most members write (stray capitalised words glued on, "Carmaker Halvard", are rare); longer on a tie. */
function mostCommonForm(mentions: EntityMention[]): EntityMention {
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.atom.text, (count.get(m.atom.text) ?? 0) + 1);
  return mentions.reduce((best, m) => {
    const diff = count.get(m.atom.text)! - count.get(best.atom.text)!;
    return diff > 0 || (diff === 0 && m.atom.text.length > best.atom.text.length) ? m : best;
  });
}

/**
 * Value groups of one named slot that conflict: no member states both, the values differ (for
 * dates, `differ` rules out forms that cannot be compared), and some pair of sentences carrying
 * them speaks of the same thing. One disagreement per slot lists every group in a conflict.
 */
function valueConflicts<M extends NumberMention | DateMention>(
  kind: DisagreementKind,
  groups: ValueGroup<M>[],
  outlets: OutletOf,
  settings: FactSettings,
  differ: (a: M, b: M) => boolean = () => true,
): Disagreement[] {
  const bySlot = new Map<string, ValueGroup<M>[]>();
  for (const group of groups) {
    if (group.mentions[0]!.head === null) continue;
    pushTo(bySlot, group.slot, group);
  }
  const disagreements: Disagreement[] = [];
  for (const [slot, inSlot] of bySlot) {
    const conflicting = new Set<ValueGroup<M>>();
    for (let i = 0; i < inSlot.length; i++) {
      for (let j = i + 1; j < inSlot.length; j++) {
        const [a, b] = [inSlot[i]!, inSlot[j]!];
        if (a.members.some((id) => b.members.includes(id))) continue;
        if (!differ(a.mentions[0]!, b.mentions[0]!) || !sameSubject(a.mentions, b.mentions, settings)) continue;
        conflicting.add(a).add(b);
      }
    }
    if (conflicting.size < 2) continue;
    const variants = [...conflicting]
      .map((group) => ({ text: group.mentions[0]!.display, members: group.members }))
      .sort((x, y) => y.members.length - x.members.length);
    disagreements.push({ kind, slot, message: countMessage(variants, outlets), variants });
  }
  return disagreements;
}

function sameSubject(a: ReadonlyArray<{ context: Set<string> }>, b: ReadonlyArray<{ context: Set<string> }>, settings: FactSettings): boolean {
  return a.some((x) => b.some((y) => overlapCoefficient(x.context, y.context) >= settings.minContextOverlap));
}

function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** A quote given to different named people by different members (none naming both). */
function speakerConflict(group: ValueGroup<QuoteMention>, outlets: OutletOf): Disagreement[] {
  const speakers = speakerGroups(group.mentions).filter(
    (speaker, _, all) => !all.some((other) => other !== speaker && other.members.some((id) => speaker.members.includes(id))),
  );
  if (speakers.length < 2) return [];
  const noun = countNoun(speakers.flatMap((s) => s.members), outlets);
  const who = speakers.map((s) => `${s.speaker} (${countOf(s.members.length, noun)})`).join(", ");
  const quote = shorten(quoteDisplay(group.mentions[0]!.atom.inner.text), 60);
  return [
    {
      kind: "quote-speaker",
      slot: group.mentions[0]!.words.join(" "),
      message: `The quote "${quote}" is attributed to ${speakers.length === 2 ? "two" : speakers.length} different people: ${who}`,
      variants: speakers.map((s) => ({ text: s.speaker, members: s.members })),
    },
  ];
}

/** "3 outlets say 12,000 jobs, 1 says 1,200 jobs". */
function countMessage(variants: Array<{ text: string; members: number[] }>, outlets: OutletOf): string {
  const noun = countNoun(variants.flatMap((v) => v.members), outlets);
  return variants
    .map((variant, i) => {
      const n = variant.members.length;
      const verb = n === 1 ? "says" : "say";
      return i === 0 ? `${countOf(n, noun)} ${verb} ${variant.text}` : `${n} ${verb} ${variant.text}`;
    })
    .join(", ");
}

/** Counting by outlet reads best, but is only true when every member is a different known outlet. */
function countNoun(members: number[], outlets: OutletOf): "outlet" | "article" {
  const names = members.map((id) => outlets.get(id)?.trim().toLowerCase());
  return names.every(Boolean) && new Set(names).size === members.length ? "outlet" : "article";
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** A quote's words without the comma that leads back into the sentence ("...winter," said). */
function quoteDisplay(inner: string): string {
  return inner.trim().replace(/[,;:]+$/, "");
}
