/**
 * The perturbation operations. Each takes a document and a random stream and returns the changed
 * document with a record of what it did, or null when it does not apply (no number to change, no
 * quote to alter...). Documents are never modified in place.
 */
import { placeWithin } from "../../src/lexicon/index.js";
import { REUTERS_CREDIT } from "./articles.js";
import { findNames, reliableNames } from "./names.js";
import { reformulate, swapSynonyms } from "./paraphrase.js";
import type { Random } from "./random.js";
import type { Doc, DocSentence } from "./sentences.js";

export type OpName =
  | "drop-sentences"
  | "merge-sentences"
  | "reorder"
  | "paraphrase"
  | "change-number"
  | "change-date"
  | "change-name"
  | "alter-quote"
  | "change-speaker"
  | "add-sentence"
  | "drop-credit"
  | "add-credit"
  | "drop-attribution"
  | "flip-negation"
  | "drop-hedge"
  | "swap-antonym"
  | "swap-pronoun";

/** What one operation did; `from` and `to` hold the changed text when there is one. */
export interface AppliedOp {
  op: OpName;
  detail: string;
  from?: string;
  to?: string;
}

export interface OpOutcome {
  doc: Doc;
  applied: AppliedOp;
}

/** A rewrite keeps at least this many body sentences. */
export const MIN_KEPT_SENTENCES = 3;

const CONTRIBUTED = /contributed to this report\.$/;

/** An agency credit line ("Reuter", "Wire A contributed to this report."): not part of the story body. */
export function isCreditLine(sentence: DocSentence): boolean {
  return REUTERS_CREDIT.test(sentence.text) || CONTRIBUTED.test(sentence.text);
}

function bodyIndices(doc: Doc): number[] {
  return doc.flatMap((sentence, index) => (isCreditLine(sentence) ? [] : [index]));
}

/** The document without the sentences at `indices`; a removed paragraph opening passes to the next sentence. */
function without(doc: Doc, indices: ReadonlySet<number>): Doc {
  const kept: Doc = [];
  let pendingStart = false;
  doc.forEach((sentence, index) => {
    if (indices.has(index)) {
      pendingStart ||= sentence.paragraphStart;
      return;
    }
    kept.push({ text: sentence.text, paragraphStart: sentence.paragraphStart || pendingStart || kept.length === 0 });
    pendingStart = false;
  });
  return kept;
}

function replaceText(doc: Doc, index: number, text: string): Doc {
  return doc.map((sentence, at) => (at === index ? { ...sentence, text } : sentence));
}

function splice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

/** Drop `count` body sentences, never the lead, keeping at least {@link MIN_KEPT_SENTENCES}. */
export function dropSentences(doc: Doc, rng: Random, count: number): OpOutcome | null {
  const body = bodyIndices(doc);
  const droppable = body.slice(1);
  const k = Math.min(count, body.length - MIN_KEPT_SENTENCES);
  if (k <= 0 || droppable.length === 0) return null;
  const dropped = rng.shuffle(droppable).slice(0, k).sort((a, b) => a - b);
  return {
    doc: without(doc, new Set(dropped)),
    applied: {
      op: "drop-sentences",
      detail: `dropped ${k} of ${body.length} sentences (#${dropped.join(", #")})`,
      from: dropped.map((index) => doc[index]!.text).join(" | "),
    },
  };
}

const LOWERED_OPENER = /^(The|A|An|It|This|That|These|Those|He|She|They|We|Its|His|Her|Their|There|In|On|At|But|Some|Most|Many)\b/;

/** Join two adjacent body sentences that end plainly, with ", and" or ";". */
export function mergeSentences(doc: Doc, rng: Random): OpOutcome | null {
  const body = bodyIndices(doc);
  const pairs = body.filter(
    (index) => body.includes(index + 1) && /[a-z0-9)]\.$/i.test(doc[index]!.text) && !/^["'\u201c\u2018]/.test(doc[index + 1]!.text),
  );
  if (pairs.length === 0 || body.length <= MIN_KEPT_SENTENCES) return null;
  const index = rng.pick(pairs);
  const first = doc[index]!.text.slice(0, -1);
  const second = doc[index + 1]!.text.replace(LOWERED_OPENER, (word) => word.toLowerCase());
  const merged = `${first}${rng.pick([", and ", "; ", ", while "])}${second}`;
  return {
    doc: without(replaceText(doc, index, merged), new Set([index + 1])),
    applied: { op: "merge-sentences", detail: `merged sentences #${index} and #${index + 1}`, to: merged },
  };
}

