/**
 * Named entities (people, organisations, places) with one canonical key per entity per text.
 *
 * Runs of capitalised words find the entities; compromise only types them. compromise alone
 * misses unfamiliar and non-Western names ("Chukwuemeka Obi", "Lu Wenjie") and cuts names with
 * particles short ("Greta von der Aalst" -> "Greta"), so it is not trusted for spans.
 */
import { createRequire } from "node:module";
import { isCommonNoun, nameReferents, nameSameReferent } from "../lexicon/index.js";
import { boundedMemo } from "../memo/index.js";
import { partitionPoint } from "../search/index.js";
import { textPieces } from "./pieces.js";
import { SpanIndex } from "./span-index.js";
import { bracketedCodes } from "./tickers.js";
import { isStateAbbreviationOf } from "./us-states.js";
import type { EntityAtom, EntityType } from "./types.js";

// Required, not imported: compromise's CommonJS build is one bundled file, while its ES module
// entry loads hundreds of source files (about 170 ms more in every process and batch worker).
const nlp = createRequire(import.meta.url)("compromise") as typeof import("compromise").default;

/** Honorifics and offices that precede a name; they mark a person and are left out of the span and key. */
const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
  "father", "sister", "president", "vice", "prime", "minister", "secretary", "chancellor", "premier",
  "governor", "gov", "mayor", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
  "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant",
  "sgt", "admiral", "adm", "commander", "cmdr", "judge", "justice", "chief", "executive", "commissioner",
  "director", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "king",
  "queen", "prince", "princess", "pope", "sheikh", "emir", "ambassador", "speaker", "inspector",
  "detective", "officer", "superintendent", "coach", "bishop", "archbishop", "cardinal", "rabbi", "imam",
  "ayatollah", "deputy", "acting", "former", "ceo", "cfo", "coo", "president-elect", "councillor",
  "councilor", "councilman", "councilwoman", "alderman", "alderwoman",
]);

/** Ministries named after a title and "of": "Secretary of State", "Minister of Health". */
const PORTFOLIOS = new Set([
  "state", "health", "defence", "defense", "finance", "interior", "justice", "education", "foreign",
  "affairs", "trade", "industry", "energy", "agriculture", "transport", "labour", "labor", "home", "war",
]);

/** Words that make a capitalised run an organisation wherever they stand in it. */
const ORGANIZATION_HEADS = new Set([
  "inc", "corp", "corporation", "ltd", "llc", "plc", "co", "company", "group", "holdings", "ministry",
  "university", "college", "council", "agency", "party", "bank", "department", "commission", "committee",
  "authority", "association", "institute", "foundation", "court", "army", "navy", "service", "office",
  "organization", "organisation", "union", "federation", "fund", "board", "bureau", "parliament",
  "congress", "senate", "assembly", "police", "school", "hospital", "church", "club", "society",
  "airlines", "airways", "times", "news", "press", "network", "institution", "alliance", "front",
  "movement", "forces", "command", "guard", "coalition", "trust", "industries", "laboratories", "labs",
  "administration",
]);

/** Abbreviations that keep their full stop inside a name ("Dr. Ana Ruiz", "Acme Inc."). */
const NAME_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "rev", "gen", "col", "lt", "maj", "capt", "sgt", "adm", "cmdr", "sen",
  "rep", "gov", "st", "mt", "ft", "jr", "sr", "inc", "corp", "ltd", "co", "bros", "no",
]);

/** Abbreviations that close a name: what follows them is a new sentence or a new name. */
const NAME_CLOSING_ABBREVIATIONS = new Set(["inc", "corp", "ltd", "co", "jr", "sr", "bros"]);

/** Lower-case particles that may stand inside a name ("University of Lagos", "Mohammed bin Salman"). */
const NAME_PARTICLES = new Set([
  "of", "de", "al", "el", "van", "von", "der", "den", "la", "le", "du", "da", "di", "del", "dos", "das",
  "bin", "ibn", "bint", "y", "&",
]);

/** Particles that may open a name written without its first name ("von der Aalst", "de Souza"). */
const LEADING_PARTICLES = new Set(["de", "van", "von", "der", "den", "al", "el", "bin", "ibn", "du", "da", "di", "del", "dos", "das"]);

/** Lower-case prefixes joined to a capitalised name by a hyphen ("al-Sisi", "el-Baradei"). */
const HYPHEN_PARTICLES = new Set(["al", "el", "ad", "as", "ash", "at", "az", "bin", "ibn", "abu", "d", "l"]);

/** Capitalised words that are dates, not entities; they also break runs ("on Tuesday Alvarez said"). */
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
/** Words before a month name that show it is the month ("in May", "since March"). */
const MONTH_CONTEXT = new Set(["in", "on", "since", "until", "by", "of", "last", "next", "early", "late", "mid", "from", "through", "this", "before", "after", "during", "till"]);

/** Capitalised function words that open sentences but never names. */
const FUNCTION_WORDS = new Set([
  "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "if", "as", "at", "by", "in", "on", "of",
  "to", "from", "with", "without", "into", "onto", "about", "after", "before", "during", "under", "over",
  "since", "until", "while", "when", "where", "why", "how", "what", "which", "who", "whom", "whose", "that",
  "this", "these", "those", "there", "here", "he", "she", "it", "we", "they", "i", "you", "his", "her",
  "its", "our", "their", "my", "your", "some", "many", "most", "all", "both", "each", "every", "no", "not",
  "one", "two", "three", "any", "other", "another", "such", "more", "less", "only", "even", "just", "now",
  "then", "today", "yesterday", "tomorrow", "however", "meanwhile", "also", "still", "although", "though",
  "despite", "among", "between", "against", "because", "unless", "whether", "last", "next", "earlier",
  "later", "instead", "according", "asked", "like", "unlike", "amid", "across", "through", "around",
  "several", "few", "much", "very", "again", "thus", "hence", "indeed", "yes", "oh", "please",
  "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty",
  "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
  "million", "millions", "dozens", "half", "first", "second", "third",
]);

/** Capitalised only where a sentence or a quotation starts, never inside a name (also "It's", "Don't"). */
const NEVER_NAMES = new Set(["i", "he", "she", "it", "we", "they", "you", "what", "that", "this", "there", "these", "those"]);

/** Words left out of an expansion's initials when matching an acronym ("Bank of England" -> "BoE"/"BE"). */
const ACRONYM_SKIPPED_WORDS = new Set(["of", "the", "and", "for", "de", "&", "la", "le", "des", "du", "on", "in"]);

/** compromise tags that show a sentence-initial capitalised word is an ordinary word. */
const COMMON_WORD_TAGS = ["Determiner", "Conjunction", "Preposition", "Pronoun", "Adverb", "QuestionWord", "Verb", "Plural", "Value"];
const PROPER_TAGS = ["ProperNoun", "Person", "Place", "Organization"];

interface WordToken {
  start: number;
  /** End of the word itself: a possessive "'s" or trailing "'" is left out. */
  end: number;
  text: string;
  lower: string;
  capitalised: boolean;
  possessive: boolean;
}

/** Strength of the evidence for a type, so all mentions of one key can take the best-supported type. */
const EVIDENCE = { none: 0, preposition: 1, library: 2, cue: 3 } as const;
type Evidence = (typeof EVIDENCE)[keyof typeof EVIDENCE];

interface Mention {
  tokens: WordToken[];
  start: number;
  end: number;
  type: EntityType;
  evidence: Evidence;
  key: string;
}

interface TypedSpan {
  start: number;
  end: number;
  type: EntityType;
}

