/** A small seeded random number generator, so every corpus is the same for the same seed. */
import { stableHash } from "../sample.js";

/** Deterministic random draws; `fork` gives an independent stream for a named sub-task. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** A generator seeded from this one's seed and `label`: the same label gives the same stream. */
  fork(label: string): Random;
}

/**
 * mulberry32: 32 bits of state, fast, and well enough spread for sampling and perturbations (it
 * is not for anything statistical beyond that).
 */
export function createRandom(seed: number): Random {
  const rootSeed = seed >>> 0;
  let state = rootSeed;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error("random: pick from an empty list");
      return items[int(0, items.length - 1)]!;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    fork: (label) => createRandom(stableHash(`${rootSeed}:${label}`)),
  };
}
