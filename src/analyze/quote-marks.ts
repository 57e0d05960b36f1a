/**
 * Straight double quote marks paired into quotations, for the sentence splitter and the quote
 * finder alike, so both read the same marks as opening and closing the same quotes.
 */

export interface RawQuote {
  start: number;
  /** End of the quote, after its closing mark (or at the paragraph end when it never closes). */
  end: number;
  innerStart: number;
  innerEnd: number;
}

/**
 * Pair double quote marks per paragraph; an unclosed quote continues into a paragraph opening with
 * a mark, or into a sentence opening with one in the same line, and across a line break that
 * only wraps the line. Straight marks do not say which way they face, so their spacing does
 * (`markRole`) where it is plain.
 */
export function findDoubleQuotes(text: string): RawQuote[] {
  const quotes: RawQuote[] = [];
  let open = -1;
  const continuationMarks = new Set<number>();
  for (const match of text.matchAll(/"|\n+/g)) {
    const at = match.index;
    if (match[0] !== '"') {
      if (open < 0 || isLineWrap(text, at)) continue;
      const nextMark = /^[ \n]*"/.exec(text.slice(at));
      if (nextMark) {
        continuationMarks.add(at + nextMark[0].length - 1);
      } else {
        const end = trimEnd(text, at);
        quotes.push({ start: open, end, innerStart: open + 1, innerEnd: end });
        open = -1;
      }
      continue;
    }
    if (continuationMarks.has(at) || betweenLetters(text, at)) continue;
    const role = markRole(text, at);
    if (open < 0) {
      // A closing mark with nothing open closes a quote opened in an earlier paragraph.
      if (role !== "close") open = at;
    } else if (role === "open") {
      // A run-on quote's next sentence goes on; any other opening mark means the open one was never closed.
      if (!opensAfterSentenceEnd(text, at)) open = at;
    } else {
      quotes.push({ start: open, end: at + 1, innerStart: open + 1, innerEnd: at });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: trimEnd(text, text.length), innerStart: open + 1, innerEnd: trimEnd(text, text.length) });
  return quotes.filter((q) => q.innerEnd > q.innerStart);
}

/**
 * A mark that opens a sentence after another sentence's end (". \"Now ..."), met while a quote is
 * open: one speaker's quote running on into a next paragraph, with the paragraph break lost (text
 * copied from a web page into one line). A closing mark follows its words, not a space.
 */
function opensAfterSentenceEnd(text: string, at: number): boolean {
  return /[.!?] +$/.test(text.slice(Math.max(0, at - 3), at)) && /^\p{Lu}/u.test(text[at + 1] ?? "");
}

/**
 * Which way a mark faces by its spacing: "open" with a space (or the text's start) before and a
 * character after, "close" with a character before and a space (or the text's end) after, else "either".
 */
function markRole(text: string, at: number): "open" | "close" | "either" {
  const touchesBefore = at > 0 && /\S/.test(text[at - 1]!);
  const touchesAfter = at + 1 < text.length && /\S/.test(text[at + 1]!);
  if (touchesAfter && !touchesBefore) return "open";
  if (touchesBefore && !touchesAfter) return "close";
  return "either";
}

/** A mark between two letters ('Iran"s', a typed-over apostrophe) is no quotation mark. */
function betweenLetters(text: string, at: number): boolean {
  return /\p{L}/u.test(text[at - 1] ?? "") && /\p{L}/u.test(text[at + 1] ?? "");
}

/** How far past a line break a wrapped quote's closing mark may be. */
const WRAPPED_QUOTE_MAX_CHARS = 1000;

/**
 * A single line break inside an open quote, with the closing mark ahead before any blank or
 * indented line: text wrapped at a fixed width (wire copy, e-mail), where a line ends mid-sentence.
 * Not a next line opening with a mark: that continues the quote into a new paragraph.
 */
function isLineWrap(text: string, at: number): boolean {
  if (text[at] !== "\n" || /[\s"]/.test(text[at + 1] ?? "\n")) return false;
  // A line ending a sentence before a capital may end a paragraph written one per line.
  if (/[.!?:]/.test(text[at - 1] ?? "") && /\p{Lu}/u.test(text[at + 1] ?? "")) return false;
  const ahead = text.slice(at + 1, at + 1 + WRAPPED_QUOTE_MAX_CHARS);
  const mark = ahead.indexOf('"');
  const paragraphEnd = ahead.search(/\n\s/);
  return mark >= 0 && (paragraphEnd < 0 || mark < paragraphEnd);
}

/** Where the text before `end` stops, less trailing white space. */
export function trimEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1] ?? "")) i--;
  return i;
}
