import { entityKeysMatch } from "../analyze/index.js";
import type { Analysis, QuoteAtom } from "../analyze/types.js";
import { lcsLength } from "../align/lcs.js";
import { objectMemo } from "../memo/index.js";
import { allAtoms, finding, quoteText, sentenceAt, spanIn, spanOf, type PairCheck } from "./context.js";
import { pronounMayMean } from "./pronoun-speaker.js";
import { speakerPhraseNames } from "./speaker-phrase.js";

/** Quotes of fewer words are scare quotes or titles ("so-called "reform""), not speech. */
const MIN_QUOTE_WORDS = 4;
/** A rewrite quote shares at least this share of its words, in order, with the source quote it reproduces. */
const SAME_QUOTE_SHARE = 0.5;

/**
 * Quotes: words added inside quotation marks (`quote-altered`), a quote the source does not have
 * (`quote-invented`), and a quote given to another speaker than the source's (`misattribution`).
 */
export const checkQuotes: PairCheck = ({ source, rewrite, sentence }) => {
  const quotes = sentence.atoms.filter((atom): atom is QuoteAtom => atom.kind === "quote");
  return quotes.flatMap((quote) => {
    const mine = quoteWords(quote.inner.text);
    if (mine.length < MIN_QUOTE_WORDS) return [];
    const best = reproducedQuote(mine, source);
    if (!best) {
      return [finding("quote-invented", "high", spanOf(sentence, quote), null,
        `The source has no quote like ${quoteText(quote.inner.text)}${quote.speaker ? ` from ${quote.speakerSpan?.text ?? quote.speaker}` : ""}.`)];
    }
    const found = [];
    const added = addedWords(quote, best.words);
    if (added) {
      found.push(finding("quote-altered", "high", spanOf(sentence, added), spanIn(source, best.quote.inner),
        `The quote has ${quoteText(added.text)}, which the source's quote does not.`));
    }
    if (quote.speaker && best.quote.speaker && !entityKeysMatch(quote.speaker, best.quote.speaker) && !speakerPhraseNames(best.quote, quote.speaker) && !pronounMayMean(source, best.quote, quote.speaker) && !pronounMayMean(rewrite, quote, best.quote.speaker)) {
      found.push(finding("misattribution", "high", spanOf(sentence, quote.speakerSpan ?? quote), spanIn(source, best.quote.speakerSpan ?? best.quote),
        `The rewrite gives this quote to ${quoteText(quote.speakerSpan?.text ?? quote.speaker)}; the source has ${quoteText(best.quote.speakerSpan?.text ?? best.quote.speaker)} say it.`));
    }
    return found;
  });
};

function quoteWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/**
 * The source quote the rewrite quote reproduces: the one sharing the largest share of its words in
 * order (the first such), when that share reaches SAME_QUOTE_SHARE.
 *
 * Such a quote holds at least `needed` of the words, so it holds one of any `words.length -
 * needed + 1` of them: only quotes holding one of the rarest that many are measured, and a quote
 * the source repeats word for word is measured once.
 */
function reproducedQuote(words: string[], source: Analysis): { quote: QuoteAtom; words: string[] } | undefined {
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
    const share = lcsLength(words, quotes[at]!.words) / words.length;
    if (!best || share > best.share) best = { at, share };
  }
  if (!best || best.share < SAME_QUOTE_SHARE) return undefined;
  const { first, words: theirs } = quotes[best.at]!;
  return { quote: first, words: theirs };
}

/**
 * A source's different quotes (by their words) with the first quote of each, and the quotes holding
 * each word. Each run of one speaker's consecutive quotes is also one quote, their words joined,
 * listed after the single quotes so that a rewrite quoting one of them matches it alone.
 */
const quoteIndex = objectMemo((source: Analysis) => {
  const quotes: { first: QuoteAtom; words: string[]; counts: Map<string, number> }[] = [];
  const seen = new Set<string>();
  const single = allAtoms(source, "quote").map((quote) => ({ first: quote, words: quoteWords(quote.inner.text) }));
  const joined = speakerRuns(source).map((run) => ({ first: run[0]!, words: run.flatMap((quote) => quoteWords(quote.inner.text)) }));
  for (const { first, words } of [...single, ...joined]) {
    const key = words.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    quotes.push({ first, words, counts: wordCounts(words) });
  }
  const byWord = new Map<string, number[]>();
  quotes.forEach(({ words }, at) => {
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
function addedWords(quote: QuoteAtom, sourceWords: string[]) {
  const available = new Map<string, number>();
  for (const word of sourceWords) available.set(word, (available.get(word) ?? 0) + 1);
  const pattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
  let first = -1;
  let last = -1;
  for (const match of quote.inner.text.matchAll(pattern)) {
    const word = match[0].toLowerCase();
    const left = available.get(word) ?? 0;
    if (left > 0) {
      available.set(word, left - 1);
      continue;
    }
    if (first < 0) first = match.index;
    last = match.index + match[0].length;
  }
  if (first < 0) return null;
  const start = quote.inner.start + first;
  const end = quote.inner.start + last;
  return { start, end, text: quote.inner.text.slice(first, last) };
}

