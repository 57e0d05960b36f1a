/** Shapes of API answers that only the server defines, imported as types by the web UI too. */

/** A bundled example pair the compare page offers to try. */
export interface ExamplePair {
  id: string;
  title: string;
  description: string;
  source: string;
  rewrite: string;
}
