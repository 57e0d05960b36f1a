import type { Scorer } from "../types.js";
import { createEngineScorer } from "./engine.js";
import { overlapScorer } from "./overlap.js";

/**
 * The scorers `--scorer` can name: the wiretrace engine; the engine without its sentence encoder
 * ("words"); the lexical no-model baseline ("overlap").
 */
export const SCORER_NAMES = ["engine", "words", "overlap"] as const;

export type ScorerName = (typeof SCORER_NAMES)[number];

/** Build a scorer by name in this thread (the engine loads its model here). */
export async function createScorer(name: ScorerName): Promise<Scorer> {
  if (name === "overlap") return overlapScorer;
  return createEngineScorer({ withModel: name === "engine" });
}
