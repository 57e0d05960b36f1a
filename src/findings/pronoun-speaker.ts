import { entityKeysMatch } from "../analyze/index.js";
import type { Analysis, AttributionAtom, QuoteAtom } from "../analyze/types.js";
import { allAtoms, atomsOf, quoteText, sentenceAt } from "./context.js";
import { callsBy } from "./pronoun-gender.js";

/** Pronouns a text may give as a quote's or claim's speaker, whose antecedent is only a guess. */
export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

/** Pronouns that stand for a person. */
const PERSONAL = new Set(["he", "she"]);

/** Sentences back from the speaker's own within which a pronoun's antecedent is looked for. */
const ANTECEDENT_SENTENCES = 2;

/**
 * The speaker of `said` is a pronoun ("..., she said") and `speaker` is named in its sentence or the
 * two before it, as a name or as who says something there ("Marsh said the costs ..."): the pronoun
 * may stand for them. The analysis picks one antecedent, and may pick wrong ("Shares in Calloway
 * fell ... Chief executive Helen Marsh said ... she said"), so naming any of the people near it is
 * no misattribution. A pronoun with nobody named near it may stand for anyone.
 */
export function pronounMayMean(text: Analysis, said: QuoteAtom | AttributionAtom, speaker: string): boolean {
  if (!PRONOUNS.has(said.speakerSpan?.text.toLowerCase() ?? "")) return false;
  const holder = sentenceAt(text, said.start);
  if (!holder) return false;
  const near = text.sentences.slice(Math.max(0, holder.index - ANTECEDENT_SENTENCES), holder.index + 1);
  const named = [
    ...atomsOf(near, "entity").map((entity) => entity.key),
    ...[...atomsOf(near, "quote"), ...atomsOf(near, "attribution")]
      .filter((other) => other !== said && other.speaker && !PRONOUNS.has(other.speakerSpan?.text.toLowerCase() ?? ""))
      .map((other) => other.speaker!),
  ];
  return named.length === 0 || named.some((key) => entityKeysMatch(key, speaker));
}

/**
 * The speaker as a message shows it: the words the text writes, and for a pronoun, who the analysis
 * took it for ('"he" (Olivier Bray)'), since two pronouns that stand for different people read the same.
 */
export function speakerLabel(text: Analysis, said: QuoteAtom | AttributionAtom): string {
  const written = said.speakerSpan?.text ?? said.speaker ?? "";
  const pronoun = PRONOUNS.has(written.toLowerCase());
  if (!pronoun || !said.speaker || said.speaker === written.toLowerCase()) return quoteText(written);
  const named = allAtoms(text, "entity").filter((entity) => entity.key === said.speaker);
  const longest = named.reduce((best, entity) => (entity.text.length > best.length ? entity.text : best), "");
  // A name may be wrapped across lines ("Dilson\nFunaro"); the message is one line.
  return `${quoteText(written)} (${(longest || said.speaker).replace(/\s+/g, " ")})`;
}

/**
 * A pronoun speaker ("he said") the analysis could not tie to a person: "it", "they", or "he" /
 * "she" taken for a name of no known person ("the Tories", "G7", "Royal Mail") or for a person the
 * text calls by the other pronoun. Who such a pronoun stands for is a guess, so a misattribution
 * is not claimed on it.
 */
export function pronounUnsure(text: Analysis, said: QuoteAtom | AttributionAtom): boolean {
  const written = said.speakerSpan?.text.toLowerCase() ?? "";
  if (!PRONOUNS.has(written)) return false;
  if (!PERSONAL.has(written) || !said.speaker) return true;
  if (callsBy(text, said.speaker, written === "he" ? "she" : "he")) return true;
  return !allAtoms(text, "entity").some((entity) => entity.key === said.speaker && entity.type === "person");
}
