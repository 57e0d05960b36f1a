import { inBaseUnit, isCurrency, isDuration, QuantityIndex, sameDimension, sameQuantity, unitsCompatible } from "../analyze/index.js";
import type { Analysis, NumberAtom, Sentence } from "../analyze/types.js";
import { objectMemo } from "../memo/index.js";
import type { Finding } from "../report/types.js";
import { atomPlaces, atomSlot, displacedAtom, placesStated, slotAmong, slotOverlap } from "./atom-slot.js";
import { allAtoms, atomsOf, finding, lowerText, perTextMemo, quoteText, spanAmong, spanOf, termsOf, type PairCheck } from "./context.js";
import { StemSets } from "./stem-sets.js";
import { atomInPlace, FULL_PLACE } from "./surroundings.js";

/** Common words either side of a number that say what it counts ("earnings per share of $6.86"). */
const COUNTED_TERMS = 3;
/** Of those, how many a source sentence must share to be the one that states the number. */
const SHARED_COUNTED_TERMS = 2;

/**
 * A number in the rewrite that no supporting source sentence states. It is `number-changed` when
 * the supporting sentences hold a number of the same kind that the rewrite dropped, and an
 * `unsupported` detail when they hold none.
 */
export const checkNumbers: PairCheck = ({ source, sentence, supports }) => {
  const supporting = atomsOf(supports, "number");
  const rewriteNumbers = sentence.atoms.filter((atom): atom is NumberAtom => atom.kind === "number" && isCount(atom));
  const judged = rewriteNumbers.map((number) => judgeNumber(number, source, sentence, supports, supporting, rewriteNumbers));
  // A conversion says no more than the amount it converts: judged against the same source number
  // ("$2.3bn" in "3.1bn Australian dollars ($2.3bn)", both against "A$2.6bn"), or against none,
  // it is no finding of its own. One changed where the source gives its own conversion is.
  return judged.flatMap((findings, at) =>
    convertsAnother(rewriteNumbers[at]!, sentence, rewriteNumbers)
      ? findings.filter((mine) => mine.source !== null && !judged[at - 1]!.some((theirs) => againstSameWords(mine, theirs)))
      : findings,
  );
};

/** Two findings against the same source words. */
function againstSameWords(a: Finding, b: Finding): boolean {
  return a.source?.sentence === b.source?.sentence && a.source?.start === b.source?.start;
}

/** The findings on one rewrite number, judged on its own. */
function judgeNumber(
  number: NumberAtom, source: Analysis, sentence: Sentence, supports: readonly Sentence[], supporting: readonly NumberAtom[], rewriteNumbers: readonly NumberAtom[],
): Finding[] {
  // Copied around the number: whatever the source says elsewhere, and even when the value
  // repeats one the supports give in another place ("vs 51 pct a year ago and 51 pct average"
  // for "vs 64 pct a year ago and 51 pct average"), this one replaced its own.
  const inPlace = numberInPlace(number, sentence, supports, rewriteNumbers, supporting.some((other) => sameQuantity(number, other)));
  if (inPlace) return [changedFinding(number, sentence, supports, inPlace)];
  const same = supporting.filter((other) => sameQuantity(number, other) && !claimedByAnother(other, number, sentence, rewriteNumbers));
  if (same.length > 0) return boundChanged(number, same, sentence, supports);
  if (supporting.some((range) => endsRange(number, range, rewriteNumbers))) return [];
  if (statedElsewhereOfTheSame(number, sentence, source, supports)) return [];
  const unmatched = supporting.filter(
    (other) => isCount(other) && !rewriteNumbers.some((mine) => sameQuantity(mine, other)) && mayStandFor(number, other),
  );
  // A number stated elsewhere in the source is a swap only when this slot had another number.
  const elsewhere = sameQuantityAtoms(source, number).length > 0 || writtenAsNumber(source, number.text.toLowerCase());
  // One the source never states replaced a supporting number only in that number's words. One it
  // states elsewhere may have moved anywhere ("for three weeks" where an offer lasts "only two
  // weeks" and a discount "three months"), so it keeps any counterpart.
  const counterpart = closestValue(number, elsewhere ? unmatched : inItsSlot(number, sentence, unmatched, supports));
  const replaced =
    counterpart && (!elsewhere || sameDimension(counterpart.unit, number.unit))
      ? counterpart
      : elsewhere
        ? displacedNumber(number, sentence, source, supports, rewriteNumbers)
        : undefined;
  if (replaced) return [changedFinding(number, sentence, supports, replaced)];
  if (elsewhere) return [];
  return [
    finding("unsupported", "medium", spanOf(sentence, number), null,
      `The number ${quoteText(number.text)} does not appear in the source.`),
  ];
}

