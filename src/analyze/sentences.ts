/**
 * Sentence boundaries and tokens for normalised English text. wink-nlp does the tagging and a
 * first split; the rules below repair the cases where its split is wrong for news copy.
 */
import { findDoubleQuotes } from "./quote-marks.js";
import { bracketedCodes } from "./tickers.js";
import { AP_STATE_ABBREVIATIONS } from "./us-states.js";
import { tagWithWink } from "./wink.js";

export interface SentenceToken {
  start: number;
  end: number;
  /** Lower-cased token text. */
  norm: string;
  /** Lower-cased lemma. */
  lemma: string;
  /** Universal POS tag. */
  pos: string;
  stop: boolean;
}

export interface SentenceSpan {
  start: number;
  end: number;
  tokens: SentenceToken[];
}

interface WorkToken extends SentenceToken {
  value: string;
}

/** Titles that precede a name or number and practically never end a sentence. */
const TITLES = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt brig sen rep gov pres rev fr hon " +
    "supt insp det atty amb vs"
  ).split(" "),
);

/** Other abbreviations: they may end a sentence, but not when a lower-case word or a number follows. */
const ABBREVIATIONS = new Set(
  (
    "u.s u.k u.n e.u inc corp co cos ltd llc bros jr sr st ave blvd mt ft no nos a.m p.m e.g i.e etc approx " +
    "est dept govt assn intl " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

/** Capitalised words that continue a clock time ("9 a.m. Tuesday", "5 p.m. GMT"). */
const CLOCK_TIME_FOLLOWERS = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight " +
    "january february march april may june july august september october november december " +
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. " +
    "local eastern central mountain pacific"
  ).split(" "),
);

/** AP-style US state abbreviations of one word; matched with their capital, so "iron ore." is not "Ore." (Oregon). */
const STATE_ABBREVIATIONS = new Set(Object.keys(AP_STATE_ABBREVIATIONS).filter((abbreviation) => !abbreviation.includes(".")));

const DOUBLE_QUOTE = '"';

/** A bullet or number opening a list item at the start of a line. */
const LIST_MARKER = /^(?:[-*\u2022]|\d{1,2}[.)])\s/;

/** Punctuation that closes what comes before it, so it can never open a sentence ('"Why?". Then'). */
const CLOSING_PUNCTUATION = /^[.,;:!?)\]]+$/;

/**
 * Splits normalised text into sentences with tagged tokens. Offsets are into `norm`; sentence
 * spans run from the first token's start to the last token's end, so surrounding whitespace is
 * excluded. Whitespace-only tokens (line breaks) are not returned.
 */
export function splitSentences(norm: string): SentenceSpan[] {
  const layout = unwrapLines(norm);
  const { tokens, starts } = locatedWinkTokens(layout);
  if (tokens.length === 0) return [];
  splitGluedPeriods(tokens, starts);
  splitGluedPossessives(tokens, starts);
  splitAfterClockTimes(tokens, starts);
  splitAtStrayStops(tokens, starts);

  const hardBreaks = findHardBreaks(layout, tokens);
  for (let i = 1; i < tokens.length; i++) {
    if (!starts[i] || hardBreaks[i]) continue;
    if (continuesAbbreviation(tokens, i) || CLOSING_PUNCTUATION.test(tokens[i]!.value)) starts[i] = false;
  }
  repairQuotes(layout, tokens, starts, hardBreaks);
  keepBracketedCodes(layout, tokens, starts);
  for (let i = 0; i < tokens.length; i++) if (hardBreaks[i]) starts[i] = true;
  starts[0] = true;

  const sentences: SentenceSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (starts[i]) sentences.push({ start: tokens[i]!.start, end: tokens[i]!.end, tokens: [] });
    const sentence = sentences[sentences.length - 1]!;
    const { start, end, norm: tokenNorm, lemma, pos, stop } = tokens[i]!;
    sentence.tokens.push({ start, end, norm: tokenNorm, lemma, pos, stop });
    sentence.end = end;
  }
  return sentences;
}

