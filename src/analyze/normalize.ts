/**
 * Typographic normalisation that keeps a map back to the original text, so every span found in
 * the normalised text can be reported (and highlighted) where the writer put it.
 */

export interface Normalized {
  text: string;
  /** Original offset for each normalised offset; length text.length + 1, last entry = original.length. */
  toOriginal: Int32Array;
}

/** Single code points with a fixed replacement; "" removes the character. */
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  // Single quotes, apostrophes and primes.
  ...["\u2018", "\u2019", "\u201A", "\u201B", "\u2032", "\u2035", "\u2039", "\u203A", "\uFF07"].map(
    (c) => [c, "'"] as const,
  ),
  // Double quotes, double primes and guillemets (used as quotation marks in some wire copy).
  ...["\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u2036", "\u00AB", "\u00BB", "\uFF02"].map(
    (c) => [c, '"'] as const,
  ),
  // Hyphens and dashes: one "-" each, so the writer's own spacing around a dash is kept.
  ...["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE58", "\uFE63", "\uFF0D"].map(
    (c) => [c, "-"] as const,
  ),
  // Unicode spaces of every width.
  ...["\u00A0", "\u1680", "\u202F", "\u205F", "\u3000"].map((c) => [c, " "] as const),
  ...Array.from({ length: 11 }, (_, i) => [String.fromCharCode(0x2000 + i), " "] as const),
  // Invisible characters: zero-width space/joiners, word joiner, stray BOM, soft hyphen.
  ...["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"].map((c) => [c, ""] as const),
  ["\uFB00", "ff"],
  ["\uFB01", "fi"],
  ["\uFB02", "fl"],
  ["\uFB03", "ffi"],
  ["\uFB04", "ffl"],
  ["\uFB05", "st"],
  ["\uFB06", "st"],
  ["\u2026", "..."],
  ["\u2028", "\n"],
  ["\u2029", "\n\n"],
]);

/** Single quote marks that, written twice in a row, stand for one double quote mark. */
const DOUBLED_QUOTE_MARKS = new Set(["'", "`", "\u2018", "\u2019"]);

/** Marks that NFC may fold into the character before them (combining marks, Hangul vowel/final jamo). */
const COMBINING = /^[\p{M}\u1160-\u11FF]$/u;

/**
 * Straightens quotes, unifies dashes and spaces, expands ligatures and "…", removes zero-width
 * characters and soft hyphens, turns CRLF/CR into LF and applies NFC, recording for each output
 * UTF-16 unit the original offset it came from.
 */
export function normalizeText(original: string): Normalized {
  let text = "";
  const offsets: number[] = [];
  const emit = (piece: string, originalOffset: number) => {
    text += piece;
    for (let k = 0; k < piece.length; k++) offsets.push(originalOffset);
  };

  let i = 0;
  while (i < original.length) {
    const codePoint = original.codePointAt(i)!;
    const char = String.fromCodePoint(codePoint);

    if (char === "\r") {
      emit("\n", i);
      i += original[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    // Two apostrophes or backticks are one double quote mark in some newspapers' archives and in
    // tokenised corpora (''Yes,'' he said; ``Yes''), and quotes are found by their double marks.
    if (DOUBLED_QUOTE_MARKS.has(char) && original[i + 1] === char) {
      emit('"', i);
      i += 2;
      continue;
    }
    const replacement = REPLACEMENTS.get(char);
    if (replacement !== undefined) {
      emit(replacement, i);
      i += char.length;
      continue;
    }

    // A base character and the marks after it form one unit for NFC.
    let end = i + char.length;
    while (end < original.length && COMBINING.test(String.fromCodePoint(original.codePointAt(end)!))) {
      end += String.fromCodePoint(original.codePointAt(end)!).length;
    }
    const cluster = original.slice(i, end);
    const composed = cluster.normalize("NFC");
    if (composed === cluster) {
      // Unchanged: each unit maps to itself, so spans inside surrogate pairs stay exact.
      for (let k = 0; k < cluster.length; k++) {
        text += cluster[k];
        offsets.push(i + k);
      }
    } else {
      emit(composed, i);
    }
    i = end;
  }

  offsets.push(original.length);
  return { text, toOriginal: Int32Array.from(offsets) };
}
