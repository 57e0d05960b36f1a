import { extractDates } from "./dates.js";
import { extractEntities } from "./entities.js";
import { extractHedges, extractNegations } from "./hedges.js";
import { normalizeText, type Normalized } from "./normalize.js";
import { extractNumbers } from "./numbers.js";
import { extractSpeech } from "./quotes.js";
import { splitSentences, unwrapLines } from "./sentences.js";
import { SpanIndex } from "./span-index.js";
import { extractSpeakerLabels } from "./speaker-labels.js";
import type { Analysis, Atom, EntityAtom, NumberAtom, Sentence, Span } from "./types.js";

export type * from "./types.js";
export { looksEnglish, overlongRun } from "./language.js";
export { isCurrency, sameQuantity, unitsCompatible } from "./numbers.js";
export { inBaseUnit, isDuration, sameDimension } from "./unit-conversions.js";
export { QuantityIndex } from "./quantity-index.js";
export { relativeAnchor, sameDate } from "./dates.js";
export { entityKeysMatch, mayBePerson, namesEvent } from "./entities.js";
export { ACCORDING_TO, IN_THE_VIEW_OF, isEvidenceCue, isReportingVerbForm } from "./quotes.js";
export { EntityKeyIndex } from "./entity-key-index.js";
export { PARAGRAPH_BREAK } from "./sentences.js";

export interface AnalyzeOptions {
  /** ISO date the article was published, used to resolve "Tuesday" or "next week". */
  referenceDate?: string | null;
}

/**
 * Splits a text into sentences and tokens and extracts the atoms that carry facts. Extractors run
 * on normalised text; every span they return is mapped back to the original text here, once.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const referenceDate = options.referenceDate ?? null;
  const normalized = normalizeText(text);
  // Wrapped lines joined, one character for one, so offsets into it are offsets into normalized.text.
  const norm = unwrapLines(normalized.text);
  const toOriginal = (span: { start: number; end: number }) => mapSpan(span, normalized, text);

  const entities = extractEntities(norm);
  const dates = extractDates(norm, referenceDate);
  const names = new SpanIndex(entities);
  const numbers = extractNumbers(norm).filter((number) => !dates.some((date) => overlaps(number, date)) && !partOfName(number, names));
  const speech = extractSpeech(norm, entities);
  const normAtoms: Atom[] = [
    ...numbers,
    ...dates,
    ...entities,
    ...speech.quotes,
    ...speech.attributions,
    ...speech.discussions,
    ...extractSpeakerLabels(norm, entities),
    ...extractHedges(norm),
    ...extractNegations(norm),
  ];
  const atoms = normAtoms.map((atom) => remapAtom(atom, toOriginal)).sort((a, b) => a.start - b.start);

  const sentences: Sentence[] = splitSentences(norm).map((raw, index) => {
    const span = toOriginal(raw);
    return {
      index,
      ...span,
      tokens: raw.tokens.map((token) => ({ ...token, ...toOriginal(token) })),
      atoms: [],
    };
  });
  for (const atom of atoms) sentenceAt(sentences, atom.start)?.atoms.push(atom);
  return { text, sentences, atoms, referenceDate };
}

function mapSpan(span: { start: number; end: number }, normalized: Normalized, original: string): Span {
  const start = normalized.toOriginal[span.start] ?? original.length;
  const end = normalized.toOriginal[span.end] ?? original.length;
  return { start, end, text: original.slice(start, end) };
}

/** Maps an atom's own span and any nested spans (quote inner text, speakers) to the original. */
function remapAtom(atom: Atom, toOriginal: (span: Span) => Span): Atom {
  const mapped = { ...atom, ...toOriginal(atom) } as Atom;
  if (mapped.kind === "quote") {
    mapped.inner = toOriginal(mapped.inner);
    if (mapped.speakerSpan) mapped.speakerSpan = toOriginal(mapped.speakerSpan);
  } else if (mapped.kind === "attribution" || mapped.kind === "discussion") {
    mapped.speakerSpan = toOriginal(mapped.speakerSpan);
  }
  return mapped;
}

/**
 * A number word written inside a name ("Six Nations", "Group of Seven", "Big Four") counts nothing.
 * An ordinal still ranks: "Third Armored Cavalry Regiment" is the "3rd".
 */
function partOfName(number: NumberAtom, names: SpanIndex<EntityAtom>): boolean {
  if (number.unit === "ordinal" || !/^\p{Lu}\p{Ll}/u.test(number.text)) return false;
  return names.near(number.start, number.end).some((name) => name.start <= number.start && name.end >= number.end);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const sentence of sentences) {
    if (sentence.start > offset) break;
    found = sentence;
  }
  return found;
}
