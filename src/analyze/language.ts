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

/**
 * Function words of the languages most often mistaken for English input here. Terse English
 * (headlines, market reports: "Shares of Acme rose 5 cents to $10.30 on Nasdaq") has few English
 * function words too, so a text is refused only when it has more of these than of English ones.
 */
const OTHER_FUNCTION_WORDS = new Set(
  (
    "le la les des du une est et qui dans pour pas sur aux avec sont " +
    "der das und ist nicht mit den dem ein eine von sich auf für wird " +
    "el los las del y es por con para una lo su al fue como pero"
  ).split(" "),
);

/** Below this many words a text is too short to judge, and is given the benefit of the doubt. */
const MIN_WORDS_TO_JUDGE = 8;

/** True when `norm` reads as English: enough English function words, or at least more than foreign ones. */
export function looksEnglish(norm: string): boolean {
  const words = norm.toLowerCase().match(/\p{L}+(?:'\p{L}+)*/gu) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return true;
  const english = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  const other = words.filter((word) => OTHER_FUNCTION_WORDS.has(word)).length;
  return english / words.length >= MIN_ENGLISH_SHARE || english >= other;
}

/**
 * More characters in a row without whitespace than any word or link in prose has. Past it the text
 * is data (an encoded image, a dump), and the tokeniser's patterns take time that grows with the
 * square of such a run's length: 13 s for one of 160,000 characters.
 */
const LONGEST_UNBROKEN_RUN = 5_000;

/** The length of the first run of over LONGEST_UNBROKEN_RUN characters with no whitespace, or 0. */
export function overlongRun(text: string): number {
  // From one stretch of whitespace to the next: a pattern for the run itself would be retried at
  // every character of a long run.
  const whitespace = /\s+/g;
  let runStart = 0;
  for (const match of text.matchAll(whitespace)) {
    if (match.index - runStart > LONGEST_UNBROKEN_RUN) return match.index - runStart;
    runStart = match.index + match[0].length;
  }
  return text.length - runStart > LONGEST_UNBROKEN_RUN ? text.length - runStart : 0;
}
