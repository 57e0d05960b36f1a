import { atomsOf, finding, holderOf, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";
import { governedWord, stemOf } from "./scope.js";

/** "would" mostly marks reported speech or a conditional ("she said it would"), not doubt. */
const NOT_DOUBT = new Set(["would"]);
/** Modal verbs that keep a rewrite's claim uncertain even when no hedge cue was found in it. */
const MODALS = new Set(["may", "might", "could", "would", "should", "can"]);

/**
 * The source softens a claim (may, expected to, reportedly) and the rewrite restates the word the
 * hedge governs with no hedge and no modal left ("may appoint" -> "will appoint").
 */
export const checkHedges: PairCheck = ({ sentence, supports }) => {
  if (sentence.atoms.some((atom) => atom.kind === "hedge")) return [];
  if (sentence.tokens.some((token) => MODALS.has(token.norm))) return [];
  for (const hedge of atomsOf(supports, "hedge")) {
    if (NOT_DOUBT.has(hedge.cue)) continue;
    const holder = holderOf(supports, hedge.start);
    const governed = holder && governedWord(holder, hedge.end);
    if (!governed) continue;
    const restated = sentence.tokens.find((token) => stemOf(token) === stemOf(governed));
    if (!restated) continue;
    return [
      finding("hedge-dropped", "medium", spanOf(sentence, restated), spanAmong(supports, hedge),
        `The source hedges this with ${quoteText(hedge.text)}; the rewrite states it as certain.`),
    ];
  }
  return [];
};
