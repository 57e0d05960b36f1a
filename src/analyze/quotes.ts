/**
 * Direct quotes with their speakers, and indirect attributions ("officials said", "according to
 * the ministry"), found with the patterns journalists use rather than a parser.
 */
import { objectMemo } from "../memo/index.js";
import { partitionPoint } from "../search/index.js";
import { isTitleWord, mayBePerson } from "./entities.js";
import { EntityIndex } from "./entity-index.js";
import { UNIT_WORDS } from "./numbers.js";
import { findDoubleQuotes, trimEnd, type RawQuote } from "./quote-marks.js";
import { SpanIndex } from "./span-index.js";
import type { AttributionAtom, DiscussionAtom, EntityAtom, QuoteAtom, Span } from "./types.js";
import { wordTable } from "./word-table.js";

/** Reporting verbs, by written form, with their lemma (the attribution cue). */
export const REPORTING_VERBS: Readonly<Record<string, string>> = wordTable({
  say: "say", says: "say", said: "say",
  tell: "tell", tells: "tell", told: "tell",
  add: "add", adds: "add", added: "add",
  state: "state", states: "state", stated: "state",
  warn: "warn", warns: "warn", warned: "warn",
  explain: "explain", explains: "explain", explained: "explain",
  argue: "argue", argues: "argue", argued: "argue",
  insist: "insist", insists: "insist", insisted: "insist",
  claim: "claim", claims: "claim", claimed: "claim",
  note: "note", notes: "note", noted: "note",
  write: "write", writes: "write", wrote: "write",
  ask: "ask", asks: "ask", asked: "ask",
  announce: "announce", announces: "announce", announced: "announce",
  report: "report", reports: "report", reported: "report",
  confirm: "confirm", confirms: "confirm", confirmed: "confirm",
  acknowledge: "acknowledge", acknowledges: "acknowledge", acknowledged: "acknowledge",
  admit: "admit", admits: "admit", admitted: "admit",
  allege: "allege", alleges: "allege", alleged: "allege",
  deny: "deny", denies: "deny", denied: "deny",
  declare: "declare", declares: "declare", declared: "declare",
  stress: "stress", stresses: "stress", stressed: "stress",
  emphasise: "emphasise", emphasises: "emphasise", emphasised: "emphasise",
  emphasize: "emphasise", emphasizes: "emphasise", emphasized: "emphasise",
  reply: "reply", replies: "reply", replied: "reply",
  respond: "respond", responds: "respond", responded: "respond",
  recall: "recall", recalls: "recall", recalled: "recall",
  suggest: "suggest", suggests: "suggest", suggested: "suggest",
  predict: "predict", predicts: "predict", predicted: "predict",
  caution: "caution", cautions: "caution", cautioned: "caution",
  continue: "continue", continues: "continue", continued: "continue",
  tweet: "tweet", tweets: "tweet", tweeted: "tweet",
});

/** An attribution's cue lemma is a verb of evidence ("the study found"), not of speech. */
export function isEvidenceCue(lemma: string): boolean {
  return EVIDENCE_LEMMAS.has(lemma);
}

/** A form of a reporting verb ("said", "tells"), in lower case. */
export function isReportingVerbForm(word: string): boolean {
  return REPORTING_VERBS[word] !== undefined;
}

/**
 * Participles that give what follows to the clause's subject ("Alvarez left early, saying the
 * count was fair"), with their lemma.
 */
const REPORTING_PARTICIPLES: Readonly<Record<string, string>> = wordTable({
  saying: "say", telling: "tell", adding: "add", stating: "state", warning: "warn", explaining: "explain",
  arguing: "argue", insisting: "insist", claiming: "claim", noting: "note", announcing: "announce",
  confirming: "confirm", acknowledging: "acknowledge", admitting: "admit", alleging: "allege",
  denying: "deny", declaring: "declare", stressing: "stress", suggesting: "suggest", predicting: "predict",
});

/**
 * Verbs that credit someone with talking or thinking about a matter without reporting a claim of
 * theirs ("the group discussed the costs", "they considered a cheaper case"), with their lemma.
 * "talk" and "point" count only before their particle ("talked about", "pointed out").
 */
const DISCUSSION_VERBS: Readonly<Record<string, string>> = wordTable({
  discuss: "discuss", discusses: "discuss", discussed: "discuss",
  talk: "talk about", talks: "talk about", talked: "talk about",
  point: "point out", points: "point out", pointed: "point out",
  mention: "mention", mentions: "mention", mentioned: "mention",
  debate: "debate", debates: "debate", debated: "debate",
  consider: "consider", considers: "consider", considered: "consider",
  agree: "agree", agrees: "agree", agreed: "agree",
  disagree: "disagree", disagrees: "disagree", disagreed: "disagree",
  believe: "believe", believes: "believe", believed: "believe",
  think: "think", thinks: "think", thought: "think",
  feel: "feel", feels: "feel", felt: "feel",
  propose: "propose", proposes: "propose", proposed: "propose",
  express: "express", expresses: "express", expressed: "express",
  highlight: "highlight", highlights: "highlight", highlighted: "highlight",
  describe: "describe", describes: "describe", described: "describe",
  recommend: "recommend", recommends: "recommend", recommended: "recommend",
  decide: "decide", decides: "decide", decided: "decide",
  conclude: "conclude", concludes: "conclude", concluded: "conclude",
});

/** Discussion verbs none of whose present forms is also a noun ("believes", "consider"; not "debate", "talks"). */
const VERB_ONLY_DISCUSSION_LEMMAS = new Set(["discuss", "consider", "agree", "disagree", "believe", "think", "recommend", "decide", "conclude", "describe"]);

/** The particle "talk" and "point" need before they credit anyone. */
const DISCUSSION_PARTICLES: Readonly<Record<string, string>> = wordTable({ "talk about": "about", "point out": "out" });

/**
 * Verbs that attribute a finding to its evidence ("a new poll shows", "the study found that"), with
 * their lemma. They attribute only when the subject names evidence or a clause follows with "that"
 * ("police found the car" reports no claim).
 */
const EVIDENCE_VERBS: Readonly<Record<string, string>> = wordTable({
  show: "show", shows: "show", showed: "show", shown: "show",
  find: "find", finds: "find", found: "find",
  indicate: "indicate", indicates: "indicate", indicated: "indicate",
  // "The council's count puts the number at 310": a figure given by the evidence.
  put: "put", puts: "put",
});
/** The lemmas of EVIDENCE_VERBS, for `isEvidenceCue`. */
const EVIDENCE_LEMMAS: ReadonlySet<string> = new Set(Object.values(EVIDENCE_VERBS));

/** Verbs that give something a quoted name or verdict ("called the ruling "judicial overreach""), with their lemma. */
const NAMING_VERBS: Readonly<Record<string, string>> = wordTable({
  call: "call", calls: "call", called: "call", calling: "call",
  dub: "dub", dubs: "dub", dubbed: "dub",
  brand: "brand", brands: "brand", branded: "brand",
  describe: "describe", describes: "describe", described: "describe", describing: "describe",
});
/** Object words a naming verb may have before its quote: "called the court's ruling". */
const NAMING_MAX_OBJECT_WORDS = 4;

/** Nouns that name evidence a finding can be attributed to. */
const EVIDENCE_NOUNS = new Set([
  "poll", "polls", "polling", "survey", "surveys", "study", "studies", "report", "reports", "analysis",
  "analyses", "data", "research", "review", "audit", "investigation", "inquiry", "figures", "statistics",
  "records", "documents", "document", "video", "footage", "census", "estimate", "estimates", "findings",
  "tests", "test", "results", "evidence", "models", "model", "averages", "average", "count", "counts",
]);

/** Words that may open a sentence before its subject ("But Alvarez ..."). */
const OPENING_CONJUNCTIONS = new Set(["but", "and", "yet", "so"]);

/** The phrase that attributes without a verb; it is its own cue. */
export const ACCORDING_TO = "according to";

/**
 * The cue of "in the agency's view", "in the opinion of X": like "according to", a phrase that
 * credits a claim to someone without a verb.
 */
export const IN_THE_VIEW_OF = "in the view of";

/** Nouns of "in X's view" and "in the view of X" that credit what the sentence says to X. */
const VIEW_NOUNS = "view|views|opinion|estimation|judge?ment|assessment|words";
/** "In the view of the agency, ...", "in the words of its chairman". "In view of" (considering) credits no one. */
const VIEW_OF = new RegExp(`\\b[Ii]n the (?:${VIEW_NOUNS}) of\\b`, "g");
/** "In the agency's view", "in the scientists' opinion", "in his view". */
const POSSESSOR_VIEW = new RegExp(`\\b[Ii]n ([^,.;:!?"()\\n]{1,60}?)(?:'s|(?<=s)') (?:${VIEW_NOUNS})\\b|\\b[Ii]n (his|her|their|its) (?:${VIEW_NOUNS})\\b`, "g");
/** The subject pronoun of a possessive one. */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { his: "he", her: "she", their: "they", its: "it" };

