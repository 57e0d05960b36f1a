/**
 * Plain data of a story's derivation graph and consolidated facts. A `StoryGraph` is what the
 * JSON output prints as it is, so every field is serialisable (no Maps, no functions).
 */
import type { StorySummary } from "../store/types.js";

/** One member article as the graph shows it. */
export interface StoryMemberView {
  id: number;
  outlet?: string;
  title?: string;
  published?: string;
  /** When the store accepted it: places the article in time when `published` is missing. */
  ingestedAt: string;
  url?: string;
  cues: string[];
  dateline?: string;
}

/** `from` -> `to`: the article `to` derives from the article `from`. */
export interface DerivationEdge {
  from: number;
  to: number;
  /** 0..1, see `edgeConfidence`. */
  confidence: number;
  /** Share of `to`'s word 3-grams found in `from`, 0..1. */
  containment: number;
  /** Short phrases a person can check: "published 3 h later", "credits Reuters". */
  reasons: string[];
}

export type FactKind = "number" | "date" | "quote" | "claim" | "entity";

/** One fact as the members state it, with every member that carries it. */
export interface StoryFact {
  kind: FactKind;
  /**
   * What the fact is about, so values of one slot can be compared: the unit and context word of a
   * number ("|job"), the context word of a date, the speaker of a quote, an entity's role.
   */
  slot: string;
  /** Comparable value: a number's value, a date key, a quote's words, a claim's sentence in lower case, an entity key. */
  value: string;
  /** The fact as the first member carrying it writes it: "12,000 jobs", the quote's words, a claim's sentence. */
  text: string;
  /** Member ids carrying the fact, ascending. */
  members: number[];
  /** Quotes: who says it, per member that names a speaker (entity key or plain name). */
  speakers?: Array<{ speaker: string; members: number[] }>;
  /** Entities: "person", "organization", "place" or "other". */
  entityType?: string;
}

export type DisagreementKind = "number" | "date" | "quote-speaker" | "added-claim";

/** Members that state one value of a disputed slot. */
export interface DisagreementVariant {
  /** The value as written by the first member stating it. */
  text: string;
  members: number[];
}

/** Members give different values for the same slot, or a derived member says what its source does not ("added-claim"). */
export interface Disagreement {
  kind: DisagreementKind;
  slot: string;
  /** One line: "3 outlets say 12,000 jobs, 1 says 1,200 jobs". */
  message: string;
  /** Most widely carried first. */
  variants: DisagreementVariant[];
}

export interface StoryGraph {
  story: StorySummary;
  /** In time order, earliest first. */
  members: StoryMemberView[];
  edges: DerivationEdge[];
  /** Members with no parent (originals and independent reports), in time order. */
  roots: number[];
  facts: StoryFact[];
  disagreements: Disagreement[];
}