interface LibraryView {
  typedSpans: SpanIndex<TypedSpan>;
  tagsAt: Map<number, string[]>;
}

/**
 * Find the people, organisations and places named in a normalised text.
 * Every mention of one entity in the text shares a `key` ("Maria Alvarez", "Ms Alvarez",
 * "Alvarez's" -> "maria alvarez"; "WHO" after "World Health Organization (WHO)" -> its expansion).
 * Spans leave out titles ("President") and possessive "'s".
 */
export function extractEntities(text: string): EntityAtom[] {
  const tokens = tokenize(text);
  const library = readLibrary(text);
  const capitalisedElsewhere = collectMidSentenceCapitalised(text, tokens);
  const headlines = findTitleCaseLines(text, tokens);
  const mentions: Mention[] = [];
  // Runs come in text order, as do the headline lines: one pass over both.
  let headline = 0;
  for (const run of buildRuns(text, tokens)) {
    while (headline < headlines.length && headlines[headline]![1] <= run[0]!.start) headline++;
    const inHeadline = headline < headlines.length && run[0]!.start >= headlines[headline]![0];
    const pieces = inHeadline ? headlinePieces(run, library) : trimAndSplitRun(text, run, library, capitalisedElsewhere);
    for (const piece of pieces) {
      mentions.push(typeMention(text, piece.tokens, piece.titled, library));
    }
  }
  assignKeys(text, mentions, library);
  unifyTypes(mentions);
  const pronouns = givenNamePronouns(mentions, library);
  return mentions.map((m) => {
    const pronoun = pronouns.get(m.key);
    return { kind: "entity", start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.type, key: m.key, ...(pronoun ? { pronoun } : {}) };
  });
}

/**
 * Per key, the pronoun its given name calls for: a person's name whose first word compromise
 * knows as a man's or a woman's name ("Martha Seger" -> "she"), given to every form of the key
 * ("Seger"). A key whose forms disagree gets none.
 */
function givenNamePronouns(mentions: readonly Mention[], library: LibraryView): Map<string, "he" | "she"> {
  const found = new Map<string, Set<"he" | "she">>();
  for (const m of mentions) {
    if (m.type !== "person" && m.type !== "other") continue;
    const tags = library.tagsAt.get(m.tokens[0]!.start) ?? [];
    const pronoun = tags.includes("FemaleName") ? "she" : tags.includes("MaleName") ? "he" : null;
    if (pronoun && m.tokens.length > 1) (found.get(m.key) ?? found.set(m.key, new Set()).get(m.key)!).add(pronoun);
  }
  return new Map([...found].flatMap(([key, said]) => (said.size === 1 ? [[key, [...said][0]!] as const] : [])));
}

/**
 * Whether two entity keys, possibly from two different texts, name the same entity:
 * equal keys, a surname against a full name ("alvarez" / "maria alvarez"), a name's tail
 * ("von der aalst" / "greta von der aalst"), or an acronym against its expansion
 * ("who" / "world health organization"). Names are compared as written in news copy varies:
 * without punctuation, accents, middle initials and company designators ("DVD-CCA" / "DVD CCA",
 * "Jose F. Ruiz" / "José Ruiz", "Tarvik Corp." / "Tarvik"), a company's short name against its
 * legal name ("Tarvik" / "Tarvik Mining Ltd"), with one slip of spelling in a long
 * word ("Laczynski" / "Lacsynski"), and a people or adjective against its country through
 * WordNet ("British" / "UK", "Mexican" / "Mexico").
 */
export function entityKeysMatch(a: string, b: string): boolean {
  const left = normaliseKey(a);
  const right = normaliseKey(b);
  if (left === "" || right === "") return false;
  if (left === right || sameNameShape(left.split(" "), right.split(" ")) || isStateAbbreviationOf(left, right)) return true;
  const leftWords = comparableWordsOf(left);
  const rightWords = comparableWordsOf(right);
  if (leftWords.length === 0 || rightWords.length === 0) return false;
  if (sameNameShape(leftWords, rightWords) || sameNameShape(singular(leftWords), rightWords) || sameNameShape(leftWords, singular(rightWords))) {
    return true;
  }
  if (leftWords.join("") === rightWords.join("")) return true;
  if (sameNameWrittenLonger(leftWords, rightWords) || sameWordsUpToSpelling(leftWords, rightWords)) return true;
  if (companyShortName(left, right, leftWords, rightWords)) return true;
  return nameSameReferent(leftWords.join(" "), rightWords.join(" "));
}

/** Designators that make a name a company's full legal name ("Tarvik Mining Ltd"). */
const LEGAL_DESIGNATORS = new Set(["inc", "corp", "corporation", "co", "ltd", "limited", "plc", "llc", "pty", "ag", "nv", "bv", "gmbh"]);

/**
 * A company's short name: the first words of its full legal name ("Canamax" / "Canamax Resources
 * Inc", "Pacific Trans-Ocean" / "Pacific Trans-Ocean Resources Ltd"), as news copy names a company
 * after its first mention. A short name WordNet knows as a place or a people ("New York" / "New
 * York Life Insurance Co") names that instead.
 */
function companyShortName(leftKey: string, rightKey: string, leftWords: string[], rightWords: string[]): boolean {
  const [shortWords, [longKey, longWords]] =
    leftWords.length <= rightWords.length ? [leftWords, [rightKey, rightWords] as const] : [rightWords, [leftKey, leftWords] as const];
  if (shortWords.length >= longWords.length || !LEGAL_DESIGNATORS.has(longKey.split(" ").pop()!)) return false;
  return shortWords.every((word, i) => longWords[i] === word) && nameReferents(shortWords.join(" ")).size === 0;
}

/** Equal word lists, a surname or tail against the full name, or an acronym against its expansion. */
function sameNameShape(leftWords: string[], rightWords: string[]): boolean {
  const [shortWords, longWords] = leftWords.length <= rightWords.length ? [leftWords, rightWords] : [rightWords, leftWords];
  if (shortWords.join(" ") === longWords.join(" ")) return true;
  if (shortWords.length < longWords.length && isTail(shortWords, longWords)) return true;
  if (shortWords.length === 1 && isAcronymOf(shortWords[0]!, longWords)) return true;
  return false;
}

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();
}

/** Company designators that may follow a name or not ("Tarvik Corp." / "Tarvik"). */
const COMPANY_DESIGNATORS = new Set([
  ...LEGAL_DESIGNATORS, "llp", "lp", "spa", "sa", "&",
  // Generic trade words a company's short name leaves off ("Tarvik Systems Inc." / "Tarvik").
  "systems", "computer", "computers", "technologies", "technology", "networks", "communications", "group",
  "holdings", "international", "industries", "entertainment", "enterprises",
]);
/** Generational suffixes that may follow a person's name or not. */
const GENERATION_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** A key's comparable words, remembered for the last 50k keys: story pages match every pair of names. */
const comparableWordsOf = boundedMemo(comparableWords, 50_000);

/**
 * A key's words as they are compared across texts: accents and apostrophes gone ("Shi'ites" ->
 * "shiites"), hyphens as spaces ("al-Qaeda" -> "al qaeda"), middle initials, a trailing "Jr."
 * and company designators dropped.
 */