function changedFinding(number: NumberAtom, sentence: Sentence, supports: readonly Sentence[], replaced: NumberAtom): Finding {
  return finding("number-changed", "high", spanOf(sentence, number), spanAmong(supports, replaced),
    `The rewrite says ${quoteText(number.text)} where the source says ${quoteText(replaced.text)}.`);
}

/**
 * A supporting number standing exactly where this one stands, the same two words either side
 * ("the remaining 53 pct of winter wheat" where the source says "the remaining 50 pct of winter
 * wheat"), which the rewrite sentence no longer states: the sentence was copied around it. One it
 * still states is another row of a table ("Net loss 931,000 vs profit 7,000 Nine mths Net loss
 * 1,619,000 vs profit ..."). When the supports also give this number's value somewhere (`repeats`),
 * all four words must match: a sentence end is too little to tell a copy from a reordered clause.
 */
function numberInPlace(
  number: NumberAtom, sentence: Sentence, supports: readonly Sentence[], rewriteNumbers: readonly NumberAtom[], repeats: boolean,
): NumberAtom | undefined {
  return atomInPlace(
    sentence, number, supports,
    (atom): atom is NumberAtom => atom.kind === "number" && isCount(atom) && !rewriteNumbers.some((mine) => sameQuantity(mine, atom)),
    repeats ? FULL_PLACE : undefined,
  );
}

/**
 * Another number of the rewrite sentence states `other` exactly, and `number` does not: the
 * source's number is that one's, so an approximate "about 1.7m" does not also take the "1.6m"
 * written beside it ("about 1.1m of the UK's 1.6m" made "about 1.7m of the UK's 1.6m"). Not one
 * set beside `number` with no word between, which restates it ("nearly half - 45 percent").
 */
function claimedByAnother(other: NumberAtom, number: NumberAtom, sentence: Sentence, rewriteNumbers: readonly NumberAtom[]): boolean {
  const exactly = (mine: NumberAtom) => mine.value === other.value && mine.high === other.high && unitsCompatible(mine, other);
  return !exactly(number) && rewriteNumbers.some((mine) => mine !== number && exactly(mine) && !apposed(sentence, number, mine));
}

/**
 * An amount given in another currency in brackets right after one ("$16.2bn (£8.7bn)", "3.1bn
 * Australian dollars ($2.3bn; £1.8bn)"): a conversion of that amount.
 */
function convertsAnother(number: NumberAtom, sentence: Sentence, rewriteNumbers: readonly NumberAtom[]): boolean {
  const at = rewriteNumbers.indexOf(number);
  const before = rewriteNumbers[at - 1];
  if (!before || !isCurrency(number.unit) || !isCurrency(before.unit) || before.unit === number.unit) return false;
  const between = sentence.text.slice(before.end - sentence.start, number.start - sentence.start);
  return /^\s*\(\s*$/.test(between) || (/^\s*;\s*$/.test(between) && convertsAnother(before, sentence, rewriteNumbers));
}

/** Only punctuation stands between the two numbers: the second restates the first. */
function apposed(sentence: Sentence, a: NumberAtom, b: NumberAtom): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return !/\p{L}/u.test(sentence.text.slice(first.end - sentence.start, second.start - sentence.start));
}

/**
 * The rewrite states the source's number with its bound turned around ("at most 11" for "at least
 * 11": number-changed) or dropped from below ("11 people died" for "at least 11": a low
 * hedge-dropped, since the count may yet rise). A dropped upper bound ("up to 300") is the hedge
 * check's. `same` are the supporting numbers that state this quantity.
 */
