import type { Sentence, Span, Token } from "../analyze/types.js";
import { atomsOf, finding, holderOf, quoteText, spanAmong, spanFromAuxiliary, spanOf, type PairCheck } from "./context.js";
import { placeOf } from "./surroundings.js";
import { clauseBreakAt, governedWord, stemOf } from "./scope.js";

/** "would" mostly marks reported speech or a conditional ("she said it would"), not doubt. */
const NOT_DOUBT = new Set(["would"]);
/** Upper bounds hedge the number after them ("up to 70 km/h"), not the claim the sentence makes. */
const NUMBER_BOUNDS = new Set(["up to", "as many as", "as much as"]);

type Doubt = Span & { cue: string };

/**
 * The source softens a claim (may, expected to, reportedly) and the rewrite restates the word the
 * hedge governs with nothing keeping the doubt on it ("may appoint" -> "will appoint"). Only doubt
 * near the restated word counts: a "could" in another clause of the rewrite is about something else.
 */
export const checkHedges: PairCheck = ({ sentence, supports }) => {
  const doubts = doubtsIn(sentence);
  for (const hedge of atomsOf(supports, "hedge")) {
    if (NOT_DOUBT.has(hedge.cue)) continue;
    const holder = holderOf(supports, hedge.start);
    const governed = holder && governedWord(holder, hedge.end);
    if (!governed) continue;
    // The word may come twice ("23 cases were confirmed and 11 suspected cases"): doubt on any is kept.
    const restatings = sentence.tokens.filter((token) => stemOf(token) === stemOf(governed));
    const restated = restatings[0];
    if (!restated) continue;
    // A bound keeps only a bound's doubt: "up to 70 km/h" says nothing of whether the winds ease.
    const kept = doubts.filter((doubt) => !NUMBER_BOUNDS.has(doubt.cue) || NUMBER_BOUNDS.has(hedge.cue));
    if (restatings.some((word) => kept.some((doubt) => keepsDoubtOn(sentence, doubt, word)))) continue;
    const place = placeOf(sentence, holder, hedge);
    return [
      finding("hedge-dropped", "medium", place ? spanOf(sentence, place) : spanFromAuxiliary(sentence, restated), spanAmong(supports, hedge),
        `The source hedges this with ${quoteText(hedge.text)}; the rewrite states it as certain.`),
    ];
  }
  return [];
};

/**
 * The rewrite's words of doubt: its hedges but "would", and "should", which the lexicon leaves out
 * because it often means a duty, yet "should ease" is how a rewrite says "expected to ease".
 * "will" and "can" state a claim or an ability, not doubt.
 */
function doubtsIn(sentence: Sentence): Doubt[] {
  const hedges = atomsOf([sentence], "hedge").filter((hedge) => !NOT_DOUBT.has(hedge.cue));
  const shoulds = sentence.tokens.filter((token) => token.norm === "should").map((token) => ({ ...token, cue: "should" }));
  return [...hedges, ...shoulds];
}

/**
 * A word of doubt covers the restated word when it is in the same clause ("could rise", "suffered an
 * apparent injury"), in a clause that leads into it with "that" ("it is likely that the toll will
 * rise"), or in the reporting clause ("officials reportedly said"), which covers all it reports.
 */
function keepsDoubtOn(sentence: Sentence, doubt: Span, restated: Token): boolean {
  const clause = clauseBreakAt(sentence, restated.start);
  const doubtClause = clauseBreakAt(sentence, doubt.start);
  if (doubtClause === clause) return true;
  if (doubtClause?.norm === "that" && clauseBreakAt(sentence, doubtClause.end) === clause) return true;
  return atomsOf([sentence], "attribution").some((attribution) => doubt.start >= attribution.start && doubt.end <= attribution.end);
}
