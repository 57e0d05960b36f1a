/**
 * Operations that change what a sentence claims without touching its atoms: a negation flipped,
 * a hedge made certain, a direction word turned to its opposite, a pronoun given the other gender.
 * They are BUMP's predicate and coreference errors, planted in real news so a dev set measures them.
 */
import { findAll, substitute, type Found, type OpName, type OpOutcome } from "./operations.js";
import type { Random } from "./random.js";
import type { Doc } from "./sentences.js";

/** One candidate change: where it is and what replaces it. */
interface Candidate {
  found: Found;
  replacement: string;
}

function candidatesOf(doc: Doc, pattern: RegExp, replace: (match: RegExpExecArray) => string | null): Candidate[] {
  // findAll keeps a match exactly when `accept` says so, in order, so the replacements line up with it.
  const replacements: string[] = [];
  const found = findAll(doc, pattern, (match) => {
    const replacement = replace(match);
    if (replacement === null || replacement === match[0]) return false;
    replacements.push(replacement);
    return true;
  });
  return found.map((one, i) => ({ found: one, replacement: replacements[i]! }));
}

function applyOne(doc: Doc, candidates: readonly Candidate[], rng: Random, op: OpName): OpOutcome | null {
  if (candidates.length === 0) return null;
  const { found, replacement } = rng.pick(candidates);
  return {
    doc: substitute(doc, found, replacement),
    applied: { op, detail: `"${found.text}" -> "${replacement}"`, from: found.text, to: replacement },
  };
}

