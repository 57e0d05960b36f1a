import { stemmer } from "stemmer";
import { isReportingVerbForm } from "../analyze/index.js";
import type { Analysis, NegationAtom, Sentence, Token } from "../analyze/types.js";
import { objectMemo } from "../memo/index.js";
import { atomsOf, finding, holderOf, quoteText, sentenceAt, spanFromAuxiliary, spanIn, spanOf, type PairCheck } from "./context.js";
import { placeOf, runsAt } from "./surroundings.js";
import { clauseAfter, governedWord, nearClause, sentenceStems, stemOf, type Clause } from "./scope.js";
import { StemSets, type StemLookup, type StemSet } from "./stem-sets.js";

/**
 * The rewrite negates a claim the source states positively, or states positively a claim the
 * source negates. The negated word must appear on both sides, so unrelated negations do not count,
 * and a word anywhere in a negation's clause on the other side is taken as negated there too
 * ("no arrests have been made" / "no one had been arrested"). A rewrite that drops a negation is
 * not flagged when another supporting source sentence states the same word positively ("I didn't
 * submit any" beside "you can submit via the website"). When the supporting sentences do not
 * restate the negated words, the rest of the source is read, in both directions: summaries of long
 * transcripts align loosely, and the sentence stating the claim is often not among the supports.
 * With no supports at all (an unsupported sentence) only the whole-source reading applies; a
 * sentence its supports hold word for word (`verbatim`) gets no whole-source reading of dropped
 * negations.
 */
export const checkNegation: PairCheck = ({ source, link, sentence, supports }) => {
  const sourceNegations = supports.flatMap(negationsIn);
  const rewriteNegations = negationsIn(sentence);
  // Every word, stop words included: "keep" and "make" are stop words to wink but carry claims.
  const sourceStems = { has: (stem: string) => supports.some((support) => sentenceStems(support).has(stem)) };
  const sourceClauses = widestClauses(sourceNegations);
  // A negation the supports have too, on the same word, was copied, not put in.
  const ownNegations = rewriteNegations.filter(({ clause }) => !opensAlike(clause, sourceClauses));
  for (const { cue, word, stem, clause, near } of ownNegations) {
    if (sourceStems.has(stem) && restatesClause(clause, sourceStems) && !negatedThere(stem, near, sourceClauses, supports)) {
      return [finding("negation-flipped", "high", spanOf(sentence, cue), null,
        `The rewrite says ${quoteText(`${cue.text} … ${word}`)}; the source states it without the negation.`)];
    }
  }
  const denials = ownNegations.filter((negation) => !DENYING_STEMS.has(negation.stem));
  const inserted = insertedInPlace(sentence, ownNegations, supports) ??
    insertedNegation(denials, supports, sourceStems) ?? negatedElsewhere(denials, source);
  if (inserted) {
    return [finding("negation-flipped", "high", spanOf(sentence, inserted.cue), null,
      `The rewrite says ${quoteText(`${inserted.cue.text} … ${inserted.word}`)}; the source states this claim with no negation.`)];
  }
  const dropped = droppedNegation(negatedText(supports, sourceNegations), sentence, rewriteNegations) ??
    // Summaries of dialogues restate a line the aligner did not pick ("just don't make it a habit").
    // A sentence its supports hold word for word was taken from them, not from a line elsewhere.
    (link.verbatim ? undefined : droppedNegation(sourceWideNegations(source), sentence, rewriteNegations, { least: 2, thing: true }));
  if (dropped) {
    const { negation, restated } = dropped;
    const holder = sentenceAt(source, negation.cue.start);
    const place = holder && placeOf(sentence, holder, negation.cue);
    return [finding("negation-flipped", "high", place ? spanOf(sentence, place) : spanFromAuxiliary(sentence, restated), spanIn(source, negation.cue),
      `The source says ${quoteText(`${negation.cue.text} … ${restated.text}`)}; the rewrite drops the negation.`)];
  }
  return [];
};

