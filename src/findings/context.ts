import { EntityKeyIndex } from "../analyze/index.js";
import type { Analysis, Atom, EntityAtom, Sentence, Span, Token } from "../analyze/types.js";
import { contentTerms, type SentenceLink, type Term } from "../align/index.js";
import { objectMemo } from "../memo/index.js";
import type { Finding, FindingSpan, FindingType, Severity } from "../report/types.js";
import { partitionPoint } from "../search/index.js";
import { StemSets } from "./stem-sets.js";

/** One rewrite sentence with the source sentences that support it: what every check looks at. */
export interface PairContext {
  source: Analysis;
  rewrite: Analysis;
  link: SentenceLink;
  /** Every rewrite sentence's link, for checks that look beyond one pair (who carries an attribution). */
  links: readonly SentenceLink[];
  sentence: Sentence;
  supports: Sentence[];
}

/** A check reads one aligned pair and returns the drift it finds there. */
export type PairCheck = (context: PairContext) => Finding[];

export function atomsOf<K extends Atom["kind"]>(sentences: readonly Sentence[], kind: K): Extract<Atom, { kind: K }>[] {
  return sentences.flatMap((sentence) => sentence.atoms.filter((atom): atom is Extract<Atom, { kind: K }> => atom.kind === kind));
}

/** The atoms of one kind in a whole text, listed once per analysis: checks read them for every rewrite sentence. */
export function allAtoms<K extends Atom["kind"]>(analysis: Analysis, kind: K): readonly Extract<Atom, { kind: K }>[] {
  return (atomsByKind(analysis).get(kind) ?? []) as Extract<Atom, { kind: K }>[];
}

const atomsByKind = objectMemo((analysis: Analysis) => {
  const byKind = new Map<Atom["kind"], Atom[]>();
  for (const atom of analysis.atoms) (byKind.get(atom.kind) ?? byKind.set(atom.kind, []).get(atom.kind)!).push(atom);
  return byKind;
});

/** The content words of a sentence, found once per sentence: slot checks read a source sentence for many rewrite sentences. */
export const termsOf: (sentence: Sentence) => Term[] = objectMemo(contentTerms);

/**
 * The content words of every sentence of a text, found once per analysis: the checks that read
 * the whole source do so for each rewrite sentence.
 */
export const termsBySentence: (analysis: Analysis) => Term[][] = objectMemo((analysis) => analysis.sentences.map(termsOf));

/**
 * The sentences of a text holding `count` or more of `stems` among their content words, in order,
 * read through a stem index built once per analysis.
 */
export function sentencesHolding(analysis: Analysis, stems: ReadonlySet<string>, count: number): Sentence[] {
  return sentenceStemSets(analysis).holdingAtLeast(stems, count).map((index) => analysis.sentences[index]!);
}

const sentenceStemSets = objectMemo((analysis: Analysis) => new StemSets(termsBySentence(analysis).map((terms) => new Set(terms.map((term) => term.stem)))));

/** Every content-word stem of a text, computed once per analysis. */
export const contentStemsOf: (analysis: Analysis) => Set<string> = objectMemo(
  (analysis) => new Set(termsBySentence(analysis).flat().map((term) => term.stem)),
);

/**
 * For each source sentence, the links of the rewrite sentences drawing on it, in rewrite order:
 * built once per alignment instead of reading every link for each source sentence.
 */
export const linksBySource: (links: readonly SentenceLink[]) => Map<number, SentenceLink[]> = objectMemo((links) => {
  const bySource = new Map<number, SentenceLink[]>();
  for (const link of links) for (const s of link.sources) (bySource.get(s) ?? bySource.set(s, []).get(s)!).push(link);
  return bySource;
});

/** The keys of a text's entities, as a set built once per analysis. */
export const entityKeySet: (analysis: Analysis) => Set<string> = objectMemo((analysis) => new Set(allAtoms(analysis, "entity").map((entity) => entity.key)));

/**
 * `answer(analysis, item)` remembered per analysis and per `keyOf(item)`, for a question about a
 * whole text (does it name this, write these words) that each rewrite sentence asks again; the
 * item's answer must follow from its key alone.
 */
export function perTextMemo<T, V>(keyOf: (item: T) => string, answer: (analysis: Analysis, item: T) => V): (analysis: Analysis, item: T) => V {
  const answers = new WeakMap<Analysis, Map<string, V>>();
  return (analysis, item) => {
    let known = answers.get(analysis);
    if (!known) answers.set(analysis, (known = new Map()));
    const key = keyOf(item);
    if (known.has(key)) return known.get(key)!;
    const value = answer(analysis, item);
    known.set(key, value);
    return value;
  };
}

