/**
 * The `wiretrace/sources@1` document: plain data, imported by the CLI, the HTTP API and the
 * browser UI alike, so it lives apart from the code that renders it.
 */
import type { Finding } from "../report/types.js";

export const SOURCES_SCHEMA_ID = "wiretrace/sources@1";

export interface SourcesDocument {
  schema: typeof SOURCES_SCHEMA_ID;
  article: { id?: number; origin: string; title?: string; outlet?: string; published?: string };
  sources: SourceEntry[];
}

export interface SourceEntry {
  rank: number;
  id: number;
  outlet?: string;
  title?: string;
  url?: string;
  published?: string;
  /** Index evidence: share of the article's content words in the source, and shared 3-word phrases. */
  candidate: { coverage: number; jaccard: number; score: number };
  relation?: string;
  derivedShare?: number;
  verbatimShare?: number;
  faithfulness?: number;
  faithful?: boolean;
  findings?: Finding[];
}