/**
 * A source negation whose governed word the rewrite sentence restates without a negation, with
 * `least` or more of its clause's words. Reading the whole source asks for two, one of them a noun
 * (the thing denied: "don't make it a habit"), so a lone shared word or a phrase such as "never get
 * back" in a long source does not count. Silent when the rewrite negates it another way or a
 * source sentence states the word outside every negation's clause. The first such negation of the
 * source is the one reported.
 *
 * Only negations of words the rewrite sentence has are read, by governed word; and what depends on
 * the word alone is asked once for all the negations of it (in a text that says one thing many
 * times, all of them).
 */
function droppedNegation(
  source: NegatedText, sentence: Sentence, rewriteNegations: Negation[],
  { least = 1, thing = false } = {},
): { negation: Negation; restated: Token } | undefined {
  const rewriteStems = sentenceStems(sentence);
  const rewriteClauses = widestClauses(rewriteNegations);
  const restatesThing = (negation: Negation) =>
    negation.clause.words.some((token) => (token.pos === "NOUN" || token.pos === "PROPN") && rewriteStems.has(stemOf(token)));
  const dropped = (negation: Negation, words = least) =>
    restatesClause(negation.clause, rewriteStems, words) &&
    (!thing || restatesThing(negation)) &&
    !rewriteClauses.some((other) => restatesClause(negation.clause, other)) &&
    !opensAlike(negation.clause, rewriteClauses);
  let first: number | undefined;
  for (const stem of rewriteStems) {
    const governing = source.byGovernedStem.get(stem);
    if (!governing || deniedThere(stem, rewriteClauses, [sentence])) continue;
    // Said positively elsewhere: the rewrite may have it from there, unless it is who said what.
    const speech = reportsSpeech(sentence, stem);
    if (!speech && source.positiveStems().has(stem)) continue;
    const found = governing.find((at) => dropped(source.negations[at]!, speech ? Math.max(least, SPEECH_CLAIM_WORDS) : least));
    if (found !== undefined && (first === undefined || found < first)) first = found;
  }
  if (first === undefined) return undefined;
  const negation = source.negations[first]!;
  return { negation, restated: sentence.tokens.find((token) => stemOf(token) === negation.stem)! };
}

/** Words of the negated clause, its verb included, a rewrite must restate to have dropped "did not say": the verb and two of the claim's. */
const SPEECH_CLAIM_WORDS = 3;

/**
 * The rewrite's word is a reporting verb ("Police said they suspected arson"): it drops "Police did
 * not say" only when it restates what was not said (`SPEECH_CLAIM_WORDS`), since a rewrite's own
 * "said" credits whatever it reports ("the bank said it will raise capital" beside "did not say how
 * long it would take to pay it in"). A source that says "said" outside the negation ("an official
 * said the fire began in a shed") says it of someone else, so that does not excuse the drop.
 */
function reportsSpeech(sentence: Sentence, stem: string): boolean {
  return sentence.tokens.some((token) => stemOf(token) === stem && token.pos === "VERB" && isReportingVerbForm(token.norm));
}

/**
 * A rewrite negation whose clause restates two or more words of the supporting sentences: the
 * summary denies a claim the source states in other words ("does not provide any tips" beside "it
 * also provides tips"), so the negated word itself need not be the source's, though it or the
 * words right after the cue must be (`claimNearCue`). Silent when a supporting sentence with those
 * words negates anything (see `deniedInAny`).
 */
function insertedNegation(rewriteNegations: Negation[], supports: Sentence[], sourceStems: StemLookup): Negation | undefined {
  return rewriteNegations.find((negation) => claimNearCue(negation, sourceStems) && restatesClause(negation.clause, sourceStems, 2) && !deniedInAny(negation, supports));
}

/**
 * The negated word, or two of the words right after the cue, are the source's: the denied claim is
 * one the source makes. Words further on in a long clause are often only its setting ("is not
 * happy with the existing structure of the 14-bank advisory committee" beside a sentence about the
 * committee's members).
 */
