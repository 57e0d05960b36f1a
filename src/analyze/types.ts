/**
 * Plain data produced by the analyze stage. Every `start`/`end` is a UTF-16 offset into the
 * ORIGINAL text the user gave (end exclusive), so any span can be highlighted as it was written.
 */

export interface Span {
  start: number;
  end: number;
  /** The original text of the span. */
  text: string;
}

export interface Token extends Span {
  /** Lower-cased normalised form (curly quotes straightened etc.). */
  norm: string;
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, NUM, PUNCT, ...). */
  pos: string;
  stop: boolean;
}

export interface NumberAtom extends Span {
  kind: "number";
  /** Value after scale: "$2.5 billion" -> 2.5e9; "half" -> 0.5; a range gives its low end. */
  value: number;
  /** Upper end for ranges ("10-12", "between 3 and 5"); equal to value otherwise. */
  high: number;
  /** Normalised unit: "%", "USD", "EUR", "GBP", "people", "km", ...; "" when none. */
  unit: string;
  /** True for approximate wording ("about", "nearly", "more than"). */
  approximate: boolean;
  /** The side the wording bounds the number from: "min" for "at least 11", "max" for "at most 11"; absent otherwise. */
  bound?: "min" | "max";
  /** True when the number is a year (1900-2100 written as four digits in a date-like slot). */
  year: boolean;
}

export interface DateAtom extends Span {
  kind: "date";
  /** Normalised comparison key, as precise as the text: "2024-11-01", "2024-11", "--11-01" (no year), "weekday:tuesday", "rel:next-week". */
  key: string;
  /** Resolved ISO date (yyyy-mm-dd) when a reference date made it possible, else null. */
  iso: string | null;
  /** End of a range ("Oct 31-Nov 1") as a key, or null. */
  endKey: string | null;
  /** Time of day "HH:MM" when given. */
  time: string | null;
}

export type EntityType = "person" | "organization" | "place" | "other";

export interface EntityAtom extends Span {
  kind: "entity";
  type: EntityType;
  /** Canonical key shared by the forms a text uses for one entity ("Maria Alvarez" / "Alvarez" / "Ms Alvarez"). */
  key: string;
  /** "he" or "she" when some form of the name opens with a given name the library knows as a man's or a woman's ("Martha"). */
  pronoun?: "he" | "she";
}

export interface QuoteAtom extends Span {
  kind: "quote";
  /** The words inside the quotation marks (span covers only them). */
  inner: Span;
  /** Canonical entity key or plain name of the speaker, when one is attributed. */
  speaker: string | null;
  speakerSpan: Span | null;
}

export interface AttributionAtom extends Span {
  kind: "attribution";
  /** Who says it: "the minister", "Alvarez", "the agency". */
  speaker: string;
  speakerSpan: Span;
  /** The reporting cue as a lemma: "say", "tell", "according to", "report". */
  cue: string;
}

/**
 * Someone credited with talking or thinking about what the sentence says, without a claim of theirs
 * being reported: "the group discussed the costs", "they considered a cheaper case". It tells that
 * a sentence does not state its content as fact; it never attributes a claim.
 */
export interface DiscussionAtom extends Span {
  kind: "discussion";
  /** Who discussed it: "the group", "they", "Alvarez". */
  speaker: string;
  speakerSpan: Span;
  /** The verb as a lemma: "discuss", "consider", "talk about". */
  cue: string;
}

export interface HedgeAtom extends Span {
  kind: "hedge";
  /** Lower-case cue: "may", "could", "reportedly", "expected to", "plans to". */
  cue: string;
}

export interface NegationAtom extends Span {
  kind: "negation";
  cue: string;
}

export type Atom = NumberAtom | DateAtom | EntityAtom | QuoteAtom | AttributionAtom | DiscussionAtom | HedgeAtom | NegationAtom;

export interface Sentence extends Span {
  index: number;
  tokens: Token[];
  /** Atoms whose span starts inside this sentence. A quote spanning sentences belongs to the first. */
  atoms: Atom[];
}

export interface Analysis {
  /** The original text, unchanged. */
  text: string;
  sentences: Sentence[];
  /** All atoms of the text, in order. */
  atoms: Atom[];
  /** Reference date used to resolve weekdays and relative dates, ISO yyyy-mm-dd, if known. */
  referenceDate: string | null;
}
