import { isReportingVerbForm } from "../analyze/index.js";
import type { Analysis, Sentence, Span } from "../analyze/types.js";
import { holderOf, lowerText, perTextMemo, sentenceAt, termsOf } from "./context.js";

/** An atom, or words, of a text with the sentence that holds them. */
export interface Place<T extends Span = Span> {
  atom: T;
  sentence: Sentence;
}

/** Content words taken on each side of an atom as the words that say what it is about. */
const ATOM_SLOT_TERMS = 3;

/**
 * The stems of the content words around a span of a sentence (up to three each side): the slot
 * a name or a number fills ("the first 20 customers": first, customers). Names and numbers are
 * left out, since they are what moves between slots, with every word of a name ("Home" of "the
 * Home Office", "Win" of the song "You Win Again"), and so are reporting verbs: "said" stands
 * beside nearly every name and tells who speaks, not what the name does.
 */
export function atomSlot(sentence: Sentence, span: Span, width = ATOM_SLOT_TERMS): Set<string> {
  return slotStems(sentence, span, width, false);
}

/**
 * The slot of a date: as `atomSlot`, but a reporting verb stays in, since the date may be when
 * it was said ("first reported yesterday" / "was reported today").
 */
export function dateSlot(sentence: Sentence, span: Span): Set<string> {
  return slotStems(sentence, span, ATOM_SLOT_TERMS, true);
}

function slotStems(sentence: Sentence, span: Span, width: number, keepReportingVerbs: boolean): Set<string> {
  const names = sentence.atoms.filter((atom) => atom.kind === "entity");
  const terms = termsOf(sentence).filter(
    (term) =>
      term.token.pos !== "PROPN" &&
      term.token.pos !== "NUM" &&
      (keepReportingVerbs || !(term.token.pos === "VERB" && isReportingVerbForm(term.token.norm))) &&
      !names.some((name) => name.start <= term.token.start && term.token.end <= name.end) &&
      (term.token.end <= span.start || term.token.start >= span.end),
  );
  const before = terms.filter((term) => term.token.end <= span.start).slice(-width);
  const after = terms.filter((term) => term.token.start >= span.end).slice(0, width);
  return new Set([...before, ...after].map((term) => term.stem));
}

/** The slot of an atom of `sentences`, read with `slotOf` in the sentence holding it; undefined when none does. */
export function slotAmong(
  sentences: readonly Sentence[],
  atom: Span,
  slotOf: (sentence: Sentence, span: Span) => Set<string> = atomSlot,
): Set<string> | undefined {
  const holder = holderOf(sentences, atom.start);
  return holder && slotOf(holder, atom);
}

/** How many stems two sets share: two slots' words, or a claim's and a sentence's. */
export function slotOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return shared;
}

/**
 * The atom among `candidates` (each with the sentence holding it) whose slot the rewrite's atom
 * fills: it shares more slot words with the rewrite's atom than any place where the source states
 * the rewrite's own value (`ownPlaces`), and, when `besideRequired`, one of them a word right
 * beside the rewrite's atom. A tie means the source may well say this, so no swap. Names need the
 * word beside: in long sentences one shared word three words off was often chance (a real summary
 * naming a second speaker near the first's words); numbers did not (no false alarm either way on
 * the SummEdits evaluation split or MSRP train, and more swaps caught without it).
 */
export function displacedAtom<T extends Span>(
  rewriteSentence: Sentence,
  atom: Span,
  candidates: readonly Place<T>[],
  ownPlaces: readonly Place[],
  minimumShared: number,
  besideRequired = true,
): T | undefined {
  const slot = atomSlot(rewriteSentence, atom);
  const beside = atomSlot(rewriteSentence, atom, 1);
  if (slot.size === 0) return undefined;
  // Read only when some candidate shares enough otherwise: a name or number the source states
  // often has many places.
  let own: number | undefined;
  const ownShared = () => (own ??= mostShared(slot, ownPlaces));
  let best: { atom: T; shared: number } | undefined;
  for (const candidate of candidates) {
    const theirs = atomSlot(candidate.sentence, candidate.atom);
    const shared = slotOverlap(slot, theirs);
    if (shared >= minimumShared && (!besideRequired || slotOverlap(beside, theirs) > 0) && (!best || shared > best.shared) && shared > ownShared()) best = { atom: candidate.atom, shared };
  }
  return best?.atom;
}

/** The most slot words any of `places` shares with `slot`, or 0. */
function mostShared(slot: ReadonlySet<string>, places: readonly Place[]): number {
  let most = 0;
  for (const place of places) most = Math.max(most, slotOverlap(slot, atomSlot(place.sentence, place.atom)));
  return most;
}

/**
 * Every place a text states a value: `atoms` (the atoms of the value, found by the caller), and
 * every place it writes `words` (any case), which finds the value inside a longer atom too ("to
 * $18.34 Monday" read as a date, "Wal-Mart shares").
 */
export function placesStated(analysis: Analysis, atoms: readonly Span[], words: string): Place[] {
  return [...atomPlaces(analysis, atoms), ...placesWritten(analysis, words.toLowerCase())];
}

/** The atoms, each with the sentence holding it; an atom outside every sentence is left out. */
export function atomPlaces<T extends Span>(analysis: Analysis, atoms: readonly T[]): Place<T>[] {
  return atoms.flatMap((atom) => {
    const sentence = sentenceAt(analysis, atom.start);
    return sentence ? [{ atom, sentence }] : [];
  });
}

/** Every place the lower-cased text has `wanted` (lower case), found once per text and words. */
const placesWritten = perTextMemo(
  (wanted: string) => wanted,
  (analysis, wanted): Place[] => {
    const text = lowerText(analysis);
    const places: Place[] = [];
    if (wanted.length === 0) return places;
    for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
      const sentence = sentenceAt(analysis, at);
      if (sentence) places.push({ atom: { start: at, end: at + wanted.length, text: analysis.text.slice(at, at + wanted.length) }, sentence });
    }
    return places;
  },
);
