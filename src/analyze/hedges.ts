/**
 * Hedges (words that soften how certain a claim is) and negations, from fixed lexicons.
 * A rewrite that drops "reportedly" or "not" changes a claim, so both are atoms of their own.
 */
import type { HedgeAtom, NegationAtom } from "./types.js";

interface LexiconEntry {
  /** Normalised lower-case cue reported for every form the pattern matches. */
  cue: string;
  /** Case-insensitive pattern without flags; word boundaries are added. */
  pattern: string;
  /** Extra test on the match, for forms that are hedges only in some contexts. */
  accept?: (text: string, start: number, end: number) => boolean;
}

function followsBe(text: string, start: number): boolean {
  return /(?:\b(?:is|are|was|were|be|been)|'s) +$/i.test(text.slice(Math.max(0, start - 6), start));
}

/**
 * "a fee reported to be 45 million", "he is reported to have left": passive "reported" before the
 * infinitive "be" or "have", after a noun or a form of "be", hedges like "said to". "The theft was
 * reported to police" and "the company reported a loss" report; after a pronoun ("they reported to
 * have ...") the pronoun is its subject.
 */
function reportedAsHedge(text: string, start: number, end: number): boolean {
  if (!/^ +(?:be|have)\b/i.test(text.slice(end, end + 6))) return false;
  return !/\b(?:i|you|he|she|it|we|they|who|which|that)\s+$/i.test(text.slice(Math.max(0, start - 8), start));
}

const NUMBER_AHEAD = /^ +(?:[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|a thousand|a million|a dozen|dozens|hundreds|thousands|millions|half)\b)/i;

/** Modal and epistemic hedges and certainty softeners. */
export const HEDGE_LEXICON: readonly LexiconEntry[] = [
  { cue: "may", pattern: "may", accept: isModalMay },
  { cue: "might", pattern: "might" },
  { cue: "could", pattern: "could" },
  { cue: "would", pattern: "would" },
  { cue: "possibly", pattern: "possibly" },
  { cue: "probably", pattern: "probably" },
  { cue: "perhaps", pattern: "perhaps" },
  { cue: "maybe", pattern: "maybe" },
  { cue: "likely", pattern: "likely" },
  { cue: "unlikely", pattern: "unlikely" },
  { cue: "potentially", pattern: "potentially" },
  { cue: "reportedly", pattern: "reportedly" },
  { cue: "allegedly", pattern: "allegedly" },
  { cue: "alleged", pattern: "alleged" },
  { cue: "apparently", pattern: "apparently" },
  // "an apparent injury" hedges; "it was not immediately apparent why" means evident, so only after a determiner.
  { cue: "apparent", pattern: "apparent", accept: (text, start) => /\b(?:an?|the|his|her|its|their|our|this|that|in|of) +$/i.test(text.slice(Math.max(0, start - 7), start)) },
  { cue: "supposedly", pattern: "supposedly" },
  { cue: "appears to", pattern: "(?:appears|appear|appeared|appearing) to" },
  { cue: "seems to", pattern: "(?:seems|seem|seemed|seeming) to" },
  // The company "expects to" save as its source "expected to": the active forms hedge alike.
  { cue: "expected to", pattern: "(?:expected|expects|expect|expecting) to" },
  { cue: "plans to", pattern: "(?:plans|plan|planned|planning) to" },
  { cue: "aims to", pattern: "(?:aims|aim|aimed|aiming) to" },
  { cue: "hopes to", pattern: "(?:hopes|hope|hoped|hoping) to" },
  { cue: "intends to", pattern: "(?:intends|intend|intended|intending) to" },
  // "set to" and "said to" hedge only after a form of "be" ("is set to"), not "the alarm set to 7".
  { cue: "set to", pattern: "set to", accept: followsBe },
  { cue: "believed to", pattern: "believed to" },
  { cue: "said to", pattern: "said to", accept: followsBe },
  { cue: "reported to", pattern: "reported to", accept: reportedAsHedge },
  { cue: "estimated", pattern: "estimated" },
  { cue: "proposed", pattern: "proposed" },
  { cue: "suspected", pattern: "suspected" },
  { cue: "preliminary", pattern: "preliminary" },
  { cue: "up to", pattern: "up to", accept: (text, _start, end) => NUMBER_AHEAD.test(text.slice(end, end + 14)) },
  { cue: "as many as", pattern: "as many as", accept: (text, _start, end) => NUMBER_AHEAD.test(text.slice(end, end + 14)) },
  { cue: "as much as", pattern: "as much as", accept: (text, _start, end) => NUMBER_AHEAD.test(text.slice(end, end + 14)) },
];

/** Negation cues; contractions ("didn't", "won't", "can't") and "cannot" report the cue "not". */
export const NEGATION_LEXICON: readonly LexiconEntry[] = [
  { cue: "no longer", pattern: "no longer" },
  { cue: "no one", pattern: "no[- ]one" },
  {
    cue: "not",
    pattern: "not",
    // "not only" adds rather than denies; a capitalised "Not" after a capitalised word is part of a name ("Do Not Call").
    accept: (text, start, end) => !/^ +only\b/i.test(text.slice(end, end + 6)) && !(text[start] === "N" && /\p{Lu}\p{Ll}* $/u.test(text.slice(Math.max(0, start - 20), start))),
  },
  { cue: "not", pattern: "cannot" },
  { cue: "not", pattern: "[a-z]+n't" },
  // Contractions typed without the apostrophe ("I dont know"), only where no other word is spelt so.
  { cue: "not", pattern: "(?:do|does|did|is|was|are|were|could|would|should|has|have|had)nt" },
  { cue: "no", pattern: "no", accept: (text, start, end) => !isNumberSign(text, start, end) },
  { cue: "never", pattern: "never" },
  { cue: "none", pattern: "none" },
  { cue: "nobody", pattern: "nobody" },
  { cue: "nothing", pattern: "nothing" },
  { cue: "nowhere", pattern: "nowhere" },
  { cue: "neither", pattern: "neither" },
  { cue: "nor", pattern: "nor" },
  { cue: "without", pattern: "without" },
  // "has yet to be confirmed" is "has not been confirmed"; "the part yet to come" denies no claim.
  { cue: "not", pattern: "yet to", accept: (text, start) => /\b(?:has|have|had|is|are|was|were|am|still)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) },
];

