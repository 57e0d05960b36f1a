/**
 * Antonym pairs that news rewrites commonly flip but WordNet 3.1 does not link. Each pair was
 * checked against the database: WordNet has no antonym pointer between these words or their
 * synonyms in the sense that matters (it does link rise/fall, increase/decrease, win/lose,
 * approve/reject via disapprove, open/close, raise/lower, more/less, up/down, expand/shrink, ...).
 */
import type { WordClass } from "./format.js";

interface SupplementaryAntonyms {
  readonly words: readonly [string, string];
  readonly classes: readonly WordClass[];
}

export const supplementaryAntonyms: readonly SupplementaryAntonyms[] = [
  // Quantity moving up versus down: WordNet only pairs increase/decrease and rise/fall.
  { words: ["increase", "cut"], classes: ["verb", "noun"] },
  { words: ["increase", "reduce"], classes: ["verb"] },
  { words: ["increase", "drop"], classes: ["verb", "noun"] },
  { words: ["increase", "decline"], classes: ["verb", "noun"] },
  { words: ["rise", "drop"], classes: ["verb", "noun"] },
  { words: ["rise", "decline"], classes: ["verb", "noun"] },
  { words: ["raise", "cut"], classes: ["verb"] },
  { words: ["grow", "shrink"], classes: ["verb"] },
  // Results: WordNet opposes "lose" to "gain" and "profit" but not to "earn", and "loss" only to "gain".
  { words: ["earn", "lose"], classes: ["verb"] },
  { words: ["profit", "loss"], classes: ["noun"] },
  { words: ["earnings", "loss"], classes: ["noun"] },
  // A trade or budget balance: WordNet gives "deficit" no antonym.
  { words: ["surplus", "deficit"], classes: ["noun"] },
  // Comparatives are lemmas of their own in WordNet, without antonym pointers.
  { words: ["higher", "lower"], classes: ["adj", "adv"] },
  { words: ["earlier", "later"], classes: ["adj", "adv"] },
  { words: ["before", "after"], classes: ["adv"] },
  // Stances and rulings.
  { words: ["allow", "ban"], classes: ["verb"] },
  { words: ["support", "oppose"], classes: ["verb"] },
  { words: ["confirm", "deny"], classes: ["verb"] },
];

/** True when the pair (in either order) is listed for `wordClass`, or for any class if none given. */
export function areSupplementaryAntonyms(a: string, b: string, wordClass?: WordClass): boolean {
  return supplementaryAntonyms.some(
    ({ words: [first, second], classes }) =>
      ((a === first && b === second) || (a === second && b === first)) &&
      (wordClass === undefined || classes.includes(wordClass)),
  );
}
