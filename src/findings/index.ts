import type { Analysis } from "../analyze/types.js";
import { contentTerms, coverage, type SentenceLink } from "../align/index.js";
import type { AlignmentEntry, AlignmentKind, Finding } from "../report/types.js";
import { checkAttribution } from "./attribution.js";
import { linksBySource, type PairCheck, type PairContext } from "./context.js";
import { checkDates } from "./dates.js";
import { droppedCaveats } from "./dropped-caveats.js";
import { checkEntities } from "./entities.js";
import { checkHedges } from "./hedges.js";
import { checkMeaning } from "./meaning.js";
import { checkModifierSwap } from "./modifier-swap.js";
import { checkNegation } from "./negation.js";
import { checkNounSwap } from "./noun-swap.js";
import { checkNumbers } from "./numbers.js";
import { omissions } from "./omissions.js";
import { checkOppositeWords } from "./opposite-words.js";
import { checkPredicate } from "./predicate.js";
import { checkPronounReferents } from "./pronoun-gender.js";
import { checkQuotes } from "./quotes.js";
import { checkRoles } from "./roles.js";
import { round } from "./verdict.js";
import { withoutRepeats } from "./repeats.js";
import { unsupportedPhrases, unsupportedSentence } from "./unsupported.js";

export { unsupportedWordShare } from "./unsupported-share.js";
export { verdict, findingPenalty, penaltyClass, severityPenalty, typePenalty, relationCuts, type PenaltyClass } from "./verdict.js";

/** Share of a source sentence's content words the rewrite must carry for it to count as kept. */
const KEPT_COVERAGE = 0.35;

/** The checks run on every supported rewrite sentence, in the order their findings are listed. */
const pairChecks: PairCheck[] = [checkQuotes, checkNumbers, checkDates, checkEntities, checkNounSwap, checkModifierSwap, checkRoles, checkPronounReferents, checkMeaning, checkOppositeWords, checkPredicate, checkNegation, checkHedges, checkAttribution];

export interface DriftResult {
  alignment: AlignmentEntry[];
  findings: Finding[];
  omitted: number[];
}

/** Typed drift for each aligned rewrite sentence, each sentence's kind, and the omissions. */
export function findDrift(source: Analysis, rewrite: Analysis, links: readonly SentenceLink[]): DriftResult {
  const findings: Finding[] = [];
  const alignment = links.map((link): AlignmentEntry => {
    const sentence = rewrite.sentences[link.rewrite]!;
    const context: PairContext = { source, rewrite, link, links, sentence, supports: link.sources.map((s) => source.sentences[s]!) };
    if (!link.supported) {
      // An invented quote says more than "unsupported": report it as such when that is what it is.
      const invented = checkQuotes(context).filter((item) => item.type === "quote-invented");
      findings.push(...(invented.length > 0 ? invented : [unsupportedSentence(source, link, sentence)]));
      // With no supports, the negation and opposite checks read the whole source: a negated or
      // reversed claim is a flip even when the sentence around it is too loose to align.
      findings.push(...checkNegation(context), ...checkMeaning(context));
      return entry(link, "unsupported");
    }
    const found = pairChecks.flatMap((check) => check(context));
    found.push(...unsupportedPhrases(source, link, sentence, found));
    findings.push(...found);
    const drifted = found.some((item) => item.severity !== "low");
    return entry(link, drifted ? "altered" : link.verbatim ? "verbatim" : "paraphrase");
  });
  const kept = keptSourceSentences(source, links);
  const dropped = [...omissions(source.sentences, kept), ...droppedCaveats(source, rewrite, kept)];
  return { alignment, findings: [...withoutRepeats(findings), ...dropped], omitted: source.sentences.map((s) => s.index).filter((s) => !kept.has(s)) };
}

/**
 * Source sentences whose content survives: some rewrite sentence draws on them AND those rewrite
 * sentences carry enough of their words. A sentence merged in only for a speaker's title is omitted.
 */
function keptSourceSentences(source: Analysis, links: readonly SentenceLink[]): Set<number> {
  const kept = new Set<number>();
  const drawingOn = linksBySource(links);
  source.sentences.forEach((sentence) => {
    const drawing = drawingOn.get(sentence.index) ?? [];
    if (drawing.length === 0) return;
    if (coverage(contentTerms(sentence), drawing.flatMap((link) => link.terms)).share >= KEPT_COVERAGE) kept.add(sentence.index);
  });
  return kept;
}

function entry(link: SentenceLink, kind: AlignmentKind): AlignmentEntry {
  return {
    rewrite: link.rewrite,
    source: link.sources,
    kind,
    score: round(link.score),
    // A dot product of unit vectors can stray a hair past 1 in float arithmetic.
    cosine: round(Math.min(1, Math.max(-1, link.cosine))),
    coverage: round(link.coverage),
    wordShare: round(link.wordShare),
    orderShare: round(link.orderShare),
  };
}
