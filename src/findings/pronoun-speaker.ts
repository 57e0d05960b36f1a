import { entityKeysMatch } from "../analyze/index.js";
import type { Analysis, AttributionAtom, QuoteAtom } from "../analyze/types.js";
import { atomsOf, sentenceAt } from "./context.js";

/** Pronouns a text may give as a quote's or claim's speaker, whose antecedent is only a guess. */
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

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
