/**
 * The specifics of an event in a text: its names and its larger numbers, which independent
 * reports of the same event share even when their wording does not.
 */
import { eng as englishStopWords } from "stopword";
import type { StoredArticle } from "../store/index.js";

const SPECIFICS_CACHE_LIMIT = 20_000;
const specificsCache = new Map<string, Map<string, string>>();

/** Stored articles never change and come up again and again while a story arrives: kept by id and hash. */
export function specificsOf(article: StoredArticle): Map<string, string> {
  const key = `${article.id}:${article.contentHash}`;
  let specifics = specificsCache.get(key);
  if (!specifics) {
    if (specificsCache.size >= SPECIFICS_CACHE_LIMIT) specificsCache.delete(specificsCache.keys().next().value!);
    specifics = eventSpecifics(article.text);
    specificsCache.set(key, specifics);
  }
  return specifics;
}

const WORD = /[\p{L}\p{N}]+(?:[.,'’&-][\p{L}\p{N}]+)*/gu;
/** A capital here starts a sentence, a quote or the text after a dateline, so it marks no name. */
const OPENS_SENTENCE = /(?:^|[.!?:;]["'”’)]?\s+|(?:^|\s)["“‘]|\s[-–—]\s+|\n\s*)$/u;
/** Capitalised words every report of those days carries, and titles that go with any name. */
const NOT_NAMES = new Set([
  ...englishStopWords,
  ..."monday tuesday wednesday thursday friday saturday sunday".split(" "),
  ..."january february march april may june july august september october november december".split(" "),
  ..."jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
  ..."mrs mr dr sir".split(" "),
]);

/**
 * What pins a text to one event: its names (capitalised words that do not open a sentence) and its
 * numbers of three or more digits or with decimals, keyed in a form two reports share
 * ("2,300" and "2300" alike; "Strand's" as "strand"), each with the words to search for it.
 * Small numbers, weekdays and months are left out: every report of those days has them.
 */
export function eventSpecifics(text: string): Map<string, string> {
  const specifics = new Map<string, string>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const number = /^\d[\d,.]*$/.test(word);
    const key = number ? numberKey(word) : nameKey(word, text, match.index ?? 0);
    // The search splits "2,300" into the words the index holds; a name is searched as keyed.
    if (key !== null && !specifics.has(key)) specifics.set(key, number ? word : key);
  }
  return specifics;
}

function numberKey(word: string): string | null {
  const digits = word.replace(/,/g, "");
  return /^\d{3,}$|^\d+\.\d+$/.test(digits) ? `#${digits}` : null;
}

function nameKey(word: string, text: string, offset: number): string | null {
  if (!/^\p{Lu}/u.test(word) || OPENS_SENTENCE.test(text.slice(Math.max(0, offset - 4), offset))) return null;
  const key = word.toLowerCase().replace(/['’]s$/, "");
  return key.length < 3 || NOT_NAMES.has(key) ? null : key;
}