/** Keeps the first letter's case of `original` on `word`. */
function caseLike(original: string, word: string): string {
  return /^[A-Z]/.test(original) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

const AUXILIARIES = "is|are|was|were|will|would|could|should|can|must|has|have|had|did|does|do";

/** "will not", "has not": the negation goes; "not only" adds rather than denies, so it stays. */
const NEGATED = new RegExp(`\\b(${AUXILIARIES}) not\\b(?! only\\b)`, "i");
/** "didn't", "won't", "can't", "cannot": the contraction loses its negation. */
const CONTRACTED = /\b(is|are|was|were|would|could|should|has|have|had|did|does|do|wo|ca)n't\b|\bcannot\b/i;
/**
 * An auxiliary before a lower-case word ("will raise", "has been"): a negation goes between. Not
 * before a word that already denies ("is unlikely", "have been no problems"): two negations make
 * a double negative, not a flipped claim.
 */
const AFFIRMED = new RegExp(`\\b(${AUXILIARIES}) (?!not\\b|n't|never\\b|only\\b|also\\b|un|[a-z]+ (?:no|not|never|nothing)\\b)(?=[a-z]{3,})`, "i");

/** Remove a negation ("did not approve" -> "did approve") or add one ("will raise" -> "will not raise"). */
export function flipNegation(doc: Doc, rng: Random): OpOutcome | null {
  const removals = [
    ...candidatesOf(doc, NEGATED, (match) => match[1]!),
    ...candidatesOf(doc, CONTRACTED, (match) => {
      const word = match[0].toLowerCase();
      const positive = word === "cannot" || word === "can't" ? "can" : word === "won't" ? "will" : word.slice(0, -3);
      return caseLike(match[0], positive);
    }),
  ];
  const additions = candidatesOf(doc, AFFIRMED, (match) => `${match[1]} not `);
  const pool = removals.length > 0 && (additions.length === 0 || rng.chance(0.5)) ? removals : additions;
  return applyOne(doc, pool, rng, "flip-negation");
}

/** Modal hedges made certain; "may have" and "could not" are left, as "will" does not fit there. */
const MODAL = /\b(may|might|could)\b(?= (?!have\b|not\b|be able\b)[a-z])/i;
/** Expectations and plans stated as what will happen. */
const EXPECTED = /\b(?:is|are) (?:expected|likely|hoping|planning) to\b|\b(?:plans|plan|hopes|hope|aims|aim|intends|intend) to\b/i;
/** Adverbs that hedge a claim; they go. */
const HEDGE_ADVERB = /\b(?:reportedly|allegedly|possibly|probably|apparently) /i;

/** A possessive or determiner before "plan to" makes it a noun ("Labour's plan to invest"). */
const NOUN_BEFORE = /(?:'s|\b(?:a|an|the|its|his|her|their|our|this|that))\s+$/i;

/**
 * A match that is a verb: lower-case ("May" mid-sentence is the month; "Plans to" opening a
 * sentence is most often a noun) and not after a possessive or determiner.
 */
function isVerbForm(match: RegExpExecArray): boolean {
  return /^[a-z]/.test(match[0]) && !NOUN_BEFORE.test(match.input.slice(0, match.index));
}

/** Make a hedged claim certain: "may rise" -> "will rise", "plans to close" -> "will close", "reportedly" goes. */
export function dropHedge(doc: Doc, rng: Random): OpOutcome | null {
  const candidates = [
    ...candidatesOf(doc, MODAL, (match) => (isVerbForm(match) ? caseLike(match[0], "will") : null)),
    ...candidatesOf(doc, EXPECTED, (match) => (isVerbForm(match) ? caseLike(match[0], "will") : null)),
    ...candidatesOf(doc, HEDGE_ADVERB, (match) => (/^[A-Z]/.test(match[0]) ? null : "")),
  ];
  return applyOne(doc, candidates, rng, "drop-hedge");
}

/** Words and their opposites, in every form a news sentence uses them. */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ["rose", "fell"],
  ["rise", "fall"],
  ["rises", "falls"],
  ["rising", "falling"],
  ["risen", "fallen"],
  ["increased", "decreased"],
  ["increase", "decrease"],
  ["increases", "decreases"],
  ["gained", "lost"],
  ["higher", "lower"],
  ["above", "below"],
  ["stronger", "weaker"],
  ["profit", "loss"],
  ["profits", "losses"],
  ["approved", "rejected"],
  ["accepted", "rejected"],
  ["before", "after"],
  ["surplus", "deficit"],
  ["won", "lost"],
  ["raised", "lowered"],
  ["expanded", "shrank"],
  ["strengthened", "weakened"],
];

const OPPOSITE_OF = new Map<string, string[]>();
for (const [one, other] of OPPOSITES) {
  OPPOSITE_OF.set(one, [...(OPPOSITE_OF.get(one) ?? []), other]);
  OPPOSITE_OF.set(other, [...(OPPOSITE_OF.get(other) ?? []), one]);
}

/** Not "won" of "won't". */
const OPPOSABLE = new RegExp(`\\b(?:${[...OPPOSITE_OF.keys()].join("|")})\\b(?!')`, "i");

/** Turn one direction or outcome word to its opposite: "rose" -> "fell", "profit" -> "loss". */
export function swapAntonym(doc: Doc, rng: Random): OpOutcome | null {
  const candidates = candidatesOf(doc, OPPOSABLE, (match) => {
    const opposites = OPPOSITE_OF.get(match[0].toLowerCase())!;
    return caseLike(match[0], opposites[0]!);
  });
  return applyOne(doc, candidates, rng, "swap-antonym");
}

const OTHER_PRONOUN: Record<string, string> = { he: "she", she: "he", him: "her", his: "her", himself: "herself", herself: "himself" };

/** Give a person the other gender's pronoun ("he said" -> "she said"); "her" is left, as it is "him" or "his". */
export function swapPronoun(doc: Doc, rng: Random): OpOutcome | null {
  const candidates = candidatesOf(doc, /\b(?:he|she|him|his|himself|herself)\b/i, (match) => caseLike(match[0], OTHER_PRONOUN[match[0].toLowerCase()]!));
  return applyOne(doc, candidates, rng, "swap-pronoun");
}