/** A text in lower case, made once per analysis. */
export const lowerText: (analysis: Analysis) => string = objectMemo((analysis) => analysis.text.toLowerCase());

/** The text has these words anywhere, any case (`words` in lower case). */
export const writes: (analysis: Analysis, words: string) => boolean = perTextMemo(
  (words) => words,
  (analysis, words) => lowerText(analysis).includes(words),
);

/** A text's entity keys, indexed for `entityKeysMatch` (which is symmetric), built once per analysis. */
export const entityKeyIndex: (analysis: Analysis) => EntityKeyIndex = objectMemo((analysis) => new EntityKeyIndex(entityKeySet(analysis)));

/** Some entity of the text has a key matching `key`. */
export const namesKey: (analysis: Analysis, key: string) => boolean = perTextMemo(
  (key) => key,
  (analysis, key) => entityKeyIndex(analysis).matchesAny(key),
);

/** The source names this entity somewhere: by a matching key, or in its very words. */
export function sourceNames(source: Analysis, entity: EntityAtom): boolean {
  return namesKey(source, entity.key) || writes(source, entity.text.toLowerCase());
}

/** The text of one sentence from `start` to `end`, offsets in the whole text. */
export function sentenceSlice(sentence: Sentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}

/** A span of one sentence, in the report's shape. */
export function spanOf(sentence: Sentence, span: Span): FindingSpan {
  return { sentence: sentence.index, start: span.start, end: span.end, text: span.text };
}

/** Auxiliaries that carry a verb's tense, mood or certainty: "will buy", "had won", "does expect". */
const AUXILIARIES = new Set(["will", "'ll", "shall", "must", "would", "can", "could", "should", "may", "might", "is", "are", "was", "were", "has", "have", "had", "does", "do", "did"]);
const BETWEEN_AUXILIARY_AND_VERB = new Set(["ADV", "AUX", "PART"]);
/** How far before its verb an auxiliary may stand ("will yet face", "will be cut"). */
const AUXILIARY_REACH = 3;

/**
 * A verb's report span from the auxiliary before it in its clause when there is one ("will buy" for
 * a hedge dropped before "buy", "had won" for a negation dropped after "had"), so a reader sees
 * the words that carry the changed claim.
 */
export function spanFromAuxiliary(sentence: Sentence, verb: Token): FindingSpan {
  const at = sentence.tokens.indexOf(verb);
  for (let back = 1; back <= AUXILIARY_REACH && at - back >= 0; back++) {
    const token = sentence.tokens[at - back]!;
    if (AUXILIARIES.has(token.norm)) return spanOf(sentence, { start: token.start, end: verb.end, text: sentenceSlice(sentence, token.start, verb.end) });
    // Only adverbs and other auxiliaries stand between: "will yet face", "will be cut", not "had said he won".
    if (!BETWEEN_AUXILIARY_AND_VERB.has(token.pos)) break;
  }
  return spanOf(sentence, verb);
}

/** The sentence among `sentences` that holds an offset. */
export function holderOf(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((sentence) => offset >= sentence.start && offset < sentence.end);
}

/**
 * The sentence of a text that holds an offset, found by halving: a text's sentences are in order
 * and do not overlap, and a search from the start would read the whole text for each offset.
 */
export function sentenceAt(analysis: Analysis, offset: number): Sentence | undefined {
  const sentences = analysis.sentences;
  const sentence = sentences[partitionPoint(sentences.length, (at) => sentences[at]!.end <= offset)];
  return sentence && offset >= sentence.start && offset < sentence.end ? sentence : undefined;
}

/** A span as a report span of whichever of `sentences` holds it. */
export function spanAmong(sentences: readonly Sentence[], span: Span): FindingSpan {
  return spanOf(holderOf(sentences, span.start) ?? sentences[0]!, span);
}

/** A span as a report span of the sentence of a whole text that holds it. */
export function spanIn(analysis: Analysis, span: Span): FindingSpan {
  return spanOf(sentenceAt(analysis, span.start) ?? analysis.sentences[0]!, span);
}

export function finding(
  type: FindingType,
  severity: Severity,
  rewrite: FindingSpan | null,
  source: FindingSpan | null,
  message: string,
): Finding {
  return { type, severity, rewrite, source, message };
}

/** Shortens a span's text for a one-line message. */
export function quoteText(text: string, limit = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat}"`;
}
