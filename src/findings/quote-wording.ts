import { eng as englishStopWords } from "stopword";

/** A word inside a quote: lower-cased, with its offsets in the quote's text. */
export interface QuoteToken {
  word: string;
  start: number;
  end: number;
  /** A sentence end or an ellipsis ("...", "…") stands between this word and the one before. */
  opensSentence: boolean;
}

/** A quote's words in order, and which of them open a sentence (or follow a cut already marked). */
export interface Wording {
  words: string[];
  opensSentence: boolean[];
}

/** Words left out of the middle of a source sentence: the rewrite quote's word `at` follows the cut. */
export interface Cut {
  at: number;
  skipped: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** Marks that end a sentence, or stand for words left out ("..." holds full stops). */
const SENTENCE_BREAK = /[.!?…]/u;

export function quoteTokens(text: string): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const between = text.slice(previousEnd, start);
    tokens.push({ word: match[0].toLowerCase(), start, end: start + match[0].length, opensSentence: tokens.length > 0 && SENTENCE_BREAK.test(between) });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

export function wordingOf(tokens: readonly QuoteToken[]): Wording {
  return { words: tokens.map((token) => token.word), opensSentence: tokens.map((token) => token.opensSentence) };
}

/** How a rewrite quote's words so far read through the source quote: its unmarked cuts, and the first of them. */
interface Reading {
  cuts: number;
  first: Cut | null;
}

/**
 * Where a rewrite quote, read in order through its source quote's words, leaves words out of the
 * middle of a sentence with nothing to mark the cut: the first cut of the reading with the fewest
 * such cuts. A quote that starts or ends inside the source's, drops whole sentences, or marks its
 * cut with an ellipsis quotes faithfully; one whose words do not read in order is left to others
 * (null).
 */
export function unmarkedCut(mine: Wording, theirs: Wording): Cut | null {
  const positions = positionsByWord(theirs.words);
  // Readings by the source position of the last word read: the best reading ending there.
  let readings = new Map<number, Reading>();
  for (const position of positions.get(mine.words[0] ?? "") ?? []) readings.set(position, { cuts: 0, first: null });
  for (let at = 1; at < mine.words.length && readings.size > 0; at++) {
    const next = new Map<number, Reading>();
    for (const position of positions.get(mine.words[at]!) ?? []) {
      for (const [last, reading] of readings) {
        if (last >= position) continue;
        const extended = readOn(reading, mine, theirs, at, last, position);
        const held = next.get(position);
        if (!held || extended.cuts < held.cuts) next.set(position, extended);
      }
    }
    readings = next;
  }
  const best = [...readings.values()].sort((a, b) => a.cuts - b.cuts)[0];
  return best?.first ?? null;
}

/** The reading with rewrite word `at` read at source `position`, the word before it at `last`. */
function readOn(reading: Reading, mine: Wording, theirs: Wording, at: number, last: number, position: number): Reading {
  const skipped = theirs.words.slice(last + 1, position);
  const faithful = skipped.length === 0 || mine.opensSentence[at] || sentenceOpensWithin(theirs, last + 1, position) || skipped.every(isMinorWord);
  if (faithful) return reading;
  return { cuts: reading.cuts + 1, first: reading.first ?? { at, skipped } };
}

const STOP_WORDS = new Set(englishStopWords);
const NEGATIONS = new Set(["not", "no", "never", "nor", "none", "nothing", "nobody", "cannot"]);

/**
 * A word whose cut changes nothing a reader would hold the speaker to: a function word ("the only
 * thing that I know" quoted as "the only thing I know") or a name's particle ("al-Ghozi" as
 * "Ghozi"). A negation is never minor.
 */
function isMinorWord(word: string): boolean {
  if (NEGATIONS.has(word) || /n['’]t$/.test(word)) return false;
  return STOP_WORDS.has(word) || word.length <= 2;
}

/** A sentence of the source quote opens at one of the words from `from` to `to`: the cut meets a sentence's edge. */
function sentenceOpensWithin(theirs: Wording, from: number, to: number): boolean {
  for (let word = from; word <= to; word++) if (theirs.opensSentence[word]) return true;
  return false;
}

function positionsByWord(words: readonly string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  words.forEach((word, at) => (positions.get(word) ?? positions.set(word, []).get(word)!).push(at));
  return positions;
}