/** Move one body sentence (not the lead) to another place after the lead, as its own paragraph. */
export function reorderSentences(doc: Doc, rng: Random): OpOutcome | null {
  const movable = bodyIndices(doc).slice(1);
  if (movable.length < 2) return null;
  const from = rng.pick(movable);
  const target = rng.pick(movable.filter((index) => index !== from));
  const moved = { text: doc[from]!.text, paragraphStart: true };
  const rest = without(doc, new Set([from]));
  // Inserting at `target` in the shortened list puts it before the sentence that was at `target`
  // when that one came earlier, and right after it when it came later: a real move either way.
  const at = target;
  const result = [...rest.slice(0, at), moved, ...rest.slice(at)];
  if (at < result.length - 1) result[at + 1] = { ...result[at + 1]!, paragraphStart: true };
  return { doc: result, applied: { op: "reorder", detail: `moved sentence #${from} to #${at}`, from: moved.text } };
}

/**
 * Swap content words for WordNet synonyms with probability `rate` each, and reformulate a
 * sentence with the same probability.
 */
export function paraphrase(doc: Doc, rng: Random, rate: number): OpOutcome | null {
  const changes: string[] = [];
  let swapped = 0;
  let reformulated = 0;
  const result = doc.map((sentence) => {
    if (isCreditLine(sentence)) return sentence;
    let { text } = sentence;
    const swaps = swapSynonyms(text, rng, rate);
    text = swaps.text;
    swapped += swaps.swaps.length;
    changes.push(...swaps.swaps.map((swap) => `${swap.from}->${swap.to}`));
    if (rng.chance(rate)) {
      const reformulation = reformulate(text, rng);
      if (reformulation !== null) {
        text = reformulation.text;
        reformulated++;
        changes.push(reformulation.rule);
      }
    }
    return { ...sentence, text };
  });
  if (changes.length === 0) return null;
  const shown = changes.slice(0, 6).join(", ") + (changes.length > 6 ? ", ..." : "");
  return {
    doc: result,
    applied: { op: "paraphrase", detail: `${swapped} words swapped, ${reformulated} reformulations: ${shown}` },
  };
}

