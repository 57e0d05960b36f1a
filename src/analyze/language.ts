/**
 * A cheap "is this English?" check: English prose is full of a small set of function words that
 * French, German and Spanish do not use. Words shared with those languages ("a", "in", "on",
 * "was", "an", "die") are left out of the list on purpose.
 */

const ENGLISH_FUNCTION_WORDS = new Set(
  (
    "the of and to is that for it with as he she his her by at from be have has had are were this " +
    "which said not but or they we will would its their been who after you our there than these " +
    "those them if when into about could should what"
  ).split(" "),
);

/**
 * Measured on hand-written news sentences: English 0.29-0.46 (0.125 for a terse headline-and-
 * captions sample), French, German and Spanish 0.00. A cut of 0.08 leaves margin on both sides.
 */
const MIN_ENGLISH_SHARE = 0.08;

/** Below this many words a text is too short to judge, and is given the benefit of the doubt. */
const MIN_WORDS_TO_JUDGE = 8;

/** True when `norm` reads as English, judged by its share of common English function words. */
export function looksEnglish(norm: string): boolean {
  const words = norm.toLowerCase().match(/\p{L}+(?:'\p{L}+)*/gu) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return true;
  const hits = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  return hits / words.length >= MIN_ENGLISH_SHARE;
}