function boundChanged(number: NumberAtom, same: readonly NumberAtom[], sentence: Sentence, supports: readonly Sentence[]): Finding[] {
  const [first] = same;
  if (!first) return [];
  const [mine, theirs] = [number.bound, first.bound];
  if (mine && theirs && same.every((other) => other.bound && other.bound !== mine)) {
    const side = (bound: "min" | "max") => (bound === "min" ? "a lower bound" : "an upper bound");
    return [finding("number-changed", "high", spanOf(sentence, number), spanAmong(supports, first),
      `The rewrite makes ${quoteText(number.text)} ${side(mine)}; the source gives it as ${side(theirs)}.`)];
  }
  if (!number.bound && !number.approximate && same.every((other) => other.bound === "min")) {
    return [finding("hedge-dropped", "low", spanOf(sentence, number), spanAmong(supports, first),
      `The source gives ${quoteText(first.text)} as a lower bound; the rewrite states it as the exact figure.`)];
  }
  return [];
}

/** Slot words a number from elsewhere must share with the supporting number it displaced. */
const SHARED_NUMBER_SLOT = 1;

/**
 * A number the source states elsewhere, standing in the words around a supporting number the
 * rewrite dropped ("the first $65 customers" where the supporting sentence says "the first 20
 * customers" and $65 is a price two sentences on), whatever the two units. A number of another
 * kind must share a word right beside it: a lead's "a 26% rise in annual profits" (the source's
 * dividend rise) took no rival's "annual profit of $17.5bn" two sentences on.
 */
function displacedNumber(number: NumberAtom, sentence: Sentence, source: Analysis, supports: readonly Sentence[], rewriteNumbers: readonly NumberAtom[]): NumberAtom | undefined {
  const candidates = supports.flatMap((support) =>
    atomsOf([support], "number")
      .filter((other) => isCount(other) && !rewriteNumbers.some((mine) => sameQuantity(mine, other)))
      .map((atom) => ({ atom, sentence: support })),
  );
  if (candidates.length === 0) return undefined;
  const ownPlaces = placesStated(source, sameQuantityAtoms(source, number), number.text);
  const ofKind = (same: boolean) => candidates.filter((candidate) => sameKindOfQuantity(number, candidate.atom) === same);
  return displacedAtom(sentence, number, ofKind(true), ownPlaces, SHARED_NUMBER_SLOT, false) ?? displacedAtom(sentence, number, ofKind(false), ownPlaces, SHARED_NUMBER_SLOT, true);
}

/**
 * The supporting numbers whose surrounding words share one with the rewrite number's: the slots it
 * may have filled. A number in words of its own is an added detail, not a changed one: a lead's
 * "70m euros in aid" beside its story's "an extra 3.5m euros in funding" for exports.
 */
function inItsSlot(number: NumberAtom, sentence: Sentence, others: readonly NumberAtom[], supports: readonly Sentence[]): NumberAtom[] {
  const slot = atomSlot(sentence, number);
  return others.filter((other) => {
    const theirs = slotAmong(supports, other);
    return theirs !== undefined && slotOverlap(slot, theirs) >= SHARED_NUMBER_SLOT;
  });
}

/**
 * "between $90 million and $100 million" read as two numbers restates the source's range "$90
 * million to $100 million": the number is one end of it and the rewrite sentence has the other.
 */
function endsRange(number: NumberAtom, range: NumberAtom, rewriteNumbers: readonly NumberAtom[]): boolean {
  if (range.high === range.value) return false;
  const low: NumberAtom = { ...range, high: range.value };
  const high: NumberAtom = { ...range, value: range.high };
  const has = (end: NumberAtom) => rewriteNumbers.some((mine) => sameQuantity(mine, end));
  return (sameQuantity(number, low) || sameQuantity(number, high)) && has(low) && has(high);
}

/**
 * The source states this number in another sentence, about the same thing: that sentence shares
 * the words around the number ("earnings per share of $6.86" beside "earnings per share in the
 * quarter were $6.86"), so the rewrite took it from there rather than swapping it in. Not a
 * supporting sentence: one stating the number there is another rewrite number's (`claimedByAnother`).
 */
function statedElsewhereOfTheSame(number: NumberAtom, sentence: Sentence, source: Analysis, supports: readonly Sentence[]): boolean {
  // Names are left out: they are what swaps move between sentences ("Sims 2" for "Sims 4").
  const counted = atomSlot(sentence, number, COUNTED_TERMS);
  if (counted.size === 0) return false;
  const { stems, sentences } = sentencesStating(source, number);
  return stems.holdingAtLeast(counted, Math.min(SHARED_COUNTED_TERMS, counted.size)).some((at) => !supports.includes(sentences[at]!));
}

