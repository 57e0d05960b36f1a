import { entityKeysMatch } from "../analyze/index.js";
import type { QuoteAtom } from "../analyze/types.js";
import { lcsLength } from "../align/lcs.js";
import { allAtoms, finding, quoteText, spanIn, spanOf, type PairCheck } from "./context.js";

/** Quotes of fewer words are scare quotes or titles ("so-called "reform""), not speech. */
const MIN_QUOTE_WORDS = 4;
/** A rewrite quote shares at least this share of its words, in order, with the source quote it reproduces. */
const SAME_QUOTE_SHARE = 0.5;

/**
 * Quotes: words added inside quotation marks (`quote-altered`), a quote the source does not have
 * (`quote-invented`), and a quote given to another speaker than the source's (`misattribution`).
 */
export const checkQuotes: PairCheck = ({ source, sentence }) => {
  const sourceQuotes = allAtoms(source, "quote");
  const quotes = sentence.atoms.filter((atom): atom is QuoteAtom => atom.kind === "quote");
  return quotes.flatMap((quote) => {
    const mine = quoteWords(quote.inner.text);
    if (mine.length < MIN_QUOTE_WORDS) return [];
    const best = bestMatch(mine, sourceQuotes);
    if (!best || best.share < SAME_QUOTE_SHARE) {
      return [finding("quote-invented", "high", spanOf(sentence, quote), null,
        `The source has no quote like ${quoteText(quote.inner.text)}${quote.speaker ? ` from ${quote.speakerSpan?.text ?? quote.speaker}` : ""}.`)];
    }
    const found = [];
    const added = addedWords(quote, best.words);
    if (added) {
      found.push(finding("quote-altered", "high", spanOf(sentence, added), spanIn(source, best.quote.inner),
        `The quote has ${quoteText(added.text)}, which the source's quote does not.`));
    }
    if (quote.speaker && best.quote.speaker && !entityKeysMatch(quote.speaker, best.quote.speaker)) {
      found.push(finding("misattribution", "high", spanOf(sentence, quote.speakerSpan ?? quote), spanIn(source, best.quote.speakerSpan ?? best.quote),
        `The rewrite gives this quote to ${quoteText(quote.speakerSpan?.text ?? quote.speaker)}; the source has ${quoteText(best.quote.speakerSpan?.text ?? best.quote.speaker)} say it.`));
    }
    return found;
  });
};

function quoteWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

function bestMatch(words: string[], candidates: readonly QuoteAtom[]) {
  let best: { quote: QuoteAtom; words: string[]; share: number } | undefined;
  for (const quote of candidates) {
    const theirs = quoteWords(quote.inner.text);
    const share = lcsLength(words, theirs) / words.length;
    if (!best || share > best.share) best = { quote, words: theirs, share };
  }
  return best;
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

