import { entityKeysMatch } from "../analyze/index.js";
import type { Analysis, QuoteAtom } from "../analyze/types.js";
import { lcsLength } from "../align/lcs.js";
import { objectMemo } from "../memo/index.js";
import { allAtoms, finding, quoteText, sentenceAt, spanIn, spanOf, type PairCheck } from "./context.js";
import { pronounMayMean, pronounUnsure, speakerLabel } from "./pronoun-speaker.js";
import { quoteTokens, unmarkedCut, wordingOf, type QuoteToken, type Wording } from "./quote-wording.js";
import { namesSameSpeaker } from "./speaker-phrase.js";

/** Quotes of fewer words are scare quotes or titles ("so-called "reform""), not speech. */
const MIN_QUOTE_WORDS = 4;
/** A rewrite quote shares at least this share of its words, in order, with the source quote it reproduces. */
const SAME_QUOTE_SHARE = 0.5;

/**
 * Quotes: words added inside quotation marks, or left out of the middle of a sentence with no
 * ellipsis (`quote-altered`), a quote the source does not have (`quote-invented`), and a quote
 * given to another speaker than the source's (`misattribution`).
 */
export const checkQuotes: PairCheck = ({ source, rewrite, sentence }) => {
  const quotes = sentence.atoms.filter((atom): atom is QuoteAtom => atom.kind === "quote");
  return quotes.flatMap((quote) => {
    const tokens = quoteTokens(quote.inner.text);
    if (tokens.length < MIN_QUOTE_WORDS) return [];
    const mine = wordingOf(tokens);
    const best = reproducedQuote(mine.words, source);
    if (!best) {
      return [finding("quote-invented", "high", spanOf(sentence, quote), null,
        `The source has no quote like ${quoteText(quote.inner.text)}${quote.speaker ? ` from ${quote.speakerSpan?.text ?? quote.speaker}` : ""}.`)];
    }
    const found = [];
    const added = addedWords(quote, tokens, best.wording.words);
    if (added) {
      found.push(finding("quote-altered", "high", spanOf(sentence, added), spanIn(source, best.quote.inner),
        `The quote has ${quoteText(added.text)}, which the source's quote does not.`));
    }
    const cut = added ? null : unmarkedCut(mine, best.wording);
    if (cut) {
      // Medium: the speaker's words, fewer of them; a word added puts words in their mouth (high).
      found.push(finding("quote-altered", "medium", spanOf(sentence, cutSpan(quote, tokens, cut.at)), spanIn(source, best.quote.inner),
        `The quote leaves out ${quoteText(cut.skipped.join(" "))} from the middle of the source's quote, with no ellipsis to mark the cut.`));
    }
    if (quote.speaker && best.quote.speaker && !maySameSpeaker(source, rewrite, quote, best.quote)) {
      found.push(finding("misattribution", "high", spanOf(sentence, quote.speakerSpan ?? quote), spanIn(source, best.quote.speakerSpan ?? best.quote),
        `The rewrite gives this quote to ${speakerLabel(rewrite, quote)}; the source has ${speakerLabel(source, best.quote)} say it.`));
    }
    return found;
  });
};

/**
 * The rewrite quote's speaker may be the source quote's: the same speaker by name, or a pronoun
 * that may stand for the other or for no one known.
 */
function maySameSpeaker(source: Analysis, rewrite: Analysis, mine: QuoteAtom, theirs: QuoteAtom): boolean {
  return namesSameSpeaker(mine, theirs) || pronounUnsure(source, theirs) || pronounUnsure(rewrite, mine) ||
    pronounMayMean(source, theirs, mine.speaker ?? "") || pronounMayMean(rewrite, mine, theirs.speaker ?? "");
}

/**
 * The source quote the rewrite quote reproduces: the one sharing the largest share of its words in
 * order (the first such), when that share reaches SAME_QUOTE_SHARE.
 *
 * Such a quote holds at least `needed` of the words, so it holds one of any `words.length -
 * needed + 1` of them: only quotes holding one of the rarest that many are measured, and a quote
 * the source repeats word for word is measured once.
 */
