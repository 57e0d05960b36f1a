/**
 * Metadata read from an article's URL and text: the outlet's host, the dateline's place, and the
 * agencies or outlets the text credits as its source. Cues are only taken from phrasings that
 * credit a source ("(Reuters)", "according to ...", "told ...", "... reported", agency bylines),
 * never from a bare mention, and a name found there must be a known agency or look like an
 * outlet's name, so people and institutions quoted in the story are not mistaken for sources.
 */
import { AGENCIES, type Agency } from "./agencies.js";

/** The URL's host without "www.", lower case; undefined for something that is not a URL. */
export function outletFromUrl(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return host.replace(/^www\d*\./, "") || undefined;
}

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`;
const CAPS_PLACE = "[A-Z][A-Z.'’-]*[A-Z.](?:\\s+[A-Z][A-Z.'’-]*){0,3}";
const TITLE_PLACE = "[A-Z][a-z.'’-]+(?:\\s+[A-Z][a-z.'’-]+){0,2}";
/** ", Puerto Rico" or ", Calif.": not a month, which starts the date instead. */
const REGION = `(?!${MONTH}\\s+\\d)[A-Z][A-Za-z.'’-]*(?:\\s+[A-Z][A-Za-z.'’-]*){0,2}`;
const CREDIT = "\\([^()\\n]{1,40}\\)";
/** A hyphen needs a space after it ("PARIS-based" is not a dateline); long dashes need none. */
const DASH = "(?:\\s*--?\\s+|\\s*[–—]\\s*)";
/**
 * The story's first sentence starts after the dateline; tables and market reports that open
 * with "WHEAT - 2,602,000 bushels" or "STATE: UMUARAMA NIL" do not.
 */
const SENTENCE_START = "(?=[\"“‘']?[A-Z](?:[a-z']|\\s))";

const CAPS_DATELINE = new RegExp(
  `^(${CAPS_PLACE})(?:,\\s*${REGION})?(?:,\\s*${DATE})?\\s*(?:${CREDIT})?(?:${DASH}|:\\s+)${SENTENCE_START}`,
  "u",
);
/** "Washington (CNN) —": a place in ordinary case counts only with the credit in brackets. */
const TITLE_DATELINE = new RegExp(`^(${TITLE_PLACE})(?:,\\s*${REGION})?(?:,\\s*${DATE})?\\s*${CREDIT}${DASH}${SENTENCE_START}`, "u");

/** Capitalised labels that open a story the way a dateline does but are not places. */
const NOT_PLACES = new Set(
  "BREAKING UPDATE UPDATED EXCLUSIVE ANALYSIS OPINION COMMENT EDITORIAL WATCH LIVE CORRECTED CORRECTION REFILE FACTBOX EXPLAINER WRAPUP INSIGHT COLUMN REVIEW NOTE PHOTOS VIDEO".split(
    " ",
  ),
);

/** How many opening paragraphs may come before the dateline (a title line, a byline). */
const DATELINE_SEARCH_LINES = 3;

/** The place of a dateline at the start of the text: "WASHINGTON" from "WASHINGTON (Reuters) - ...". */
export function findDateline(text: string): string | undefined {
  const lines = text
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .slice(0, DATELINE_SEARCH_LINES);
  for (const line of lines) {
    const place = (CAPS_DATELINE.exec(line) ?? TITLE_DATELINE.exec(line))?.[1];
    if (place && !NOT_PLACES.has(place)) return place;
  }
  return undefined;
}

// ---- Source cues -------------------------------------------------------------------------------

/**
 * Last words that make a capitalised name an outlet even without "the": "Sky News", "Harbour
 * Wire". "Agency" alone is not one ("Environment Agency"), only "News Agency" or "Press Agency";
 * nor is "TV", which mostly qualifies a noun ("US TV network", "Internet Protocol TV").
 */
const OUTLET_ENDINGS = new Set("News Press Wire Newswire Newswires Radio Television Broadcasting Network Channel".split(" "));
const AGENCY_ENDING = /\b(?:News|Press) Agency$/;
/** Last words of newspaper names, which English writes with an article: "the Harbour Times". */
const PAPER_ENDINGS = new Set(
  (
    "Times Post Journal Herald Tribune Gazette Telegraph Guardian Observer Chronicle Mail Express Independent " +
    "Standard Star Sun Mirror Examiner Inquirer Globe Bulletin Courier Record Review Dispatch Monitor Register " +
    "Ledger Sentinel Economist Reporter Daily Weekly Magazine"
  ).split(" "),
);
/** Capitalised words that start a sentence or a time phrase; never part of a name before "reported". */
const NOT_NAME_WORDS = new Set(
  (
    "The A An And But Or Yet So Also Meanwhile Separately Earlier Later Then Now However Still Last This That These " +
    "Those It He She They We I You His Her Their Our Its On In At As When While After Before Since Both Local " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tonight Yesterday Tomorrow " +
    "January February March April May June July August September October November December"
  ).split(" "),
);

/** No dots: a name never runs on across a full stop ("told Reuters. Harbour officials said"). */
const WORD = "(?:[A-Z][\\p{L}\\p{N}&'’-]*|dpa)";
/** A capitalised run, with "of" or "&" allowed inside: "Press Trust of India". */
const NAME = `${WORD}(?:\\s+(?:(?:of|&)\\s+)?${WORD}){0,5}`;
const ARTICLE = "(?:[Tt]he|an?)\\s+";
/**
 * Names joined into a list: "Reuters and the Associated Press". Four at most: the bound keeps the
 * scan linear on long comma-separated runs of capitalised words (tables, lists of names).
 */
const NAME_LIST = `(?:${ARTICLE})?${NAME}(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:${ARTICLE})?${NAME}){0,3}`;

/** Phrasings that credit the names that follow them. */
const CREDIT_BEFORE_NAME = new RegExp(
  `\\b(?:according\\s+to|told|(?:spoke|speaking|talking|talked)\\s+(?:to|with)|interview\\s+with|statement\\s+to|citing|(?:cited|quoted|reported)\\s+by|reporting\\s+(?:by|from))\\s+(${NAME_LIST})`,
  "gu",
);
/** Phrasings that credit the names before them. */
const CREDIT_AFTER_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NAME_LIST})\\s+(?:(?:has|had|first|earlier|previously|also|originally)\\s+)?(?:reported|reports|contributed\\s+(?:reporting\\s+)?to\\s+this\\s+(?:report|story|article))\\b`,
  "gu",
);
/** Agencies only: brackets also hold glosses ("IPTV (Internet Protocol TV)"). */
const CREDIT_IN_BRACKETS = new RegExp(`\\((${NAME})\\)`, "gu");
/** "a Reuters tally", "an AFP correspondent". */
const CREDITED_WORK = new RegExp(
  `\\b(${ARTICLE}${NAME})\\s+(?:reporter|correspondent|journalist|photographer|witness|tally|count|calculation|poll|survey|report|investigation|analysis)s?\\b`,
  "gu",
);