/** Runs wink and returns its non-space tokens located in `norm`, and where its sentences start. */
function locatedWinkTokens(norm: string): { tokens: WorkToken[]; starts: boolean[] } {
  const { values, pos, lemmas, stops, sentenceStarts: winkStarts } = tagWithWink(norm);

  const tokens: WorkToken[] = [];
  const starts: boolean[] = [];
  let cursor = 0;
  let pendingStart = false;
  values.forEach((value, index) => {
    pendingStart ||= winkStarts.has(index);
    if (value.trim() === "") return;
    const start = locate(norm, value, cursor);
    cursor = start + value.length;
    tokens.push({
      start,
      end: cursor,
      value,
      norm: value.toLowerCase(),
      lemma: (lemmas[index] ?? value).toLowerCase(),
      pos: pos[index] ?? "X",
      stop: stops[index] ?? false,
    });
    starts.push(pendingStart);
    pendingStart = false;
  });
  return { tokens, starts };
}

/** Finds a token's text at or just after the cursor; wink keeps token text verbatim. */
function locate(norm: string, value: string, cursor: number): number {
  let at = cursor;
  while (at < norm.length && /\s/.test(norm[at]!)) at++;
  if (norm.startsWith(value, at)) return at;
  const found = norm.indexOf(value, cursor);
  return found !== -1 && found - at < 16 ? found : Math.min(at, norm.length - value.length);
}

/** Words whose "'s" is "is" or "us", never a possessive. */
const CONTRACTING_WORDS = new Set(["it", "he", "she", "that", "there", "here", "what", "who", "where", "how", "let"]);

/**
 * wink splits a possessive inside a sentence ("Dunmarrow" + "'s") but keeps it whole before a final
 * period ("trusted Dunmarrow's."), so the name would not match its other mentions. Split it the
 * same way wink does elsewhere.
 */
function splitGluedPossessives(tokens: WorkToken[], starts: boolean[]): void {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const match = /^(.*\p{L})'s$/iu.exec(token.value);
    if (!match || (token.pos !== "PROPN" && token.pos !== "NOUN") || CONTRACTING_WORDS.has(match[1]!.toLowerCase())) continue;
    const word = match[1]!;
    const wordToken: WorkToken = { ...token, end: token.start + word.length, value: word, norm: word.toLowerCase(), lemma: word.toLowerCase() };
    const possessive: WorkToken = { start: wordToken.end, end: token.end, value: "'s", norm: "'s", lemma: "'s", pos: "PART", stop: false };
    tokens.splice(i, 1, wordToken, possessive);
    starts.splice(i + 1, 0, false);
  }
}

/**
 * wink keeps a period glued to a short word it takes for an abbreviation ("iron ore. China's",
 * "$360m. Looking", "said no. Shares") and then does not end the sentence. Unless the word is an
 * abbreviation we know, split off the period, and start a sentence at a capitalised word after it.
 */
function splitGluedPeriods(tokens: WorkToken[], starts: boolean[]): void {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (!/^(?:\p{L}{2,}|\p{Ll})\.$/u.test(token.value) || isKnownAbbreviation(token.value, next)) continue;
    const word = token.value.slice(0, -1);
    const wordToken: WorkToken = {
      ...token,
      end: token.end - 1,
      value: word,
      norm: word.toLowerCase(),
      lemma: token.lemma.replace(/\.$/, ""),
    };
    const period: WorkToken = {
      start: wordToken.end,
      end: token.end,
      value: ".",
      norm: ".",
      lemma: ".",
      pos: "PUNCT",
      stop: false,
    };
    tokens.splice(i, 1, wordToken, period);
    starts.splice(i + 1, 0, false);
    if (next && startsUpper(tokens, i + 2)) starts[i + 2] = true;
  }
}

function isKnownAbbreviation(value: string, next: WorkToken | undefined): boolean {
  const word = value.slice(0, -1);
  const lower = word.toLowerCase();
  // "No. 4" is the number sign; "said no." is the word.
  if (lower === "no") return /^\d/.test(next?.value ?? "");
  return isTitle(word) || ABBREVIATIONS.has(lower) || STATE_ABBREVIATIONS.has(word);
}