/**
 * "No. 10" and, in British style, a capitalised "No 10" (Downing Street) or "No 1" (a chart place)
 * are number signs, not negations. A lower-case "no" before a figure denies ("no 1986 profit
 * figures"), as does "No" before an age or a span ("No 16-year-old").
 */
function isNumberSign(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 12);
  return /^\. ?\d/.test(after) || (text[start] === "N" && /^ \d+(?![\d-])/.test(after));
}

/**
 * Hedges in a normalised text: modals (may, might, could, would), epistemic adverbs
 * (reportedly, likely), softening verbs ("expected to", "plans to") and upper bounds
 * ("up to 300", "as many as 40"). `cue` is the lexicon's lower-case form.
 */
export function extractHedges(text: string): HedgeAtom[] {
  return matchLexicon(text, HEDGE_LEXICON).map((m) => ({ kind: "hedge", ...m }));
}

/**
 * Negations in a normalised text: not and n't, no, never, none, nobody, nothing, neither/nor,
 * without, "no longer", "no one", "has yet to". Lexical antonyms ("denied", "refused") are not negations here.
 */
export function extractNegations(text: string): NegationAtom[] {
  return matchLexicon(text, NEGATION_LEXICON).map((m) => ({ kind: "negation", ...m }));
}

interface LexiconMatch {
  start: number;
  end: number;
  text: string;
  cue: string;
}

/** Every accepted match, earlier entries winning overlaps ("no longer" over "no"), in text order. */
function matchLexicon(text: string, lexicon: readonly LexiconEntry[]): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const taken: Array<[number, number]> = [];
  for (const entry of lexicon) {
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}'-])${entry.pattern}(?![\\p{L}'-])`, "giu"))) {
      const start = match.index;
      const end = start + match[0].length;
      if (entry.accept && !entry.accept(text, start, end)) continue;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      matches.push({ start, end, text: match[0], cue: entry.cue });
    }
  }
  return matches.sort((a, b) => a.start - b.start);
}

/**
 * "may" the modal, not May the month or a name: lower-case "may" always; capitalised "May" only at
 * a sentence start and not before a number ("May 5") or after "in"/"on".
 */
function isModalMay(text: string, start: number, end: number): boolean {
  if (text[start] === "m") return true;
  if (/^\.? ?\d/.test(text.slice(end, end + 3))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  if (/\b(?:in|on|of|since|until|by|last|next|early|late|mid|from|through)[ -]+$/i.test(before)) return false;
  return /(?:^|[.!?:\n]["']?)\s*["']?$/.test(before) || start === 0;
}
