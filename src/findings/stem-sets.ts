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

  /** Some set holds `count` or more different stems of `stems`. */
  holdAtLeast(stems: ReadonlySet<string>, count: number): boolean {
    if (count <= 0) return this.sets.length > 0;
    return this.rarest(stems, count).some((stem) => this.holdersOf(stem).some((at) => heldIn(this.sets[at]!, stems) >= count));
  }

  /** The positions of the sets holding `count` or more different stems of `stems`, in order. */
  holdingAtLeast(stems: ReadonlySet<string>, count: number): number[] {
    if (count <= 0) return this.sets.map((_, at) => at);
    const holding = new Set<number>();
    for (const stem of this.rarest(stems, count)) {
      for (const at of this.holdersOf(stem)) if (heldIn(this.sets[at]!, stems) >= count) holding.add(at);
    }
    return [...holding].sort((a, b) => a - b);
  }

  /**
   * A set holding `count` of `stems` holds one of any `stems.size - count + 1` of them, so only the
   * holders of the rarest that many need reading (none when `count` is more than there are stems).
   */
  private rarest(stems: ReadonlySet<string>, count: number): string[] {
    if (count > stems.size) return [];
    return [...stems].sort((a, b) => this.holdersOf(a).length - this.holdersOf(b).length).slice(0, stems.size - count + 1);
  }

  private holdersOf(stem: string): readonly number[] {
    return this.holders.get(stem) ?? [];
  }
}

/** How many of `stems` the set holds. */
function heldIn(set: StemLookup, stems: ReadonlySet<string>): number {
  let held = 0;
  for (const stem of stems) if (set.has(stem)) held++;
  return held;
}
