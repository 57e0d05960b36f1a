import { sameQuantity } from "../analyze/index.js";
import type { Analysis, NumberAtom, Sentence, Span, Token } from "../analyze/types.js";
import type { Finding, FindingSpan } from "../report/types.js";
import { atomsOf, finding, holderOf, namesKey, quoteText, spanAmong, spanFromAuxiliary, spanOf, type PairCheck } from "./context.js";
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
export const checkHedges: PairCheck = ({ rewrite, sentence, supports }) => {
  const doubts = doubtsIn(sentence);
  for (const hedge of atomsOf(supports, "hedge")) {
    if (NOT_DOUBT.has(hedge.cue)) continue;
    const bounded = NUMBER_BOUNDS.has(hedge.cue) ? boundedNumber(supports, hedge) : undefined;
    if (bounded) {
      const unbounded = boundDropped(sentence, bounded);
      // "could replace $100 million" for "could replace up to $100 million": the doubt is kept.
      if (unbounded && !doubts.some((doubt) => keepsDoubtOn(sentence, doubt, unbounded))) return [boundFinding(sentence, unbounded, spanAmong(supports, hedge), hedge.text)];
      continue;
    }
    const holder = holderOf(supports, hedge.start);
    const governed = holder && hedgedWord(holder, hedge.end);
    if (!governed) continue;
    // The word may come twice ("23 cases were confirmed and 11 suspected cases"): doubt on any is kept.
    const restatings = sentence.tokens.filter((token) => stemOf(token) === stemOf(governed));
    const restated = restatings[0];
    if (!restated || saidOfAnother(holder, hedge, rewrite, sentence)) continue;
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
 * The hedged clause is about a name the rewrite never uses, and the rewrite sentence names another
 * of its type instead: "China is expected to receive its first loan" doubts nothing in a lead's
 * "India, which received its first loans in 1986".
 */
function saidOfAnother(holder: Sentence, hedge: Span, rewrite: Analysis, sentence: Sentence): boolean {
  const clauseEnd = clauseBreakAt(holder, hedge.start);
  const subjects = atomsOf([holder], "entity").filter((entity) => entity.end <= hedge.start && clauseBreakAt(holder, entity.start) === clauseEnd);
  const named = atomsOf([sentence], "entity");
  return subjects.length > 0 && subjects.every((subject) => !namesKey(rewrite, subject.key) && named.some((other) => other.type === subject.type));
}

/** Verbs that only carry tense or voice when a verb follows: "likely to have convinced", "said to be planning". */
const AUXILIARIES = new Set(["have", "be"]);

/**
 * What a hedge doubts: the word it governs, or past an auxiliary the verb after it. "Likely to have
 * convinced the MPC" doubts the convincing; read as doubt on "have", it met a lead's "has left rates
 * on hold".
 */
function hedgedWord(holder: Sentence, hedgeEnd: number): Token | undefined {
  const governed = governedWord(holder, hedgeEnd);
  if (!governed || !AUXILIARIES.has(governed.lemma.toLowerCase())) return governed;
  const next = holder.tokens.find((token) => token.start >= governed.end && token.pos !== "ADV");
  return next?.pos === "VERB" || next?.pos === "AUX" ? hedgedWord(holder, governed.end) ?? governed : governed;
}

/** Characters between an upper bound and its number ("up to 33"). */
const BOUND_GAP = 2;

/** The number an upper bound ("up to", "as many as") stands before in the supporting sentences. */
function boundedNumber(supports: readonly Sentence[], hedge: Span): NumberAtom | undefined {
  return atomsOf(supports, "number").find((number) => number.start >= hedge.start && number.start <= hedge.end + BOUND_GAP);
}

/**
 * The rewrite states the bounded number as it is, with no upper bound on it ("33 percent" where
 * the source says "up to 33 pct"). Undefined when some statement of the number keeps a bound, or
 * none states it: a changed or dropped number is the number check's.
 */
function boundDropped(sentence: Sentence, bounded: NumberAtom): NumberAtom | undefined {
  const stated = atomsOf([sentence], "number").filter((number) => sameQuantity(asExact(number), asExact(bounded)));
  return stated.some((number) => number.bound === "max") ? undefined : stated[0];
}

/** The number without its bound or approximation, so two statements of one figure compare exactly. */
function asExact(number: NumberAtom): NumberAtom {
  return { ...number, bound: undefined, approximate: false };
}

function boundFinding(sentence: Sentence, number: NumberAtom, source: FindingSpan, cue: string): Finding {
  return finding("hedge-dropped", "medium", spanOf(sentence, number), source,
    `The source bounds this with ${quoteText(cue)}; the rewrite states it as the exact figure.`);
}

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
function keepsDoubtOn(sentence: Sentence, doubt: Span, restated: Span): boolean {
  const clause = clauseBreakAt(sentence, restated.start);
  const doubtClause = clauseBreakAt(sentence, doubt.start);
  if (doubtClause === clause) return true;
  if (doubtClause?.norm === "that" && clauseBreakAt(sentence, doubtClause.end) === clause) return true;
  return atomsOf([sentence], "attribution").some((attribution) => doubt.start >= attribution.start && doubt.end <= attribution.end);
}
