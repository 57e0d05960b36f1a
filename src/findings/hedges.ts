import { atomsOf, finding, quoteText, spanAmong, spanOf, type PairCheck } from "./context.js";
import { contentTerms } from "../align/index.js";

/** Content words right after a hedge cue that show which claim it softens. */
const SCOPE_WORDS = 4;

/**
 * The source softens a claim (may, expected to, reportedly) and the rewrite states the same claim
 * without any hedge.
 */
export const checkHedges: PairCheck = ({ sentence, supports }) => {
  const hedges = atomsOf(supports, "hedge");
  if (hedges.length === 0 || sentence.atoms.some((atom) => atom.kind === "hedge")) return [];
  const rewriteTerms = contentTerms(sentence);
  for (const hedge of hedges) {
    const holder = supports.find((s) => hedge.start >= s.start && hedge.start < s.end)!;
    const scope = contentTerms(holder).filter((term) => term.token.start >= hedge.end).slice(0, SCOPE_WORDS);
    const restated = rewriteTerms.find((term) => scope.some((other) => other.stem === term.stem));
    if (!restated) continue;
    return [
      finding("hedge-dropped", "medium", spanOf(sentence, restated.token), spanAmong(supports, hedge),
        `The source hedges this with ${quoteText(hedge.text)}; the rewrite states it as certain.`),
    ];
  }
  return [];
};
