/** A deterministic subset for `--sample`: the same items on every machine and every run. */

/**
 * 32-bit FNV-1a hash of a string followed by the MurmurHash3 finaliser. FNV alone keeps ids that
 * differ in their last digit ("636", "637") close together, so the lowest hashes were runs of
 * neighbouring items; the finaliser spreads them.
 */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * The `count` items whose ids hash lowest, kept in their original order (so results read in
 * the data set's order). The whole list when `count` is undefined or not smaller.
 */
export function sampleByHash<T>(items: readonly T[], count: number | undefined, idOf: (item: T) => string): T[] {
  if (count === undefined || count >= items.length) return [...items];
  const chosen = new Set(
    items
      .map((item, index) => ({ index, hash: stableHash(idOf(item)) }))
      .sort((a, b) => a.hash - b.hash || a.index - b.index)
      .slice(0, count)
      .map((entry) => entry.index),
  );
  return items.filter((_, index) => chosen.has(index));
}