function comparableWords(key: string): string[] {
  const words = key
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’`]/g, "")
    .replace(/-/g, " ")
    .split(" ")
    .filter((word) => word !== "");
  while (words.length > 1 && (COMPANY_DESIGNATORS.has(words[words.length - 1]!) || GENERATION_SUFFIXES.has(words[words.length - 1]!))) {
    words.pop();
  }
  return words.filter((word, i) => !(i > 0 && i < words.length - 1 && /^\p{L}$/u.test(word)));
}

/**
 * The same words but for one slip: in a word of five letters or more one letter added, dropped, swapped with
 * its neighbour, or exchanged for a letter of like sound ("Moqtada" / "Muqtada", "Laczynski" /
 * "Lacsynski"). Consonants that change the name ("Clinton" / "Clifton") do not count.
 */
function sameWordsUpToSpelling(leftWords: string[], rightWords: string[]): boolean {
  if (leftWords.length !== rightWords.length) return false;
  const differing = leftWords.flatMap((word, i) => (word === rightWords[i] ? [] : [i]));
  if (differing.length !== 1) return false;
  const at = differing[0]!;
  const [left, right] = [leftWords[at]!, rightWords[at]!];
  return Math.min(left.length, right.length) >= 5 && left[0] === right[0] && withinOneSlip(left, right);
}

/**
 * A name's last word without a final "s" ("Crohns" / "Crohn", a possessive written without its
 * apostrophe; "the Jensens" / "Parker Jensen"; "Gypsies" / "Gypsy"). Short words keep theirs.
 */
function singular(words: string[]): string[] {
  const last = words[words.length - 1] ?? "";
  if (last.length < 4 || !last.endsWith("s") || last.endsWith("ss")) return words;
  const base = last.endsWith("ies") && last.length > 4 ? `${last.slice(0, -3)}y` : last.slice(0, -1);
  return [...words.slice(0, -1), base];
}

/**
 * One name written out more or less fully: the same last word with middle words added ("Helen
 * Sharkey" / "Helen Ann Sharkey") or a short form of the first name ("Tim" / "Timothy").
 */
function sameNameWrittenLonger(leftWords: string[], rightWords: string[]): boolean {
  if (leftWords.length < 2 || rightWords.length < 2) return false;
  const [shortWords, longWords] = leftWords.length <= rightWords.length ? [leftWords, rightWords] : [rightWords, leftWords];
  if (shortWords[shortWords.length - 1] !== longWords[longWords.length - 1]) return false;
  const [shortFirst, longFirst] = [shortWords[0]!, longWords[0]!];
  const firstAgrees = shortFirst === longFirst || (shortFirst.length >= 3 && longFirst.length >= 3 && (longFirst.startsWith(shortFirst) || shortFirst.startsWith(longFirst)));
  return firstAgrees && isSubsequence(shortWords.slice(1, -1), longWords.slice(1, -1));
}

function isSubsequence(shortWords: string[], longWords: string[]): boolean {
  let at = 0;
  for (const word of longWords) if (word === shortWords[at]) at++;
  return at === shortWords.length;
}

const LIKE_SOUNDING = [new Set("aeiouy"), new Set("szckq")];

function withinOneSlip(left: string, right: string): boolean {
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  if (longer.length - shorter.length > 1) return false;
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  if (shorter.length < longer.length) return shorter.slice(i) === longer.slice(i + 1);
  if (shorter.slice(i + 1) === longer.slice(i + 1)) {
    return LIKE_SOUNDING.some((letters) => letters.has(shorter[i]!) && letters.has(longer[i]!));
  }
  return shorter[i] === longer[i + 1] && shorter[i + 1] === longer[i] && shorter.slice(i + 2) === longer.slice(i + 2);
}

/** A shorter name that is the end of a longer one, but not just a particle ("of", "bin"). */
function isTail(shortWords: string[], longWords: string[]): boolean {
  if (shortWords.length === 1 && NAME_PARTICLES.has(shortWords[0] ?? "")) return false;
  const offset = longWords.length - shortWords.length;
  return shortWords.every((word, i) => longWords[offset + i] === word);
}

function isAcronymOf(acronym: string, words: string[]): boolean {
  if (acronym.length < 2 || words.length < 2) return false;
  const letters = acronym.replace(/[^\p{L}]/gu, "");
  return initialsOf(words).includes(letters);
}

/**
 * Tokens that any two keys `entityKeysMatch` accepts have in common, so an index can offer a key
 * the few keys worth comparing instead of all of a long text's. Each of its routes shares one: a
 * word (equal names, tails, singular forms, a name written longer, a slip in one of several
 * words), an acronym's letters and an expansion's initials, the words run together, a one-letter
 * deletion of a single long word (a slip), or a WordNet referent. A route added there needs its
 * token here; EntityKeyIndex's test checks the two agree on generated names.
 */
export function entityKeyTokens(key: string): string[] {
  const normalised = normaliseKey(key);
  if (normalised === "") return [];
  const comparable = comparableWordsOf(normalised);
  const tokens = new Set<string>();
  for (const words of comparable.length > 0 ? [normalised.split(" "), comparable, singular(comparable)] : [normalised.split(" ")]) {
    for (const word of words) tokens.add(`word ${word}`);
    if (words.length === 1) tokens.add(`letters ${words[0]!.replace(/[^\p{L}]/gu, "")}`);
    else for (const initials of initialsOf(words)) tokens.add(`letters ${initials}`);
  }
  if (comparable.length === 0) return [...tokens];
  tokens.add(`joined ${comparable.join("")}`);
  if (comparable.length === 1 && comparable[0]!.length >= 5) {
    for (const variant of oneLetterDeletions(comparable[0]!)) tokens.add(`slip ${variant}`);
  }
  for (const referent of nameReferents(comparable.join(" "))) tokens.add(`referent ${referent}`);
  return [...tokens];
}

/** An expansion's initials as `isAcronymOf` reads them: of every word, and of its content words. */
function initialsOf(words: readonly string[]): string[] {
  return [words.map((w) => w.charAt(0)).join(""), words.filter((w) => !ACRONYM_SKIPPED_WORDS.has(w)).map((w) => w.charAt(0)).join("")];
}

/** The word itself and the word without each one of its letters: two words one slip apart share one. */
function oneLetterDeletions(word: string): string[] {
  return [word, ...Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1))];
}

// ---------------------------------------------------------------------------------------------
// Tokens and runs

const CHUNK = /[\p{L}\p{M}\d'&.-]+/gu;

/** Words with offsets; a possessive is cut off, a full stop kept only on abbreviations and initials. */
function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(CHUNK)) {
    const chunkStart = match.index;
    for (const part of splitChunk(match[0])) tokens.push(makeToken(text, chunkStart + part.offset, part.text));
  }
  // A ticker with its exchange ("<CKGH.HK>") is no acronym of the company before it (as "<XON>"
  // is, see findAcronymDefinitions), so it would stand as a name of its own: it is read as none.
  // Both lists are in order.
  const codes = bracketedCodes(text).filter((code) => text.slice(code.start, code.end).includes("."));
  let next = 0;
  return tokens.filter((t) => {
    while (next < codes.length && codes[next]!.end <= t.start) next++;
    const code = codes[next];
    const inCode = code !== undefined && t.start >= code.start && t.end <= code.end;
    return t.end > t.start && /[\p{L}&]/u.test(t.text) && !inCode;
  });
}

/**
 * Split "Obi-led" into "Obi" + "led" and "ex-Downing" into "ex" + "Downing", but keep "Jean-Pierre"
 * and "al-Sisi" whole; peel stray dots and quotes.
 */
function splitChunk(chunk: string): Array<{ offset: number; text: string }> {
  const parts: Array<{ offset: number; text: string }> = [];
  let offset = 0;
  for (const piece of chunk.split("-")) {
    const previous = parts[parts.length - 1];
    const joinsPrevious =
      previous !== undefined &&
      piece !== "" &&
      previous.offset + previous.text.length === offset - 1 &&
      (/^\p{Lu}/u.test(piece) && /\p{L}$/u.test(previous.text)) &&
      (/^\p{Lu}/u.test(previous.text) || HYPHEN_PARTICLES.has(previous.text.toLowerCase())) &&
      !/\.$/.test(previous.text);
    if (joinsPrevious && previous) previous.text += `-${piece}`;
    else if (piece !== "") parts.push({ offset, text: piece });
    offset += piece.length + 1;
  }
  return parts.flatMap((part) => cleanPart(part.offset, part.text));
}

function cleanPart(offset: number, raw: string): Array<{ offset: number; text: string }> {
  let start = 0;
  let end = raw.length;
  while (start < end && (raw[start] === "'" || raw[start] === ".")) start++;
  while (end > start && raw[end - 1] === ".") end--;
  let word = raw.slice(start, end);
  const bare = word.replace(/'s$|'$/i, "").toLowerCase();
  const keepsStop =
    end < raw.length &&
    !/'s$|'$/i.test(word) &&
    (NAME_ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word));
  if (keepsStop) word += ".";
  return word === "" ? [] : [{ offset: offset + start, text: word }];
}

function makeToken(text: string, start: number, word: string): WordToken {
  const possessiveMatch = /'s$|'$/i.exec(word);
  const possessive = possessiveMatch !== null && word.length > possessiveMatch[0].length;
  const bare = possessive && possessiveMatch ? word.slice(0, word.length - possessiveMatch[0].length) : word;
  const hyphenParticle = /^(\p{Ll}+)-\p{Lu}/u.exec(bare);
  const capitalised =
    /^\p{Lu}/u.test(bare) || (hyphenParticle !== null && HYPHEN_PARTICLES.has(hyphenParticle[1] ?? ""));
  return { start, end: start + bare.length, text: bare, lower: bare.toLowerCase(), capitalised, possessive };
}

function stripStop(lower: string): string {
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

/** Maximal sequences of capitalised words (with particles inside) separated only by spaces. */
function buildRuns(text: string, tokens: WordToken[]): WordToken[][] {
  const runs: WordToken[][] = [];
  let run: WordToken[] = [];
  const close = () => {
    while (run.length > 0 && !run[run.length - 1]!.capitalised) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const previous = run[run.length - 1];
    const joined = previous !== undefined && ((onlySpacesBetween(text, previous, token) && !endsRun(run)) || ownsCompany(text, run, token));
    if (!joined) close();
    if (isNameWord(text, tokens, i)) {
      run.push(token);
    } else if ((run.length > 0 || LEADING_PARTICLES.has(token.lower)) && isParticle(tokens, i) && nextIsNameWord(text, tokens, i)) {
      run.push(token);
    } else if (joined && joinsOrganizationName(text, tokens, i, run)) {
      run.push(token);
    } else {
      close();
    }
  });
  close();
  return runs;
}

/** "Foster's Group", "Macy's Inc": the possessive a company is named with, then its designator. */
function ownsCompany(text: string, run: WordToken[], token: WordToken): boolean {
  const last = run[run.length - 1]!;
  if (!last.possessive || !/^['’]s? +$/u.test(text.slice(last.end, token.start))) return false;
  if (LEGAL_DESIGNATORS.has(stripStop(token.lower))) return true;
  // Not "Japan's Group of Seven partners".
  return token.lower === "group" && !/^ +of\b/u.test(text.slice(token.end));
}

function onlySpacesBetween(text: string, left: WordToken, right: WordToken): boolean {
  const gap = text.slice(left.end, right.start);
  return /^ +$/.test(gap);
}

/** Whether the run's last word closes it: a possessive, "Inc.", or dotted initials ("U.S.") unless a title precedes them ("Rep. G.K. Tamsin"). */
function endsRun(run: WordToken[]): boolean {
  const token = run[run.length - 1]!;
  if (token.possessive) return true;
  const lower = stripStop(token.lower);
  if (token.text.endsWith(".") && NAME_CLOSING_ABBREVIATIONS.has(lower)) return true;
  const beforeInitials = run[run.length - 2];
  return /^(?:\p{L}\.){2,}$/u.test(token.text) && !(beforeInitials && isTitle(beforeInitials));
}

/**
 * "for" or "and" inside an organisation's name: "for" after its head word ("Organisation for
 * Economic Cooperation", "Bank for International Settlements"); "and" after a common noun, in the
 * complement of such a name ("Department of Trade and Industry", "... Cooperation and
 * Development") or, as its one word, before words that end on a head word ("Securities and
 * Exchange Commission"); and before a company's designator (joinsCompanyName). "Mistral Fluid
 * Systems and Mistral Bank" names two.
 */
function joinsOrganizationName(text: string, tokens: WordToken[], i: number, run: WordToken[]): boolean {
  const word = tokens[i]!.lower;
  const last = run[run.length - 1];
  if ((word !== "for" && word !== "and") || !last?.capitalised || !nextIsNameWord(text, tokens, i)) return false;
  if (word === "for") return isOrganizationHead(last);
  if (joinsCompanyName(text, tokens, i, run)) return true;
  if (!isCommonNoun(stripStop(last.lower))) return false;
  const head = run.findIndex(isOrganizationHead);
  const inComplement = head >= 0 && head < run.length - 1 && ["of", "for"].includes(run[head + 1]!.lower);
  return inComplement || (run.length === 1 && isOrganizationHead(nameWordsAfter(text, tokens, i).at(-1)));
}

/**
 * "and" inside a company's legal name: the words after it end on a designator ("Merck and Co Inc",
 * "American Telephone and Telegraph Co"). Not after a name that has its own head ("Exxon Corp and
 * Mobil Corp") or names a place ("Britain and Allied Irish Banks Plc").
 */
function joinsCompanyName(text: string, tokens: WordToken[], i: number, run: WordToken[]): boolean {
  const after = nameWordsAfter(text, tokens, i).at(-1);
  if (!after || !LEGAL_DESIGNATORS.has(stripStop(after.lower)) || run.some(isOrganizationHead)) return false;
  return nameReferents(run.map((token) => token.lower).join(" ")).size === 0;
}

function isOrganizationHead(token: WordToken | undefined): boolean {
  return token !== undefined && ORGANIZATION_HEADS.has(stripStop(token.lower));
}

/** The name words that follow token `i` with only spaces between ("Exchange Commission" after "and"). */
function nameWordsAfter(text: string, tokens: WordToken[], i: number): WordToken[] {
  const words: WordToken[] = [];
  for (let at = i + 1; at < tokens.length && onlySpacesBetween(text, tokens[at - 1]!, tokens[at]!) && isNameWord(text, tokens, at); at++) {
    words.push(tokens[at]!);
  }
  return words;
}

function isParticle(tokens: WordToken[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (NAME_PARTICLES.has(token.lower)) return true;
  // "of the" inside a name: "Bank of the Philippine Islands".
  return token.lower === "the" && tokens[i - 1]?.lower === "of";
}

function nextIsNameWord(text: string, tokens: WordToken[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next || !onlySpacesBetween(text, token, next)) return false;
  return isNameWord(text, tokens, i + 1) || (isParticle(tokens, i + 1) && nextIsNameWord(text, tokens, i + 1));
}

function isNameWord(text: string, tokens: WordToken[], i: number): boolean {
  const token = tokens[i];
  if (!token || !token.capitalised) return false;
  if (NEVER_NAMES.has(token.lower) || /n't$|'(?:re|ve|ll|d|m)$/i.test(token.text)) return false;
  if (WEEKDAYS.has(token.lower)) return false;
  const lower = stripStop(token.lower);
  if (MONTHS.has(lower)) return !looksLikeMonth(text, tokens, i);
  return true;
}

/** "May 5", "in May", a lone "May": the month. "Olga May": a name. */
function looksLikeMonth(text: string, tokens: WordToken[], i: number): boolean {
  const before = tokens[i - 1];
  const token = tokens[i]!;
  const after = text.slice(token.end, token.end + 6);
  if (/^\.? ?\d/.test(after)) return true;
  if (before && MONTH_CONTEXT.has(before.lower)) return true;
  const previousIsName = before !== undefined && before.capitalised && onlySpacesBetween(text, before, token);
  return !previousIsName;
}

// ---------------------------------------------------------------------------------------------
// Sentence starts, titles and splitting

function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  let sawOpeningQuote = false;
  let sawDash = false;
  while (i >= 0 && /[ "'(\[-]/.test(text[i] ?? "")) {
    // A single quote counts as an opening mark only where a word cannot end ("question, 'What").
    if (text[i] === '"' || (text[i] === "'" && /[\s(]/.test(text[i - 1] ?? " "))) sawOpeningQuote = true;
    if (text[i] === "-") sawDash = true;
    i--;
  }
  if (i < 0 || sawOpeningQuote) return true;
  return /[.!?:\n]/.test(text[i] ?? "") || (sawDash && closesDateline(text, i + 1));
}

/**
 * A wire dateline opening a line and ending where its dash starts: "PORT ELLIS, Calder (Coastline
 * Wire) -", "LONDON (Reuters) --", "WASHINGTON, D.C., Jan. 5 (AP) -" (normalised text writes every dash "-").
 */
const DATELINE = /(?:^|\n)[ \t]*\p{Lu}{2,}[\p{Lu} .'-]*(?:,\s*\p{Lu}[^,\n]{0,30}){0,2}(?:\s*\([^()\n]{1,40}\))?\s*$/u;

/** Whether the text before `end` (a dash) is a dateline; read from at most 120 characters back. */
function closesDateline(text: string, end: number): boolean {
  const from = Math.max(0, end - 120);
  const match = DATELINE.exec(text.slice(from, end));
  // A match at the cut may have begun mid-line.
  return match !== null && (from === 0 || match[0].startsWith("\n") || text[from - 1] === "\n");
}

/** Lower-cased words written capitalised somewhere mid-sentence: evidence that a sentence opener is a name. */
function collectMidSentenceCapitalised(text: string, tokens: WordToken[]): Set<string> {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.capitalised && !isSentenceInitial(text, token.start)) seen.add(token.lower);
  }
  return seen;
}

/**
 * Lines written in title case ("Voters Worried About Ortiz Health"): every word is capitalised,
 * so capital letters say nothing there.
 */
function findTitleCaseLines(text: string, tokens: WordToken[]): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let lineStart = 0;
  let next = 0;
  for (const line of text.split("\n")) {
    const lineEnd = lineStart + line.length;
    // Tokens are in text order, so each line's are a run of them: one pass over the tokens.
    while (next < tokens.length && tokens[next]!.start < lineStart) next++;
    const inLine: WordToken[] = [];
    while (next < tokens.length && tokens[next]!.end <= lineEnd) inLine.push(tokens[next++]!);
    const longWords = inLine.filter((t) => t.text.length >= 4);
    const capitalisedShare = longWords.filter((t) => t.capitalised).length / Math.max(1, longWords.length);
    const capitalisedFunctionWord = inLine.some(
      (t, i) => i > 0 && t.capitalised && FUNCTION_WORDS.has(t.lower) && !isSentenceInitial(text, t.start),
    );
    if (longWords.length >= 2 && capitalisedShare >= 0.7 && (capitalisedFunctionWord || capitalisedShare === 1) && !endsSentence(line)) {
      lines.push([lineStart, lineEnd]);
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}

/**
 * A line that ends on a full stop, a question or an exclamation mark is a sentence, not a
 * headline, however many capitalised words it has ("He joined the Third Carrow Regiment.").
 */
function endsSentence(line: string): boolean {
  return /[.!?]["'”’)]*\s*$/u.test(line);
}

/** In a title-case line only the names compromise knows are kept, without their titles. */
function headlinePieces(run: WordToken[], library: LibraryView): RunPiece[] {
  const pieces: RunPiece[] = [];
  for (const typed of library.typedSpans.near(run[0]!.start, run[run.length - 1]!.end)) {
    const inside = run.filter((t) => t.start >= typed.start && t.end <= typed.end);
    let first = 0;
    while (first < inside.length && isTitle(inside[first]!)) first++;
    const tokens = dropLeadingParticles(inside.slice(first));
    if (tokens.length > 0 && !pieces.some((p) => p.tokens[0] === tokens[0])) pieces.push({ tokens, titled: first > 0 });
  }
  return pieces.sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start);
}

function isTitle(token: WordToken): boolean {
  return isTitleWord(token.lower);
}

/**
 * A person, or a name of two or more capitalised words no type was found for, which is most often
 * a person's name the library does not know ("Priya Venkataraman", "Callum Dray"), or the last
 * word of such a name standing for it ("Dray", keyed to "callum dray"). Not a prize or a contest
 * ("Grammy Awards", "Scottish Cup").
 */
export function mayBePerson(entity: EntityAtom): boolean {
  if (entity.type === "person") return true;
  if (entity.type !== "other" || namesEvent(entity.text)) return false;
  return /^\p{Lu}\S* +\p{Lu}/u.test(entity.text) || (entity.key.includes(" ") && entity.key.endsWith(` ${entity.text.toLowerCase()}`));
}

/** Last words of the names of prizes, contests and festivals, which no person's name ends in. */
const EVENT_HEADS = new Set([
  "award", "awards", "prize", "prizes", "cup", "trophy", "championship", "championships", "games", "olympics",
  "festival", "nations", "league", "tournament", "series", "open",
]);

/** "Grammy Awards", "Six Nations", "Scottish Cup": a prize or a contest, not a person. */
export function namesEvent(name: string): boolean {
  return EVENT_HEADS.has(name.toLowerCase().split(/\s+/u).pop() ?? "");
}

/** An honorific or office written before a name ("Mr.", "Sen", "President"), in any case. */
export function isTitleWord(word: string): boolean {
  return TITLES.has(stripStop(word.toLowerCase()));
}

interface RunPiece {
  tokens: WordToken[];
  titled: boolean;
}

/**
 * Drop a sentence-opening common word, cut titles out, and split a run where a title stands
 * between two names ("Acme Corp Chief Executive Tom Banks" -> "Acme Corp" + "Tom Banks").
 */
function trimAndSplitRun(
  text: string,
  run: WordToken[],
  library: LibraryView,
  capitalisedElsewhere: Set<string>,
): RunPiece[] {
  let tokens = run;
  const first = tokens[0];
  if (first && isSentenceInitial(text, first.start) && isCommonOpener(text, tokens, library, capitalisedElsewhere)) {
    tokens = dropLeadingParticles(tokens.slice(1));
  }
  const pieces: RunPiece[] = [];
  let current: WordToken[] = [];
  let titled = false;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!isTitle(token) || insideLibraryName(token, run[0]!.start, library)) {
      current.push(token);
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && isTitle(tokens[j]!)) j++;
    const rest = tokens.slice(j);
    // "Justice Department", "Office of the President": the title is part of an organisation's name.
    // Not "Professor Martin Oyelaran of Kestrel College", where the organisation follows "of".
    if (isOrganizationRun(beforeOf(rest)) || (rest.length === 0 && isOrganizationRun(current))) {
      current.push(...tokens.slice(i, j));
      i = j;
      continue;
    }
    if (current.length > 0 && keepsBeforeTitle(current, library)) pieces.push({ tokens: current, titled });
    current = [];
    titled = rest.length > 0 && rest[0]!.capitalised;
    // "Minister of Health Maria Alvarez", "Governor of Lagos State": skip "of" and a portfolio word.
    if (!titled) {
      const office = skipOffice(tokens, j);
      titled = office.skippedPortfolio && office.next < tokens.length;
      j = office.next;
    }
    i = j;
  }
  if (current.length > 0) pieces.push({ tokens: dropLeadingParticles(current), titled });
  return pieces
    .flatMap((p) => splitPersonOfPlace(p, library))
    .filter((p) => p.tokens.some((t) => t.capitalised) && !p.tokens.every(isNeverAlone));
}

/** Words that never name anything on their own; "Today" and "First" may (a programme, a bus company). */
const NEVER_ALONE = new Set([...NEVER_NAMES, "the", "a", "an"]);

/**
 * An article or pronoun written as a word, not as an acronym ("WHO"): alone it is no name, only a
 * sentence whose full stop was lost ("in the here and now The price").
 */
function isNeverAlone(token: WordToken): boolean {
  return NEVER_ALONE.has(token.lower) && /\p{Ll}/u.test(token.text);
}

/** The words before the first "of", or all of them when "of" comes first ("of the President"). */
function beforeOf(tokens: WordToken[]): WordToken[] {
  const of = tokens.findIndex((token) => token.lower === "of");
  return of > 0 ? tokens.slice(0, of) : tokens;
}

/** Past "of (the) Health" after a title; what follows names a person only if a portfolio was skipped. */
function skipOffice(tokens: WordToken[], from: number): { next: number; skippedPortfolio: boolean } {
  let next = from;
  while (next < tokens.length && !tokens[next]!.capitalised) next++;
  const afterParticles = next;
  while (next < tokens.length && PORTFOLIOS.has(tokens[next]!.lower)) next++;
  return { next, skippedPortfolio: next > afterParticles };
}

/**
 * A title-like word inside a name compromise knows ("General Motors") is no title. The name must
 * start inside the run: compromise reads past a quotation's end ("economist.\" Dr Greenspan" as
 * a place ending in "Dr", a drive).
 */
function insideLibraryName(token: WordToken, runStart: number, library: LibraryView): boolean {
  return library.typedSpans.near(token.start, token.end).some(
    (s) => s.type !== "person" && s.start >= runStart && s.start <= token.start && s.end >= token.end && s.end - s.start > token.end - token.start,
  );
}

/** After a dropped opener or title, "of Lagos" -> "Lagos"; "von der Aalst" keeps its particles. */
function dropLeadingParticles(tokens: WordToken[]): WordToken[] {
  let i = 0;
  while (i < tokens.length && !tokens[i]!.capitalised && !LEADING_PARTICLES.has(tokens[i]!.lower)) i++;
  return tokens.slice(i);
}

function isLibraryPerson(tokens: WordToken[], library: LibraryView): boolean {
  const first = tokens[0]!;
  return library.typedSpans.near(first.start, first.end).some((s) => s.type === "person" && s.start <= first.start && s.end >= first.end);
}

/** compromise's person ends where the words before "of" end. */
function isLibraryPersonEnd(tokens: WordToken[], library: LibraryView): boolean {
  const last = tokens[tokens.length - 1]!;
  return library.typedSpans
    .near(last.start, last.end)
    .some((s) => s.type === "person" && s.start <= last.start && s.end >= last.end && s.end <= last.end + 1);
}

/** An acronym or a name compromise types as an organisation or place ("Tarvik Bank", "Tarvik"). */
function isKnownName(tokens: WordToken[], library: LibraryView): boolean {
  if (tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text))) return true;
  const first = tokens[0];
  return (
    first !== undefined &&
    library.typedSpans.near(first.start, first.end).some((s) => s.type !== "person" && s.start <= first.start && s.end >= first.end)
  );
}

/** "Maria Alvarez of Tarvik": a known person's name before "of" is a person from a place. */
function splitPersonOfPlace(piece: RunPiece, library: LibraryView): RunPiece[] {
  const ofIndex = piece.tokens.findIndex((t) => t.lower === "of");
  if (ofIndex <= 0) return [piece];
  const before = piece.tokens.slice(0, ofIndex);
  const after = dropLeadingParticles(piece.tokens.slice(ofIndex + 1));
  if (!piece.titled && !(isLibraryPerson(before, library) && (isLibraryPersonEnd(before, library) || isKnownName(after, library)))) {
    return [piece];
  }
  if (isOrganizationRun(before)) return [piece];
  const rest = after.length > 0 ? splitPersonOfPlace({ tokens: after, titled: false }, library) : [];
  return [{ tokens: before, titled: piece.titled }, ...rest];
}

/** In "Health Minister Maria Alvarez" the words before the title are its portfolio, not a name. */
function keepsBeforeTitle(tokens: WordToken[], library: LibraryView): boolean {
  if (isOrganizationRun(tokens)) return true;
  if (tokens.some((t) => /^\p{Lu}{2,}$|^(?:\p{Lu}\.){2,}$/u.test(t.text))) return true;
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return library.typedSpans.near(start, end).some((s) => s.start < end && s.end > start && s.type !== "person");
}

function isCommonOpener(text: string, run: WordToken[], library: LibraryView, capitalisedElsewhere: Set<string>): boolean {
  const first = run[0]!;
  if (FUNCTION_WORDS.has(first.lower)) return true;
  if (/^\p{Lu}{2,}$/u.test(first.text) || isTitle(first)) return false;
  if (capitalisedElsewhere.has(first.lower)) return false;
  // compromise misses some places at a sentence's start ("Britain said ..."); WordNet knows them
  // as proper names only.
  if (namesPlaceOnly(stripStop(first.lower))) return false;
  const tags = library.tagsAt.get(first.start) ?? [];
  if (tags.some((t) => PROPER_TAGS.includes(t)) && !tags.some((t) => COMMON_WORD_TAGS.includes(t))) return false;
  // "Reinholt, the party's leader, conceded": a lone noun that a role describes is a surname.
  if (run.length === 1 && isPlainSingularNoun(tags) && describedByRole(text, first, library)) return false;
  // An unknown word leading another capitalised word is most likely a first name ("Chukwuemeka Obi").
  const followedByName = run.length > 1 && run[1]!.capitalised;
  return !(followedByName && !tags.some((t) => COMMON_WORD_TAGS.includes(t)));
}

/** A word WordNet has as a proper name it knows the referent of, and never as a common noun ("britain", not "turkey"). */
function namesPlaceOnly(word: string): boolean {
  return nameReferents(word).size > 0 && !isCommonNoun(word);
}

/** Tags of a singular noun and nothing else: not a date ("Today"), a mass noun ("Tonight") or a verb form. */
function isPlainSingularNoun(tags: readonly string[]): boolean {
  return tags.includes("Singular") && tags.every((tag) => tag === "Noun" || tag === "Singular");
}

/** Words that end an apposition's first noun phrase ("the leader of the party", "a lawyer and a friend"). */
const APPOSITION_PHRASE_ENDS = new Set(["of", "for", "at", "in", "on", "from", "with", "and", "or", "who", "since", "to"]);
/** An apposition longer than this is taken for a clause, not a description. */
const APPOSITION_MAX_CHARS = 100;

/**
 * The token is followed by a comma-enclosed apposition whose head names a role: an office
 * ("Mistral's chief executive") or one person doing something (compromise's singular Actor: "the
 * party leader", "a lawyer for the family"). Such a description is given to a person or a named body.
 */
function describedByRole(text: string, token: WordToken, library: LibraryView): boolean {
  const opening = /^, +/.exec(text.slice(token.end, token.end + 4));
  if (!opening) return false;
  const start = token.end + opening[0].length;
  const close = text.indexOf(",", start);
  if (close < 0 || close - start > APPOSITION_MAX_CHARS || /[.!?;:"\n]/.test(text.slice(start, close))) return false;
  const words = [...text.slice(start, close).matchAll(/[\p{L}'’-]+/gu)];
  const phraseEnd = words.findIndex((word) => APPOSITION_PHRASE_ENDS.has(word[0].toLowerCase()));
  const head = words[(phraseEnd < 0 ? words.length : phraseEnd) - 1];
  if (!head) return false;
  const tags = library.tagsAt.get(start + head.index) ?? [];
  return isTitleWord(head[0]) || (tags.includes("Actor") && !tags.includes("Plural"));
}

// ---------------------------------------------------------------------------------------------
// Types

function isOrganizationRun(tokens: WordToken[]): boolean {
  return tokens.some(isOrganizationHead);
}

function typeMention(text: string, tokens: WordToken[], titled: boolean, library: LibraryView): Mention {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const base = { tokens, start, end, key: "" };
  if (isOrganizationRun(tokens)) return { ...base, type: "organization", evidence: EVIDENCE.cue };
  if (titled) return { ...base, type: "person", evidence: EVIDENCE.cue };
  const libraryType = overlappingType(library.typedSpans.near(start, end), start, end);
  if (libraryType) return { ...base, type: libraryType, evidence: EVIDENCE.library };
  const before = /(\p{L}+) +$/u.exec(text.slice(Math.max(0, start - 12), start));
  if (before && ["in", "at", "from"].includes((before[1] ?? "").toLowerCase())) {
    return { ...base, type: "place", evidence: EVIDENCE.preposition };
  }
  return { ...base, type: "other", evidence: EVIDENCE.none };
}

function overlappingType(spans: TypedSpan[], start: number, end: number): EntityType | null {
  let best: EntityType | null = null;
  let bestOverlap = 0;
  for (const span of spans) {
    const overlap = Math.min(end, span.end) - Math.max(start, span.start);
    if (overlap > bestOverlap) {
      best = span.type;
      bestOverlap = overlap;
    }
  }
  return best;
}

interface LibraryTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface LibraryMatch {
  terms: LibraryTerm[];
}

/**
 * compromise reads a long text this many characters at a time at most (cut at line breaks, which
 * end its sentences anyway): on a sentence with no end its matching takes time that grows with
 * the square of the sentence's length.
 */
const LIBRARY_PIECE = 20_000;

type LibraryDoc = ReturnType<typeof nlp>;

/** What compromise says: typed spans (from its terms, so trailing punctuation is left out) and tags by offset. */
function readLibrary(text: string): LibraryView {
  const docs = textPieces(text, LIBRARY_PIECE).map((piece) => ({ offset: piece.offset, doc: nlp(piece.text) }));
  const typedSpans: TypedSpan[] = [];
  // As plain views: the typed views' own json() works out the offsets of the whole text again for
  // every match, which made a long text's analysis grow with its square.
  const groups: Array<[EntityType, (doc: LibraryDoc) => { json(options: object): unknown }]> = [
    ["person", (doc) => doc.people().toView(null)],
    ["organization", (doc) => doc.organizations().toView(null)],
    ["place", (doc) => doc.places().toView(null)],
  ];
  for (const [type, find] of groups) {
    for (const { offset, doc } of docs) {
      for (const match of find(doc).json({ offset: true }) as LibraryMatch[]) {
        const first = match.terms[0];
        const last = match.terms[match.terms.length - 1];
        if (!first || !last) continue;
        // compromise calls "Alvarez's office" an organisation; the possessive's owner is not one.
        if (match.terms.slice(0, -1).some((term) => /'s?$/i.test(term.text))) continue;
        typedSpans.push({ start: offset + first.offset.start, end: offset + last.offset.start + last.offset.length, type });
      }
    }
  }
  const tagsAt = new Map<number, string[]>();
  for (const { offset, doc } of docs) {
    for (const sentence of doc.json({ offset: true }) as LibraryMatch[]) {
      for (const term of sentence.terms) tagsAt.set(offset + term.offset.start, term.tags);
    }
  }
  return { typedSpans: new SpanIndex(typedSpans), tagsAt };
}

// ---------------------------------------------------------------------------------------------
// Keys

function ownKey(mention: Mention): string {
  return normaliseKey(mention.tokens.map((t) => t.text).join(" "));
}

function isAcronymMention(mention: Mention): boolean {
  return mention.tokens.length === 1 && /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})$/u.test(mention.tokens[0]!.text);
}

/** Give every mention its canonical key: acronyms take their expansion, short names their full name. */
function assignKeys(text: string, mentions: Mention[], library: LibraryView): void {
  for (const m of mentions) m.key = ownKey(m);
  const acronymExpansions = findAcronymDefinitions(text, mentions);
  const namesByInitials = new NamesByInitials(mentions);
  for (const m of mentions) {
    if (!isAcronymMention(m)) continue;
    const expansion = acronymExpansions.get(m.key) ?? namesByInitials.first(m.key);
    if (expansion) {
      m.key = expansion.key;
      if (m.evidence <= expansion.evidence) {
        m.type = expansion.type;
        m.evidence = expansion.evidence;
      }
    }
  }
  const fullNames = new FullNames(mentions);
  mentions.forEach((m, index) => {
    if (isAcronymMention(m) || m.type === "organization" || m.type === "place") return;
    const full = fullNames.nearest(index, isPersonalName(m, library));
    if (full) {
      const shortKey = m.key;
      m.key = full.key;
      fullNames.grew(index, shortKey);
    }
  });
  keyOrganisationShortForms(mentions);
}

/**
 * A one-word mention that opens exactly one organisation's longer name stands for it ("Mistral"
 * after "Mistral Fluid Systems"), as a company is named short after its first mention: only when
 * the text names it in full before it first writes the short form. A word
 * known as a place keeps its own key ("Washington" beside "Washington Post", "BRELLINGTON -"
 * beside "Brellington Taxpayers Alliance"): WordNet's places and peoples, and words the text or
 * the library types as a place on more than a preposition's evidence.
 */
function keyOrganisationShortForms(mentions: Mention[]): void {
  const byFirstWord = new Map<string, Map<string, number>>();
  const ownKeys = new Set<string>();
  const firstShortForm = new Map<string, number>();
  for (const m of mentions) {
    const words = m.key.split(" ");
    const start = m.tokens[0]!.start;
    if (m.type === "person" || (m.type === "place" && m.evidence >= EVIDENCE.library)) ownKeys.add(m.key);
    if (m.tokens.length === 1 && !firstShortForm.has(m.key)) firstShortForm.set(m.key, start);
    if (m.type !== "organization" || words.length < 2) continue;
    const names = byFirstWord.get(words[0]!) ?? byFirstWord.set(words[0]!, new Map()).get(words[0]!)!;
    if (!names.has(m.key)) names.set(m.key, start);
  }
  for (const m of mentions) {
    if (m.tokens.length !== 1 || ownKeys.has(m.key) || isAcronymMention(m)) continue;
    const names = byFirstWord.get(m.key);
    if (names?.size !== 1 || nameReferents(m.key).size > 0) continue;
    const [longKey, longStart] = [...names][0]!;
    // Written short before the long name appears, the word is a name of its own ("Nintendo", then "Nintendo Europe").
    if (longStart < firstShortForm.get(m.key)!) m.key = longKey;
  }
}

/**
 * The first name of two words or more, in text order, whose initials an acronym spells: all its
 * words' ("BOE" for "Bank of England") or those left after ACRONYM_SKIPPED_WORDS ("BE"), as
 * `isAcronymOf` reads them. Reading every name for each distinct acronym grew with their product
 * in long texts; the names are filed once under both initials. Only one-word keys change while
 * acronyms take their expansions, so the names filed keep their keys.
 */
class NamesByInitials {
  private readonly firstByInitials = new Map<string, Mention>();

  constructor(mentions: readonly Mention[]) {
    for (const mention of mentions) {
      if (mention.tokens.length < 2) continue;
      const words = mention.key.split(" ");
      if (words.length < 2) continue;
      for (const initials of initialsOf(words)) if (!this.firstByInitials.has(initials)) this.firstByInitials.set(initials, mention);
    }
  }

  /** The name `acronym` (a key) stands for, if any; `isAcronymOf` still has the last word. */
  first(acronym: string): Mention | undefined {
    const name = this.firstByInitials.get(acronym.replace(/[^\p{L}]/gu, ""));
    return name && isAcronymOf(acronym, name.key.split(" ")) ? name : undefined;
  }
}

/**
 * "World Health Organization (WHO)": the acronym right after a name, in brackets, stands for it.
 * So does a stock ticker in wire copy's angle brackets ("Exxon Corp <XON>").
 */
function findAcronymDefinitions(text: string, mentions: Mention[]): Map<string, Mention> {
  const definitions = new Map<string, Mention>();
  const closing: Record<string, string> = { "(": ")", "<": ">" };
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    if (!previous || !isAcronymMention(m) || previous.tokens.length < 2) return;
    const opening = /^ ?([(<])$/.exec(text.slice(previous.end, m.start))?.[1];
    if (!opening || text[m.end] !== closing[opening]) return;
    if (!definitions.has(m.key)) definitions.set(m.key, previous);
  });
  return definitions;
}

/**
 * The longer name a short mention stands for ("Alvarez" -> "Maria Alvarez", "Lu" -> "Lu Wenjie"):
 * a name ending in the mention's words (the nearest earlier such name, else the nearest later
 * one), else the nearest earlier name starting with its single word, or the nearest later one
 * when the word is a given name (`isPersonalName`). A short mention already given its full
 * name counts as that name for the mentions after it.
 *
 * Names are filed under each ending of their words ("lee", "ann lee") and their first word, so a
 * mention reads only the names that can match it instead of every mention in the text. Endings
 * longer than LONGEST_SHORT_FORM words are not filed: a run of capitals thousands of words long
 * would otherwise file millions of them.
 */
class FullNames {
  /** Mention indices in text order, by each ending of their key shorter than the key. */
  private readonly byEnding = new Map<string, number[]>();
  /** Mention indices in text order, by the first word of a key of two words or more. */
  private readonly byFirstWord = new Map<string, number[]>();

  constructor(private readonly mentions: Mention[]) {
    mentions.forEach((mention, index) => {
      if (mention.type === "organization" || mention.type === "place") return;
      this.fileEndings(index, Infinity);
      this.fileFirstWord(index);
    });
  }

  nearest(index: number, personal: boolean): Mention | null {
    const words = this.mentions[index]!.key.split(" ");
    if (words.length > LONGEST_SHORT_FORM || (words.length === 1 && NAME_PARTICLES.has(words[0]!))) return null;
    const byEnding = this.byEnding.get(words.join(" ")) ?? [];
    if (byEnding.length > 0) {
      const earlier = countBelow(byEnding, index);
      return this.mentions[earlier > 0 ? byEnding[earlier - 1]! : byEnding[0]!]!;
    }
    // A first word stands for a later name only when it is a person's: "My name is Mike" before
    // the "Mike Johnson" who signs, but not "Yahoo", written alone long before "Yahoo Messenger".
    const byFirstWord = words.length === 1 ? (this.byFirstWord.get(words[0]!) ?? []) : [];
    const earlier = countBelow(byFirstWord, index);
    if (earlier > 0) return this.mentions[byFirstWord[earlier - 1]!]!;
    return personal && byFirstWord.length > 0 ? this.mentions[byFirstWord[0]!]! : null;
  }

  /** The mention at `index` took a longer key, which ends in `shortKey` or starts with it (one word). */
  grew(index: number, shortKey: string): void {
    const shortWords = shortKey.split(" ");
    if (shortWords.length > 1) unfile(this.byFirstWord, shortWords[0]!, index);
    // The endings shorter than the old key end the old key too, and are filed already.
    this.fileEndings(index, this.mentions[index]!.key.split(" ").length - shortWords.length);
    this.fileFirstWord(index);
  }

  /** Files the mention under the endings of its key that leave out 1 to `mostLeftOut` first words. */
  private fileEndings(index: number, mostLeftOut: number): void {
    const words = this.mentions[index]!.key.split(" ");
    for (let leftOut = Math.max(1, words.length - LONGEST_SHORT_FORM); leftOut <= mostLeftOut && leftOut < words.length; leftOut++) {
      fileInOrder(this.byEnding, words.slice(leftOut).join(" "), index);
    }
  }

  private fileFirstWord(index: number): void {
    const words = this.mentions[index]!.key.split(" ");
    if (words.length > 1) fileInOrder(this.byFirstWord, words[0]!, index);
  }
}

/** The library takes the one-word mention for a person's name: a given name ("Mike") or a surname ("Lu"). */
function isPersonalName(mention: Mention, library: LibraryView): boolean {
  if (mention.tokens.length !== 1) return false;
  const tags = library.tagsAt.get(mention.tokens[0]!.start) ?? [];
  return tags.includes("Person") || tags.includes("FirstName");
}

/** The most words a short form of a longer name has ("Maria del Carmen Alvarez" for her full name). */
const LONGEST_SHORT_FORM = 6;

/** Adds `index` to the list under `key`, keeping the list in ascending order without repeats. */
function fileInOrder(lists: Map<string, number[]>, key: string, index: number): void {
  const list = lists.get(key);
  if (!list) {
    lists.set(key, [index]);
    return;
  }
  const at = countBelow(list, index);
  if (list[at] !== index) list.splice(at, 0, index);
}

function unfile(lists: Map<string, number[]>, key: string, index: number): void {
  const list = lists.get(key);
  const at = list ? countBelow(list, index) : -1;
  if (list && list[at] === index) list.splice(at, 1);
}

/** How many numbers of an ascending list are below `value`. */
function countBelow(list: readonly number[], value: number): number {
  return partitionPoint(list.length, (i) => list[i]! < value);
}

/** All mentions of one key take the type with the strongest evidence among them. */
function unifyTypes(mentions: Mention[]): void {
  const best = new Map<string, Mention>();
  for (const m of mentions) {
    const current = best.get(m.key);
    if (!current || m.evidence > current.evidence) best.set(m.key, m);
  }
  for (const m of mentions) m.type = best.get(m.key)!.type;
}
