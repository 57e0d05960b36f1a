/**
 * Which sentences of two members say the same thing, judged by the content words around their
 * values (the frames from `mentions.ts`). A rewrite that turns "some 2,300 residents" into
 * "3,200 people" keeps most of the sentence around the number, so aligned sentences tell which
 * values of two members fill the same slot even when the nouns after them differ.
 */

export interface AlignmentSettings {
  /** Aligned sentences share at least this many content words... */
  minSharedWords: number;
  /** ...and at least this Dice share (2 * shared / (size a + size b)) of their content words. */
  minSentenceDice: number;
}

/** A sentence of one member, by its index in that member's analysis. */
export interface SentenceRef {
  member: number;
  sentence: number;
}

/** The frames of one member's sentences, by sentence index. */
export interface MemberFrames {
  member: number;
  frames: ReadonlyArray<ReadonlySet<string>>;
}

/** Aligned sentence pairs across all members of a story. */
export interface SentenceAlignment {
  /** Every aligned pair once, the member listed first in the input first. */
  pairs: Array<[SentenceRef, SentenceRef]>;
  /** True when the two sentences (of different members) are aligned. */
  aligned(a: SentenceRef, b: SentenceRef): boolean;
  /** The frame of a sentence; empty for one not given. */
  frame(ref: SentenceRef): ReadonlySet<string>;
}

/**
 * Aligns the sentences of every pair of members (see `alignSentences`). Cost grows with members
 * squared times sentences squared: fine for stories of tens of members, slow for hundreds.
 */
export function alignMembers(members: readonly MemberFrames[], settings: AlignmentSettings): SentenceAlignment {
  const pairs: Array<[SentenceRef, SentenceRef]> = [];
  const keys = new Set<string>();
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = [members[i]!, members[j]!];
      if (a.member === b.member) continue;
      for (const [sa, sb] of alignSentences(a.frames, b.frames, settings)) {
        const left = { member: a.member, sentence: sa };
        const right = { member: b.member, sentence: sb };
        pairs.push([left, right]);
        keys.add(pairKey(left, right)).add(pairKey(right, left));
      }
    }
  }
  const framesOf = new Map(members.map((m) => [m.member, m.frames]));
  return {
    pairs,
    aligned: (a, b) => keys.has(pairKey(a, b)),
    frame: (ref) => framesOf.get(ref.member)?.[ref.sentence] ?? new Set(),
  };
}

/**
 * Sentence index pairs [in a, in b] that say the same thing. A pair whose sentences are each
 * other's best match aligns when it shares enough words. So does a pair where only one side is
 * the other's best, when it shares enough words beyond what the other's own best match already
 * explains: a sentence split in two ("...flooding 400 homes and forcing 2,300 residents to
 * leave" -> one sentence each) aligns with both halves, while a dropped sentence does not align
 * with the neighbour it happens to resemble most.
 */
export function alignSentences(
  a: ReadonlyArray<ReadonlySet<string>>,
  b: ReadonlyArray<ReadonlySet<string>>,
  settings: AlignmentSettings,
): Array<[number, number]> {
  const shared = sharedCounts(a, b);
  const dice = shared.map((row, i) => row.map((n, j) => (n === 0 ? 0 : (2 * n) / (a[i]!.size + b[j]!.size))));
  const bestInB = dice.map((row) => bestIndex(row));
  const bestInA = b.map((_, j) => bestIndex(dice.map((row) => row[j]!)));
  const aligned: Array<[number, number]> = [];
  for (const [i, row] of shared.entries()) {
    for (const [j, count] of row.entries()) {
      if (count < settings.minSharedWords || dice[i]![j]! < settings.minSentenceDice) continue;
      const iPicksJ = bestInB[i] === j;
      const jPicksI = bestInA[j] === i;
      if (!iPicksJ && !jPicksI) continue;
      const beyondRival = iPicksJ
        ? adds(a[i]!, b[j]!, a[bestInA[j]!], settings.minSharedWords)
        : adds(b[j]!, a[i]!, b[bestInB[i]!], settings.minSharedWords);
      if ((iPicksJ && jPicksI) || beyondRival) aligned.push([i, j]);
    }
  }
  return [...aligned, ...gapsBetween(aligned)];
}

/**
 * Unaligned sentences held between two aligned neighbours on both sides ("Now the figure is 14%."
 * after and before sentences that match): too short to share words, but in the same place.
 */
function gapsBetween(aligned: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const pairs = new Set(aligned.map(([i, j]) => `${i}:${j}`));
  const inA = new Set(aligned.map(([i]) => i));
  const inB = new Set(aligned.map(([, j]) => j));
  const gaps: Array<[number, number]> = [];
  for (const [i, j] of aligned) {
    const [gapA, gapB] = [i + 1, j + 1];
    if (!inA.has(gapA) && !inB.has(gapB) && pairs.has(`${i + 2}:${j + 2}`)) gaps.push([gapA, gapB]);
  }
  return gaps;
}

/** `from` shares at least `min` words with `to` that `rival` (to's own best match) does not. */
function adds(from: ReadonlySet<string>, to: ReadonlySet<string>, rival: ReadonlySet<string> | undefined, min: number): boolean {
  let own = 0;
  for (const word of from) if (to.has(word) && !rival?.has(word)) own++;
  return own >= min;
}

/** Words shared by each sentence of `a` with each of `b`, counted through an index of `a`'s words. */
function sharedCounts(a: ReadonlyArray<ReadonlySet<string>>, b: ReadonlyArray<ReadonlySet<string>>): number[][] {
  const sentencesWith = new Map<string, number[]>();
  for (const [i, words] of a.entries()) {
    for (const word of words) {
      const list = sentencesWith.get(word);
      if (list) list.push(i);
      else sentencesWith.set(word, [i]);
    }
  }
  const counts = a.map(() => new Array<number>(b.length).fill(0));
  for (const [j, words] of b.entries()) {
    for (const word of words) for (const i of sentencesWith.get(word) ?? []) counts[i]![j]!++;
  }
  return counts;
}

/** Index of the highest positive value; -1 when none is positive or the best is tied (no clear match). */
function bestIndex(values: readonly number[]): number {
  let best = -1;
  let tied = false;
  for (const [i, value] of values.entries()) {
    if (value <= 0) continue;
    if (best < 0 || value > values[best]!) {
      best = i;
      tied = false;
    } else if (value === values[best]) {
      tied = true;
    }
  }
  return tied ? -1 : best;
}

function pairKey(a: SentenceRef, b: SentenceRef): string {
  return `${a.member}:${a.sentence}|${b.member}:${b.sentence}`;
}