function claimNearCue(negation: Negation, sourceStems: StemLookup): boolean {
  return sourceStems.has(negation.stem) || restatesClause(negation.near, sourceStems, 2);
}

/** Words read either side of a negation cue for `insertedInPlace`. */
const PLACE_WORDS = 2;
/** The tokens of a contracted cue that negate: "n't" of "wasn't", "nt" of "dont". */
const NEGATING_PARTS = new Set(["n't", "nt", "not"]);
const isNegatingPart = (token: Token) => NEGATING_PARTS.has(token.norm);

/**
 * A rewrite negation put into words copied around it: a supporting sentence runs straight from the
 * two words before the cue to the two after it ("Mannesmann was confident the" / "Mannesmann was
 * not confident the") and nowhere has the cue beside either pair ("but were not up on" is a
 * clause of its own). Other negations of the support do not excuse it, as they excuse a negation
 * whose words are only shared ("would not block" later on).
 */
function insertedInPlace(sentence: Sentence, rewriteNegations: Negation[], supports: Sentence[]): Negation | undefined {
  return rewriteNegations.find(({ cue }) => {
    const inCue = sentence.tokens.filter((token) => token.start >= cue.start && token.end <= cue.end);
    // A contraction's verb ("was" of "wasn't", "can" of "cannot") is a word before the negation.
    const negatingTokens = inCue.length > 1 && inCue.some(isNegatingPart) ? inCue.filter(isNegatingPart) : inCue;
    const before = sentence.tokens
      .filter((token) => token.end <= cue.start || (inCue.includes(token) && !negatingTokens.includes(token)))
      .slice(-PLACE_WORDS).map((token) => token.norm);
    const after = sentence.tokens.filter((token) => token.start >= cue.end).slice(0, PLACE_WORDS).map((token) => token.norm);
    if (before.length < PLACE_WORDS || after.length < PLACE_WORDS) return false;
    const negating = negatingTokens.map((token) => token.norm);
    return supports.some((support) => {
      const words = support.tokens.map((token) => token.norm);
      return runsIn(words, [...before, ...after]) && !runsIn(words, [...negating, ...after]) && !runsIn(words, [...before, ...negating]);
    });
  });
}

/** `run` stands somewhere in `words` as consecutive words. */
function runsIn(words: readonly string[], run: readonly string[]): boolean {
  return words.some((_, at) => runsAt(words, run, at));
}

/**
 * A rewrite negation whose nearest words (the verb and its object) some source sentence with no
 * negation or denying verb at all states, two or more of them ("provide no support to simmers"
 * beside "is to help support all simmers", far from the sentences the aligner chose). Silent when
 * a negation anywhere in the source covers those words in its clause, or a sentence holding them
 * has a denying verb or an "X-free".
 */
function negatedElsewhere(rewriteNegations: Negation[], source: Analysis): Negation | undefined {
  if (rewriteNegations.length === 0) return undefined;
  const { plain } = sourceDenials(source);
  return rewriteNegations.find((negation) => plain.holdAtLeast(negation.near, 2) && !deniedInClause(negation, source));
}

/**
 * The sentence has a negation or a denying verb anywhere. Only sentences with neither count as the
 * positive statement: in a one-sentence source (MSRP) a "no" before the restated words ("no
 * immediate evidence that the two incidents were connected") denies them in its own way.
 */
const deniesAnything = objectMemo((sentence: Sentence) => atomsOf([sentence], "negation").length > 0 || hasImplicitNegative(sentence));

/**
 * Some negation's clause holds the negated word or two of the words nearest the cue, or a sentence
 * holding them has a denying verb or an "X-free". Clauses rather than whole sentences: a long
 * transcript has a "not" in many sentences that also happen to hold two of the words ("it doesn't
 * seem fair" beside "overtime rules"), and whole sentences silenced real flips there.
 */
