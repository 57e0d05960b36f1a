/** Anything that is not a letter, digit or combining mark: the tokenizer splits there anyway. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * An FTS5 MATCH expression matching any of the terms, or null when no term has a word left in
 * it. Each term becomes a quoted phrase, so "O'Brien" and "cross-border" match as the adjacent
 * words the tokenizer makes of them, and no input can be read as FTS5 syntax (OR, NEAR, *, ").
 */
export function anyOfTerms(terms: readonly string[]): string | null {
  const phrases = new Set<string>();
  for (const term of terms) {
    const words = term.replace(SEPARATORS, " ").trim().toLowerCase();
    if (words) phrases.add(`"${words}"`);
  }
  return phrases.size > 0 ? [...phrases].join(" OR ") : null;
}