function reproducedQuote(words: string[], source: Analysis): { quote: QuoteAtom; wording: Wording } | undefined {
  const { quotes, byWord } = quoteIndex(source);
  let needed = 0;
  while (needed < words.length && needed / words.length < SAME_QUOTE_SHARE) needed++;
  const rarest = [...words].sort((a, b) => (byWord.get(a)?.length ?? 0) - (byWord.get(b)?.length ?? 0)).slice(0, words.length - needed + 1);
  const candidates = needed === 0 ? quotes.map((_, at) => at) : [...new Set(rarest.flatMap((word) => byWord.get(word) ?? []))].sort((a, b) => a - b);
  const mine = wordCounts(words);
  let best: { at: number; share: number } | undefined;
  for (const at of candidates) {
    // The words two quotes share, each as often as both have it, bound the words they share in order.
    const bound = sharedCount(mine, quotes[at]!.counts);
    if (bound < needed || (best && bound / words.length <= best.share)) continue;
    const share = lcsLength(words, quotes[at]!.wording.words) / words.length;
    if (!best || share > best.share) best = { at, share };
  }
  if (!best || best.share < SAME_QUOTE_SHARE) return undefined;
  const { first, wording } = quotes[best.at]!;
  return { quote: first, wording };
}

/**
 * A source's different quotes (by their words) with the first quote of each, and the quotes holding
 * each word. Each run of one speaker's consecutive quotes is also one quote, their words joined,
 * listed after the single quotes so that a rewrite quoting one of them matches it alone.
 */
const quoteIndex = objectMemo((source: Analysis) => {
  const quotes: { first: QuoteAtom; wording: Wording; counts: Map<string, number> }[] = [];
  const seen = new Set<string>();
  const wordings = new Map(allAtoms(source, "quote").map((quote) => [quote, wordingOf(quoteTokens(quote.inner.text))]));
  const single = [...wordings].map(([quote, wording]) => ({ first: quote, wording }));
  const joined = speakerRuns(source).map((run) => ({ first: run[0]!, wording: joinedWording(run.map((quote) => wordings.get(quote)!)) }));
  for (const { first, wording } of [...single, ...joined]) {
    const key = wording.words.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    quotes.push({ first, wording, counts: wordCounts(wording.words) });
  }
  const byWord = new Map<string, number[]>();
  quotes.forEach(({ wording: { words } }, at) => {
    for (const word of new Set(words)) (byWord.get(word) ?? byWord.set(word, []).get(word)!).push(at);
  });
  return { quotes, byWord };
});

/** How far apart, in sentences, two quotes of one speaker may stand for a rewrite to join them: next to each other or one sentence of narration between. */
const JOINABLE_SENTENCE_GAP = 2;

/**
 * Runs of two or more quotes in a row by one speaker, close together: a rewrite may join them into
 * one quote ("You lied to them. Many lost everything.") without changing a word the speaker said.
 */
function speakerRuns(source: Analysis): QuoteAtom[][] {
  const runs: QuoteAtom[][] = [];
  let run: QuoteAtom[] = [];
  for (const quote of allAtoms(source, "quote")) {
    const previous = run[run.length - 1];
    if (previous && !continuesSpeech(source, previous, quote)) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    run.push(quote);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** One speaker's quotes read as one, each opening a sentence: a rewrite may cut between them. */
function joinedWording(wordings: readonly Wording[]): Wording {
  return {
    words: wordings.flatMap((wording) => wording.words),
    opensSentence: wordings.flatMap((wording, at) => wording.opensSentence.map((opens, word) => opens || (at > 0 && word === 0))),
  };
}

function continuesSpeech(source: Analysis, previous: QuoteAtom, next: QuoteAtom): boolean {
  if (!previous.speaker || !next.speaker || !entityKeysMatch(previous.speaker, next.speaker)) return false;
  const from = sentenceAt(source, previous.end - 1)?.index;
  const to = sentenceAt(source, next.start)?.index;
  return from !== undefined && to !== undefined && to - from <= JOINABLE_SENTENCE_GAP;
}

function wordCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function sharedCount(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  for (const [word, count] of a) shared += Math.min(count, b.get(word) ?? 0);
  return shared;
}

/** The stretch of the rewrite quote from its first to its last word missing from the source quote. */
function addedWords(quote: QuoteAtom, tokens: readonly QuoteToken[], sourceWords: readonly string[]) {
  const available = wordCounts(sourceWords);
  let first = -1;
  let last = -1;
  for (const token of tokens) {
    const left = available.get(token.word) ?? 0;
    if (left > 0) {
      available.set(token.word, left - 1);
      continue;
    }
    if (first < 0) first = token.start;
    last = token.end;
  }
  return first < 0 ? null : innerSpan(quote, first, last);
}

/** The two rewrite words either side of a cut ("not about" where "not just about" lost "just"). */
function cutSpan(quote: QuoteAtom, tokens: readonly QuoteToken[], at: number) {
  return innerSpan(quote, tokens[at - 1]!.start, tokens[at]!.end);
}

function innerSpan(quote: QuoteAtom, from: number, to: number) {
  return { start: quote.inner.start + from, end: quote.inner.start + to, text: quote.inner.text.slice(from, to) };
}