/** Forms that are nouns as often as verbs ("the claims", "member states"): indirect use needs evidence of a verb. */
const NOUN_LIKE_FORMS = new Set(["states", "claims", "notes", "reports", "tweets"]);
/** Base forms that are nearly always nouns ("New York state", "a report"): indirect use needs "that". */
const NOUN_BASE_FORMS = new Set(["state", "note", "report", "claim", "tweet"]);

/** Words that open the object of "add" when it adds something: "added a goal", "added another", "added to". */
const ADDED_OBJECT_STARTS = new Set(["a", "an", "another", "more", "to", "its", "their", "his", "her", "some"]);

/** Verbs that only report when they introduce a direct quote ("continued", "asked"), or a clause with "that" ("wrote that"). */
const QUOTE_ONLY_LEMMAS = new Set(["continue", "ask", "recall", "reply", "respond", "write", "tweet"]);
/** Of those, the ones whose "that" clause is a claim ("asked that" is a request). */
const THAT_CLAUSE_LEMMAS = new Set(["recall", "reply", "respond", "write", "tweet"]);

/** Words that may stand between a speaker and the verb ("Alvarez also said", "police have said"). */
const SPEAKER_VERB_FILLERS = new Set([
  "also", "later", "earlier", "previously", "then", "again", "repeatedly", "publicly", "separately",
  "recently", "once", "has", "have", "had", "further", "initially", "first", "originally", "now",
  "all", "both", "still", "just", "reportedly", "allegedly", "privately", "quickly", "often",
]);

const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

const DETERMINERS = new Set([
  "the", "a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "most", "other",
  "another", "his", "her", "its", "their", "our", "this", "these", "those", "each", "both", "senior",
]);

/** Speakers named without a determiner that are not plurals ("police said", "staff said"). */
const BARE_SPEAKER_NOUNS = new Set(["police", "staff", "management", "military", "government", "officials", "media", "intelligence", "security"]);

/** Words that end a speaker phrase ("the minister in a statement", "said that ..."). */
const PHRASE_BOUNDARIES = new Set([
  "that", "and", "but", "or", "nor", "which", "who", "whom", "whose", "while", "as", "because", "when",
  "where", "after", "before", "if", "than", "so", "in", "on", "at", "by", "with", "from", "during",
  "since", "to", "into", "about", "over", "under", "told", "adding", "yesterday", "today", "tonight",
  "last", "earlier", "later", "also", "not", "would", "will", "could", "may", "might", "is", "was",
  "are", "were", "be", "been", "has", "have", "had", "it", "there", "this", "however", "though",
]);

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);
const PASSIVE_MARKERS = new Set(["is", "was", "were", "are", "be", "been", "being", "am", "widely", "generally"]);

/** Quotes of at most this many words inside a sentence are scare quotes or titles, not speech. */
const SCARE_QUOTE_MAX_WORDS = 4;
/** A single-quoted passage longer than this is an apostrophe pairing, not a quotation. */
const SINGLE_QUOTE_MAX_CHARS = 300;
/** How far a speaker phrase may reach, in words. */
const SPEAKER_PHRASE_MAX_WORDS = 6;
/**
 * Capitalised words that are not part of a speaker's name: function words, fillers, weekdays, and
 * sentence openers before a reporting verb ("Having said that").
 */
const NOT_NAMES = new Set([
  ...PHRASE_BOUNDARIES, ...DETERMINERS, ...PRONOUNS, ...SPEAKER_VERB_FILLERS, ...WEEKDAYS,
  "having", "let's", "needless", "suffice", "that's",
]);
/** Honorifics that only ever precede a surname, so the word after one is a name even if it is a title too. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr"]);
/** How long a comma-enclosed apposition between a speaker and the verb may be, in characters. */
const APPOSITION_MAX_CHARS = 160;
/** A US politician's party and state between commas ("McConnell, R-Ky., said"), whose full stops end no clause. */
const PARTY_TAG = /^ *[RDI]-[A-Z][A-Za-z.]{0,7}$/;
/** Words of description a speaker's name may follow ("said 9/11 widow Terry Strada"). */
const DESCRIPTION_MAX_WORDS = 5;
/** Characters those words may take, so the next person pages away is never read as described. */
const DESCRIPTION_MAX_CHARS = 80;
/** How many capitalised words a speaker's name may have when no entity covers it. */
const NAME_MAX_WORDS = 5;

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

interface Speaker {
  name: string;
  span: Span;
}

/** A speaker and the reporting phrase that names it. */
interface Attribution {
  speaker: Speaker;
  phrase: Span;
  cue: string;
  /** Offset of the reporting verb (or "according"), to match quote and indirect attributions. */
  cueStart: number;
}

/** Who says what in a text: its direct quotes and its indirect attributions. */
export interface Speech {
  /**
   * Direct quotes in double quotes (and clearly quotational single quotes) with their speakers.
   * A quote may span sentences and continue into the next paragraph (a paragraph that opens a
   * quote and does not close it continues when the next one opens with a quote mark).
   * Short quotes inside a sentence (scare quotes) get speaker null.
   */
  quotes: QuoteAtom[];
  /**
   * Indirect attributions of claims: "X said (that) ...", "X told the agency ...", "according to
   * X", "..., X said." and "..., said X." Phrases that attribute a direct quote, or stand inside
   * one, are left to the quotes.
   */
  attributions: AttributionAtom[];
  /** Who is said to have discussed or considered something: see DiscussionAtom. */
  discussions: DiscussionAtom[];
}

/** Finds reporting verbs once for both quotes and attributions: the scan is most of the cost. */
export function extractSpeech(text: string, entities: EntityAtom[]): Speech {
  const sorted = sortEntities(entities);
  const indirect = findAttributions(text, sorted);
  const quotes = findQuotes(text, sorted, indirect);
  const quoteCues = new Set(quotes.flatMap(({ attribution }) => (attribution ? [attribution.cueStart] : [])));
  // Looked up by position: testing every quote for every attribution grew with their product.
  const quoteSpans = new SpanIndex(quotes.map(({ quote }) => quote));
  const attributions: AttributionAtom[] = [];
  for (const found of indirect) {
    if (quoteCues.has(found.cueStart) || quoteSpans.contains(found.cueStart)) continue;
    attributions.push({
      kind: "attribution",
      start: found.phrase.start,
      end: found.phrase.end,
      text: found.phrase.text,
      speaker: found.speaker.name,
      speakerSpan: found.speaker.span,
      cue: found.cue,
    });
  }
  return { quotes: quotes.map(({ quote }) => quote), attributions, discussions: findDiscussions(text, sorted) };
}