const aliasPattern = (agencies: readonly Agency[]) =>
  agencies
    .flatMap((agency) => [...agency.names, ...agency.acronyms])
    .flatMap((alias) => [alias, alias.toUpperCase()])
    .sort((a, b) => b.length - a.length)
    .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
const AGENCY_ALIAS = `(?:${aliasPattern(AGENCIES)})`;
/**
 * "By Jane Doe, Reuters", "By JANE DOE, Associated Press Writer", "By Jane Doe | AFP". The comma,
 * bar or dash is required: "By Michael Bloomberg" is a person's byline.
 */
const AGENCY_BYLINE = new RegExp(
  `^[ \\t]*By\\s+[^\\n]{1,100}?(?:,|\\s\\||\\s[-–—])\\s*(?:[Tt]he\\s+)?(${AGENCY_ALIAS})(?:\\s+(?:[A-Z][a-z]+\\s+)?(?:Writer|Correspondent|Reporter|Editor))?[ \\t]*$`,
  "gmu",
);
/**
 * A closing credit: "— AFP" or " - Reuters" ending a paragraph, or a line holding only the
 * agency. A hyphen or slash needs a space before it ("Thomson-Reuters" is not a credit).
 */
const AGENCY_CREDIT_LINE = new RegExp(`(?:^[ \\t]*|(?:^|\\s)[-/][ \\t]*|[–—][ \\t]*)(${AGENCY_ALIAS})\\.?[ \\t]*$`, "gmu");

const ALIAS_TO_AGENCY = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const name of agency.names) ALIAS_TO_AGENCY.set(name.toLowerCase(), agency.name);
  // Acronyms match in their own case only: "AP" is the agency, "ap" is not.
  for (const acronym of agency.acronyms) ALIAS_TO_AGENCY.set(acronym, agency.name);
}

/**
 * Agencies and outlets the text credits as a source, in order of first mention: known agencies
 * under one name each ("AP" -> "Associated Press"), other outlets as written without a leading
 * "the" ("the Harbour Times reported" -> "Harbour Times").
 */