function deniedInClause(negation: Negation, source: Analysis): boolean {
  const { clauses, denying, freeStems } = sourceDenials(source);
  // A sentence saying "X-free" holds X itself, so it holds the claim.
  return clauses.hold(negation.stem) || clauses.holdAtLeast(negation.near, 2) ||
    denying.hold(negation.stem) || denying.holdAtLeast(negation.near, 2) || freeStems.has(negation.stem);
}

/** What `negatedElsewhere` and `deniedInClause` ask of a whole source, indexed once per analysis. */
const sourceDenials = objectMemo((source: Analysis) => ({
  /** Sentences with no negation or denying verb. */
  plain: new StemSets(source.sentences.filter((sentence) => !deniesAnything(sentence)).map(sentenceStems)),
  /** Negation clauses (a clause inside another adds nothing). */
  clauses: new StemSets(sourceWideNegations(source).clauses),
  /** Sentences with a denying verb. */
  denying: new StemSets(source.sentences.filter(hasImplicitNegative).map(sentenceStems)),
  /** Words some sentence says are absent ("risk-free"). */
  freeStems: new Set(source.sentences.flatMap((sentence) => [...freeOf(sentence)])),
}));

/**
 * Some sentence holding the negated word, or two of the words nearest the cue, has a negation,
 * a denying verb or an "X-free" anywhere: it may deny the same claim in its own way ("declined
 * requests for an interview" / "did not respond to requests for an interview"; "wouldn't be
 * capped" after the words it denies). Whole sentences, not clauses: on MSRP train, reading only
 * the source negation's clause let such paraphrases through.
 */
function deniedInAny(negation: Negation, sentences: Sentence[]): boolean {
  return sentences.some((sentence) => holdsClaim(sentence, negation) && (deniesAnything(sentence) || freeOf(sentence).has(negation.stem)));
}

/** The sentence has the negated word, or two of the words nearest the cue: it speaks of the same claim. */
function holdsClaim(sentence: Sentence, negation: Negation): boolean {
  const stems = sentenceStems(sentence);
  return stems.has(negation.stem) || restatesClause(negation.near, stems, 2);
}

/**
 * The other side restates the negated clause, not just one of its words: two of its content words
 * (or its only one). On the SummEdits evaluation split single shared words ("costs", "used") were
 * mostly other claims. `least` raises the bar for checks that do not match the negated word itself.
 */
function restatesClause(scope: StemSet, otherStems: StemLookup, least = 1): boolean {
  const needed = Math.max(least, Math.min(2, scope.size));
  if (needed > scope.size) return false;
  let shared = 0;
  for (const stem of scope) if (otherStems.has(stem) && ++shared >= needed) return true;
  return false;
}

/**
 * The other side negates the same claim too: one of its negations covers the word or restates the
 * clause, a verb that negates without "not" governs the word ("failed to address" beside "not
 * addressing", "refused to recuse" beside "would not recuse"; on MSRP train these paraphrases were
 * most of the flips found between sentences that say the same thing), or an "X-free" says it.
 * `clauses` are the other side's negation clauses (see `widestClauses`).
 */
function negatedThere(stem: string, scope: StemSet, clauses: readonly Clause[], sentences: Sentence[]): boolean {
  return deniedThere(stem, clauses, sentences) || clauses.some((other) => restatesClause(scope, other));
}

/**
 * One of `clauses` opens on the word this clause opens on: both sides deny the same thing, however
 * each goes on ("detention without trial breaks human rights law" beside "justifying detention
 * without trial for foreign suspects").
 */
function opensAlike(clause: Clause, clauses: readonly Clause[]): boolean {
  const [first] = clause.firstWords(1);
  if (first === undefined) return false;
  const stem = stemOf(first);
  return clauses.some((other) => other.firstWords(1).some((theirs) => stemOf(theirs) === stem));
}

/** The part of `negatedThere` that depends on the word alone. */
function deniedThere(stem: string, clauses: readonly Clause[], sentences: Sentence[]): boolean {
  return clauses.some((other) => other.has(stem)) || sentences.some((sentence) => freeOf(sentence).has(stem) || deniedByVerb(sentence).has(stem));
}

