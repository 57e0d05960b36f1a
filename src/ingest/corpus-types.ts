/** What corpus ingest hands the pipeline: one article ready for the store, or one rejection. */
import type { ErrorCode } from "../errors/index.js";
import type { ArticleInput } from "../store/types.js";

export type IngestItem =
  | { ok: true; article: ArticleInput }
  | {
      ok: false;
      /** "path", "path:LINE", "feed.xml#ITEMNO" or a URL. */
      location: string;
      /** What was wrong, without the location: "not valid JSON: ...". */
      reason: string;
      code: ErrorCode;
    };

export type Rejection = Extract<IngestItem, { ok: false }>;

export interface CollectOptions {
  /** Fetch each feed item's page and extract the article from it, instead of using the feed's own text. */
  fetchLinks?: boolean;
  /** The fetch used for URLs; the global fetch when not given (tests pass their own). */
  fetch?: typeof fetch;
  /** Largest single article, page or feed accepted, in bytes; DEFAULT_MAX_BYTES when not given. */
  maxBytes?: number;
}