/** The sentences stating a quantity, and the content-word stems of each, indexed once per text and quantity. */
const sentencesStating = perTextMemo(quantityKey, (analysis, number: NumberAtom) => {
  const sentences = atomPlaces(analysis, sameQuantityAtoms(analysis, number)).map(({ sentence }) => sentence);
  return { sentences, stems: new StemSets(sentences.map((sentence) => new Set(termsOf(sentence).map((term) => term.stem)))) };
});

/**
 * The text's numbers that state the same quantity as `number` (sameQuantity), in text order. Only
 * the different quantities of the text near it are compared, and the answer kept per quantity asked about.
 */
export const sameQuantityAtoms: (analysis: Analysis, number: NumberAtom) => NumberAtom[] = perTextMemo(quantityKey, (analysis, number) => {
  const { index, keys } = quantitiesOf(analysis);
  const same = new Set(index.matching(number).map(quantityKey));
  return allAtoms(analysis, "number").filter((_, at) => same.has(keys[at]!));
});

/** The key of each of a text's numbers, and the first number of each different key, indexed by value. */
const quantitiesOf = objectMemo((analysis: Analysis) => {
  const keys = allAtoms(analysis, "number").map(quantityKey);
  const firsts = new Map<string, NumberAtom>();
  keys.forEach((key, at) => firsts.has(key) || firsts.set(key, allAtoms(analysis, "number")[at]!));
  return { index: new QuantityIndex(firsts.values()), keys };
});

/** What sameQuantity reads of a number: two numbers with one key match the same numbers. */
function quantityKey(number: NumberAtom): string {
  return JSON.stringify([String(number.value), String(number.high), number.unit, number.approximate]);
}

/**
 * The text writes these words (lower case) as a number of its own, not inside a longer number or
 * word; the words may sit inside a longer atom ("after eight months" is a date there).
 */
const writtenAsNumber = perTextMemo(
  (words: string) => words,
  (analysis, words) => new RegExp(`(?<![\\p{L}\\p{N}.,])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, "u").test(lowerText(analysis)),
);

/**
 * A number may have replaced another of a compatible unit, or an amount in another currency
 * ("412 million dollars" for "412 million euros": the same figure, another claim). A share, an
 * amount of money or a span of time and a bare number count different things ("two" new plants,
 * "13 pct" of sales, "18 months" of work).
 */
function mayStandFor(number: NumberAtom, other: NumberAtom): boolean {
  if (!sameKindOfQuantity(number, other)) return false;
  return unitsCompatible(number, other) || (isCurrency(number.unit) && isCurrency(other.unit));
}

function sameKindOfQuantity(a: NumberAtom, b: NumberAtom): boolean {
  return quantityKind(a.unit) === quantityKind(b.unit);
}

function quantityKind(unit: string): "share" | "money" | "time" | "other" {
  if (unit === "%") return "share";
  if (isCurrency(unit)) return "money";
  return isDuration(unit) ? "time" : "other";
}

/** Years are dates, and a bare "one" is usually a pronoun ("one of the ..."), not a count. */
function isCount(atom: NumberAtom): boolean {
  return !atom.year && atom.text.toLowerCase() !== "one";
}

/**
 * The source number this one most likely replaced: close in magnitude, and better with the same
 * unit. The unit is a nudge, not a rule: "3,200 people" replaced "2,300 residents" (no unit
 * read), not "two people" in the next clause.
 */
function closestValue(target: NumberAtom, candidates: NumberAtom[]): NumberAtom | undefined {
  const magnitude = (atom: NumberAtom) => Math.log10(Math.abs(atom.value) + 1);
  const cost = (other: NumberAtom) => {
    if (!sameDimension(other.unit, target.unit)) return Math.abs(magnitude(target) - magnitude(other)) + OTHER_UNIT_COST;
    return Math.abs(magnitude(inBaseUnit(target)) - magnitude(inBaseUnit(other)));
  };
  return [...candidates].sort((a, b) => cost(a) - cost(b))[0];
}

/** In orders of magnitude: a number with another unit must be this much closer to be preferred. */
const OTHER_UNIT_COST = 0.5;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