export function findSourceCues(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  const add = (at: number, name: string | undefined) => {
    if (name) found.push({ at, name });
  };

  for (const match of text.matchAll(CREDIT_BEFORE_NAME)) {
    const listAt = match.index + match[0].length - match[1]!.length;
    for (const name of namesFollowingCredit(match[1]!)) add(listAt, name);
  }
  for (const match of text.matchAll(CREDIT_AFTER_NAME)) {
    for (const name of namesPrecedingCredit(match[1]!)) add(match.index, name);
  }
  for (const match of text.matchAll(CREDIT_IN_BRACKETS)) add(match.index, agencyName(match[1]!));
  for (const match of text.matchAll(CREDITED_WORK)) add(match.index, nameWithArticle(match[1]!));
  for (const match of text.matchAll(AGENCY_BYLINE)) add(match.index, agencyName(match[1]!));
  for (const match of text.matchAll(AGENCY_CREDIT_LINE)) add(match.index, agencyName(match[1]!));

  const seen = new Set<string>();
  const cues: string[] = [];
  for (const { name } of found.sort((a, b) => a.at - b.at)) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    cues.push(name);
  }
  return cues;
}

/** "Reuters and the Associated Press on Monday": each name in the list while they are names. */
function namesFollowingCredit(list: string): string[] {
  const names: string[] = [];
  for (const part of splitList(list)) {
    const name = nameWithArticle(part, "trailing");
    if (!name) break;
    names.push(name);
  }
  return names;
}

/** "Earlier, Reuters and AFP": the names nearest the verb, walking back until one is not a name. */
function namesPrecedingCredit(list: string): string[] {
  const names: string[] = [];
  for (const part of splitList(list).reverse()) {
    const name = nameWithArticle(part, "leading");
    if (!name) break;
    names.unshift(name);
  }
  return names;
}

function splitList(list: string): string[] {
  return list.split(/,\s*(?:and\s+)?|\s+and\s+/);
}

/**
 * The outlet named by a phrase that may open with an article; `trim` drops sentence or time
 * words at that end first ("Meanwhile Harbour News", "Reuters Monday").
 */
function nameWithArticle(phrase: string, trim?: "leading" | "trailing"): string | undefined {
  let nameWords = words(phrase);
  let hasArticle = false;
  if (trim === "leading") {
    const lastStop = findLastIndex(nameWords, (word) => NOT_NAME_WORDS.has(word) || isArticle(word));
    hasArticle = lastStop >= 0 && isArticle(nameWords[lastStop]!);
    nameWords = nameWords.slice(lastStop + 1);
  } else {
    if (nameWords[0] && isArticle(nameWords[0])) {
      hasArticle = true;
      nameWords = nameWords.slice(1);
    }
    if (trim === "trailing") {
      while (nameWords.length > 0 && NOT_NAME_WORDS.has(nameWords.at(-1)!)) nameWords = nameWords.slice(0, -1);
    }
  }
  return outletName(nameWords, hasArticle);
}

/** A known agency's one name, or an outlet-shaped name as written; undefined for anything else (a person). */
function outletName(nameWords: string[], hasArticle: boolean): string | undefined {
  // "France's LCI Television": the outlet is what follows the owner's possessive.
  const owner = findLastIndex(nameWords.slice(0, -1), (word) => /['’]s$/.test(word));
  const cleaned = stripPossessive(nameWords.slice(owner + 1));
  if (cleaned.length === 0) return undefined;
  const agency = agencyName(cleaned.join(" "));
  if (agency) return agency;
  if (cleaned.some((word) => NOT_NAME_WORDS.has(word))) return undefined;
  const last = cleaned.at(-1)!;
  const name = cleaned.join(" ");
  const isOutlet =
    (OUTLET_ENDINGS.has(last) && cleaned.length >= 2) || AGENCY_ENDING.test(name) || (PAPER_ENDINGS.has(last) && hasArticle);
  return isOutlet ? name : undefined;
}

function agencyName(alias: string): string | undefined {
  return ALIAS_TO_AGENCY.get(alias) ?? ALIAS_TO_AGENCY.get(alias.toLowerCase());
}

/** Drops trailing punctuation and a possessive from the last word: "Post's" -> "Post", "Reuters'" -> "Reuters". */
function stripPossessive(nameWords: string[]): string[] {
  const result = [...nameWords];
  const last = result.pop();
  if (last === undefined) return result;
  const bare = last.replace(/[.,;:]+$/, "").replace(/['’]s?$/, "");
  if (bare !== "") result.push(bare);
  return result;
}

function words(phrase: string): string[] {
  return phrase.split(/\s+/).filter((word) => word !== "");
}

function isArticle(word: string): boolean {
  return /^(?:the|an?)$/i.test(word);
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
