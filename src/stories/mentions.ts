/**
 * The facts one member states, read from its analysis: numbers and dates with the word that says
 * what they count or date (their slot), quotes with their speakers, and named entities with the
 * role they play. Consolidation across members happens in `facts.ts`.
 */
import type { Analysis, DateAtom, EntityAtom, NumberAtom, QuoteAtom, Sentence, Span, Token } from "../analyze/types.js";
import type { StoredArticle } from "../store/types.js";
import { outletKey } from "./outlets.js";

/** How far from a number or date (in tokens) the word naming its slot may sit. */
const CONTEXT_WINDOW = 3;
/** Quotes of fewer words are scare quotes or titles, not speech. */
const MIN_QUOTE_WORDS = 4;

interface SlottedMention {
  member: number;
  /** Lemma of the noun or verb saying what the value is about ("job", "fall"); null when none is near. */
  head: string | null;
  /** The value with its context as written: "12,000 jobs", "40% of the workforce". */
  display: string;
  /** Content lemmas of the sentence outside the value, to check two mentions speak of the same thing. */
  context: Set<string>;
  /** Index of the carrying sentence in the member's analysis (see `MemberMentions.frames`). */
  sentence: number;
}

export interface NumberMention extends SlottedMention {
  atom: NumberAtom;
}

export interface DateMention extends SlottedMention {
  atom: DateAtom;
}

export interface QuoteMention {
  member: number;
  atom: QuoteAtom;
  words: string[];
  /** Speaker key, only when it is a name (a capitalised speaker): "the minister" says too little. */
  speaker: string | null;
  speakerText: string | null;
}

export interface EntityMention {
  member: number;
  atom: EntityAtom;
  /** The entity is the speaker of a quote or attribution in this member. */
  speaks: boolean;
}

export interface MemberMentions {
  member: number;
  /**
   * Per sentence (by index), its content lemmas outside every number and date: what the sentence
   * says around its values, so sentences of two members can be aligned whatever values they give.
   */
  frames: Array<ReadonlySet<string>>;
  /** Each sentence's text, by index: what a claim shows. */
  sentences: string[];
  numbers: NumberMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  entities: EntityMention[];
}

const CONTENT_POS = new Set(["NOUN", "VERB", "ADJ", "PROPN", "ADV"]);
const NAMED_TYPES = new Set(["person", "organization", "place"]);
/** Places do not speak: "unions in Germany said" names the speakers' location. */
const SPEAKING_TYPES = new Set(["person", "organization"]);
const QUOTE_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Everything `member` states that consolidation looks at. */
export function collectMentions(member: StoredArticle, analysis: Analysis): MemberMentions {
  const frames = analysis.sentences.map(frameOf);
  const sentences = analysis.sentences.map((sentence) => sentence.text);
  const mentions: MemberMentions = { member: member.id, frames, sentences, numbers: [], dates: [], quotes: [], entities: [] };
  const speakers = new Set<string>();
  for (const [index, sentence] of analysis.sentences.entries()) {
    for (const atom of sentence.atoms) {
      if (atom.kind === "number" && isCount(atom)) {
        mentions.numbers.push({ member: member.id, atom, sentence: index, ...slotOf(sentence, atom, "after-first", analysis.text) });
      } else if (atom.kind === "date" && isExplicitDate(atom)) {
        mentions.dates.push({ member: member.id, atom, sentence: index, ...slotOf(sentence, atom, "before-first", analysis.text) });
      } else if (atom.kind === "quote") {
        const quote = quoteMention(member.id, atom, analysis);
        if (quote) mentions.quotes.push(quote);
        if (atom.speaker) speakers.add(atom.speaker);
      } else if (atom.kind === "attribution") {
        speakers.add(atom.speaker);
      }
    }
  }
  const ignored = new Set([member.outlet, ...member.cues].filter((name): name is string => Boolean(name)).map(outletKey));
  const dateline = member.dateline?.trim().toLowerCase();
  for (const atom of analysis.atoms) {
    if (atom.kind !== "entity" || !NAMED_TYPES.has(atom.type)) continue;
    // The credit and dateline ("LONDON (Reuters)") describe the article, not the event.
    if (ignored.has(outletKey(atom.text)) || atom.key === dateline) continue;
    mentions.entities.push({ member: member.id, atom, speaks: SPEAKING_TYPES.has(atom.type) && speakers.has(atom.key) });
  }
  return mentions;
}

