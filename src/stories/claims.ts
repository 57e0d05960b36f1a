/**
 * Claims: what the members say sentence by sentence. A claim is a set of aligned sentences of
 * different members (the same statement, however worded); a derived member's sentence that its
 * parent neither aligns with nor has most of the words of is a claim the member added on the way.
 */
import type { SentenceAlignment, SentenceRef } from "./aligned-sentences.js";
import type { MemberMentions } from "./mentions.js";

export interface ClaimSettings {
  /** A sentence counts as added when fewer than this share of its content words occur anywhere in the parent. */
  maxAddedOverlap: number;
  /** Sentences with fewer content words ("He agreed.") are too short to call added. */
  minAddedWords: number;
}

export const claimDefaults: Readonly<ClaimSettings> = { maxAddedOverlap: 0.5, minAddedWords: 4 };

export interface Claim {
  /** The sentence as the earliest member carrying it writes it. */
  text: string;
  /** Every sentence stating it, earliest member first. */
  sentences: SentenceRef[];
  members: number[];
}

/** Claims carried by at least two members, from the aligned sentence pairs; `all` is in time order. */
export function sharedClaims(all: readonly MemberMentions[], alignment: SentenceAlignment): Claim[] {
  const rank = new Map(all.map((member, i) => [member.member, i]));
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const up = parent.get(key) ?? key;
    if (up === key) return key;
    const root = find(up);
    parent.set(key, root);
    return root;
  };
  for (const [a, b] of alignment.pairs) parent.set(find(refKey(a)), find(refKey(b)));
  const groups = new Map<string, SentenceRef[]>();
  for (const [a, b] of alignment.pairs) {
    for (const ref of [a, b]) {
      const root = find(refKey(ref));
      const group = groups.get(root) ?? [];
      if (!group.some((other) => other.member === ref.member && other.sentence === ref.sentence)) group.push(ref);
      groups.set(root, group);
    }
  }
  const textOf = new Map(all.map((member) => [member.member, member.sentences]));
  return [...groups.values()]
    .map((refs) => refs.sort((x, y) => rank.get(x.member)! - rank.get(y.member)! || x.sentence - y.sentence))
    .filter((refs) => new Set(refs.map((ref) => ref.member)).size >= 2)
    .map((refs) => ({
      text: textOf.get(refs[0]!.member)?.[refs[0]!.sentence] ?? "",
      sentences: refs,
      members: [...new Set(refs.map((ref) => ref.member))].sort((x, y) => x - y),
    }));
}

/**
 * Sentences of `child` that say something its parent does not: aligned with no parent sentence,
 * and made mostly of words the parent never uses.
 */
export function addedSentences(child: MemberMentions, parent: MemberMentions, alignment: SentenceAlignment, settings: ClaimSettings = claimDefaults): number[] {
  const parentWords = new Set(parent.frames.flatMap((frame) => [...frame]));
  const added: number[] = [];
  for (const [index, frame] of child.frames.entries()) {
    if (frame.size < settings.minAddedWords) continue;
    const ref = { member: child.member, sentence: index };
    if (parent.frames.some((_, other) => alignment.aligned(ref, { member: parent.member, sentence: other }))) continue;
    let known = 0;
    for (const word of frame) if (parentWords.has(word)) known++;
    if (known / frame.size < settings.maxAddedOverlap) added.push(index);
  }
  return added;
}

function refKey(ref: SentenceRef): string {
  return `${ref.member}:${ref.sentence}`;
}
