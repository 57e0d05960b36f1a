/**
 * Generated articles for the large benchmark stores: a real article re-emitted with a few of its
 * sentences dropped, two neighbouring sentences swapped and about half its numbers changed. Cheap
 * enough to make a million, and each variant keeps the vocabulary and length of a real report, so
 * the indexes grow as they would with rewrites of real wire stories.
 */

import { createRandom } from "../../eval/corpus/random.js";

/** A source of uniform numbers in [0, 1); seeded, so a variant is the same on every run. */
export type Random = () => number;

/** The evaluation corpus's seeded generator, as a bare function: the same stream for the same seed on every machine. */
export function seededRandom(seed: number): Random {
  return createRandom(seed).next;
}

/** One seed per (article, round, purpose), so stored variants and query variants never share a stream. */
export function variantSeed(articleIndex: number, round: number, salt: number): number {
  return (Math.imul(articleIndex + 1, 0x9e3779b1) ^ Math.imul(round + 1, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35)) >>> 0;
}

/** Sentences end at . ! or ? (optionally closed by a quote or bracket) before whitespace and a capital, digit or quote. */
const SENTENCE_END = /(?<=[.!?]["'”’)]?)\s+(?=["“'(\p{Lu}\d])/u;
const NUMBER = /\d(?:[\d,]*\d)?(?:\.\d+)?/g;
/** Share of numbers a variant changes. */
const NUMBER_CHANGE_RATE = 0.5;
/** At most this share of sentences is dropped (at least one, when there are three or more). */
const MAX_DROP_SHARE = 0.25;

interface Sentence {
  paragraph: number;
  text: string;
}

/**
 * A variant of `text`: the lead sentence kept, 1 to 25% of the others dropped (none from a text
 * of under three sentences), one adjacent pair after the lead swapped, and each number changed
 * with probability 0.5 (scaled by 0.8 to 1.25, digits and separators kept in form).
 * Paragraphs stay one per line.
 */
export function deriveVariant(text: string, random: Random): string {
  let sentences = splitSentences(text);
  sentences = dropSome(sentences, random);
  swapNeighbours(sentences, random);
  return joinParagraphs(sentences).replace(NUMBER, (number) => (random() < NUMBER_CHANGE_RATE ? changeNumber(number, random) : number));
}

/** The text's sentences, each labelled with the paragraph (line) it came from. */
export function splitSentences(text: string): Sentence[] {
  return text
    .split("\n")
    .flatMap((line, paragraph) => line.split(SENTENCE_END).map((sentence) => ({ paragraph, text: sentence.trim() })))
    .filter((sentence) => sentence.text !== "");
}

function dropSome(sentences: Sentence[], random: Random): Sentence[] {
  if (sentences.length < 3) return sentences;
  const others = sentences.length - 1;
  const drop = 1 + Math.floor(random() * Math.max(1, Math.floor(others * MAX_DROP_SHARE)));
  const dropped = new Set<number>();
  while (dropped.size < drop) dropped.add(1 + Math.floor(random() * others));
  return sentences.filter((_, i) => !dropped.has(i));
}

function swapNeighbours(sentences: Sentence[], random: Random): void {
  if (sentences.length < 3) return;
  const at = 1 + Math.floor(random() * (sentences.length - 2));
  const first = sentences[at]!;
  const second = sentences[at + 1]!;
  // The texts move, the paragraph labels stay: the layout of the article is kept.
  sentences[at] = { paragraph: first.paragraph, text: second.text };
  sentences[at + 1] = { paragraph: second.paragraph, text: first.text };
}

function joinParagraphs(sentences: Sentence[]): string {
  const lines: string[] = [];
  let current = Number.NaN;
  for (const sentence of sentences) {
    if (sentence.paragraph === current) lines[lines.length - 1] += ` ${sentence.text}`;
    else lines.push(sentence.text);
    current = sentence.paragraph;
  }
  return lines.join("\n");
}

/**
 * The number scaled by a factor from 0.8 to 1.25, written as the original was: the same count of
 * decimals, thousands separators when it had them. Never returns the same number.
 */
export function changeNumber(number: string, random: Random): string {
  const grouped = number.includes(",");
  const plain = number.replace(/,/g, "");
  const decimals = plain.includes(".") ? plain.length - plain.indexOf(".") - 1 : 0;
  const value = Number(plain);
  const step = 10 ** -decimals;
  let changed = Number((value * (0.8 + random() * 0.45)).toFixed(decimals));
  if (changed === value) changed = value + step;
  const digits = changed.toFixed(decimals);
  if (!grouped) return digits;
  const [whole, fraction] = digits.split(".");
  const withSeparators = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? withSeparators : `${withSeparators}.${fraction}`;
}