/** Content lemmas of a sentence outside its numbers and dates. */
function frameOf(sentence: Sentence): Set<string> {
  const values = sentence.atoms.filter((atom) => atom.kind === "number" || atom.kind === "date");
  const inValue = (token: Token) => values.some((atom) => token.start < atom.end && token.end > atom.start);
  return new Set(
    sentence.tokens.filter((token) => !token.stop && CONTENT_POS.has(token.pos) && !inValue(token)).map((token) => token.lemma.toLowerCase()),
  );
}

/** Words of a quote, lower-cased, for comparing wordings. */
function quoteWords(text: string): string[] {
  return text.toLowerCase().match(QUOTE_WORD) ?? [];
}

/** Years are dates, ordinals rank rather than count, and a bare "one" is mostly a pronoun. */
function isCount(atom: NumberAtom): boolean {
  return !atom.year && atom.unit !== "ordinal" && atom.text.toLowerCase() !== "one";
}

/**
 * Only dates written out ("March 1", "2025", "1 March 2024"): "Tuesday" or "yesterday" resolve
 * against each member's own publication day, so two members may say the same thing differently.
 */
function isExplicitDate(atom: DateAtom): boolean {
  return /\d/.test(atom.text) && !atom.key.startsWith("time:");
}

function quoteMention(member: number, atom: QuoteAtom, analysis: Analysis): QuoteMention | null {
  const words = quoteWords(atom.inner.text);
  if (words.length < MIN_QUOTE_WORDS) return null;
  if (atom.speaker === null || atom.speakerSpan === null || !/^\p{Lu}/u.test(atom.speakerSpan.text)) {
    return { member, atom, words, speaker: null, speakerText: null };
  }
  return { member, atom, words, speaker: atom.speaker, speakerText: fullName(analysis, atom.speaker) ?? atom.speakerSpan.text };
}

/** The longest form the text uses for an entity key: "Ingrid Solberg" rather than a later "Solberg". */
function fullName(analysis: Analysis, key: string): string | null {
  let best: string | null = null;
  for (const atom of analysis.atoms) {
    if (atom.kind === "entity" && atom.key === key && atom.text.length > (best?.length ?? 0)) best = atom.text;
  }
  return best;
}

/**
 * The word that says what a value is about: for a number the noun after it ("12,000 jobs",
 * "40% of the workforce"), else the noun or verb before it ("shares fell 4.5%"); for a date the
 * word before it first ("take effect on March 1").
 */
function slotOf(sentence: Sentence, atom: Span, preference: "after-first" | "before-first", text: string) {
  const inside = (token: Token) => token.start < atom.end && token.end > atom.start;
  const firstInside = sentence.tokens.findIndex(inside);
  let lastInside = firstInside;
  while (lastInside + 1 < sentence.tokens.length && inside(sentence.tokens[lastInside + 1]!)) lastInside++;
  const after = () => scan(sentence.tokens, lastInside + 1, 1, new Set(["NOUN"]));
  const before = () => scan(sentence.tokens, firstInside - 1, -1, new Set(["NOUN", "VERB"]));
  const head = firstInside < 0 ? null : preference === "after-first" ? (after() ?? before()) : (before() ?? after());
  const display = head && head.start >= atom.end ? text.slice(atom.start, labelEnd(sentence.tokens, lastInside, head, atom)) : atom.text;
  const context = new Set(
    sentence.tokens.filter((token) => !inside(token) && !token.stop && CONTENT_POS.has(token.pos)).map((token) => token.lemma.toLowerCase()),
  );
  return { head: head ? head.lemma.toLowerCase() : null, display: display.replace(/\s+/g, " "), context };
}

/**
 * Where a value's label ends: the value alone when it names what it counts ("47 people", "5.8
 * metres"), else through its head noun and the nouns joined to it ("three emergency shelters",
 * not "three emergency").
 */
function labelEnd(tokens: readonly Token[], lastInside: number, head: Token, atom: Span): number {
  if (tokens[lastInside]?.pos === "NOUN") return atom.end;
  let at = tokens.indexOf(head);
  while (tokens[at + 1]?.pos === "NOUN") at++;
  return tokens[at]!.end;
}

/** The first token of one of `pos` within the window, not crossing punctuation or another number. */
function scan(tokens: readonly Token[], from: number, step: 1 | -1, pos: ReadonlySet<string>): Token | null {
  for (let i = from, seen = 0; i >= 0 && i < tokens.length && seen < CONTEXT_WINDOW; i += step, seen++) {
    const token = tokens[i]!;
    if (token.pos === "PUNCT" || token.pos === "NUM") return null;
    if (pos.has(token.pos)) return token;
  }
  return null;
}
