import { entityKeysMatch } from "../analyze/index.js";
import type { AttributionAtom, QuoteAtom } from "../analyze/types.js";
import { PRONOUNS } from "./pronoun-speaker.js";

type Said = QuoteAtom | AttributionAtom;

/**
 * Two speakers that name the same one, whatever keys each text gave them: matching keys, either
 * speaker phrase naming the other's key, or the same words.
 */
export function namesSameSpeaker(a: Said, b: Said): boolean {
  const [left, right] = [a.speaker ?? "", b.speaker ?? ""];
  return entityKeysMatch(left, right) || speakerPhraseNames(a, right) || speakerPhraseNames(b, left) || writtenAlike(a, b);
}

/**
 * The source's speaker phrase names `speaker` word for word: "Seismologist Dr. Owen Park of
 * Coastal State University said" names "Owen Park", though its one key is the whole phrase, or
 * the institution at its end ("Maria Alvarez of the Chamber of Commerce said"). Read both ways
 * round, it also matches a name one text keys to a longer form and the other does not ("Cairn
 * said" keyed to "Cairn Energy" only where the full name comes first).
 */
export function speakerPhraseNames(said: Said, speaker: string): boolean {
  const phrase = wordsOf(said.speakerSpan?.text ?? "");
  const name = wordsOf(speaker);
  if (name.length === 0 || name.length > phrase.length) return false;
  for (let at = 0; at + name.length <= phrase.length; at++) {
    if (name.every((word, i) => phrase[at + i] === word)) return true;
  }
  return false;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Two speakers written in the same words, neither a pronoun: one speaker, whatever keys the two
 * texts gave the words ("Mittal" keyed to "Lakshmi Mittal" in the source and to "Mittal Steel" in a
 * rewrite that dropped the paragraph naming him).
 */
function writtenAlike(a: Said, b: Said): boolean {
  const left = a.speakerSpan?.text.toLowerCase();
  return !!left && left === b.speakerSpan?.text.toLowerCase() && !PRONOUNS.has(left);
}
