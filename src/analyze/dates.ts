/**
 * Date atoms: the dates, weekdays, relative expressions and clock times a text gives, each keyed
 * only as precisely as the text states it ("1 November" -> "--11-01", never a guessed year).
 *
 * chrono-node finds the expressions; this module decides which of chrono's results are real dates
 * and builds the keys. chrono fills every component it does not read from the reference date and
 * marks relative results ("yesterday", "last year") as certain, so keys are built from
 * `isCertain` for absolute dates and from the wording for relative ones.
 */
// The English locale alone: the package root also loads fifteen other languages (about 70 ms
// more start-up in every process and batch worker).
import * as chronoEnglish from "chrono-node/en";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import { createError } from "../errors/index.js";
import { textPieces } from "./pieces.js";
import type { DateAtom } from "./types.js";
import { wordTable } from "./word-table.js";

const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];
const FULL_NAMES = new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES]);

/** Month words chrono reads; checked case-insensitively, then required to be capitalised. */
const MONTH_WORD = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
const WEEKDAY_WORD = /\b(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/gi;
/** Words that anchor an expression to the time of writing ("yesterday", "next week"). */
const RELATIVE_TO_NOW = /\b(yesterday|today|tomorrow|tonight|ago|this|next|last|in \S+ (?:days?|weeks?|months?|years?))\b/i;
/** Words that anchor an expression to another event in the story ("two days later"). */
const RELATIVE_TO_STORY = /\b(later|earlier|before|after|weekend)\b/i;
/** A clock time is only trusted with a marker: chrono reads "5 to 10 people" as 5:00-10:00. */
const TIME_MARKER = /\d\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d[:.]\d\d\b|\bnoon\b|\bmidday\b|\bmidnight\b|o'clock/i;
/** A span that is only a number with two decimals, which chrono reads as a clock time ("at 3.32", "from 2.12"). */
const DOTTED_DECIMAL = /^(?:from\s+)?\d{1,2}\.\d\d$/i;
/** What makes such a number a quantity: a percent sign or a unit word after it. */
const QUANTITY_AFTER = /^\s*(?:%|(?:pct|percent|per\s+cent|points?|pence|p|cents?|pounds?|dollars?|dlrs|euros?|yen|francs?|marks|mln|million|billion|bn|m|times|per)\b)/i;
const NUMERIC_DATE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/;
/** "in the past 24 hours", "the last three years": spans of time, not dates. */
const DURATION = /^(?:the\s+)?(?:past|last|next)\s+(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten)\b/i;
/** Words before a lone weekday that make it a date ("on Sunday") even when a name follows. */
const DATE_PREPOSITIONS = new Set([
  "in", "since", "during", "by", "until", "till", "before", "after", "through", "throughout", "from", "of",
  "for", "early", "late", "mid", "last", "next", "this", "end", "on",
]);
const LEADING_PREPOSITION = /^(?:(?:on|at|in|by)\s+)+/i;
/** chrono sometimes keeps the separator after a date ("Tuesday,", "Nov 6 "); a final "." may be "p.m.". */
const TRAILING_SEPARATOR = /[\s,;:(-]+$/;
/** Also after "as early as", "as soon as", "as recently as": when a thing happens, as "by 2050" says. */
const YEAR_AFTER_PREPOSITION = /\b(in|since|during|by|until|till|before|after|through|throughout|from|of|for|between|early|late|year|mid|end|spring|summer|autumn|winter|(?:early|soon|late|recently|far\s+back|long\s+ago)\s+as)[\s-]+((?:19|20)\d\d|2100)\b(?![.,]?\d|-\d|\s*(?:%|percent|per cent))/gi;
/** A year naming which one of a thing before its noun: "the 2005 budget", "its 2004 results". */
const YEAR_BEFORE_NOUN = /\b(the|a|an|its|his|her|their|this|that)\s+((?:19|20)\d\d)\b(?=\s+\p{Ll})/gu;
/** The second year of a pair: "between 1997 and 2002", "in 2004 or 2005". */
const SECOND_YEAR = /\b((?:19|20)\d\d)\s+(?:and|or|to)\s+((?:19|20)\d\d)\b(?![.,]?\d|\s*(?:%|percent|per cent))/g;

/** Numbers written as words in relative expressions, so "two days ago" and "2 days ago" share a key. */
const RELATIVE_NUMBER_WORDS: Readonly<Record<string, string>> = wordTable({
  a: "1", an: "1", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7",
  eight: "8", nine: "9", ten: "10",
});

/** Noon on the reference day, local time: chrono reads and writes components in local time. */
function parseReferenceDate(referenceDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(referenceDate);
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12) : null;
  if (match === null || date === null || date.getMonth() !== Number(match[2]) - 1) {
    throw createError("USAGE", { reason: `reference date "${referenceDate}" is not a valid yyyy-mm-dd date` });
  }
  return date;
}

/** Without a reference chrono still needs an instant; the components it fills from it are never used. */
const PLACEHOLDER_INSTANT = new Date(2000, 0, 3, 12);

const pad = (n: number): string => String(n).padStart(2, "0");
const isoOf = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

function resolvedIso(components: ParsedComponents): string {
  return isoOf(components.get("year") ?? 0, components.get("month") ?? 1, components.get("day") ?? 1);
}

function clockTime(components: ParsedComponents): string {
  return `${pad(components.get("hour") ?? 0)}:${pad(components.get("minute") ?? 0)}`;
}

/** The Monday of the week holding `iso`, as the key of that week. */
function weekKey(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return `week:${date.toISOString().slice(0, 10)}`;
}

/**
 * What an unresolved relative date counts from: the time of writing ("a year ago", "last week")
 * or another event in the story ("a year earlier", "two days later"). Null for other dates.
 */
export function relativeAnchor(date: DateAtom): "now" | "story" | null {
  if (!date.key.startsWith("rel:")) return null;
  return RELATIVE_TO_STORY.test(date.key.slice(4).replace(/-/g, " ")) ? "story" : "now";
}

/** Words that round a relative date without changing it: "about eight minutes before" is "roughly eight minutes before". */
const ROUNDING_WORDS = new Set(["about", "around", "roughly", "approximately", "some"]);

function relativeSlug(text: string): string {
  const words = text.toLowerCase().replace(/^the\s+/, "").split(/[^a-z0-9]+/).filter((word) => word && !ROUNDING_WORDS.has(word));
  return `rel:${words.map((word) => RELATIVE_NUMBER_WORDS[word] ?? word).join("-")}`;
}

/** The word before `index`, past spaces and hyphens, read backwards from it (not from the text's start). */
function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && /[\s-]/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/**
 * How far back a `$`-anchored pattern reads before a date: far more than "between 12th and "
 * needs. Run on all the text before each date, such a pattern tried every position of it.
 */
const LOOKBACK = 64;

function matchBefore(text: string, end: number, pattern: RegExp): RegExpExecArray | null {
  const from = Math.max(0, end - LOOKBACK);
  const match = pattern.exec(text.slice(from, end));
  // A match at the cut may have begun mid-word, where its leading \b would not hold.
  if (match && match.index === 0 && from > 0 && /\w/.test(text[from - 1]!)) return null;
  return match;
}

/** What the words of a chrono result show, read from the text rather than trusted from chrono. */
interface Wording {
  months: string[];
  weekdays: string[];
  toNow: boolean;
  toStory: boolean;
  clock: boolean;
  numeric: boolean;
}

function readWording(span: string): Wording {
  return {
    months: [...span.matchAll(MONTH_WORD)].map((match) => match[0]),
    weekdays: [...span.matchAll(WEEKDAY_WORD)].map((match) => match[0]),
    toNow: RELATIVE_TO_NOW.test(span),
    toStory: RELATIVE_TO_STORY.test(span),
    clock: TIME_MARKER.test(span),
    numeric: NUMERIC_DATE.test(span),
  };
}

const capitalised = (word: string): boolean => /^[A-Z]/.test(word);

/** Filters chrono's false positives: "they march", "sat down", "Sunday Times", "at 10". */
function isRealDate(text: string, start: number, span: string, wording: Wording): boolean {
  if (!(wording.months.length || wording.weekdays.length || wording.toNow || wording.toStory || wording.clock || wording.numeric)) {
    return false;
  }
  if (/^(?:right\s+)?now$/i.test(span) || DURATION.test(span)) return false;
  // "4.75%", "12.45 points", "3.32 pounds": a decimal, not the clock time "3.32" it is written as.
  if (DOTTED_DECIMAL.test(span) && QUANTITY_AFTER.test(text.slice(start + span.length))) return false;
  if (!wording.months.every(capitalised) || !wording.weekdays.every(capitalised)) return false;
  const onlyWord = wording.months.length + wording.weekdays.length === 1 && /^[A-Za-z]+\.?$/.test(span);
  if (onlyWord) {
    // A lone abbreviation ("Sun", "Jan") is more often a name than a date.
    if (!FULL_NAMES.has(span.replace(".", "").toLowerCase())) return false;
    const before = wordBefore(text, start);
    const nextWord = /^\s+([A-Za-z]+)/.exec(text.slice(start + span.length))?.[1] ?? "";
    const month = wording.months.length === 1;
    if (!month && capitalised(nextWord) && !DATE_PREPOSITIONS.has(before)) return false;
  }
  return true;
}

/** Key and resolved date of a relative expression ("yesterday", "next week", "last year"). */
function relativeKey(span: string, components: ParsedComponents, resolve: boolean, wording: Wording): { key: string; iso: string | null } {
  if (wording.toStory || !resolve) {
    if (wording.weekdays.length === 1 && !wording.toStory) {
      return { key: weekdayKey(components), iso: null };
    }
    return { key: relativeSlug(span), iso: null };
  }
  const iso = resolvedIso(components);
  if (wording.weekdays.length === 0) {
    if (/\bweeks?\b/i.test(span)) return { key: weekKey(iso), iso: null };
    if (/\bmonths?\b/i.test(span)) return { key: iso.slice(0, 7), iso: null };
    if (/\byears?\b/i.test(span)) return { key: iso.slice(0, 4), iso: null };
  }
  return { key: iso, iso };
}

function weekdayKey(components: ParsedComponents): string {
  return `weekday:${WEEKDAY_NAMES[components.get("weekday") ?? 0]}`;
}

/** Key of an absolute expression, as precise as the components chrono read from the text. */
function absoluteKey(components: ParsedComponents, resolve: boolean): { key: string; iso: string | null } | null {
  const year = components.isCertain("year") ? components.get("year") : null;
  const month = components.isCertain("month") ? components.get("month") : null;
  const day = components.isCertain("day") ? components.get("day") : null;
  if (month !== null && day !== null) {
    if (year !== null) return { key: isoOf(year, month, day), iso: isoOf(year, month, day) };
    return { key: `--${pad(month)}-${pad(day)}`, iso: resolve ? resolvedIso(components) : null };
  }
  if (month !== null) return { key: year !== null ? `${year}-${pad(month)}` : `--${pad(month)}`, iso: null };
  if (year !== null) return { key: String(year), iso: null };
  if (components.isCertain("weekday")) {
    if (!resolve) return { key: weekdayKey(components), iso: null };
    const iso = resolvedIso(components);
    return { key: iso, iso };
  }
  return null;
}

function keyOf(span: string, components: ParsedComponents, resolve: boolean, wording: Wording): { key: string; iso: string | null } | null {
  const absolute = wording.months.length > 0 || wording.numeric;
  if (!absolute && (wording.toNow || wording.toStory)) return relativeKey(span, components, resolve, wording);
  return absoluteKey(components, resolve);
}

/**
 * Bare numbers chrono reads as hours around a date: "9 to 4 on Monday", "from 9-5 on Monday",
 * "Monday at 5" ("the next week at 5%"). Without a clock marker they are more often a vote, a score
 * or a percentage, so they stay out of the date and are read as numbers.
 */
const UNMARKED_HOURS_BEFORE = /^(?:from\s+)?\d{1,2}(?:\s*(?:-|to|until|till)\s*\d{1,2})?\s+(?:on\s+)?/i;
const UNMARKED_HOURS_AFTER = /\s+(?:at\s+\d{1,2}|\d{1,2}\s*(?:-|to|until|till)\s*\d{1,2})$/i;

/** Where the date in chrono's `result` starts within its text, and its span, with no preposition or unmarked hour. */
function dateSpan(result: ParsedResult): { lead: number; span: string } {
  const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  const span = result.text.slice(lead).replace(TRAILING_SEPARATOR, "");
  if (TIME_MARKER.test(span) || !result.start.isCertain("hour")) return { lead, span };
  const hours = UNMARKED_HOURS_BEFORE.exec(span)?.[0].length ?? 0;
  return { lead: lead + hours, span: span.slice(hours).replace(UNMARKED_HOURS_AFTER, "").replace(TRAILING_SEPARATOR, "") };
}

/** chrono's English parser, taught "midday", which it does not know, as the noon it does. */
const dateParser = chronoEnglish.casual.clone();
dateParser.parsers.push({ pattern: () => /\bmidday\b/i, extract: (context) => context.createParsingComponents({ hour: 12, minute: 0 }) });

/** `result` was read from the piece of `text` that starts at `offset`. */
function toAtom(result: ParsedResult, offset: number, text: string, resolve: boolean): DateAtom | null {
  const { lead, span } = dateSpan(result);
  const start = offset + result.index + lead;
  const wording = readWording(span);
  if (!isRealDate(text, start, span, wording)) return null;
  const time = wording.clock && result.start.isCertain("hour") ? clockTime(result.start) : null;
  const keyed = keyOf(span, result.start, resolve, wording);
  const endKeyed = result.end ? keyOf(span, result.end, resolve, wording) : null;
  if (keyed === null && time === null) return null;
  const endKey = endKeyed !== null && endKeyed.key !== keyed?.key ? endKeyed.key : null;
  return {
    kind: "date",
    start,
    end: start + span.length,
    text: span,
    key: keyed?.key ?? `time:${time}`,
    iso: keyed?.iso ?? null,
    endKey,
    time,
  };
}

function withDay(key: string, day: number): string {
  return `${key.slice(0, -2)}${pad(day)}`;
}

const hasDay = (key: string): boolean => /(?:^\d{4}|^-)-\d{2}-\d{2}$/.test(key);

/**
 * chrono reads only "March 3" in "between March 3 and 5" and only "5 March" in "between 3 and 5
 * March"; this widens such atoms into the range the text states.
 */
function widenBetweenRange(atom: DateAtom, text: string): DateAtom {
  if (!hasDay(atom.key) || atom.endKey !== null) return atom;
  const day = Number(atom.key.slice(-2));
  const after = /^\s+and\s+(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.slice(atom.end));
  if (after?.[1] !== undefined && matchBefore(text, atom.start, /\bbetween\s+$/i)) {
    const endDay = Number(after[1]);
    if (endDay > day && endDay <= 31) {
      const end = atom.end + after[0].length;
      return { ...atom, end, text: text.slice(atom.start, end), endKey: withDay(atom.key, endDay) };
    }
  }
  const before = matchBefore(text, atom.start, /\bbetween\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$/i);
  if (before?.[1] !== undefined) {
    const startDay = Number(before[1]);
    if (startDay < day) {
      const start = atom.start - before[0].length + before[0].indexOf(before[1]);
      return {
        ...atom,
        start,
        text: text.slice(start, atom.end),
        key: withDay(atom.key, startDay),
        iso: atom.iso === null ? null : withDay(atom.iso, startDay),
        endKey: atom.key,
      };
    }
  }
  return atom;
}

/**
 * "in 2024", "since 2020", "mid-2024", "summer 2006", "the 2005 budget", the second year of
 * "between 1997 and 2002": chrono does not read a year on its own. In text order, each once.
 */
function yearsAlone(text: string): DateAtom[] {
  const starts = new Set<number>();
  for (const pattern of [YEAR_AFTER_PREPOSITION, YEAR_BEFORE_NOUN, SECOND_YEAR]) {
    for (const match of text.matchAll(pattern)) starts.add(match.index + match[0].length - (match[2] ?? "").length);
  }
  return [...starts].sort((a, b) => a - b).map((start) => {
    const year = text.slice(start, start + 4);
    return { kind: "date", start, end: start + 4, text: year, key: year, iso: null, endKey: null, time: null };
  });
}

/**
 * Finds the dates, weekdays, relative expressions ("next week") and clock times in `text`
 * (normalised). With `referenceDate` (yyyy-mm-dd) weekdays and relative expressions are resolved
 * into `iso` and keyed by the full date; without it they keep "weekday:..." / "rel:..." keys.
 * Atoms are in text order and never overlap. Throws USAGE for a malformed reference date.
 */
export function extractDates(text: string, referenceDate: string | null): DateAtom[] {
  const reference = referenceDate === null ? null : parseReferenceDate(referenceDate);
  const fromChrono = textPieces(text, CHRONO_PIECE)
    .flatMap((piece) => dateParser.parse(piece.text, reference ?? PLACEHOLDER_INSTANT).map((result) => toAtom(result, piece.offset, text, reference !== null)))
    .filter((atom): atom is DateAtom => atom !== null)
    .map((atom) => widenBetweenRange(atom, text));
  const years = yearsAlone(text).filter((year) => !fromChrono.some((atom) => atom.start < year.end && year.start < atom.end));
  const atoms = [...fromChrono, ...years].sort((a, b) => a.start - b.start);
  return atoms.filter((atom, index) => index === 0 || (atoms[index - 1]?.end ?? 0) <= atom.start);
}

/**
 * chrono reads a text this many characters at a time at most: one of its refiners reads all the
 * text before every date it finds, so a long text read whole took time that grew with its square
 * (2.5 of the 12 s a 1 MB text took).
 */
const CHRONO_PIECE = 4_000;

/** A key taken apart for comparison. */
type KeyShape =
  | { kind: "calendar"; year: number | null; month: number | null; day: number | null }
  | { kind: "weekday"; weekday: number }
  | { kind: "week"; monday: string }
  | { kind: "time" }
  | { kind: "relative"; key: string };

function shapeOf(key: string): KeyShape {
  if (key.startsWith("weekday:")) return { kind: "weekday", weekday: WEEKDAY_NAMES.indexOf(key.slice(8) as (typeof WEEKDAY_NAMES)[number]) };
  if (key.startsWith("week:")) return { kind: "week", monday: key.slice(5) };
  if (key.startsWith("time:")) return { kind: "time" };
  const full = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(key);
  if (full) return { kind: "calendar", year: Number(full[1]), month: full[2] ? Number(full[2]) : null, day: full[3] ? Number(full[3]) : null };
  const partial = /^--(\d{2})(?:-(\d{2}))?$/.exec(key);
  if (partial) return { kind: "calendar", year: null, month: Number(partial[1]), day: partial[2] ? Number(partial[2]) : null };
  return { kind: "relative", key };
}

type Verdict = "same" | "different" | "unknown";

function isoOfShape(shape: KeyShape): string | null {
  if (shape.kind !== "calendar" || shape.year === null || shape.month === null || shape.day === null) return null;
  return isoOf(shape.year, shape.month, shape.day);
}

function compareCalendar(
  a: Extract<KeyShape, { kind: "calendar" }>,
  b: Extract<KeyShape, { kind: "calendar" }>,
): Verdict {
  let shared = 0;
  for (const part of ["year", "month", "day"] as const) {
    const left = a[part];
    const right = b[part];
    if (left === null || right === null) continue;
    if (left !== right) return "different";
    shared += 1;
  }
  return shared > 0 ? "same" : "unknown";
}

function weekdayOfIso(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function compareKeys(keyA: string, keyB: string): Verdict {
  const a = shapeOf(keyA);
  const b = shapeOf(keyB);
  if (a.kind === "relative" || b.kind === "relative") return keyA === keyB ? "same" : "unknown";
  if (a.kind === "time" || b.kind === "time") return "unknown";
  if (a.kind === "calendar" && b.kind === "calendar") return compareCalendar(a, b);
  if (a.kind === b.kind) return keyA === keyB ? "same" : "different";
  const [other, calendar] = a.kind === "calendar" ? [b, a] : [a, b];
  const iso = isoOfShape(calendar);
  if (iso === null) return "unknown";
  if (other.kind === "weekday") return weekdayOfIso(iso) === other.weekday ? "same" : "different";
  if (other.kind === "week") return weekKey(iso) === `week:${other.monday}` ? "same" : "different";
  return "unknown";
}

/** Whether a point falls inside a range by month and day; a range may wrap the year end ("Dec 30-Jan 2"). */
function insideRange(startKey: string, endKey: string, pointKey: string): boolean {
  const start = shapeOf(startKey);
  const end = shapeOf(endKey);
  const point = shapeOf(pointKey);
  if (start.kind !== "calendar" || end.kind !== "calendar" || point.kind !== "calendar") return false;
  const position = (shape: typeof start): number | null =>
    shape.month !== null && shape.day !== null ? shape.month * 100 + shape.day : null;
  const [from, to, at] = [position(start), position(end), position(point)];
  if (from === null || to === null || at === null) return false;
  if (point.year !== null && start.year !== null && end.year !== null && (point.year < start.year || point.year > end.year)) {
    return false;
  }
  return from <= to ? at >= from && at <= to : at >= from || at <= to;
}

function compareRangeWithPoint(range: DateAtom, point: DateAtom): Verdict {
  const endKey = range.endKey ?? range.key;
  const atStart = compareKeys(range.key, point.key);
  const atEnd = compareKeys(endKey, point.key);
  if (atStart === "same" || atEnd === "same") return "same";
  if (insideRange(range.key, endKey, point.key)) return "same";
  return atStart === "different" && atEnd === "different" ? "different" : "unknown";
}

/**
 * Whether two date atoms name the same day (or period): "same" when one is a less precise but
 * consistent form of the other ("--11-01" vs "2024-11-01", "weekday:tuesday" vs a Tuesday),
 * "different" when a component both state differs, "unknown" when they cannot be compared (a clock
 * time against a date, two different relative expressions, a year against a month-and-day).
 */
export function sameDate(a: DateAtom, b: DateAtom): Verdict {
  const aIsTime = a.key.startsWith("time:");
  const bIsTime = b.key.startsWith("time:");
  if (aIsTime || bIsTime) {
    if (!(aIsTime && bIsTime)) return "unknown";
    return a.time === b.time ? "same" : "different";
  }
  let verdict: Verdict;
  if (a.endKey !== null && b.endKey !== null) {
    const starts = compareKeys(a.key, b.key);
    const ends = compareKeys(a.endKey, b.endKey);
    verdict = starts === "different" || ends === "different" ? "different" : starts === "same" && ends === "same" ? "same" : "unknown";
  } else if (a.endKey !== null) {
    verdict = compareRangeWithPoint(a, b);
  } else if (b.endKey !== null) {
    verdict = compareRangeWithPoint(b, a);
  } else {
    verdict = compareKeys(a.key, b.key);
  }
  if (verdict === "same" && a.time !== null && b.time !== null && a.time !== b.time) return "different";
  return verdict;
}
