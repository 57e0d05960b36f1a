import { boundedMemo } from "../memo/index.js";
import type { WordClass } from "./format.js";

/** `boundedMemo` for lookups keyed by a word (or offset) and its WordNet class. */
export function classMemo<V>(compute: (key: string, wordClass: WordClass) => V, limit: number): (key: string, wordClass: WordClass) => V {
  // The class goes first: class names have no ":", so the first one ends it whatever the key holds.
  const remembered = boundedMemo((classAndKey) => {
    const colon = classAndKey.indexOf(":");
    return compute(classAndKey.slice(colon + 1), classAndKey.slice(0, colon) as WordClass);
  }, limit);
  return (key, wordClass) => remembered(`${wordClass}:${key}`);
}