function sortEntities(entities: EntityAtom[]): EntityAtom[] {
  return [...entities].sort((a, b) => a.start - b.start);
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

// ---------------------------------------------------------------------------------------------
// Finding quotation marks

/** Leading apostrophes that open a clipped word, not a quotation ('em, 'til, 'cause). */
const CLIPPED_WORDS = /^(?:em|til|tis|twas|cause|n|bout|round)\b/i;

/**
 * Single-quoted passages: the opening mark starts a word (not '90s, not 'em), the closing mark ends
 * one (not don't, Alvarez's), both in one paragraph. A closing "s'" before a lower-case word is
 * more likely a plural possessive ("the players' union"), so a later closing mark is preferred.
 */
function findSingleQuotes(text: string, doubleQuotes: RawQuote[]): RawQuote[] {
  const quotes: RawQuote[] = [];
  // Every apostrophe is tested, and scanning every double quote for each grew with their product.
  const doubles = new SpanIndex(doubleQuotes);
  let from = 0;
  while (from < text.length) {
    const open = text.indexOf("'", from);
    if (open < 0) break;
    from = open + 1;
    if (doubles.contains(open) || !opensQuotation(text, open)) continue;
    const close = findSingleClose(text, open);
    if (close < 0) continue;
    quotes.push({ start: open, end: close + 1, innerStart: open + 1, innerEnd: close });
    from = close + 1;
  }
  return quotes;
}

function opensQuotation(text: string, at: number): boolean {
  const before = at === 0 ? " " : text[at - 1] ?? " ";
  if (!/[\s(\[-]/.test(before)) return false;
  return /\p{L}/u.test(text[at + 1] ?? "") && !CLIPPED_WORDS.test(text.slice(at + 1, at + 8));
}

function findSingleClose(text: string, open: number): number {
  const paragraphEnd = text.indexOf("\n", open);
  const limit = Math.min(paragraphEnd < 0 ? text.length : paragraphEnd, open + SINGLE_QUOTE_MAX_CHARS);
  let possessiveFallback = -1;
  for (let i = open + 2; i < limit; i++) {
    if (text[i] !== "'") continue;
    const before = text[i - 1] ?? "";
    const after = text[i + 1] ?? "";
    if (!/[\p{L}\p{N}.,!?]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    if (before === "s" && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) {
      if (possessiveFallback < 0) possessiveFallback = i;
      continue;
    }
    return i;
  }
  return possessiveFallback;
}

// ---------------------------------------------------------------------------------------------
// Quotes and their speakers

interface FoundQuote {
  quote: QuoteAtom;
  attribution: Attribution | null;
}

function findQuotes(text: string, entities: EntityAtom[], indirect: Attribution[]): FoundQuote[] {
  const doubles = findDoubleQuotes(text);
  const raws = [...doubles, ...findSingleQuotes(text, doubles)].sort((a, b) => a.start - b.start);
  const found: FoundQuote[] = [];
  for (const raw of raws) {
    let attribution = attributeQuote(text, raw, entities) ?? partialQuoteAttribution(text, raw, indirect);
    if (!attribution && !isEmbedded(text, raw.start)) attribution = continuedAttribution(text, raw, found[found.length - 1], indirect, entities);
    found.push({
      quote: {
        kind: "quote",
        ...span(text, raw.start, raw.end),
        inner: span(text, raw.innerStart, raw.innerEnd),
        speaker: attribution?.speaker.name ?? null,
        speakerSpan: attribution?.speaker.span ?? null,
      },
      attribution,
    });
  }
  return found;
}

/**
 * A full-sentence quote with no attribution of its own continues the words of whoever spoke last
 * in its paragraph: a quote ('"We are ready," Alvarez said. "We will act."') or reported speech
 * ('Alvarez said the plan was sound. "We will act."'), the later of the two. A sentence between
 * them ends the run ('Tait is also in the squad.'): the quote may be anyone's.
 */
function continuedAttribution(text: string, raw: RawQuote, previous: FoundQuote | undefined, indirect: Attribution[], entities: EntityAtom[]): Attribution | null {
  const quoted = previous?.attribution ? { attribution: previous.attribution, end: Math.max(previous.quote.end, previous.attribution.phrase.end) } : null;
  const reported = lastPersonReported(raw.start, indirect, entities);
  const speaking = reported && (!quoted || reported.phrase.end > quoted.end) ? { attribution: reported, end: reported.phrase.end } : quoted;
  if (!speaking || !sameParagraph(text, speaking.end, raw.start) || SENTENCE_BETWEEN.test(text.slice(speaking.end, raw.start))) return null;
  return { ...speaking.attribution, cueStart: -1 };
}

/** The last reported speech before `at`, when a person speaks it: "the survey found" or "the figures showed" says nothing aloud. */
function lastPersonReported(at: number, indirect: Attribution[], entities: EntityAtom[]): Attribution | null {
  const cuesBefore = partitionPoint(indirect.length, (i) => indirect[i]!.cueStart < at);
  const last = cuesBefore > 0 ? indirect[cuesBefore - 1]! : null;
  if (!last || !SPOKEN_CUES.has(last.cue)) return null;
  return entities.some((entity) => entity.key === last.speaker.name && mayBePerson(entity)) ? last : null;
}

/** Reporting verbs of speech, whose speaker's words a following quote may carry on. */
const SPOKEN_CUES = new Set(["say", "tell", "add", "insist", "argue", "warn", "explain", "claim", "state"]);

/** A sentence's end followed by another sentence's start: text between a speaker and a quote that is a sentence of its own. */
const SENTENCE_BETWEEN = /[.!?]["'\u2019\u201d]?\s+["'\u2018\u201c]?\p{Lu}/u;

/**
 * 'Ortiz says the levy is "a tax on every family in the valley."': a partial quote inside
 * reported speech belongs to the speaker of the sentence's reporting verb. Scare quotes stay null.
 */
function partialQuoteAttribution(text: string, raw: RawQuote, indirect: Attribution[]): Attribution | null {
  const words = text.slice(raw.innerStart, raw.innerEnd).split(/\s+/).filter(Boolean).length;
  if (!isEmbedded(text, raw.start) || words <= SCARE_QUOTE_MAX_WORDS) return null;
  const sentenceStart = sentenceEndBefore(text, raw.start);
  // `indirect` is in the order of its cues, and a phrase ends after its cue, so the nearest
  // attribution ending before the quote has its cue between the sentence's start and the quote:
  // read back from there instead of filtering every attribution for every quote.
  const cuesBefore = partitionPoint(indirect.length, (at) => indirect[at]!.cueStart <= raw.start);
  for (let at = cuesBefore - 1; at >= 0 && indirect[at]!.cueStart > sentenceStart; at--) {
    // The attribution stays an indirect one too, so the quote does not claim its cue.
    if (indirect[at]!.phrase.end <= raw.start) return { ...indirect[at]!, cueStart: -1 };
  }
  return null;
}

/**
 * The last line break, or sentence end (".", "!" or "?", a closing quote mark, a space) before
 * `at`, whichever is later; -1 when there is none. Read backwards from `at` to the line's start.
 */
function sentenceEndBefore(text: string, at: number): number {
  const lineBreak = text.lastIndexOf("\n", at);
  let end = at - 1;
  while (end > lineBreak && !".!?".includes(text[end]!)) end--;
  if (end <= lineBreak) return lineBreak;
  const space = /["']/.test(text[end + 1] ?? "") ? end + 2 : end + 1;
  return space < at && text[space] === " " ? end : lineBreak;
}

function sameParagraph(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes("\n");
}

/** A quote opening mid-sentence (not after a sentence end, a colon or a line break). */
function isEmbedded(text: string, quoteStart: number): boolean {
  let end = quoteStart;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === 0 || ".!?:".includes(text[end - 1]!)) return false;
  return !(/["']/.test(text[end - 1]!) && end >= 2 && ".!?".includes(text[end - 2]!));
}

function attributeQuote(text: string, raw: RawQuote, entities: EntityAtom[]): Attribution | null {
  const wordCount = text.slice(raw.innerStart, raw.innerEnd).split(/\s+/).filter(Boolean).length;
  const scare = isEmbedded(text, raw.start) && wordCount <= SCARE_QUOTE_MAX_WORDS;
  return attributionBeforeQuote(text, raw.start, entities, scare) ?? attributionByNaming(text, raw.start, entities) ?? attributionAfterQuote(text, raw, entities, scare);
}

/**
 * `Hagen called the ruling "judicial overreach"`, `Tran described it as "a victory"`: a speaker
 * gives something a quoted name or verdict. One to four words of object stand between the verb and
 * the quote, with no punctuation, and "as" may close them.
 */
function attributionByNaming(text: string, quoteStart: number, entities: EntityAtom[]): Attribution | null {
  let word = wordBefore(text, quoteStart);
  if (word?.lower === "as") word = wordBefore(text, word.start);
  for (let objectWords = 0; word && objectWords <= NAMING_MAX_OBJECT_WORDS; objectWords++) {
    const lemma = NAMING_VERBS[word.lower];
    if (lemma && objectWords > 0) {
      const speaker = speakerBefore(text, word.start, entities, quoteStart);
      return speaker ? { speaker: speaker.speaker, phrase: span(text, speaker.phraseStart, word.end), cue: lemma, cueStart: word.start } : null;
    }
    word = wordBefore(text, word.start);
  }
  return null;
}

/**
 * `Alvarez said: "..."`, `Alvarez told reporters: "..."`, `Alvarez said, "..."`. For a short quote
 * inside a sentence only a verb right before the mark counts (`Alvarez said "no"`).
 */
function attributionBeforeQuote(text: string, quoteStart: number, entities: EntityAtom[], scare: boolean): Attribution | null {
  const lead = /([,:]?)\s*$/.exec(text.slice(Math.max(0, quoteStart - 6), quoteStart));
  const punctuation = lead?.[1] ?? "";
  // Across a line break only a colon introduces the quote ("Alvarez continued:").
  if (lead?.[0].includes("\n") && punctuation !== ":") return null;
  let cursor = quoteStart - (lead?.[0].length ?? 0);
  // Up to four object words between the verb and a colon or comma: "told reporters", "said in a statement".
  const maxObjectWords = punctuation === "" || scare ? 0 : 4;
  let objectWords = 0;
  let word = wordBefore(text, cursor);
  // `Alvarez said that "..."`: "that" may stand between the verb and the quote.
  if (word?.lower === "that") word = wordBefore(text, word.start);
  while (word) {
    const lemma = REPORTING_VERBS[word.text];
    // `Alvarez stood and said: "..."`: the verb shares the sentence's subject.
    if (lemma && wordBefore(text, word.start)?.lower === "and") return attributionToSubject(text, word, lemma, entities);
    if (lemma) {
      const speaker = speakerBefore(text, word.start, entities, quoteStart);
      if (!speaker) return null;
      return { speaker: speaker.speaker, phrase: span(text, speaker.phraseStart, word.end), cue: lemma, cueStart: word.start };
    }
    if (++objectWords > maxObjectWords) return null;
    cursor = word.start;
    word = wordBefore(text, cursor);
  }
  return null;
}

/**
 * `"...," Alvarez said.` / `"...," said Alvarez.` / `"...," the minister said.` /
 * `"...," Alvarez, the city's mayor, said.` / `"...", according to Alvarez`.
 */
function attributionAfterQuote(text: string, raw: RawQuote, entities: EntityAtom[], scare: boolean): Attribution | null {
  const tail = text.slice(raw.end, raw.end + 200);
  // '"We will win." The opposition ...': a full stop inside the quote and a capital after it start a new sentence.
  if (/\.$/.test(text.slice(raw.innerStart, raw.innerEnd)) && /^ +\p{Lu}/u.test(tail)) return null;
  // Full stops inside a bracketed aside ("(D-Ore.)") or a party tag (", R-Ky.,") do not end the clause.
  const masked = tail
    .replace(/\([^()\n"]{0,40}\)/g, (aside) => " ".repeat(aside.length))
    .replace(/,[^,\n]{1,12},/g, (aside) => (PARTY_TAG.test(aside.slice(1, -1)) ? `,${" ".repeat(aside.length - 2)},` : aside));
  const clauseEnd = masked.search(/[.!?;"\n]/);
  const clause = clauseEnd < 0 ? tail : tail.slice(0, clauseEnd);
  const according = /^,? *according to /i.exec(clause);
  if (according) {
    const at = raw.end + according[0].length;
    const speaker = speakerAfter(text, at, entities, raw.start);
    if (!speaker) return null;
    const cueStart = raw.end + according[0].toLowerCase().indexOf("according");
    return { speaker: speaker.speaker, phrase: span(text, cueStart, speaker.phraseEnd), cue: ACCORDING_TO, cueStart };
  }
  const words = wordsIn(text, raw.end, raw.end + clause.length);
  const verbIndex = words.findIndex((w) => REPORTING_VERBS[w.text] !== undefined);
  // Speaker and verb must follow the quote closely: at most a speaker phrase with an apposition.
  if (verbIndex < 0 || verbIndex > (scare ? 2 : 14)) return null;
  const verb = words[verbIndex]!;
  const lemma = REPORTING_VERBS[verb.text]!;
  if (verbIndex === 0) {
    if (!/^[ ,]*$/.test(text.slice(raw.end, verb.start))) return null;
    const speaker = speakerAfter(text, verb.end, entities, raw.start);
    if (!speaker) return null;
    return { speaker: speaker.speaker, phrase: span(text, verb.start, speaker.phraseEnd), cue: lemma, cueStart: verb.start };
  }
  const speaker = speakerBefore(text, verb.start, entities, raw.start, raw.end);
  if (!speaker || speaker.phraseStart < raw.end) return null;
  // Only title words and "the" may come between the quote and its speaker ('"...," Senator Tam
  // Odell said', '"...," the Times wrote'), or a short description of a person ('"...,"
  // prosecutor Imelda Voss said').
  const titled = /^[ ,]*(?:(?:the|\p{Lu}[\p{L}.'-]*) +)*$/u.test(text.slice(raw.end, speaker.phraseStart));
  if (!titled && !describedAt(text, raw.end, speaker.phraseStart)) return null;
  return { speaker: speaker.speaker, phrase: span(text, speaker.phraseStart, verb.end), cue: lemma, cueStart: verb.start };
}

// ---------------------------------------------------------------------------------------------
// Indirect attributions

function findAttributions(text: string, entities: EntityAtom[]): Attribution[] {
  const found: Attribution[] = [];
  for (const match of text.matchAll(/\b([Aa]ccording to)\b|\b([a-z]+)\b/g)) {
    const at = match.index;
    if (match[1]) {
      const according = speakerAfter(text, at + match[0].length, entities, at);
      if (according) {
        found.push({ speaker: according.speaker, phrase: span(text, at, according.phraseEnd), cue: ACCORDING_TO, cueStart: at });
      }
      continue;
    }
    const form = match[2] ?? "";
    const participle = REPORTING_PARTICIPLES[form];
    const evidence = EVIDENCE_VERBS[form];
    const lemma = REPORTING_VERBS[form];
    if (!participle && !evidence && (!lemma || (QUOTE_ONLY_LEMMAS.has(lemma) && !introducesClaim(text, at + form.length, lemma)))) continue;
    if (lemma === "add" && addsAnObject(text, at + form.length)) continue;
    const verb = { start: at, end: at + form.length, text: form, lower: form };
    let attribution: Attribution | null;
    if (participle) attribution = afterComma(text, at) ? attributionToSubject(text, verb, participle, entities) : null;
    else if (evidence) attribution = attributionToEvidence(text, verb, evidence, entities);
    else attribution = attributionAroundVerb(text, verb, lemma!, entities);
    if (attribution) found.push(attribution);
  }
  found.push(...viewAttributions(text, entities));
  // Read back by their cues' order (see partialQuoteAttribution).
  return found.sort((a, b) => a.cueStart - b.cueStart);
}

/** "In the agency's view, ...", "..., in the opinion of the board": see IN_THE_VIEW_OF. */
function viewAttributions(text: string, entities: EntityAtom[]): Attribution[] {
  const found: Attribution[] = [];
  for (const match of text.matchAll(VIEW_OF)) {
    const speaker = speakerAfter(text, match.index + match[0].length, entities, match.index);
    if (speaker) found.push({ speaker: speaker.speaker, phrase: span(text, match.index, speaker.phraseEnd), cue: IN_THE_VIEW_OF, cueStart: match.index });
  }
  for (const match of text.matchAll(POSSESSOR_VIEW)) {
    const owner = match[1] ?? match[2]!;
    const ownerStart = match.index + match[0].indexOf(owner, 2);
    const speaker = match[2]
      ? pronounSpeaker(text, { start: ownerStart, end: ownerStart + owner.length, text: owner, lower: POSSESSIVE_PRONOUNS[owner.toLowerCase()]! }, entities, match.index)
      : possessorSpeaker(text, ownerStart, ownerStart + owner.length, entities);
    if (speaker) found.push({ speaker: speaker.speaker, phrase: span(text, match.index, match.index + match[0].length), cue: IN_THE_VIEW_OF, cueStart: match.index });
  }
  return found;
}

/** Who owns a view ("the agency" in "the agency's view"): an entity, a determiner phrase or a name. */
function possessorSpeaker(text: string, start: number, end: number, entities: EntityAtom[]): SpeakerMatch | null {
  const entity = entityNear(text, entities, start);
  if (entity && entity.end === end) return entitySpeaker(entity);
  const words = wordsIn(text, start, end);
  const phrase = span(text, start, end);
  if (words.length <= SPEAKER_PHRASE_MAX_WORDS && DETERMINERS.has(words[0]!.lower) && !words.some((word) => PHRASE_BOUNDARIES.has(word.lower))) {
    return phraseSpeaker(phrase);
  }
  const name = nameAfter(text, start);
  return name?.phraseEnd === end ? name : null;
}

/** "The group discussed ...", "They also considered ...": a subject right before a DISCUSSION_VERBS form. */
function findDiscussions(text: string, entities: EntityAtom[]): DiscussionAtom[] {
  const found: DiscussionAtom[] = [];
  for (const match of text.matchAll(/\b[a-z]+\b/g)) {
    const lemma = DISCUSSION_VERBS[match[0]];
    if (!lemma) continue;
    const verbStart = match.index;
    const verbEnd = verbStart + match[0].length;
    const particle = DISCUSSION_PARTICLES[lemma];
    if (particle && wordAfter(text, verbEnd)?.lower !== particle) continue;
    // "was discussed", "the debate": a passive or a noun names no one who discussed it.
    const previous = wordBefore(text, verbStart);
    if (previous && (PASSIVE_MARKERS.has(previous.lower) || DETERMINERS.has(previous.lower))) continue;
    const subject = speakerBefore(text, verbStart, entities, verbStart);
    if (!subject) continue;
    // "the price debate", "peace talks": a present form after a common noun is as often a noun,
    // unless the verb has no such noun ("the union believes").
    if (!subject.named && !isPastForm(match[0]) && !VERB_ONLY_DISCUSSION_LEMMAS.has(lemma)) continue;
    found.push({
      kind: "discussion",
      ...span(text, subject.phraseStart, verbEnd),
      speaker: subject.speaker.name,
      speakerSpan: subject.speaker.span,
      cue: lemma,
    });
  }
  return found;
}

function isPastForm(verb: string): boolean {
  return verb.endsWith("ed") || verb === "thought" || verb === "felt";
}

function attributionAroundVerb(text: string, verb: Word, lemma: string, entities: EntityAtom[]): Attribution | null {
  const previous = wordBefore(text, verb.start);
  if (previous && (PASSIVE_MARKERS.has(previous.lower) || DETERMINERS.has(previous.lower))) return null;
  if (previous?.lower === "and") return attributionToSubject(text, verb, lemma, entities);
  const before = speakerBefore(text, verb.start, entities, verb.start);
  if (NOUN_LIKE_FORMS.has(verb.text) && !looksLikeVerbUse(text, verb, before)) return null;
  if (NOUN_BASE_FORMS.has(verb.text) && wordAfter(text, verb.end)?.lower !== "that") return null;
  if (before) {
    return { speaker: before.speaker, phrase: span(text, before.phraseStart, verb.end), cue: lemma, cueStart: verb.start };
  }
  // "..., said the minister." — the verb opens the clause and the speaker closes the sentence.
  if (!afterComma(text, verb.start)) return null;
  const after = speakerAfter(text, verb.end, entities, verb.start);
  if (!after || !/^ *(?:[.!?,;]|$)/.test(text.slice(after.phraseEnd, after.phraseEnd + 3))) return null;
  return { speaker: after.speaker, phrase: span(text, verb.start, after.phraseEnd), cue: lemma, cueStart: verb.start };
}

/** "A new poll shows ...", "The study found that ...", "Police found that ...": see EVIDENCE_VERBS. */
function attributionToEvidence(text: string, verb: Word, lemma: string, entities: EntityAtom[]): Attribution | null {
  const attribution = attributionAroundVerb(text, verb, lemma, entities);
  if (attribution && namesEvidence(text, attribution.speaker.span, entities)) return attribution;
  // A base form is as often a noun ("an hourlong show that aired"): only evidence may take it.
  const baseForm = verb.lower === lemma;
  if (attribution && !baseForm && wordAfter(text, verb.end)?.lower === "that") return attribution;
  // "Tests on water samples from the tower found ...": a speaker next to the verb may be part of
  // the description of the evidence that opens the clause.
  return evidenceSubject(text, verb, lemma);
}

/** The speaker is evidence ("the new poll"), or a name the evidence before it comes from ("a study published in X"). */
function namesEvidence(text: string, speaker: Span, entities: EntityAtom[]): boolean {
  if (hasEvidenceNoun(speaker.text)) return true;
  return entityEndingAt(entities, speaker.end)?.start === speaker.start && evidenceBefore(text, speaker.start);
}

/**
 * "added a second goal", "added 3 percent", "added to the pressure": "add" with an object or "to"
 * adds something rather than saying it. Speech is "added that ...", "he added." or a clause.
 */
function addsAnObject(text: string, verbEnd: number): boolean {
  const next = wordAfter(text, verbEnd);
  if (!next || text.slice(verbEnd, next.start).trim() !== "") return false;
  return ADDED_OBJECT_STARTS.has(next.lower) || /^\p{N}/u.test(next.text) || UNIT_WORDS[next.lower] !== undefined;
}

const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);

/** Words of a clause opened by evidence, up to its verb: "Figures the port authority published on Tuesday showed". */
const EVIDENCE_SUBJECT_MAX_WORDS = 10;
/** Words that may stand before the evidence noun: "the latest official figures". */
const EVIDENCE_MODIFIER_MAX_WORDS = 3;

/**
 * The clause opens with the evidence as its subject, with a description too long for a speaker
 * phrase ("Figures the port authority published on Tuesday showed ...", "..., provisional results
 * released on Monday showed."): the evidence says it.
 */
function evidenceSubject(text: string, verb: Word, lemma: string): Attribution | null {
  const phrase = clauseBefore(text, verb.start);
  const words = phrase.text.split(/\s+/).map((word) => word.toLowerCase());
  // "The audit said Tarvik Bank found ...": a reporting verb gives the clause to its own speaker
  // ("report" there is the evidence).
  const saysSomething = words.some((word) => isReportingVerbForm(word) && !EVIDENCE_NOUNS.has(word));
  if (words.length > EVIDENCE_SUBJECT_MAX_WORDS || /[;:"]/.test(phrase.text) || saysSomething) return null;
  // "The survey that found it covered ...": the verb is the evidence's own relative clause.
  if (!opensWithEvidence(words) || RELATIVE_PRONOUNS.has(words.at(-1) ?? "")) return null;
  return { speaker: { name: phrase.text.toLowerCase(), span: phrase }, phrase: span(text, phrase.start, verb.end), cue: lemma, cueStart: verb.start };
}

/** The clause before `at`, from its sentence's start or the last comma, trimmed. */
function clauseBefore(text: string, at: number): Span {
  const start = Math.max(sentenceStartBefore(text, at), text.lastIndexOf(",", at - 1) + 1);
  const raw = text.slice(start, at);
  return span(text, at - raw.trimStart().length, at - (raw.length - raw.trimEnd().length));
}

/** "Figures ...", "the poll ...", "provisional results ...": an evidence noun after a few words that describe it. */
function opensWithEvidence(words: readonly string[]): boolean {
  const noun = words.findIndex((word) => EVIDENCE_NOUNS.has(word));
  return noun >= 0 && noun <= EVIDENCE_MODIFIER_MAX_WORDS && words.slice(0, noun).every(mayDescribeEvidence);
}

/** A determiner or a describing word; "Police reviewing records found" has its own subject. */
function mayDescribeEvidence(word: string): boolean {
  if (DETERMINERS.has(word)) return true;
  return !PHRASE_BOUNDARIES.has(word) && !isReportingVerbForm(word) && !word.endsWith("ing");
}

function hasEvidenceNoun(words: string): boolean {
  return words.toLowerCase().split(/[^\p{L}]+/u).some((word) => EVIDENCE_NOUNS.has(word));
}

/** Words before a named speaker that may describe the evidence it published ("a study published Wednesday in the Harlow Journal found"). */
const EVIDENCE_LEAD_CHARS = 60;

/**
 * The named speaker is where evidence came from, in a phrase that opens with it: "a study published
 * Wednesday in X found", "a survey by X shows". The clause before it must end in the preposition
 * that links them, so "The audit said X found a buyer" gives X no evidence.
 */
function evidenceBefore(text: string, speakerStart: number): boolean {
  const lead = text.slice(Math.max(0, speakerStart - EVIDENCE_LEAD_CHARS), speakerStart);
  const clause = lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(". "), lead.lastIndexOf("\n")) + 1);
  return /\b(?:by|in|from|of|for) +(?:the +)?$/i.test(clause) && hasEvidenceNoun(clause) && !clause.split(/\s+/).some(isReportingVerbForm);
}

/** "wrote that ...", "replied that ...": a quote-only verb reporting a claim in indirect speech. */
function introducesClaim(text: string, verbEnd: number, lemma: string): boolean {
  return THAT_CLAUSE_LEMMAS.has(lemma) && wordAfter(text, verbEnd)?.lower === "that";
}

function afterComma(text: string, at: number): boolean {
  return /, *$/.test(text.slice(Math.max(0, at - 3), at));
}

/** A comma, then only spaces, right before `at`, no earlier than `floor`. */
function commaBefore(text: string, at: number, floor: number): boolean {
  let end = at;
  while (end > floor && text[end - 1] === " ") end--;
  return end > floor && text[end - 1] === ",";
}

/**
 * "Alvarez left early and said ...", "Alvarez left early, saying ...": the verb shares the
 * subject that opens the sentence. Only an entity or a pronoun counts: a noun phrase's end cannot
 * be told from its verb's start without a parser.
 */
function attributionToSubject(text: string, verb: Word, lemma: string, entities: EntityAtom[]): Attribution | null {
  // "... and told her to leave": an order, not a claim.
  if (lemma === "tell") return null;
  const subject = subjectOfSentence(text, sentenceStartBefore(text, verb.start), entities, verb.start);
  // The subject's own verb must follow it ("Alvarez left", not "Alvarez, 52, left").
  if (!subject || subject.phraseEnd >= verb.start || !/^ +\p{Ll}/u.test(text.slice(subject.phraseEnd, subject.phraseEnd + 3))) return null;
  if (/[;:"]/.test(text.slice(subject.phraseEnd, verb.start))) return null;
  return { speaker: subject.speaker, phrase: span(text, verb.start, verb.end), cue: lemma, cueStart: verb.start };
}

/** Where the sentence holding `at` starts: after a line break, or after a full stop that ends no title or initial. */
function sentenceStartBefore(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (text[i] === "\n") return i + 1;
    if (/[.!?]/.test(text[i] ?? "") && /\s/.test(text[i + 1] ?? "")) {
      const word = wordBefore(text, i);
      if (!(text[i] === "." && word?.end === i && isAbbreviatedNamePart(word.text))) return i + 1;
    }
  }
  return 0;
}

/**
 * The entity or pronoun opening a sentence, after "But" or "And" and title words ("But Senator
 * Tam Odell ..."), or opening its main clause after a short phrase and a comma ("In a statement,
 * Alvarez ..."). A capitalised word the entity finder let go is too often an imperative ("Get").
 */
function subjectOfSentence(text: string, start: number, entities: EntityAtom[], anchor: number): SpeakerMatch | null {
  const opening = subjectAt(text, start, entities, anchor);
  if (opening) return opening;
  const clauseStart = afterOpeningPhrase(text, start, anchor);
  return clauseStart === null ? null : subjectAt(text, clauseStart, entities, anchor);
}

/** Words a phrase before the main clause may have ("In a statement,", "Late on Tuesday,"). */
const OPENING_PHRASE_MAX_WORDS = 5;

/** Where the main clause starts after a short opening phrase and its comma, before `anchor`. */
function afterOpeningPhrase(text: string, start: number, anchor: number): number | null {
  const comma = text.indexOf(",", start);
  if (comma < 0 || comma >= anchor || /[;:"]/.test(text.slice(start, comma))) return null;
  return wordsIn(text, start, comma).length <= OPENING_PHRASE_MAX_WORDS ? comma + 1 : null;
}

function subjectAt(text: string, start: number, entities: EntityAtom[], anchor: number): SpeakerMatch | null {
  let first = wordAfter(text, start);
  if (first && OPENING_CONJUNCTIONS.has(first.lower)) first = wordAfter(text, first.end);
  if (!first) return null;
  if (PRONOUNS.has(first.lower)) return pronounSpeaker(text, first, entities, anchor);
  const entity = entityNear(text, entities, first.start);
  return entity && namesOffice(text.slice(first.start, entity.start)) ? entitySpeaker(entity) : null;
}

/** Nothing, or an office ending in a title word ("Senator", "Transport Minister"), before a name. */
function namesOffice(words: string): boolean {
  const last = words.split(/\s+/).filter(Boolean).at(-1);
  return last === undefined || isTitleWord(last);
}

/** "reports that", "..., the Journal reports.", "Acme claims": the noun-like form is a verb here. */
function looksLikeVerbUse(text: string, verb: Word, before: SpeakerMatch | null): boolean {
  if (wordAfter(text, verb.end)?.lower === "that" || /^[.,]/.test(text.slice(verb.end, verb.end + 1))) return true;
  return before?.named === true;
}

// ---------------------------------------------------------------------------------------------
// Speakers

interface SpeakerMatch {
  speaker: Speaker;
  /** True for an entity or a pronoun, false for a common noun phrase ("the minister"). */
  named: boolean;
  /** Where the attribution phrase starts (speaker before the verb) or ends (speaker after it). */
  phraseStart: number;
  phraseEnd: number;
}

/** A common noun phrase as the speaker ("the minister"), its attribution phrase running from `phraseStart` to `phraseEnd`. */
function phraseSpeaker(phrase: Span, phraseStart = phrase.start, phraseEnd = phrase.end): SpeakerMatch {
  return { speaker: { name: phrase.text.toLowerCase(), span: phrase }, named: false, phraseStart, phraseEnd };
}

/**
 * The speaker written before a reporting verb: an entity, a pronoun, an entity with an apposition
 * ("Alvarez, the city's mayor, said"), the antecedent of "who"/"which", or a short noun phrase
 * ("the minister", "officials"). `anchor` is where pronouns are resolved from; `floor` is a
 * position the speaker may not reach before.
 */
function speakerBefore(text: string, verbStart: number, entities: EntityAtom[], anchor: number, floor = 0): SpeakerMatch | null {
  const cursor = skipFillersBackward(text, verbStart);
  const entity = speakerEndingAt(text, entities, cursor);
  if (entity && entity.start >= floor) return entitySpeaker(entity);
  const word = wordBefore(text, cursor);
  if (word && word.start >= floor) {
    if (PRONOUNS.has(word.lower)) return pronounSpeaker(text, word, entities, anchor);
    if ((word.lower === "who" || word.lower === "which") && commaBefore(text, word.start, floor)) {
      const comma = text.lastIndexOf(",", word.start);
      return speakerBefore(text, comma, entities, anchor, floor);
    }
  }
  const apposition = appositionSpeaker(text, cursor, entities, floor);
  if (apposition) return apposition;
  const phrase = nounPhraseBefore(text, cursor, floor);
  if (!phrase) return nameBefore(text, cursor, floor);
  return phraseSpeaker(phrase);
}

/** Where a short bracketed aside ending at `end` opens ("Tam Odell (D-Ore.)"), else `end` trimmed. */
function skipAsideBackward(text: string, end: number): number {
  const trimmed = trimEnd(text, end);
  if (text[trimmed - 1] !== ")") return trimmed;
  const open = text.lastIndexOf("(", trimmed - 1);
  return open >= 0 && trimmed - open <= 40 && !/[\n"]/.test(text.slice(open, trimmed)) ? trimEnd(text, open) : trimmed;
}

function skipFillersBackward(text: string, from: number): number {
  let cursor = from;
  for (;;) {
    const trimmed = trimEnd(text, cursor);
    // "Tam Odell (D-Ore.) said": a bracketed aside between speaker and verb.
    const beforeAside = skipAsideBackward(text, trimmed);
    if (beforeAside !== trimmed) {
      cursor = beforeAside;
      continue;
    }
    const word = wordBefore(text, cursor);
    if (!word) return trimmed;
    if (SPEAKER_VERB_FILLERS.has(word.lower)) {
      cursor = word.start;
      continue;
    }
    const on = wordBefore(text, word.start);
    if (WEEKDAYS.has(word.lower) && on?.lower === "on") {
      cursor = on.start;
      continue;
    }
    return trimEnd(text, cursor);
  }
}

/** "Alvarez, the city's mayor, said" or "the city's mayor, Alvarez, said": an entity with a comma-enclosed apposition. */
function appositionSpeaker(text: string, cursor: number, entities: EntityAtom[], floor: number): SpeakerMatch | null {
  if (text[cursor - 1] !== ",") return null;
  // "The party's chairman, Rolf Antler, said": the name is the apposition.
  const named = speakerEndingAt(text, entities, cursor - 1);
  if (named && named.start >= floor && commaBefore(text, named.start, floor)) return entitySpeaker(named);
  const previousComma = text.lastIndexOf(",", cursor - 2);
  if (previousComma < floor || previousComma < 0 || cursor - previousComma > APPOSITION_MAX_CHARS) return null;
  const between = text.slice(previousComma + 1, cursor - 1);
  if (/[.!?;:"\n]/.test(between) && !PARTY_TAG.test(between)) return null;
  // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the aside stays with the name.
  const nameEnd = skipAsideBackward(text, previousComma);
  const entity = speakerEndingAt(text, entities, nameEnd);
  if (entity) return entity.start >= floor ? entitySpeaker(entity) : null;
  return nameBefore(text, nameEnd, floor);
}

/**
 * The speaker written after a reporting verb or "according to": an entity (after title words:
 * "said Health Minister Maria Alvarez"), a pronoun, or a short noun phrase ("a spokeswoman for
 * the ministry").
 */
function speakerAfter(text: string, from: number, entities: EntityAtom[], anchor: number): SpeakerMatch | null {
  const first = wordAfter(text, from);
  if (!first || /[.,;:!?"]/.test(text.slice(from, first.start))) return null;
  const entity = entityNear(text, entities, first.start) ?? describedPerson(text, entities, first.start);
  if (entity) return entitySpeaker(personOf(text, entities, entity) ?? entity);
  if (PRONOUNS.has(first.lower)) return pronounSpeaker(text, first, entities, anchor);
  const publisher = publisherOf(text, first.start, entities);
  if (publisher) return publisher;
  const phrase = nounPhraseAfter(text, first.start);
  if (!phrase) return nameAfter(text, first.start);
  const agent = agentAfter(text, phrase.end, entities) ?? appositiveAfter(text, phrase.end, entities);
  if (agent) return { ...entitySpeaker(agent), phraseStart: phrase.start };
  return phraseSpeaker(phrase);
}

/** Nouns of documents, besides evidence, whose publisher is their source ("a statement the ministry issued"). */
const DOCUMENT_NOUNS = new Set(["statement", "statements", "letter", "filing", "filings", "notice", "memo", "release", "bulletin"]);
/** Past forms without "-ed" that may close such a clause ("a letter the mayor wrote"). */
const IRREGULAR_PUBLISHING_FORMS = new Set(["wrote", "sent", "put", "gave", "made", "drew", "ran", "took", "held", "kept", "found", "brought"]);
/** Words of a document's head before who published it ("a preliminary report"). */
const DOCUMENT_HEAD_MAX_WORDS = EVIDENCE_MODIFIER_MAX_WORDS + 1;

/**
 * "according to a report the agency released", "figures that the ministry published": a document
 * named by who made it in a clause of its own. Its maker is the source, as in "a report by the
 * agency"; a person is not ("the man the police arrested" speaks for himself).
 */
function publisherOf(text: string, start: number, entities: EntityAtom[]): SpeakerMatch | null {
  const clause = text.slice(start, start + APPOSITION_MAX_CHARS).search(/[.,;:!?"()\n]/);
  const words = wordsIn(text, start, clause < 0 ? start + APPOSITION_MAX_CHARS : start + clause);
  const head = words.findIndex((word) => EVIDENCE_NOUNS.has(word.lower) || DOCUMENT_NOUNS.has(word.lower));
  if (head < 0 || head >= DOCUMENT_HEAD_MAX_WORDS || words.slice(0, head).some((word) => PHRASE_BOUNDARIES.has(word.lower))) return null;
  let from = head + 1;
  if (RELATIVE_PRONOUNS.has(words[from]?.lower ?? "")) from++;
  const opening = words[from];
  if (!opening) return null;
  for (let verb = from + 1; verb < words.length && verb <= from + SPEAKER_PHRASE_MAX_WORDS; verb++) {
    const word = words[verb]!;
    if (!isPublishingForm(word)) {
      if (PHRASE_BOUNDARIES.has(word.lower) || isReportingVerbForm(word.lower)) return null;
      continue;
    }
    const last = words[verb - 1]!;
    const entity = entityNear(text, entities, opening.start);
    if (entity && entity.end === last.end) return { ...entitySpeaker(entity), phraseStart: start, phraseEnd: word.end };
    if (!DETERMINERS.has(opening.lower)) return null;
    const agent = span(text, opening.start, last.end);
    return phraseSpeaker(agent, start, word.end);
  }
  return null;
}

/** A lower-case past form ("released", "wrote"): the verb of a clause naming who made a document. */
function isPublishingForm(word: Word): boolean {
  return word.text === word.lower && (word.lower.endsWith("ed") || IRREGULAR_PUBLISHING_FORMS.has(word.lower)) && !PHRASE_BOUNDARIES.has(word.lower);
}

/**
 * The named source behind a generic phrase: "an estimate by the Chamber of Commerce", "figures
 * from the ministry", "a spokeswoman for Aldane Line". The name is who the claim comes from.
 */
function agentAfter(text: string, phraseEnd: number, entities: EntityAtom[]): EntityAtom | null {
  const link = /^ (?:by|from|for|of) /.exec(text.slice(phraseEnd, phraseEnd + 6));
  return link ? entityNear(text, entities, phraseEnd + link[0].length) : null;
}

/**
 * The person a description names right after it, set off by a comma, where the clause ends: "said
 * its director, Paul Menard." The name is who speaks.
 */
function appositiveAfter(text: string, phraseEnd: number, entities: EntityAtom[]): EntityAtom | null {
  if (!text.startsWith(", ", phraseEnd)) return null;
  const entity = entityIndex(entities).firstStartingFrom(phraseEnd + 2);
  if (!entity || entity.start !== phraseEnd + 2 || !mayBePerson(entity)) return null;
  return /^(?:$|["”’]?[.,;!?])/u.test(text.slice(entity.end, entity.end + 2)) ? entity : null;
}

/**
 * An entity starting at `at`, or after capitalised title words, "the" and "and" ("the WHO",
 * "Health Minister Maria Alvarez", "Veltra President and CEO Oren Dask").
 */
function entityNear(text: string, entities: EntityAtom[], at: number): EntityAtom | null {
  const entity = entityIndex(entities).firstStartingFrom(at);
  if (!entity || entity.start > at + 40) return null;
  const between = text.slice(at, entity.start);
  return /^(?:(?:the|and|\p{Lu}[\p{L}.'-]*) +)*$/u.test(between) ? entity : null;
}

/**
 * A person named after a short description ("said 9/11 widow Terry Strada", "according to
 * conservative talk radio host Rush Limbaugh"). The description may hold no phrase boundary, "of"
 * or "for" ("the mother of ...") and no word that reads as a verb form ("polls showing ...").
 */
function describedPerson(text: string, entities: EntityAtom[], at: number): EntityAtom | null {
  const entity = personFrom(entities, at);
  // Bounded before slicing: the next person may be pages away.
  if (!entity || entity.start - at > DESCRIPTION_MAX_CHARS) return null;
  return isDescription(text.slice(at, entity.start)) ? entity : null;
}

/** A few words that may describe a person, each followed by a space ("Rovers manager "). */
function isDescription(description: string): boolean {
  if (!/^(?:[\p{L}\p{N}/'.-]+ )+$/u.test(description)) return false;
  const words = description.trim().split(" ");
  return words.length <= DESCRIPTION_MAX_WORDS && words.every(isDescriptionWord);
}

/**
 * The first name from `at` that may be a person's, passing over other names a description may
 * hold ("Rovers manager Corin Halvey"), within the reach of a description.
 */
function personFrom(entities: EntityAtom[], at: number): EntityAtom | null {
  let entity = entityIndex(entities).firstStartingFrom(at);
  while (entity && !mayBePerson(entity) && entity.start - at <= DESCRIPTION_MAX_CHARS) entity = entityIndex(entities).firstStartingFrom(entity.end);
  return entity && mayBePerson(entity) ? entity : null;
}

/** What follows `from`, after a comma and spaces, describes the person named at `nameStart`. */
function describedAt(text: string, from: number, nameStart: number): boolean {
  return isDescription(text.slice(from, nameStart).replace(/^[ ,]*/u, ""));
}

/**
 * "NBC's Dante Chinni", "Brannock Securities analyst Elena Varga": the person an organisation
 * introduces, by its possessive or as the start of their description, is the speaker.
 */
function personOf(text: string, entities: EntityAtom[], owner: EntityAtom): EntityAtom | null {
  if (text.slice(owner.end, owner.end + 3) === "'s ") {
    const person = entityIndex(entities).firstStartingFrom(owner.end);
    return person && person.start === owner.end + 3 && person.type === "person" ? person : null;
  }
  return owner.type === "organization" && text[owner.end] === " " ? describedPerson(text, entities, owner.end + 1) : null;
}

function isDescriptionWord(word: string): boolean {
  // A full stop only ends a title's abbreviation ("lead researcher Dr. Priya Venkataraman").
  if (word.includes(".")) return /^\p{Lu}\p{L}*\.$/u.test(word) && isTitleWord(word);
  const lower = word.toLowerCase();
  return !PHRASE_BOUNDARIES.has(lower) && lower !== "of" && lower !== "for" && !/(?:ing|ed)$/.test(lower) && REPORTING_VERBS[lower] === undefined;
}

/** One index per sorted entity list, shared by every lookup of one extraction. */
const entityIndex = objectMemo((entities: EntityAtom[]) => new EntityIndex(entities));

function entityEndingAt(entities: EntityAtom[], end: number): EntityAtom | null {
  // A possessive ("Alvarez's spokesman") is not the speaker; the entity must end the phrase.
  return entityIndex(entities).firstEndingAt(end);
}

/** The entity ending a speaker phrase at `end`, or the person it is given for ("X of Kestrel College"). */
function speakerEndingAt(text: string, entities: EntityAtom[], end: number): EntityAtom | null {
  const entity = entityEndingAt(entities, end);
  return entity && (personBeforeOf(text, entity, entities) ?? entity);
}

/**
 * "Professor Martin Oyelaran of Kestrel College, who ..., said": the person a place or
 * organisation is given after "of" for, who is the one speaking.
 */
function personBeforeOf(text: string, entity: EntityAtom, entities: EntityAtom[]): EntityAtom | null {
  if (entity.type === "person") return null;
  const sliceStart = Math.max(0, entity.start - 12);
  const of = /\bof(?:\s+the)?\s+$/iu.exec(text.slice(sliceStart, entity.start));
  if (!of) return null;
  const person = entityIndex(entities).firstEndingAt(trimEnd(text, sliceStart + of.index));
  return person?.type === "person" ? person : null;
}

function entitySpeaker(entity: EntityAtom): SpeakerMatch {
  return {
    speaker: { name: entity.key, span: { start: entity.start, end: entity.end, text: entity.text } },
    named: true,
    phraseStart: entity.start,
    phraseEnd: entity.end,
  };
}

/**
 * "he"/"she" resolve to the most recent person (or untyped name) mentioned before `anchor` (for a
 * quote, its opening mark); "it" to the most recent organisation. Unresolved pronouns ("they",
 * "we", or no antecedent) stay as the lower-case pronoun. The span is the pronoun itself.
 */
function pronounSpeaker(text: string, pronoun: Word, entities: EntityAtom[], anchor: number): SpeakerMatch {
  const referring = pronoun.lower === "it" || pronoun.lower === "he" || pronoun.lower === "she" ? pronoun.lower : null;
  const antecedent = referring ? resolvePronoun(text, entities, referring, anchor) : null;
  return {
    speaker: { name: antecedent ? antecedent.key : pronoun.lower, span: span(text, pronoun.start, pronoun.end) },
    named: true,
    phraseStart: pronoun.start,
    phraseEnd: pronoun.end,
  };
}

/** How far before a pronoun the same pronoun is read as standing for the same person. */
const PRONOUN_CHAIN_CHARS = 300;
/** How many earlier pronouns a chain may pass through. */
const PRONOUN_CHAIN_HOPS = 2;
/** A comma, a conjunction or a preposition right before a name: a list item or an object, not a new subject. */
const LIST_OR_PREPOSITION_BEFORE = /(?:,|\b(?:and|or|on|in|at|of|for|with|by|from|to|about|as|like|than))\s+$/i;
/** How much text before a name `LIST_OR_PREPOSITION_BEFORE` reads: its longest word and the spaces after it. */
const LIST_CUE_CHARS = 12;
/** The pronouns a chain follows, as whole words in any case. */
const CHAINED_PRONOUNS = { he: /\bhe\b/gi, she: /\bshe\b/gi };

/**
 * The antecedent of "he" / "she" / "it" (`EntityIndex.antecedent`). When that is no known person
 * and stands in a list or after a preposition (not where a new subject would), the same pronoun a
 * little earlier stands for the same one, and its own antecedent is used if that is a person: in
 * "For Rick Dean, ... He has worked on Finding Nemo and The Incredibles. '...,' he told", the
 * second "he" is the first's, Rick Dean, not a film named since.
 */
function resolvePronoun(text: string, entities: EntityAtom[], pronoun: "it" | "he" | "she", anchor: number, hops = 0): EntityAtom | null {
  const found = entityIndex(entities).antecedent(pronoun, anchor);
  if (pronoun === "it" || found === null || found.type === "person" || hops >= PRONOUN_CHAIN_HOPS) return found;
  if (!LIST_OR_PREPOSITION_BEFORE.test(text.slice(Math.max(0, found.start - LIST_CUE_CHARS), found.start))) return found;
  const from = Math.max(0, anchor - PRONOUN_CHAIN_CHARS);
  const earlier = [...text.slice(from, anchor).matchAll(CHAINED_PRONOUNS[pronoun])].at(-1);
  if (earlier === undefined) return found;
  const chained = resolvePronoun(text, entities, pronoun, from + earlier.index, hops + 1);
  return chained?.type === "person" ? chained : found;
}

/**
 * "McLenney said", "Mr. King said", "Park Geun-hye said": capitalised words right before a
 * reporting verb name its speaker even where the entity finder let them go (an unknown name
 * opening a sentence, a surname that is also a title, a hyphenated name cut short).
 */
function nameBefore(text: string, end: number, floor: number): SpeakerMatch | null {
  const words: Word[] = [];
  let cursor = end;
  while (words.length < NAME_MAX_WORDS) {
    const word = nameWordBefore(text, cursor, words.length > 0);
    if (!word || word.start < floor || !isNameWord(word)) break;
    words.unshift(word);
    cursor = word.start;
  }
  return nameSpeaker(text, words);
}

/** "said Mr. Burman", "said Ellis": the same after the verb. */
function nameAfter(text: string, start: number): SpeakerMatch | null {
  const words: Word[] = [];
  let cursor = start;
  while (words.length < NAME_MAX_WORDS) {
    const word = nameWordAfter(text, cursor);
    if (!word || !isNameWord(word)) break;
    words.push(word);
    cursor = word.end;
  }
  return nameSpeaker(text, words);
}

/** The word before `end`; with `withStop`, also a title or an initial written with a full stop ("Mr.", "E."). */
function nameWordBefore(text: string, end: number, withStop: boolean): Word | null {
  const stop = trimEnd(text, end) - 1;
  if (text[stop] !== ".") return wordBefore(text, end);
  if (!withStop) return null;
  const word = wordBefore(text, stop);
  return word && word.end === stop && isAbbreviatedNamePart(word.text) ? { ...word, end: stop + 1, text: `${word.text}.` } : null;
}

function nameWordAfter(text: string, start: number): Word | null {
  const word = wordAfter(text, start);
  if (!word || text[word.end] !== "." || !isAbbreviatedNamePart(word.text)) return word;
  return /^\. \p{Lu}/u.test(text.slice(word.end, word.end + 3)) ? { ...word, end: word.end + 1, text: `${word.text}.` } : null;
}

function isAbbreviatedNamePart(word: string): boolean {
  return isTitleWord(word) || /^\p{Lu}$/u.test(word);
}

function isNameWord(word: Word): boolean {
  const lower = word.lower.replace(/\.$/, "");
  return /^\p{Lu}/u.test(word.text) && REPORTING_VERBS[lower] === undefined && !NOT_NAMES.has(lower);
}

/**
 * The name is what follows the run's last title ("South Korean President Park Geun-hye" -> "Park
 * Geun-hye"). A run ending in a title names no one ("said PeopleSoft President and CEO Craig
 * Conway" stops at "and") unless an honorific marks that word as a surname ("Mr. King").
 */
function nameSpeaker(text: string, words: Word[]): SpeakerMatch | null {
  const last = words[words.length - 1];
  if (!last) return null;
  const beforeLast = words[words.length - 2];
  if (isTitleWord(last.text) && !(beforeLast && HONORIFICS.has(beforeLast.lower.replace(/\.$/, "")))) return null;
  const lastTitle = words.slice(0, -1).map((word) => isTitleWord(word.text)).lastIndexOf(true);
  const name = words.slice(lastTitle + 1);
  const nameSpan = span(text, name[0]!.start, name[name.length - 1]!.end);
  // Not `named`: a capitalised run ("Fifth Amendment claims") is no sign that a noun-like form is a verb.
  return phraseSpeaker(nameSpan, words[0]!.start, nameSpan.end);
}

function nounPhraseBefore(text: string, end: number, floor: number): Span | null {
  const words: Word[] = [];
  let cursor = end;
  while (words.length < SPEAKER_PHRASE_MAX_WORDS) {
    const word = wordBefore(text, cursor);
    if (!word || word.start < floor || (PHRASE_BOUNDARIES.has(word.lower) && !joinsOfficeName(text, word, words))) break;
    if (REPORTING_VERBS[word.lower] && !isNounAfterDeterminer(text, word)) break;
    words.unshift(word);
    cursor = word.start;
  }
  const trimmed = trimToDeterminer(words);
  if (!trimmed) return null;
  // "Creditors of the card firm have said": the phrase's noun is the one before "of".
  const of = trimmed.findIndex((word) => word.lower === "of");
  const head = of > 0 ? trimmed.slice(0, of) : trimmed;
  return isSpeakerPhrase(head) ? span(text, trimmed[0]!.start, trimmed[trimmed.length - 1]!.end) : null;
}

/**
 * "the Trade and Industry Secretary": an "and" between two capitalised words of a phrase that ends
 * on a title. Not "the Dunn and Bradstreet study", whose "and" joins two names.
 */
function joinsOfficeName(text: string, word: Word, after: readonly Word[]): boolean {
  const [next] = after;
  if (word.lower !== "and" || next === undefined || !/^\p{Lu}/u.test(next.text) || !isTitleWord(after.at(-1)!.text)) return false;
  const previous = wordBefore(text, word.start);
  return previous !== null && /^\p{Lu}/u.test(previous.text);
}

/** "..., the report said.": a form that is nearly always a noun, after a determiner, is the speaker's noun. */
function isNounAfterDeterminer(text: string, word: Word): boolean {
  if (!NOUN_BASE_FORMS.has(word.lower) && !NOUN_LIKE_FORMS.has(word.lower)) return false;
  const before = wordBefore(text, word.start);
  return before !== null && DETERMINERS.has(before.lower);
}

/** "The report released Tuesday by the ministry": a long run is cut back to its last determiner. */
function trimToDeterminer(words: Word[]): Word[] | null {
  if (words.length === 0) return null;
  if (DETERMINERS.has(words[0]!.lower) || words.length < SPEAKER_PHRASE_MAX_WORDS) return words;
  const last = words.map((w) => w.lower).lastIndexOf("the");
  return last > 0 ? words.slice(last) : words;
}

function nounPhraseAfter(text: string, start: number): Span | null {
  const words: Word[] = [];
  let cursor = start;
  while (words.length < SPEAKER_PHRASE_MAX_WORDS + 2) {
    const word = wordAfter(text, cursor);
    if (!word || PHRASE_BOUNDARIES.has(word.lower)) break;
    // "a report by the transport department": after the phrase's first word, such a form is its noun.
    if (REPORTING_VERBS[word.lower] && !(words.length > 0 && (NOUN_BASE_FORMS.has(word.lower) || NOUN_LIKE_FORMS.has(word.lower)))) break;
    // "port authority figures released on Tuesday": a participle after the evidence ends its phrase.
    if (words.length > 0 && EVIDENCE_NOUNS.has(words[words.length - 1]!.lower) && /ed$/.test(word.lower)) break;
    if (words.length > 0 && /[^ ]/.test(text.slice(words[words.length - 1]!.end, word.start))) break;
    words.push(word);
    cursor = word.end;
  }
  return words.length > 0 && (isSpeakerPhrase(words) || isBareEvidence(words)) ? span(text, words[0]!.start, words[words.length - 1]!.end) : null;
}

/**
 * "according to satellite data", "according to new research": evidence named by a mass noun takes
 * no determiner, and after the cue it is the source as much as "officials" would be.
 */
function isBareEvidence(words: Word[]): boolean {
  return words.length <= EVIDENCE_MODIFIER_MAX_WORDS + 1 && EVIDENCE_NOUNS.has(words[words.length - 1]!.lower);
}

/** A determiner phrase ("the minister"), a bare plural ("officials") or a bare collective ("police"). */
function isSpeakerPhrase(words: Word[]): boolean {
  const head = words[words.length - 1]!.lower;
  if (DETERMINERS.has(head) || PRONOUNS.has(head) || /^\d/.test(head)) return false;
  if (DETERMINERS.has(words[0]!.lower) || /'s$/.test(words[0]!.lower)) return true;
  return BARE_SPEAKER_NOUNS.has(head) || (/[^s]s$/.test(head) && words.length <= 3);
}

// ---------------------------------------------------------------------------------------------
// Words

const WORD_CHAR = /[\p{L}\p{N}'-]/u;

/** The word ending at `end` after optional spaces, or null if punctuation comes first. */
function wordBefore(text: string, end: number): Word | null {
  let i = end;
  while (i > 0 && text[i - 1] === " ") i--;
  const wordEnd = i;
  while (i > 0 && WORD_CHAR.test(text[i - 1] ?? "")) i--;
  if (i === wordEnd) return null;
  const word = text.slice(i, wordEnd);
  return { start: i, end: wordEnd, text: word, lower: word.toLowerCase() };
}

/** The word starting at `start` after optional spaces, or null if punctuation comes first. */
function wordAfter(text: string, start: number): Word | null {
  let i = start;
  while (i < text.length && text[i] === " ") i++;
  const wordStart = i;
  while (i < text.length && WORD_CHAR.test(text[i] ?? "")) i++;
  if (i === wordStart) return null;
  const word = text.slice(wordStart, i);
  return { start: wordStart, end: i, text: word, lower: word.toLowerCase() };
}

function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)) {
    const at = start + match.index;
    words.push({ start: at, end: at + match[0].length, text: match[0], lower: match[0].toLowerCase() });
  }
  return words;
}
