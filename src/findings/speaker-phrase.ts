import type { AttributionAtom, QuoteAtom } from "../analyze/types.js";

/**
 * The source's speaker phrase names `speaker` word for word: "Seismologist Dr. Owen Park of
 * Coastal State University said" names "Owen Park", though its one key is the whole phrase, or
 * the institution at its end ("Maria Alvarez of the Chamber of Commerce said"). Read both ways
 * round, it also matches a name one text keys to a longer form and the other does not ("Cairn
 * said" keyed to "Cairn Energy" only where the full name comes first).
 */
export function speakerPhraseNames(said: QuoteAtom | AttributionAtom, speaker: string): boolean {
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
