/** The `wiretrace/compare@1` JSON contract. Keep these names; add fields freely. */

export const COMPARE_SCHEMA_ID = "wiretrace/compare@1";

export interface ReportSentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface ReportDocument {
  title?: string;
  byline?: string;
  published?: string;
  sentences: ReportSentence[];
}

export type Relation = "copy" | "rewrite" | "partial" | "independent" | "unrelated";

export interface Verdict {
  relation: Relation;
  /** Share of the rewrite's characters in sentences the source supports. */
  derivedShare: number;
  /** Share of the rewrite's word 3-grams that also occur in the source: how much is copied word for word. */
  verbatimShare: number;
  /**
   * Share of the rewrite's content words its aligned source sentences do not contain (same stem or
   * a synonym); every word of an unsupported sentence counts. 0 for a copy or a supported paraphrase.
   */
  unsupportedWordShare?: number;
  /** 1 = every claim supported; drops with each finding by its severity. */
  faithfulness: number;
  /** True when no high or medium finding other than omissions. */
  faithful: boolean;
}

export type AlignmentKind = "verbatim" | "paraphrase" | "altered" | "unsupported";

export interface AlignmentEntry {
  /** Rewrite sentence index. */
  rewrite: number;
  /** Supporting source sentence indexes, best first; empty when unsupported. */
  source: number[];
  kind: AlignmentKind;
  /** Support score in [0, 1]. */
  score: number;
  /**
   * The evidence behind `score`, each measured against the closest source sentences: those in
   * `source`, or for an unsupported sentence the ones that came nearest (still too weak).
   * Sentence-encoder cosine in [-1, 1]; 0 when compared by words alone.
   */
  cosine?: number;
  /** Share of the sentence's content words found there (same stem or a synonym). */
  coverage?: number;
  /** Share of all the sentence's words, function words included, found there (same stem). */
  wordShare?: number;
  /** Share of the sentence's words found there in the same order (longest common subsequence). */
  orderShare?: number;
}

export type FindingType =
  | "number-changed"
  | "date-changed"
  | "entity-changed"
  | "quote-altered"
  | "quote-invented"
  | "misattribution"
  | "attribution-dropped"
  | "hedge-dropped"
  | "negation-flipped"
  | "meaning-changed"
  | "unsupported"
  | "omitted";

export type Severity = "high" | "medium" | "low";

export interface FindingSpan {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  type: FindingType;
  severity: Severity;
  rewrite: FindingSpan | null;
  source: FindingSpan | null;
  message: string;
}

export interface CompareReport {
  schema: typeof COMPARE_SCHEMA_ID;
  source: ReportDocument;
  rewrite: ReportDocument;
  verdict: Verdict;
  alignment: AlignmentEntry[];
  /** Source sentences whose content the rewrite does not carry (none of it, or under 35% of its content words). */
  omitted: number[];
  findings: Finding[];
}
