export interface StemLookup {
  has(stem: string): boolean;
}

/** Different stems, as a set or a clause holds them. */
export type StemSet = StemLookup & Iterable<string> & { readonly size: number };

/**
 * Many stem sets (sentences, clauses) indexed by stem, to ask whether any of them holds a word, or
 * several of some words, without reading each of them for every rewrite sentence that asks.
 */
export class StemSets {
  private readonly holders = new Map<string, number[]>();

  constructor(private readonly sets: readonly StemSet[]) {
    sets.forEach((set, at) => {
      for (const stem of set) (this.holders.get(stem) ?? this.holders.set(stem, []).get(stem)!).push(at);
    });
  }

  hold(stem: string): boolean {
    return this.holders.has(stem);
  }

  /**
   * Some set holds `count` or more different stems of `stems`. Such a set holds one of any
   * `stems.size - count + 1` of them, so only the holders of the rarest that many are read.
   */
  holdAtLeast(stems: ReadonlySet<string>, count: number): boolean {
    if (count <= 0) return this.sets.length > 0;
    if (count > stems.size) return false;
    const holdersOf = (stem: string) => this.holders.get(stem) ?? [];
    const rarest = [...stems].sort((a, b) => holdersOf(a).length - holdersOf(b).length).slice(0, stems.size - count + 1);
    return rarest.some((stem) => holdersOf(stem).some((at) => heldIn(this.sets[at]!, stems) >= count));
  }
}

/** How many of `stems` the set holds. */
function heldIn(set: StemLookup, stems: ReadonlySet<string>): number {
  let held = 0;
  for (const stem of stems) if (set.has(stem)) held++;
  return held;
}
