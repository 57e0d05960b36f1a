/** Shapes of API answers that only the server defines, imported as types by the web UI too. */

/** A bundled example pair the compare page offers to try. */
export interface ExamplePair {
  id: string;
  title: string;
  description: string;
  source: string;
  rewrite: string;
}

/** One side of a compare request: text as written, an HTML page, or a stored article. */
export type CompareDoc = { text: string; title?: string; published?: string } | { html: string } | { id: number };