/**
 * "risk-free", "tax-free", "free of charge": the stems of what a sentence says is absent, as "with
 * no risk" and "at no charge" do.
 */
const freeOf = objectMemo((sentence: Sentence) => {
  const tokens = sentence.tokens;
  return new Set(tokens.flatMap((token, index) => {
    if (token.lemma.toLowerCase() !== "free") return [];
    const [word, hyphen] = [tokens[index - 2], tokens[index - 1]];
    if (hyphen?.text === "-" && word !== undefined) return [stemOf(word)];
    const [of, thing] = [tokens[index + 1], tokens[index + 2]];
    return of?.norm === "of" && thing !== undefined ? [stemOf(thing)] : [];
  }));
});

/** The stems of the clauses after a sentence's denying verbs ("failed to address the leak"). */
const deniedByVerb = objectMemo((sentence: Sentence) => {
  const stems = new Set<string>();
  let previous: Clause | undefined;
  for (const [index, token] of sentence.tokens.entries()) {
    if (!isImplicitNegative(sentence.tokens, index)) continue;
    const clause = clauseAfter(sentence, token.end);
    if (previous?.contains(clause)) continue;
    previous = clause;
    for (const stem of clause) stems.add(stem);
  }
  return stems;
});

/** Some word of the sentence denies what follows it without a negation cue. */
function hasImplicitNegative(sentence: Sentence): boolean {
  return sentence.tokens.some((_, index) => isImplicitNegative(sentence.tokens, index));
}

/** Words that deny what follows them without a negation cue: "failed to act", "unable to pay". */
const IMPLICIT_NEGATIVES = new Set(["fail", "failure", "refuse", "refusal", "decline", "unable", "lack"]);
/** Verbs that deny only an act they keep someone "from" ("blocked the city from enforcing"), not their object ("blocked the road"). */
const BARRING_VERBS = new Set(["block", "bar", "prevent", "prohibit", "ban", "stop"]);

/**
 * Words whose denial states what follows them: "that didn't stop Brown using his Budget" says he
 * used it, "could not hide the fact" that the fact shows. A rewrite negating one of them denies
 * no claim of the source, unless the source has the word itself (the first reading of
 * checkNegation: "the rain stopped play" / "the rain did not stop play").
 */
const DENYING_STEMS: ReadonlySet<string> = new Set(
  [...IMPLICIT_NEGATIVES, ...BARRING_VERBS, "hide", "conceal", "disguise", "mask"].map((word) => stemmer(word)),
);
/** How far past a barring verb its "from" may stand, in tokens ("barred the Port Ellis city council from"). */
const BARRED_REACH = 8;

/**
 * Words that say something is not yet known ("the cause is unclear", "is under investigation"): a
 * rewrite's "investigators have not determined the cause" says the same, so no negation is inserted.
 */
const UNSETTLED = new Set(["unclear", "unknown", "undetermined", "unconfirmed", "unexplained"]);
const UNDER_WAY = new Set(["investigation", "review", "inquiry"]);

function isImplicitNegative(tokens: readonly Token[], index: number): boolean {
  const lemma = tokens[index]!.lemma.toLowerCase();
  if (lemma === "under") return UNDER_WAY.has(tokens[index + 1]?.lemma.toLowerCase() ?? "");
  // "fell short of a majority" denies the majority as "failed to win" would.
  if (lemma === "fall") return tokens[index + 1]?.norm === "short";
  // "will miss the rest of the season" denies playing in it; "Miss Kaur" denies nothing.
  if (lemma === "miss") return tokens[index]!.pos === "VERB";
  return IMPLICIT_NEGATIVES.has(lemma) || UNSETTLED.has(lemma) || (BARRING_VERBS.has(lemma) && barsFrom(tokens, index));
}

