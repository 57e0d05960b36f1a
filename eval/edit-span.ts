/** Locate the one deliberate edit between a summary and its edited copy (BUMP). */

export interface CharRange {
  start: number;
  end: number;
}

interface Token extends CharRange {
  text: string;
}

/** Words (letters/digits) and single punctuation marks, with their offsets. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Where the edit sits in each text; both null when the token sequences are equal. */
export interface EditSpans {
  reference: CharRange | null;
  edited: CharRange | null;
}

/**
 * The ranges of `reference` and `edited` that differ: the tokens left after removing the longest
 * common token prefix and suffix. Where one side has no token left (a pure deletion or
 * insertion), its range covers the tokens either side of the gap, where a checker would have to
 * notice the change.
 */
export function editSpans(reference: string, edited: string): EditSpans {
  const before = tokenize(reference);
  const after = tokenize(edited);
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix]!.text === after[prefix]!.text) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix]!.text === after[after.length - 1 - suffix]!.text
  ) {
    suffix++;
  }
  if (prefix + suffix === before.length && before.length === after.length) return { reference: null, edited: null };
  return { reference: changedRange(before, prefix, suffix), edited: changedRange(after, prefix, suffix) };
}

function changedRange(tokens: readonly Token[], prefix: number, suffix: number): CharRange | null {
  const first = prefix;
  const last = tokens.length - 1 - suffix;
  if (first <= last) return { start: tokens[first]!.start, end: tokens[last]!.end };
  const left = tokens[first - 1];
  const right = tokens[first];
  if (!left && !right) return null;
  return { start: (left ?? right)!.start, end: (right ?? left)!.end };
}

/** The range of `edited` that differs from `reference` (see {@link editSpans}). */
export function editedSpan(reference: string, edited: string): CharRange | null {
  return editSpans(reference, edited).edited;
}

/** True when two half-open ranges share at least one character. */
export function rangesOverlap(a: CharRange, b: CharRange): boolean {
  return a.start < b.end && b.start < a.end;
}
