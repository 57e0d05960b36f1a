/**
 * Consolidates what the members state into story facts, and finds where they disagree. Numbers
 * and dates are grouped into facts and checked for conflicts in `value-facts.ts` (a slot is named
 * by the word next to the value, or by aligned sentences); quotes are grouped by wording and
 * entities by key. Precision first: a member stating two values of one slot ("12,000 jobs in
 * France, 3,000 jobs in Spain") marks them as compatible, and uncertain pairings are not compared.
 */
import { entityKeysMatch, sameDate, sameQuantity } from "../analyze/index.js";
import type { NumberAtom } from "../analyze/types.js";
import { lcsLength } from "../align/lcs.js";
import { alignMembers, type AlignmentSettings, type SentenceAlignment } from "./aligned-sentences.js";
import { addedSentences, claimDefaults, sharedClaims, type Claim, type ClaimSettings } from "./claims.js";
import { shorten } from "./labels.js";
import type { DateMention, EntityMention, MemberMentions, NumberMention, QuoteMention } from "./mentions.js";
import type { Disagreement, DisagreementKind, StoryFact } from "./types.js";
import { conflictingGroups, groupValues, type ConflictSettings, type ValueGroup, type ValueKind, type ValueMention } from "./value-facts.js";

export interface FactSettings extends AlignmentSettings, ConflictSettings, ClaimSettings {
  /** Two quotes are one when their common words in order reach this share of the shorter one. */
  sameQuoteShare: number;
}

export const factDefaults: Readonly<FactSettings> = {
  sameQuoteShare: 0.6,
  minContextOverlap: 0.4,
  minSharedWords: 3,
  minSentenceDice: 0.4,
  ...claimDefaults,
};

export interface Consolidated {
  facts: StoryFact[];
  disagreements: Disagreement[];
}

/** Member id -> outlet, for wording disagreements by outlet. */
export type OutletOf = ReadonlyMap<number, string | undefined>;

/**
 * Facts and disagreements of a story from its members' mentions, `all` in time order. `parents`
 * (member -> the member it derives from) lets it name the claims a derived member added.
 */
export function consolidate(
  all: readonly MemberMentions[],
  outlets: OutletOf,
  settings: FactSettings = factDefaults,
  parents: ReadonlyMap<number, number> = new Map(),
): Consolidated {
  const alignment = alignMembers(all, settings);
  const numberMentions = all.flatMap((m) => m.numbers);
  const dateMentions = all.flatMap((m) => m.dates);
  const numbers = groupValues(numberMentions, numberKind, alignment);
  const dates = groupValues(dateMentions, dateKind, alignment);
  const quotes = groupBy(all.flatMap((m) => m.quotes), (a, b) => quoteShare(a.words, b.words) >= settings.sameQuoteShare);
  const entities = groupBy(all.flatMap((m) => m.entities), (a, b) => a.atom.type === b.atom.type && entityKeysMatch(a.atom.key, b.atom.key));

  const widestFirst = (a: StoryFact, b: StoryFact) => b.members.length - a.members.length;
  const facts: StoryFact[] = [
    ...numbers.map((group) => valueFact("number", group, numberValue(group.mentions[0]!))).sort(widestFirst),
    ...dates.map((group) => valueFact("date", group, group.mentions[0]!.atom.key)).sort(widestFirst),
    ...quotes.map(quoteFact).sort(widestFirst),
    ...sharedClaims(all, alignment).map(claimFact).sort(widestFirst),
    ...entities.map(entityFact).sort(widestFirst),
  ];
  const disagreements = [
    ...conflictingGroups(numbers, numberKind, alignment, settings).map((set) => valueDisagreement("number", set, outlets)),
    ...conflictingGroups(dates, dateKind, alignment, settings).map((set) => valueDisagreement("date", set, outlets)),
    ...quotes.flatMap((group) => speakerConflict(group, outlets)),
    ...addedClaims(all, parents, alignment, outlets, settings),
  ];
  return { facts, disagreements };
}

const numberKind: ValueKind<NumberMention> = {
  measure: (m) => m.atom.unit,
  same: (a, b) => sameQuantity(a.atom, b.atom),
  differ: (a, b) => !sameQuantity(a.atom, b.atom),
  comparable: (a, b) => measureClass(a.atom) === measureClass(b.atom),
};

const dateKind: ValueKind<DateMention> = {
  measure: () => "date",
  same: (a, b) => sameDate(a.atom, b.atom) === "same",
  differ: (a, b) => sameDate(a.atom, b.atom) === "different",
  comparable: (a, b) => sameDate(a.atom, b.atom) !== "unknown",
};

/**
 * What kind of quantity a number is: a bare number and "people" are both counts, while a
 * currency, percentage or measure only compares with itself ("$85 million" never stands in for
 * "85 homes", however alike the sentences).
 */
function measureClass(atom: NumberAtom): string {
  return atom.unit === "" || atom.unit === "people" ? "count" : atom.unit;
}

/** Value groups of one story that disagree, as one disagreement listing each group, widest first. */
function valueDisagreement<M extends ValueMention>(kind: DisagreementKind, set: ValueGroup<M>[], outlets: OutletOf): Disagreement {
  const widest = [...set].sort((x, y) => y.members.length - x.members.length);
  const variants = widest.map((group) => ({ text: group.mentions[0]!.display, members: group.members }));
  return { kind, slot: widest[0]!.slot, message: countMessage(variants, outlets), variants };
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

function claimFact(claim: Claim): StoryFact {
  return { kind: "claim", slot: "", value: claim.text.toLowerCase().replace(/\s+/g, " ").trim(), text: claim.text, members: claim.members };
}

/** Each derived member's sentences that its parent does not say, one disagreement per sentence. */
function addedClaims(
  all: readonly MemberMentions[],
  parents: ReadonlyMap<number, number>,
  alignment: SentenceAlignment,
  outlets: OutletOf,
  settings: ClaimSettings,
): Disagreement[] {
  const byId = new Map(all.map((member) => [member.member, member]));
  return all.flatMap((child) => {
    const parent = byId.get(parents.get(child.member) ?? -1);
    if (!parent) return [];
    return addedSentences(child, parent, alignment, settings).map((index) => {
      const text = child.sentences[index] ?? "";
      return {
        kind: "added-claim" as const,
        slot: `${child.member}:${index}`,
        message: `${memberName(child.member, outlets)} adds what its source ${memberName(parent.member, outlets)} does not say: "${shorten(text, 90)}"`,
        variants: [{ text, members: [child.member] }],
      };
    });
  });
}

function memberName(id: number, outlets: OutletOf): string {
  const outlet = outlets.get(id);
  return outlet ? `#${id} (${outlet})` : `#${id}`;
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
