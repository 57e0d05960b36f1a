/**
 * Invented articles for the corpus unit tests: one story that travels wire -> rewrite -> rewrite
 * of the rewrite, and one unrelated story. Every place, person and outlet is made up.
 */
import type { IngestItem } from "../ingest/index.js";
import { buildArticleInput, type ArticleFields } from "../ingest/index.js";
import type { ArticleInput } from "../store/index.js";

/** The original agency report. */
export const WIRE = `TARNMOUTH, March 10 (Galloway Wire) - The Tarnmouth city council voted 9 to 4 on Monday to close the Pellow Street ferry terminal by June, ending 80 years of service across the Vell estuary. Council leader Imogen Sarrow said the terminal lost 2.4 million crowns last year and repairs would cost another 6 million. "We cannot keep pouring money into a pier that is sinking," Sarrow said. About 1,300 commuters use the ferry each day, according to the operator Vellcross Lines. A replacement bus route over the Harnet bridge will start in May.`;

/** A paraphrase of WIRE that changes the commuter count to 3,100. */
export const REWRITE = `The Pellow Street ferry terminal in Tarnmouth will close by June after the city council voted 9 to 4 on Monday, Galloway Wire reported. The terminal lost 2.4 million crowns last year, council leader Imogen Sarrow said, and repairs would cost 6 million more. "We cannot keep pouring money into a pier that is sinking," she said. Some 3,100 commuters take the ferry across the Vell estuary every day, operator Vellcross Lines said. A bus route over the Harnet bridge replaces it from May.`;

/** Cut down from REWRITE (keeping its 3,100), with one invented sentence. */
export const REWRITE_OF_REWRITE = `The Pellow Street ferry terminal in Tarnmouth will close by June after the city council voted 9 to 4, Galloway Wire reported. The terminal lost 2.4 million crowns last year, council leader Imogen Sarrow said. Some 3,100 commuters take the ferry across the Vell estuary every day. Shops near the pier plan a protest on Saturday.`;

/** About something else entirely. */
export const KITES = `Brisk winds delayed the opening of the Ormsby kite festival on Saturday, organisers said. Around 40 kite makers from six countries had planned to fly giant kites over Lannet beach. The festival will now open on Sunday if the forecast holds, festival director Pavel Quinn said.`;

/** An ArticleInput as ingest builds it (hash, dateline, cues), with an origin named after the text. */
export function articleOf(text: string, fields: Partial<ArticleFields> = {}): ArticleInput {
  return buildArticleInput({ text, origin: "corpus-test", ...fields });
}

/** The article as an ingest item that read cleanly. */
export function itemOf(text: string, fields: Partial<ArticleFields> = {}): IngestItem {
  return { ok: true, article: articleOf(text, fields) };
}