/**
 * wink runs "at 9 a.m. Prices rose" into one sentence: a capitalised word after a.m./p.m. starts
 * one, unless it belongs to the time ("9 a.m. Tuesday").
 */
function splitAfterClockTimes(tokens: WorkToken[], starts: boolean[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1]!;
    const isClockTime = tokens[i]!.norm === "a.m." || tokens[i]!.norm === "p.m.";
    // A short all-capitals word after a time is a zone: "GMT", "ET".
    const continuesTime = CLOCK_TIME_FOLLOWERS.has(next.norm) || /^[A-Z]{2,4}$/.test(next.value);
    if (isClockTime && startsUpper(tokens, i + 1) && !continuesTime) {
      starts[i + 1] = true;
    }
  }
}

/**
 * A stray stop after a sentence's own end ("Ok. . Mike: Do we ...", as transcripts flattened to one
 * line mark a turn): wink reads on through it, but the capitalised word after it opens a sentence.
 */
function splitAtStrayStops(tokens: WorkToken[], starts: boolean[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const stray = tokens[i]!;
    const isStray = /^[.!?]+$/.test(stray.value) && /[.!?]$/.test(tokens[i - 1]!.value) && tokens[i + 1]!.start > stray.end;
    if (isStray && startsUpper(tokens, i + 1)) starts[i + 1] = true;
  }
}

/** wink ends a sentence at the dot of a ticker ("Cable and Wireless Plc <CAWL." / "L> said ..."); no sentence starts inside one. */
function keepBracketedCodes(layout: string, tokens: WorkToken[], starts: boolean[]): void {
  let i = 0;
  for (const { start, end } of bracketedCodes(layout)) {
    while (i < tokens.length && tokens[i]!.start <= start) i++;
    for (; i < tokens.length && tokens[i]!.start < end; i++) starts[i] = false;
  }
}

/** True when wink's boundary before tokens[i] follows an abbreviation or initial and must go. */
function continuesAbbreviation(tokens: WorkToken[], i: number): boolean {
  const previous = tokens[i - 1]!;
  const next = tokens[i]!;
  const beforePrevious = tokens[i - 2];
  // wink sometimes splits a title from its period ("Adm" + "."), then ends the sentence there.
  const detachedWord =
    previous.value === "." && beforePrevious !== undefined && beforePrevious.end === previous.start
      ? beforePrevious.value
      : undefined;
  const word = detachedWord ?? (previous.value.endsWith(".") ? previous.value.slice(0, -1) : undefined);
  if (word === undefined) return false;
  const abbreviation = word.toLowerCase();

  if (isTitle(word)) return startsUpper(tokens, i) || /^\d/.test(next.value);
  if (/^\p{Lu}\.$/u.test(previous.value)) return startsUpper(tokens, i); // an initial: "J. R. Smith"
  if (ABBREVIATIONS.has(abbreviation) || STATE_ABBREVIATIONS.has(word)) return /^[a-z\d]/.test(next.value);
  // A decimal split at its point: "2." + "5".
  return /\d$/.test(abbreviation) && next.start === previous.end && /^\d/.test(next.value);
}

/**
 * Straight double quotes, paired as the quote finder pairs them (`findDoubleQuotes`). A quotation
 * that goes on after a sentence ends inside it, and closes with a comma or runs into a lower-case
 * attribution ("We will rebuild. We will not leave," she said.), is one sentence; a closing quote
 * always stays with the sentence it closes. A quote running on across paragraphs joins the
 * sentences of its last paragraph only.
 */
