/**
 * A cheap word profile of a whole article, for corpus-scale work where running the full analyzer
 * on every stored article would be too slow: content-word stems for overlap, and the rare-looking
 * words that make a good full-text query.
 */
import { eng as englishStopWords } from "stopword";
import { stemmer } from "stemmer";
import { boundedMemo } from "../memo/index.js";

const STOP_WORDS = new Set([...englishStopWords, "said", "says", "say", "would", "could", "also", "one", "two", "year", "years"]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Words in a full-text query: enough to find a rewrite that kept a third of them. */
const QUERY_TERMS = 24;
const REPEAT_BONUS = 0.25;
/** Porter stemming is the costliest step here; news vocabulary repeats, so each word is stemmed once. */
const stemOf = boundedMemo(stemmer, 200_000);

export interface TextProfile {
  /** Stems of the content words, each once. */
  stems: Set<string>;
  /** Words for a full-text query, most telling first. */
  queryTerms: string[];
}

/** Profiles a text: content stems and query terms. */
export function textProfile(text: string): TextProfile {
  const stems = new Set<string>();
  const weightOf = new Map<string, number>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const lower = word.toLowerCase().replace(/’/g, "'");
    if (STOP_WORDS.has(lower) || lower.length < 3 || /^\d{1,2}$/.test(lower)) continue;
    stems.add(stemOf(lower));
    const term = lower.replace(/['.-]/g, " ").trim().split(" ")[0]!;
    if (term.length < 3) continue;
    const seen = weightOf.get(term);
    const weight = termWeight(word, match.index ?? 0, text);
    // Repetition marks a central word a little, but does not make a common word rare.
    weightOf.set(term, seen === undefined ? weight : Math.max(seen, weight) + REPEAT_BONUS);
  }
  const queryTerms = [...weightOf.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, QUERY_TERMS)
    .map(([term]) => term);
  return { stems, queryTerms };
}

/**
 * Names and numbers mid-sentence and long words are the rarest in news text, so they identify an
 * article best; a capital after a full stop says nothing.
 */
function termWeight(word: string, offset: number, text: string): number {
  const sentenceStart = offset === 0 || /[.!?]["'”’)]?\s+$/.test(text.slice(Math.max(0, offset - 4), offset));
  const name = /^\p{Lu}/u.test(word) && !sentenceStart;
  const number = /\d/.test(word);
  return 1 + (name ? 2 : 0) + (number ? 1.5 : 0) + Math.min(word.length, 12) / 6;
}

/** Share of `part`'s stems found in `whole`: how much of a rewrite its source covers. */
export function stemContainment(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const stem of part) if (whole.has(stem)) shared++;
  return shared / part.size;
}