/** One match of a pattern in a body sentence: the sentence's index and the match's characters in it. */
export interface Found {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function findAll(doc: Doc, pattern: RegExp, accept: (match: RegExpExecArray, sentence: string) => boolean = () => true): Found[] {
  const found: Found[] = [];
  for (const index of bodyIndices(doc)) {
    const sentence = doc[index]!.text;
    const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    for (let match = global.exec(sentence); match !== null; match = global.exec(sentence)) {
      if (accept(match, sentence)) found.push({ index, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  return found;
}

export function substitute(doc: Doc, found: Found, replacement: string): Doc {
  return replaceText(doc, found.index, splice(doc[found.index]!.text, found.start, found.end, replacement));
}

const MONTH_NAMES = "January February March April May June July August September October November December".split(" ");
const MONTH_ABBREVIATIONS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
const WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" ");
const RELATIVE_DAYS = ["yesterday", "today", "tomorrow"];

/** A number standing alone or with a money suffix ("$1.13bn", "£600m"); not "NP1", "2nd" or "1987/88". */
const NUMBER = /(?<![\w.,/-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=(?:bn|m|k)?(?![\w/]|[.,]\d))/;
const YEAR = /^(19|20)\d\d$/;
const AFTER_MONTH = new RegExp(`(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join("|")})\\.? $`);

function formatLike(value: number, original: string): string {
  const decimals = original.split(".")[1]?.length ?? 0;
  const fixed = value.toFixed(decimals);
  if (!original.includes(",")) return fixed;
  const [whole, fraction] = fixed.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A different value for a number: scaled, off by a factor of ten, or one digit changed. */
function alterNumber(original: string, rng: Random): string {
  const value = Number(original.replace(/,/g, ""));
  for (let attempt = 0; attempt < 8; attempt++) {
    let next: number;
    const how = rng.int(0, 2);
    if (how === 0) next = value * rng.pick([0.5, 0.7, 0.8, 1.25, 1.5, 2]);
    else if (how === 1) next = rng.chance(0.5) || value < 10 ? value * 10 : value / 10;
    else {
      const digits = original.replace(/,/g, "");
      const positions = [...digits].flatMap((char, at) => (/\d/.test(char) ? [at] : []));
      const at = rng.pick(positions);
      const replacement = String((Number(digits[at]) + rng.int(1, 8)) % 10);
      const changed = digits.slice(0, at) + (at === 0 && replacement === "0" ? "9" : replacement) + digits.slice(at + 1);
      next = Number(changed);
    }
    if (value === 0) next = rng.int(1, 9);
    const formatted = formatLike(next, original);
    if (formatted !== original && Number(formatted.replace(/,/g, "")) !== value) return formatted;
  }
  return formatLike(value + 1, original);
}

/** Change one number in the body (not a year and not a day of the month: those are dates). */
export function changeNumber(doc: Doc, rng: Random): OpOutcome | null {
  const numbers = findAll(doc, NUMBER, (match, sentence) => !YEAR.test(match[0]) && !AFTER_MONTH.test(sentence.slice(0, match.index)));
  if (numbers.length === 0) return null;
  const chosen = rng.pick(numbers);
  const replacement = alterNumber(chosen.text, rng);
  return {
    doc: substitute(doc, chosen, replacement),
    applied: { op: "change-number", detail: `"${chosen.text}" -> "${replacement}"`, from: chosen.text, to: replacement },
  };
}

function otherOf(list: readonly string[], current: string, rng: Random): string {
  return rng.pick(list.filter((item) => item !== current));
}

/** Change one date expression: a weekday, a month, the day of a month, a year, or "yesterday"/"today". */
export function changeDate(doc: Doc, rng: Random): OpOutcome | null {
  const months = new RegExp(`\\b(?:${MONTH_NAMES.join("|")})\\b|\\b(?:${MONTH_ABBREVIATIONS.join("|")})\\.(?= ?\\d)`);
  const candidates: { found: Found; replace: () => string }[] = [
    ...findAll(doc, new RegExp(`\\b(?:${WEEKDAYS.join("|")})\\b`)).map((found) => ({
      found,
      replace: () => otherOf(WEEKDAYS, found.text, rng),
    })),
    // "May" alone is too often the verb; it counts only before a day number.
    ...findAll(doc, months, (match, sentence) => match[0] !== "May" || /^ \d/.test(sentence.slice(match.index + 3))).map((found) => ({
      found,
      replace: () =>
        found.text.endsWith(".")
          ? `${otherOf(MONTH_ABBREVIATIONS, found.text.slice(0, -1), rng)}.`
          : otherOf(MONTH_NAMES, found.text, rng),
    })),
    ...findAll(doc, /\b[1-9]\d?\b(?!,?\d)/, (match, sentence) => AFTER_MONTH.test(sentence.slice(0, match.index))).map((found) => ({
      found,
      replace: () => String(otherOf(Array.from({ length: 28 }, (_, day) => String(day + 1)), found.text, rng)),
    })),
    ...findAll(doc, /\b(?:19|20)\d\d\b/).map((found) => ({
      found,
      replace: () => String(Number(found.text) + rng.pick([-3, -2, -1, 1, 2, 3])),
    })),
    ...findAll(doc, /\b(?:yesterday|today|tomorrow)\b/).map((found) => ({
      found,
      replace: () => otherOf(RELATIVE_DAYS, found.text, rng),
    })),
  ];
  if (candidates.length === 0) return null;
  const chosen = rng.pick(candidates);
  const replacement = chosen.replace();
  return {
    doc: substitute(doc, chosen.found, replacement),
    applied: { op: "change-date", detail: `"${chosen.found.text}" -> "${replacement}"`, from: chosen.found.text, to: replacement },
  };
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * A replacement name: another name of the same article half the time when it has one, else one
 * from `pool`; names with as many words as `current` are preferred. A place that contains the
 * current one ("Japan" for "Tokyo") is left out: it generalises the claim without changing it.
 */
function replacementName(current: string, ownNames: readonly string[], pool: readonly string[], rng: Random): string | undefined {
  const usable = (names: readonly string[]): string[] =>
    names.filter((name) => name !== current && !current.includes(name) && !name.includes(current) && !placeWithin(current, name));
  const own = usable(ownNames);
  const others = usable(pool);
  const source = own.length > 0 && (others.length === 0 || rng.chance(0.5)) ? own : others;
  if (source.length === 0) return undefined;
  const sameLength = source.filter((name) => wordCount(name) === wordCount(current));
  return rng.pick(sameLength.length > 0 ? sameLength : source);
}

function namesOf(doc: Doc): string[] {
  return [...new Set(bodyIndices(doc).flatMap((index) => reliableNames(doc[index]!.text).map((name) => name.text)))].sort();
}

/** Whether a name is part of one of the `avoid` names (an agency credit is not a name to swap). */
function isAvoided(name: string, avoid: readonly string[]): boolean {
  return avoid.some((other) => other.includes(name) || name.includes(other));
}

/**
 * Replace one mention of a name with another name from the same article or from `pool`; names
 * overlapping `avoid` (the credited agency) are left alone.
 */
export function changeName(doc: Doc, rng: Random, pool: readonly string[], avoid: readonly string[] = []): OpOutcome | null {
  const mentions = bodyIndices(doc).flatMap((index) =>
    reliableNames(doc[index]!.text)
      .filter((name) => !isAvoided(name.text, avoid))
      .map((name) => ({ index, start: name.start, end: name.end, text: name.text })),
  );
  if (mentions.length === 0) return null;
  const chosen = rng.pick(mentions);
  const replacement = replacementName(chosen.text, namesOf(doc), pool, rng);
  if (replacement === undefined) return null;
  return {
    doc: substitute(doc, chosen, replacement),
    applied: { op: "change-name", detail: `"${chosen.text}" -> "${replacement}"`, from: chosen.text, to: replacement },
  };
}

const REPORTING_AFTER = /^\s+(?:said|says|told|added|stated|explained|warned|argued)\b/;
const REPORTING_BEFORE = /\b(?:said|says|added|according to)\s+$/;

/**
 * Give a statement to someone else: the name next to "said", "told", "according to"... is
 * replaced; names overlapping `avoid` (the credited agency) are left alone.
 */
export function changeSpeaker(doc: Doc, rng: Random, pool: readonly string[], avoid: readonly string[] = []): OpOutcome | null {
  const speakers = bodyIndices(doc).flatMap((index) => {
    const sentence = doc[index]!.text;
    return findNames(sentence)
      .filter((name) => !isAvoided(name.text, avoid))
      .filter((name) => REPORTING_AFTER.test(sentence.slice(name.end)) || REPORTING_BEFORE.test(sentence.slice(0, name.start)))
      .map((name) => ({ index, start: name.start, end: name.end, text: name.text }));
  });
  if (speakers.length === 0) return null;
  const chosen = rng.pick(speakers);
  const replacement = replacementName(chosen.text, namesOf(doc), pool, rng);
  if (replacement === undefined) return null;
  return {
    doc: substitute(doc, chosen, replacement),
    applied: {
      op: "change-speaker",
      detail: `speaker "${chosen.text}" -> "${replacement}" in sentence #${chosen.index}`,
      from: chosen.text,
      to: replacement,
    },
  };
}

/** "said" after these credits no one: "Having said that", "are said to have", "it must be said". */
const NO_SPEAKER_BEFORE = String.raw`(?<!\b(?:[Hh]aving|be|been|being|is|are|was|were))`;
/** A closing credit without quotation marks: ", a company spokesman said.", ", according to the board." */
const CLOSING_ATTRIBUTION = new RegExp(
  String.raw`,\s+(?:according to\s+[^,;"\u201c\u201d]{2,60}?|[^,;"\u201c\u201d]{2,50}?${NO_SPEAKER_BEFORE}\s+(?:said|says|added))\.$`,
);
/** An opening credit: "The company said (that) ...", "Ida Berg says ...". */
const OPENING_ATTRIBUTION = new RegExp(
  String.raw`^(?:(?:The|A|An)\s+)?[A-Z][^,;"\u201c\u201d]{1,50}?${NO_SPEAKER_BEFORE}\s+(?:said|says)\s+(?:that\s+)?(?=[a-z0-9])`,
);
/** Words the claim left behind must have, so a bare "He said so." is not stripped to nothing. */
const MIN_CLAIM_WORDS = 4;

/**
 * State a reported claim as fact: remove the credit from one sentence without quotation marks,
 * at its end (", the union said.") or its start ("The union said that ...").
 */
export function dropAttribution(doc: Doc, rng: Random): OpOutcome | null {
  const options = bodyIndices(doc).flatMap((index): OpOutcome[] => {
    const text = doc[index]!.text;
    if (/["\u201c\u201d]/.test(text)) return [];
    const closing = CLOSING_ATTRIBUTION.exec(text);
    const opening = OPENING_ATTRIBUTION.exec(text);
    const found: Array<{ kept: string; from: string }> = [];
    if (closing) found.push({ kept: `${text.slice(0, closing.index)}.`, from: closing[0].slice(1, -1).trim() });
    if (opening) {
      const rest = text.slice(opening[0].length);
      found.push({ kept: rest[0]!.toUpperCase() + rest.slice(1), from: opening[0].trim() });
    }
    return found
      .filter(({ kept }) => wordCount(kept) >= MIN_CLAIM_WORDS)
      .map(({ kept, from }) => ({ doc: replaceText(doc, index, kept), applied: { op: "drop-attribution", detail: `"${from}" removed from sentence #${index}`, from } }));
  });
  return options.length === 0 ? null : rng.pick(options);
}

/** A quotation in double or curly quotes, or in single quotes that are not apostrophes. */
const QUOTE = /["\u201c]([^"\u201c\u201d]+)["\u201d]|(?<=^|[\s(])'([^']+)'(?=[\s.,;:!?)]|$)/;

const QUOTE_INSERTS = ["really", "very", "clearly", "certainly", "never", "not", "already"];

/** Add a word inside a quotation, or swap one of its words for a synonym. */
export function alterQuote(doc: Doc, rng: Random): OpOutcome | null {
  const quotes = findAll(doc, QUOTE, (match) => wordCount((match[1] ?? match[2])!.trim()) >= 3);
  if (quotes.length === 0) return null;
  const chosen = rng.pick(quotes);
  const content = chosen.text.slice(1, -1);
  let altered = rng.chance(0.5) ? swapSynonyms(content, rng, 0.5).text : content;
  if (altered === content) {
    const words = content.split(" ");
    const at = rng.int(1, words.length - 1);
    words.splice(at, 0, rng.pick(QUOTE_INSERTS));
    altered = words.join(" ");
  }
  const replacement = chosen.text[0] + altered + chosen.text[chosen.text.length - 1];
  return {
    doc: substitute(doc, chosen, replacement),
    applied: { op: "alter-quote", detail: `quote in sentence #${chosen.index} altered`, from: content, to: altered },
  };
}

const INVENTED_SENTENCES: readonly ((name: string, n: number) => string)[] = [
  (name) => `${name} did not respond to a request for comment.`,
  (name, n) => `${name} said the decision had been under discussion for about ${n} weeks.`,
  (_name, n) => `Analysts said the move could affect as many as ${n * 100} jobs.`,
  (_name, n) => `A further announcement is expected within ${n} days.`,
  (name) => `"We are watching the situation very closely," ${name} said.`,
  () => "The figures are expected to be revised next month.",
  (name, n) => `According to ${name}, talks are set to resume in ${n} days.`,
  () => "Critics said the plan lacked detail and came too late.",
];

/** Insert an invented sentence after the lead, as its own paragraph. */
export function addSentence(doc: Doc, rng: Random, pool: readonly string[]): OpOutcome | null {
  const body = bodyIndices(doc);
  if (body.length === 0) return null;
  const own = namesOf(doc).filter((name) => name.includes(" "));
  const candidates = own.length > 0 ? own : pool;
  const name = candidates.length > 0 ? rng.pick(candidates) : "A spokesman";
  const sentence = rng.pick(INVENTED_SENTENCES)(name, rng.int(2, 60));
  const at = rng.pick(body.slice(1).concat(body[body.length - 1]! + 1));
  const result = [...doc.slice(0, at), { text: sentence, paragraphStart: true }, ...doc.slice(at)];
  if (at + 1 < result.length) result[at + 1] = { ...result[at + 1]!, paragraphStart: true };
  return { doc: result, applied: { op: "add-sentence", detail: `invented sentence at #${at}`, to: sentence } };
}

const CREDIT_PREFIX = /^\((?:[A-Z][\w.&' -]{0,30})\)\s*(?:--|-|\u2014)?\s*/;
const REPORTED_SUFFIX = /, [A-Z][\w.&' -]{0,30} reported\.$/;

/** Remove the agency credit: a closing "Reuter" or "... contributed to this report.", an "(Agency) -" cue, ", Agency reported." */
export function dropCredit(doc: Doc, rng: Random): OpOutcome | null {
  const options: OpOutcome[] = [];
  doc.forEach((sentence, index) => {
    if (isCreditLine(sentence)) {
      options.push({ doc: without(doc, new Set([index])), applied: { op: "drop-credit", detail: "credit line removed", from: sentence.text } });
    }
  });
  const lead = doc[0];
  if (lead !== undefined) {
    const prefix = CREDIT_PREFIX.exec(lead.text);
    if (prefix !== null && lead.text.length > prefix[0].length) {
      options.push({
        doc: replaceText(doc, 0, lead.text.slice(prefix[0].length)),
        applied: { op: "drop-credit", detail: "credit cue removed from the lead", from: prefix[0].trim() },
      });
    }
    const suffix = REPORTED_SUFFIX.exec(lead.text);
    if (suffix !== null) {
      options.push({
        doc: replaceText(doc, 0, `${lead.text.slice(0, suffix.index)}.`),
        applied: { op: "drop-credit", detail: "credit removed from the lead", from: suffix[0].slice(2, -1) },
      });
    }
  }
  return options.length === 0 ? null : rng.pick(options);
}

/** Credit `agency`: "(Agency) - " before the lead, ", Agency reported." after it, or a closing credit line. */
export function addCredit(doc: Doc, rng: Random, agency: string): OpOutcome | null {
  const lead = doc[0];
  if (lead === undefined || doc.some((sentence) => sentence.text.includes(agency))) return null;
  const options: OpOutcome[] = [];
  if (!CREDIT_PREFIX.test(lead.text)) {
    const cue = `(${agency}) - `;
    options.push({ doc: replaceText(doc, 0, cue + lead.text), applied: { op: "add-credit", detail: `"${cue.trim()}" before the lead`, to: cue.trim() } });
  }
  if (/[a-z0-9)]\.$/i.test(lead.text) && !REPORTED_SUFFIX.test(lead.text)) {
    const text = `${lead.text.slice(0, -1)}, ${agency} reported.`;
    options.push({ doc: replaceText(doc, 0, text), applied: { op: "add-credit", detail: `", ${agency} reported." after the lead`, to: `${agency} reported` } });
  }
  const line = `${agency} contributed to this report.`;
  options.push({ doc: [...doc, { text: line, paragraphStart: true }], applied: { op: "add-credit", detail: "closing credit line", to: line } });
  return rng.pick(options);
}