function repairQuotes(layout: string, tokens: WorkToken[], starts: boolean[], hardBreaks: boolean[]): void {
  const tokenAt = new Map(tokens.map((token, index) => [token.start, index]));
  for (const quote of findDoubleQuotes(layout)) {
    // One never closed runs to its paragraph's end: no closing mark to keep with its sentence.
    if (quote.end !== quote.innerEnd + 1) continue;
    let open = tokenAt.get(quote.start);
    const close = tokenAt.get(quote.innerEnd);
    if (open === undefined || close === undefined || tokens[close]!.value !== DOUBLE_QUOTE) continue;
    for (let k = open + 1; k <= close; k++) if (hardBreaks[k]) open = k;
    const after = tokens[close + 1];
    if (starts[close] && !hardBreaks[close]) {
      starts[close] = false;
      if (after && !hardBreaks[close + 1]) starts[close + 1] = true;
    }
    const attributionFollows = after !== undefined && /^[a-z]/.test(after.value);
    if (tokens[close - 1]!.value === "," || attributionFollows) {
      const last = attributionFollows ? close + 1 : close;
      for (let k = open + 1; k <= last; k++) if (!hardBreaks[k]) starts[k] = false;
    }
  }
}

/** A paragraph break: a blank line, or a line break before an indented line (wire copy marks paragraphs so). */
export const PARAGRAPH_BREAK = /\n[^\S\n]*\n|\n(?=[ \t]{2,}\S)/;

/**
 * Marks tokens that must start a sentence: a line break precedes them. `layout` has been through
 * `unwrapLines`, so the line breaks left are paragraph breaks, list items, or lines of text
 * written one paragraph per line.
 */
function findHardBreaks(layout: string, tokens: WorkToken[]): boolean[] {
  return tokens.map((token, i) => i > 0 && layout.slice(tokens[i - 1]!.end, token.start).includes("\n"));
}

/**
 * The text with the line breaks of hard-wrapped prose made spaces, so every reader sees a wrapped
 * name ("United\nNations") or sentence whole. Each break is one character either way, so every
 * offset holds. A paragraph break (blank line or indented line) and a line opening a list item
 * keep theirs; text that is not hard-wrapped comes back as it is, and so does unwrapped text.
 */
export function unwrapLines(norm: string): string {
  if (!isHardWrapped(norm)) return norm;
  return norm.replace(/\n/g, (_, at: number) => (keepsLineBreak(norm, at) ? "\n" : " "));
}

function keepsLineBreak(norm: string, at: number): boolean {
  const lineBefore = norm.slice(norm.lastIndexOf("\n", at - 1) + 1, at);
  const nextBreak = norm.indexOf("\n", at + 1);
  const lineAfter = norm.slice(at + 1, nextBreak < 0 ? norm.length : nextBreak);
  return lineBefore.trim() === "" || lineAfter.trim() === "" || /^[ \t]{2,}\S/.test(lineAfter) || LIST_MARKER.test(lineAfter.trimStart());
}

/**
 * Hard-wrapped prose breaks lines mid-sentence: most lines followed by another line in the same
 * paragraph end without closing punctuation, near the text's line width. One-paragraph-per-line
 * text (and headings) do not; nor do the short lines of an e-mail signature or an address
 * ("Mike Johnson" / "Sales Representative, AquaSonic") under long paragraphs.
 */
function isHardWrapped(norm: string): boolean {
  const lines = norm.split("\n").map((line) => line.trim());
  const followed = lines.filter((line, k) => line !== "" && (lines[k + 1] ?? "") !== "");
  if (followed.length < 2) return false;
  const width = lineWidth(lines.filter((line) => line !== ""));
  const open = followed.filter((line) => !/[.!?:;"')\]]$/.test(line) && line.length >= WRAPPED_LINE_SHARE * width).length;
  return open / followed.length >= 0.5;
}

/** How long a line ending mid-sentence must be, as a share of the line width, to count as wrapped. */
const WRAPPED_LINE_SHARE = 0.5;

/** The width lines are wrapped at: the 90th percentile of their lengths, so one overlong line (a link) does not set it. */
function lineWidth(lines: readonly string[]): number {
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0;
}

/** True when tokens[i], or the word after an opening quote or bracket there, is capitalised. */
function startsUpper(tokens: WorkToken[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (/^["'(\[]$/.test(token.value)) return /^\p{Lu}/u.test(tokens[i + 1]?.value ?? "");
  return /^\p{Lu}/u.test(token.value);
}

/** A title such as "Dr" or "Ms"; the same letters in capitals ("MS") are an acronym. */
function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase()) && !(word.length > 1 && word === word.toUpperCase());
}
