import { entityKeysMatch } from "../analyze/index.js";
import type { Analysis, AttributionAtom, QuoteAtom } from "../analyze/types.js";
import { atomsOf, sentenceAt } from "./context.js";

/** Pronouns a source may give as a quote's or claim's speaker, whose antecedent is only a guess. */
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);

/** Sentences back from the speaker's own within which a pronoun's antecedent is looked for. */
const ANTECEDENT_SENTENCES = 2;

/**
 * The source's speaker is a pronoun ("..., she said") and `speaker` is named in its sentence or the
 * two before it: the pronoun may stand for them. The analysis picks one antecedent, and may pick
 * wrong ("Shares in Calloway fell ... Chief executive Helen Marsh said ... she said"), so naming
 * any of the people near it is no misattribution.
 */
export function pronounMayMean(source: Analysis, said: QuoteAtom | AttributionAtom, speaker: string): boolean {
  if (!PRONOUNS.has(said.speakerSpan?.text.toLowerCase() ?? "")) return false;
  const holder = sentenceAt(source, said.start);
  if (!holder) return false;
  const near = source.sentences.slice(Math.max(0, holder.index - ANTECEDENT_SENTENCES), holder.index + 1);
  return atomsOf(near, "entity").some((entity) => entityKeysMatch(entity.key, speaker));
}