/** "from" and a verb follow the barring verb, before any punctuation. */
function barsFrom(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 1; i < Math.min(tokens.length - 1, index + BARRED_REACH); i++) {
    if (tokens[i]!.pos === "PUNCT") return false;
    if (tokens[i]!.lemma.toLowerCase() === "from" && /^(?:VERB|AUX)$/.test(tokens[i + 1]!.pos)) return true;
  }
  return false;
}

interface Negation {
  cue: NegationAtom;
  /** The word the cue governs, as written and as a stem. */
  word: string;
  stem: string;
  /** The content words of the cue's clause, and their stems. */
  clause: Clause;
  /** Stems of the clause's first few words, the ones the cue can govern: the claim it denies. */
  near: Set<string>;
}

/** The negations of a sentence, found once per sentence: each rewrite sentence may read them all. */
const negationsIn = objectMemo((sentence: Sentence): Negation[] =>
  atomsOf([sentence], "negation").flatMap((cue) => {
    const holder = holderOf([sentence], cue.start);
    const governed = holder && (cue.cue === "no" ? deniedThing(holder, cue.end) : governedWord(holder, cue.end));
    if (!holder || !governed) return [];
    const near = new Set(nearClause(holder, cue.end).map(stemOf));
    return [{ cue, word: governed.text, stem: stemOf(governed), clause: clauseAfter(holder, cue.end), near }];
  }),
);

/**
 * What a determiner "no" denies: the noun it stands before ("won no seats after falling short"
 * denies the seats, not the falling), else what any cue governs ("no longer", "no sooner").
 */
function deniedThing(sentence: Sentence, cueEnd: number): Token | undefined {
  const scope = nearClause(sentence, cueEnd);
  const firstVerb = scope.findIndex((token) => token.pos === "VERB");
  const noun = scope.findIndex((token) => token.pos === "NOUN" || token.pos === "PROPN");
  return noun !== -1 && (firstVerb === -1 || noun < firstVerb) ? scope[noun] : governedWord(sentence, cueEnd);
}

/**
 * The clauses of some negations, leaving out any inside the one before: a later cue of a clause
 * governs a tail of the earlier cue's clause, and for "does any of them hold ..." the tail adds nothing.
 */
function widestClauses(negations: readonly Negation[]): Clause[] {
  const widest: Clause[] = [];
  for (const { clause } of negations) if (!widest.at(-1)?.contains(clause)) widest.push(clause);
  return widest;
}

/** Negations of some sentences (the supports, or the whole source) and what `droppedNegation` asks of them. */
interface NegatedText {
  negations: Negation[];
  /** Per governed stem, the positions in `negations` of the negations governing it. */
  byGovernedStem: Map<string, number[]>;
  /** The negations' clauses, less those inside another (see `widestClauses`). */
  clauses: Clause[];
  /** The stems some word of the sentences has outside every negation's clause; found when first asked. */
  positiveStems: () => Set<string>;
}

function negatedText(sentences: readonly Sentence[], negations: Negation[]): NegatedText {
  const byGovernedStem = new Map<string, number[]>();
  negations.forEach(({ stem }, at) => (byGovernedStem.get(stem) ?? byGovernedStem.set(stem, []).get(stem)!).push(at));
  const clauses = widestClauses(negations);
  let positive: Set<string> | undefined;
  const positiveStems = () => (positive ??= statedPositively(sentences, clauses));
  return { negations, byGovernedStem, clauses, positiveStems };
}

/** Every negation of a source, found once per analysis. */
const sourceWideNegations = objectMemo((source: Analysis) => negatedText(source.sentences, source.sentences.flatMap(negationsIn)));

/** The stems of the sentences' words outside every one of `clauses`. */
function statedPositively(sentences: readonly Sentence[], clauses: readonly Clause[]): Set<string> {
  const negated = new Set(clauses.flatMap((clause) => clause.words));
  return new Set(sentences.flatMap((sentence) => sentence.tokens.filter((token) => !negated.has(token)).map(stemOf)));
}
